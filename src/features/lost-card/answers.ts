// The replacement card's address as chosen and typed, until the order is sent (then cleared):
// province, city and district codes, and the street, building and room.

export interface ReplacementAnswers {
  readonly replacementProvince: string;
  readonly replacementCity: string;
  readonly replacementDistrict: string;
  readonly replacementStreet: string;
}

export const emptyReplacementAnswers: ReplacementAnswers = { replacementProvince: '', replacementCity: '', replacementDistrict: '', replacementStreet: '' };
