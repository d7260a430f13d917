// Identity documents other than the mainland resident ID card: foreign permanent resident ID
// cards (2023 and 2017 formats), Hong Kong, Macao and Taiwan residents' residence permits, and
// passports through the two lines of their machine-readable zone (ICAO 9303 TD3).
import { parse } from 'mrz';
import { idCheckCharacter, isRealDate, validateIdNumber, type Result } from './identity.js';
import { normaliseCode } from './normalise.js';

export type PermanentResidentProblem = 'empty' | 'format' | 'date' | 'check';

/**
 * Foreign permanent resident ID card. 2023 card: 18 digits beginning with 9, a birth date at the
 * same place as a resident ID, and the same MOD 11-2 check character. 2017 card: 15 characters,
 * three letters then twelve digits.
 */
export function validatePermanentResidentId(raw: string): Result<string, PermanentResidentProblem> {
  const value = normaliseCode(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (/^[A-Z]{3}\d{12}$/.test(value)) return { ok: true, value };
  if (!/^9\d{16}[\dX]$/.test(value)) return { ok: false, reason: 'format' };
  if (!isRealDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)))) return { ok: false, reason: 'date' };
  if (idCheckCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'check' };
  return { ok: true, value };
}

export type PermitRegion = 'hk' | 'mo' | 'tw';
const PERMIT_PREFIX: Record<PermitRegion, string> = { hk: '810000', mo: '820000', tw: '830000' };
export type PermitProblem = 'empty' | 'region' | 'length' | 'characters' | 'date' | 'check';

/** Residence permit for Hong Kong, Macao or Taiwan residents: the resident ID structure with the region's prefix. */
export function validateResidencePermit(raw: string, region: PermitRegion, today: Date = new Date()): Result<string, PermitProblem> {
  const checked = validateIdNumber(raw, today);
  if (!checked.ok) return checked;
  if (!checked.value.value.startsWith(PERMIT_PREFIX[region])) return { ok: false, reason: 'region' };
  return { ok: true, value: checked.value.value };
}

export type MrzProblem =
  | 'empty'
  | 'lines'
  | 'characters'
  | 'not_passport'
  | 'document_number_check'
  | 'birth_date_check'
  | 'expiry_date_check'
  | 'personal_number_check'
  | 'composite_check';

export interface PassportDetails {
  documentNumber: string;
  surname: string;
  givenNames: string;
  /** ISO 3166 alpha-3 code as printed (D for Germany is written D<<). */
  nationality: string;
  birthDate: string;
  sex: 'female' | 'male' | 'unspecified';
  expiryDate: string;
  /** The issuing state or nationality is not in the library's list (e.g. the ICAO specimen's UTO): a warning, not a refusal. */
  unknownState: boolean;
}

/** The field each check digit protects, so a failing digit names what to look at again. */
const CHECK_DIGIT_FIELDS: Record<string, MrzProblem> = {
  documentNumberCheckDigit: 'document_number_check',
  birthDateCheckDigit: 'birth_date_check',
  expirationDateCheckDigit: 'expiry_date_check',
  personalNumberCheckDigit: 'personal_number_check',
  compositeCheckDigit: 'composite_check',
};

function yymmddToIso(yymmdd: string, century: (yy: number) => number): string {
  const yy = Number(yymmdd.slice(0, 2));
  return `${century(yy)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

/**
 * Reads the two 44-character lines at the bottom of a passport's photo page, typed or pasted:
 * upper-cased, spaces removed, every check digit verified. The `mrz` package throws on a wrong
 * length or character and does not know every issuing state, so it is wrapped here.
 */
export function parsePassportMrz(raw: string, today: Date = new Date()): Result<PassportDetails, MrzProblem> {
  const compact = raw.toUpperCase().replace(/[ \t]/g, '').replace(/[«‹]/g, '<');
  if (compact.trim() === '') return { ok: false, reason: 'empty' };
  let lines = compact.split(/\r?\n/).filter((line) => line !== '');
  if (lines.length === 1 && lines[0]!.length === 88) lines = [lines[0]!.slice(0, 44), lines[0]!.slice(44)];
  if (lines.length !== 2 || lines.some((line) => line.length !== 44)) return { ok: false, reason: 'lines' };
  if (lines.some((line) => !/^[A-Z0-9<]+$/.test(line))) return { ok: false, reason: 'characters' };
  if (!lines[0]!.startsWith('P')) return { ok: false, reason: 'not_passport' };
  let result: ReturnType<typeof parse>;
  try {
    result = parse(lines);
  } catch {
    return { ok: false, reason: 'characters' };
  }
  for (const detail of result.details) {
    if (!detail.valid && detail.field && CHECK_DIGIT_FIELDS[detail.field]) return { ok: false, reason: CHECK_DIGIT_FIELDS[detail.field]! };
  }
  const fields = result.fields;
  const thisYear = today.getUTCFullYear() % 100;
  const unknownState = result.details.some((d) => !d.valid && (d.field === 'issuingState' || d.field === 'nationality'));
  return {
    ok: true,
    value: {
      documentNumber: (fields.documentNumber ?? '').replace(/<+$/, ''),
      surname: fields.lastName ?? '',
      givenNames: fields.firstName ?? '',
      nationality: lines[1]!.slice(10, 13).replace(/<+$/, ''),
      birthDate: yymmddToIso(fields.birthDate ?? '', (yy) => (yy > thisYear ? 1900 + yy : 2000 + yy)),
      sex: fields.sex === 'female' ? 'female' : fields.sex === 'male' ? 'male' : 'unspecified',
      expiryDate: yymmddToIso(fields.expirationDate ?? '', (yy) => 2000 + yy),
      unknownState,
    },
  };
}

/** An expired passport cannot be used to bind. */
export function isExpired(expiryIsoDate: string, today: Date = new Date()): boolean {
  return expiryIsoDate < today.toISOString().slice(0, 10);
}
