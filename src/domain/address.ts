// A postal address in China as the replacement card form asks for it: province, city and district
// chosen from the service's lists (six-digit GB/T 2260 codes), then the street, building and room
// as typed. Shared by app and service; no DOM.
import { normaliseText } from './normalise.js';

/** Long enough for "新疆维吾尔自治区…" style street lines with a building and room; a courier label's line. */
export const STREET_MAX_CHARACTERS = 60;

export type AddressField = 'province' | 'city' | 'district' | 'street';
/** 'unknown': a district the service does not list (only the service can say so). */
export type AddressProblem = 'empty' | 'too_long' | 'unknown';

export interface PostalAddressInput {
  province: string;
  city: string;
  district: string;
  street: string;
}

const isCode = (value: string): boolean => /^\d{6}$/.test(value);

/** The street, building and room, tidied (half-width, single spaces), or why it cannot be posted to. */
export function checkStreet(raw: string): { ok: true; value: string } | { ok: false; problem: 'empty' | 'too_long' } {
  const street = normaliseText(raw);
  if (street === '') return { ok: false, problem: 'empty' };
  // Characters, not UTF-16 units: a rare Han character in a street name counts once.
  if ([...street].length > STREET_MAX_CHARACTERS) return { ok: false, problem: 'too_long' };
  return { ok: true, value: street };
}

/** Checks what the person chose and typed; the street comes back tidied (half-width, single spaces). */
export function checkPostalAddress(
  input: PostalAddressInput,
): { ok: true; value: { district: string; street: string } } | { ok: false; problems: Partial<Record<AddressField, AddressProblem>> } {
  const problems: Partial<Record<AddressField, AddressProblem>> = {};
  if (!isCode(input.province)) problems.province = 'empty';
  else if (!isCode(input.city)) problems.city = 'empty';
  else if (!isCode(input.district)) problems.district = 'empty';
  const street = checkStreet(input.street);
  if (!street.ok) problems.street = street.problem;
  if (Object.keys(problems).length > 0 || !street.ok) return { ok: false, problems };
  return { ok: true, value: { district: input.district, street: street.value } };
}
