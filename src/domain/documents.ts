// Identity documents other than the mainland resident ID card: foreign permanent resident ID
// cards (2023 and 2017 formats), Hong Kong, Macao and Taiwan residents' residence permits, and
// passports through the two lines of their machine-readable zone (ICAO 9303 TD3).
import { parse } from 'mrz';
import { idCheckCharacter, isRealDate, validateIdNumber, type Result } from './identity.js';
import { normaliseCode, normaliseText } from './normalise.js';
import { regionOfNationality } from './countries.js';
import { joinDateParts, parseDateParts } from './dates.js';
export type { DocumentType } from './document-types.js';

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

export type WorkPermitProblem = 'empty' | 'characters' | 'length';

/** The shortest and longest work-permit number accepted. */
export const WORK_PERMIT_LENGTH = { min: 9, max: 18 } as const;

/**
 * The foreigner's work permit (外国人工作许可证), merged into the social security card since
 * 2024-12-01 (人社部发〔2024〕75号; REFERENCE.md §7): the e-card is claimed with the permit's number.
 * No public source gives the number's layout or a check character, so the rule is deliberately
 * loose: after removing spaces and hyphens and upper-casing, 9 to 18 Latin letters and digits with
 * at least one digit (9 covers the card-number length, 18 the all-digit numbers seen on permits;
 * both ends *unverified*). The service applies the same rule; the sandbox accepts any number it lets through.
 */
export function validateWorkPermitNumber(raw: string): Result<string, WorkPermitProblem> {
  const value = normaliseCode(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (!/^[A-Z0-9]+$/.test(value)) return { ok: false, reason: 'characters' };
  if (value.length < WORK_PERMIT_LENGTH.min || value.length > WORK_PERMIT_LENGTH.max) return { ok: false, reason: 'length' };
  if (!/\d/.test(value)) return { ok: false, reason: 'characters' };
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

export type PassportSex = PassportDetails['sex'];

/** What a person types from their passport's photo page (or what the MRZ lines fill in). */
export interface PassportForm {
  nationality: string;
  number: string;
  surname: string;
  givenNames: string;
  /** "YYYY-MM-DD", parts possibly empty (see joinDateParts). */
  birthDate: string;
  sex: string;
  expiryDate: string;
}
export type PassportField = keyof PassportForm;
export type PassportProblem = 'empty' | 'format' | 'characters' | 'date' | 'future' | 'expired' | 'unknown';

export interface Passport {
  nationality: string;
  number: string;
  surname: string;
  givenNames: string;
  birthDate: string;
  sex: PassportSex;
  expiryDate: string;
}

/** Latin capitals as printed on the photo page; spaces, hyphens and apostrophes join parts. */
function latinName(raw: string): Result<string, 'empty' | 'characters'> {
  const value = normaliseText(raw).toUpperCase();
  if (value === '') return { ok: false, reason: 'empty' };
  if (value.length > 39 || !/^[A-Z](?:[A-Z' -]*[A-Z])?$/.test(value)) return { ok: false, reason: 'characters' };
  return { ok: true, value };
}

/** Every field of the passport form, each with its own reason, so each error sits by its field. */
/** Either the checked value, or a problem for each field that has one. */
export type FieldsResult<T, F extends string, P extends string> = { ok: true; value: T } | { ok: false; problems: Partial<Record<F, P>> };

export function validatePassport(form: PassportForm, today: Date = new Date()): FieldsResult<Passport, PassportField, PassportProblem> {
  const problems: Partial<Record<PassportField, PassportProblem>> = {};
  const nationality = normaliseCode(form.nationality);
  if (nationality === '') problems.nationality = 'empty';
  else if (regionOfNationality(nationality) === null) problems.nationality = 'unknown';
  const number = normaliseCode(form.number).replace(/<+$/, '');
  if (number === '') problems.number = 'empty';
  else if (!/^[A-Z0-9]{5,9}$/.test(number)) problems.number = 'format';
  const surname = latinName(form.surname);
  if (!surname.ok) problems.surname = surname.reason;
  // Some people have no given names: the line is then left empty on the photo page.
  const givenNames = form.givenNames.trim() === '' ? ({ ok: true, value: '' } as const) : latinName(form.givenNames);
  if (!givenNames.ok) problems.givenNames = givenNames.reason;
  const todayIso = today.toISOString().slice(0, 10);
  const birth = parseDateParts(form.birthDate);
  if (!birth.ok) problems.birthDate = birth.reason;
  else if (birth.value > todayIso || birth.value < '1900-01-01') problems.birthDate = 'future';
  const expiry = parseDateParts(form.expiryDate);
  if (!expiry.ok) problems.expiryDate = expiry.reason;
  else if (isExpired(expiry.value, today)) problems.expiryDate = 'expired';
  if (form.sex !== 'female' && form.sex !== 'male' && form.sex !== 'unspecified') problems.sex = 'empty';
  if (Object.keys(problems).length > 0 || !surname.ok || !givenNames.ok || !birth.ok || !expiry.ok) return { ok: false, problems };
  return {
    ok: true,
    value: {
      nationality: nationality === 'D' ? 'DEU' : nationality,
      number,
      surname: surname.value,
      givenNames: givenNames.value,
      birthDate: birth.value,
      sex: form.sex as PassportSex,
      expiryDate: expiry.value,
    },
  };
}

/** The passport form as the MRZ lines fill it in (dates split into their typed parts). */
export function passportFormOf(details: PassportDetails): PassportForm {
  const [by, bm, bd] = details.birthDate.split('-');
  const [ey, em, ed] = details.expiryDate.split('-');
  return {
    nationality: details.nationality === 'D' ? 'DEU' : details.nationality,
    number: details.documentNumber,
    surname: details.surname,
    givenNames: details.givenNames,
    birthDate: joinDateParts(by ?? '', String(Number(bm)), String(Number(bd))),
    sex: details.sex,
    expiryDate: joinDateParts(ey ?? '', String(Number(em)), String(Number(ed))),
  };
}
