// Applications as typed, until sent (each cleared on its own once sent): city ids, a reason id,
// dates as "YYYY-MM-DD" parts.

/** Treatment in another city (异地就医备案). */
export interface TreatmentAnswers {
  readonly treatmentCity: string;
  readonly treatmentReason: string;
  readonly treatmentStart: string;
  readonly treatmentEnd: string;
}

export const emptyTreatmentAnswers: TreatmentAnswers = { treatmentCity: '', treatmentReason: '', treatmentStart: '', treatmentEnd: '' };

/** Moving social insurance to another city (社保关系转移). */
export interface TransferAnswers {
  readonly transferFrom: string;
  readonly transferTo: string;
  /** Insurance ids joined by commas. */
  readonly transferInsurances: string;
}

export const emptyTransferAnswers: TransferAnswers = { transferFrom: '', transferTo: '', transferInsurances: '' };

/** A pension check asked of a family member. */
export interface AskPensionAnswers {
  readonly pensionerName: string;
  readonly pensionerIdNumber: string;
  readonly pensionerPhone: string;
  readonly pensionerRelationship: string;
  /**
   * The language the pensioner's phone opens in; empty means the relative's own. Its own answer,
   * not the family binding's holderLocale: a language chosen for one never pre-selects the other.
   */
  readonly pensionerLocale: string;
}

export const emptyAskPensionAnswers: AskPensionAnswers = { pensionerName: '', pensionerIdNumber: '', pensionerPhone: '', pensionerRelationship: '', pensionerLocale: '' };
