// A relative's request (remote binding) as typed: the cardholder's details, then the relative's own.

export interface RequestAnswers {
  readonly holderName: string;
  readonly holderIdNumber: string;
  readonly holderPhone: string;
  readonly relativeName: string;
  readonly relativePhone: string;
  readonly relationship: string;
  /** The services asked for, as service ids joined by commas. */
  readonly requestServices: string;
  /** The language the cardholder's phone opens in; empty means the relative's own. */
  readonly holderLocale: string;
}

export const emptyRequestAnswers: RequestAnswers = {
  holderName: '',
  holderIdNumber: '',
  holderPhone: '',
  relativeName: '',
  relativePhone: '',
  relationship: '',
  requestServices: 'medical_payment',
  holderLocale: '',
};
