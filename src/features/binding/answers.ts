// What the binding's own forms keep while the person types (never a password or code).
import type { DocumentType } from '../../domain/document-types.js';

/** The identity step: the document, what is printed on it, and the phone for the code. */
export interface IdentityAnswers {
  readonly document: DocumentType;
  readonly name: string;
  /** The document's number (a passport's number for a passport). */
  readonly idNumber: string;
  readonly phone: string;
  /** ISO 3166 alpha-2 of the phone number's country. */
  readonly phoneCountry: string;
  // A passport's photo page: alpha-3 nationality, Latin names, dates as "YYYY-MM-DD" parts.
  readonly nationality: string;
  readonly surname: string;
  readonly givenNames: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly expiryDate: string;
}

export const emptyIdentityAnswers: IdentityAnswers = {
  document: 'resident_id',
  name: '',
  idNumber: '',
  phone: '',
  phoneCountry: 'CN',
  nationality: '',
  surname: '',
  givenNames: '',
  birthDate: '',
  sex: '',
  expiryDate: '',
};

/**
 * The card number. Shared on purpose: the card step and a relative's request add the same card,
 * and a relative who binds for the cardholder types it on their own phone.
 */
export interface CardAnswers {
  readonly cardNumber: string;
}

export const emptyCardAnswers: CardAnswers = { cardNumber: '' };
