// Who is binding: one check for every kind of identity document, used by the app before sending
// and by the service before accepting. It includes the international phone rules, so the app
// loads it with the identity step rather than with the first screen.
import { validateIdNumber, validateName, type IdNumberProblem, type NameProblem } from './identity.js';
import {
  validatePassport,
  validatePermanentResidentId,
  validateResidencePermit,
  validateWorkPermitNumber,
  type DocumentType,
  type FieldsResult,
  type PassportProblem,
  type PassportSex,
  type PermanentResidentProblem,
  type PermitProblem,
  type WorkPermitProblem,
} from './documents.js';
import { validatePhone, type InternationalPhoneProblem } from './phone.js';

export interface ApplicantInput {
  document: DocumentType;
  /** Everything but a passport: the name as on the document. */
  name: string;
  /** The document's number (the passport number for a passport). */
  idNumber: string;
  phone: string;
  /** ISO 3166 alpha-2 of the phone number's country, from the picker. */
  phoneCountry: string;
  passport?: { nationality: string; surname: string; givenNames: string; birthDate: string; sex: string; expiryDate: string } | undefined;
}

export type ApplicantField = 'name' | 'idNumber' | 'phone' | 'nationality' | 'surname' | 'givenNames' | 'birthDate' | 'sex' | 'expiryDate';
export type ApplicantProblem = NameProblem | IdNumberProblem | PermanentResidentProblem | PermitProblem | WorkPermitProblem | PassportProblem | InternationalPhoneProblem;

export interface Applicant {
  document: DocumentType;
  /** As printed: Chinese characters, or SURNAME GIVEN NAMES in Latin capitals for a passport. */
  name: string;
  documentNumber: string;
  /**
   * The person's key for limits, bindings and audit: a resident ID number as it always was; a
   * passport number with its nationality (numbers are only unique per issuing state); a work
   * permit's number after W:.
   */
  key: string;
  /** E.164. */
  phone: string;
  nationality: string | null;
  birthDate: string | null;
  sex: PassportSex | null;
}

const PERMIT_REGION = { permit_hk: 'hk', permit_mo: 'mo', permit_tw: 'tw' } as const;

export function checkApplicant(input: ApplicantInput, today: Date = new Date()): FieldsResult<Applicant, ApplicantField, ApplicantProblem> {
  const problems: Partial<Record<ApplicantField, ApplicantProblem>> = {};
  const phone = validatePhone(input.phone, input.phoneCountry);
  if (!phone.ok) problems.phone = phone.reason;

  if (input.document === 'passport') {
    const form = input.passport ?? { nationality: '', surname: '', givenNames: '', birthDate: '', sex: '', expiryDate: '' };
    const passport = validatePassport({ ...form, number: input.idNumber }, today);
    if (!passport.ok) {
      const { number, ...rest } = passport.problems;
      Object.assign(problems, rest);
      if (number) problems.idNumber = number;
    }
    if (!passport.ok || !phone.ok) return { ok: false, problems };
    const p = passport.value;
    return {
      ok: true,
      value: {
        document: 'passport',
        name: [p.surname, p.givenNames].filter(Boolean).join(' '),
        documentNumber: p.number,
        key: `P:${p.nationality}:${p.number}`,
        phone: phone.value.e164,
        nationality: p.nationality,
        birthDate: p.birthDate,
        sex: p.sex,
      },
    };
  }

  const name = validateName(input.name);
  if (!name.ok) problems.name = name.reason;
  let number: string | null = null;
  let key: string | null = null;
  let birthDate: string | null = null;
  let sex: PassportSex | null = null;
  if (input.document === 'resident_id') {
    const id = validateIdNumber(input.idNumber, today);
    if (id.ok) ({ value: number, birthDate, sex } = id.value);
    else problems.idNumber = id.reason;
  } else if (input.document === 'permanent_resident') {
    const id = validatePermanentResidentId(input.idNumber);
    if (id.ok) number = id.value;
    else problems.idNumber = id.reason;
  } else if (input.document === 'work_permit') {
    const id = validateWorkPermitNumber(input.idNumber);
    if (id.ok) ({ value: number } = id);
    else problems.idNumber = id.reason;
    // A permit number could look like another document's: its key says which it is.
    if (number !== null) key = `W:${number}`;
  } else {
    const id = validateResidencePermit(input.idNumber, PERMIT_REGION[input.document], today);
    if (id.ok) number = id.value;
    else problems.idNumber = id.reason;
  }
  if (!name.ok || number === null || !phone.ok) return { ok: false, problems };
  return {
    ok: true,
    value: { document: input.document, name: name.value, documentNumber: number, key: key ?? number, phone: phone.value.e164, nationality: null, birthDate, sex },
  };
}
