// The identity step's details as data: which questions a document asks, the fields each covers,
// their control ids and form names, and what is sent. The rules behind them load with the step.
import type { DocumentType } from '../../domain/document-types.js';
import type { ApplicantField, ApplicantInput } from './identity-rules.js';
import type { IdentityAnswers } from './answers.js';

export type Rules = typeof import('./identity-rules.js');

/** The rules load once, when the step first opens; every check awaits the same promise. */
let rulesPromise: Promise<Rules> | undefined;
export const loadRules = (): Promise<Rules> => (rulesPromise ??= import('./identity-rules.js'));

/**
 * The details asked, one question at a time in care mode. A passport asks what its photo page
 * shows; every other document asks the name and number printed on it.
 */
export type Question = 'document' | 'name' | 'idNumber' | 'phone' | 'nationality' | 'passportName' | 'birthDate' | 'sex' | 'expiryDate';
export function questionsFor(document: DocumentType): readonly Question[] {
  return document === 'passport'
    ? ['document', 'nationality', 'idNumber', 'passportName', 'birthDate', 'sex', 'expiryDate', 'phone']
    : ['document', 'name', 'idNumber', 'phone'];
}
export const QUESTION_FIELDS: Record<Question, readonly ApplicantField[]> = {
  document: [],
  name: ['name'],
  idNumber: ['idNumber'],
  phone: ['phone'],
  nationality: ['nationality'],
  passportName: ['surname', 'givenNames'],
  birthDate: ['birthDate'],
  sex: ['sex'],
  expiryDate: ['expiryDate'],
};
/** Each field's control id (error summary links land on it), in the order they appear. */
export const FIELD_IDS: Record<ApplicantField, string> = {
  name: 'identity-name',
  nationality: 'identity-nationality',
  idNumber: 'identity-id-number',
  surname: 'identity-surname',
  givenNames: 'identity-given-names',
  birthDate: 'identity-birth-date',
  sex: 'identity-sex-female',
  expiryDate: 'identity-expiry-date',
  phone: 'identity-phone',
};
export const FIELD_ORDER = Object.keys(FIELD_IDS) as ApplicantField[];
/** The questions that are one field: on their own page, the field's label or legend is the page's heading. */
export const SINGLE_FIELD_QUESTIONS: readonly Question[] = ['document', 'name', 'idNumber', 'birthDate', 'sex', 'expiryDate'];
export const MRZ_FIELD_ID = 'identity-mrz';

/** Form control name → the answer it keeps. */
export const ANSWER_OF: Readonly<Record<string, keyof IdentityAnswers>> = {
  'identity-document': 'document',
  name: 'name',
  idNumber: 'idNumber',
  phone: 'phone',
  phoneCountry: 'phoneCountry',
  nationality: 'nationality',
  surname: 'surname',
  givenNames: 'givenNames',
  'identity-sex': 'sex',
  birthDate: 'birthDate',
  expiryDate: 'expiryDate',
};

export function applicantInput(answers: IdentityAnswers): ApplicantInput {
  const { document, name, idNumber, phone, phoneCountry, nationality, surname, givenNames, birthDate, sex, expiryDate } = answers;
  return {
    document,
    name: document === 'passport' ? '' : name,
    idNumber,
    phone,
    phoneCountry,
    passport: document === 'passport' ? { nationality, surname, givenNames, birthDate, sex, expiryDate } : undefined,
  };
}
