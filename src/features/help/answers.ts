// What a person chose on the help pages, until it is booked (then cleared): the counter visit's
// province, city, counter, day and hour, and the call back's number and window ("date from").
// The number is the person's own, given to be called on: not a secret, and gone once booked.

export interface HelpAnswers {
  readonly visitProvince: string;
  readonly visitCity: string;
  readonly visitCounter: string;
  readonly visitDate: string;
  readonly visitFrom: string;
  readonly callbackPhone: string;
  readonly callbackPhoneCountry: string;
  readonly callbackWindow: string;
}

export const emptyHelpAnswers: HelpAnswers = {
  visitProvince: '',
  visitCity: '',
  visitCounter: '',
  visitDate: '',
  visitFrom: '',
  callbackPhone: '',
  callbackPhoneCountry: '',
  callbackWindow: '',
};
