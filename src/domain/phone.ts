// Mobile numbers from any country, for people who bind with a passport or another foreign
// document. libphonenumber-js with its full ("max") metadata tells a mobile from a landline;
// the metadata is large, so the app loads this module only with the step that needs it.
import { AsYouType, getCountries, getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { validateMobile, type Result } from './identity.js';
import { toHalfWidth } from './normalise.js';

export type InternationalPhoneProblem = 'empty' | 'country' | 'format' | 'not_mobile';

export interface InternationalPhone {
  /** +8613912345678: how the number is stored and sent. */
  e164: string;
  /** The country the number belongs to (taken from a typed +code, else the picker). */
  country: string;
}

/** The regions a number may come from, for the country picker. */
export function phoneCountries(): readonly string[] {
  return getCountries();
}

export function callingCode(country: string): string {
  return (getCountries() as string[]).includes(country) ? getCountryCallingCode(country as CountryCode) : '';
}

/** The country a calling code is mainly used in: +1 is the United States, +44 the United Kingdom, +7 Russia. */
function mainCountryOf(code: string): string | null {
  // The metadata lists each calling code's countries, the main one first; the library types it loosely.
  const metadata = (new Metadata() as unknown as { metadata: { country_calling_codes: Record<string, string[] | undefined> } }).metadata;
  return metadata.country_calling_codes[code]?.[0] ?? null;
}

/**
 * The country a number being typed with its +code (or 00code) belongs to, so the country picker
 * can follow it: null while there is no +code yet (the picker decides), `picked` when the picked
 * country shares the code (+44 for Jersey stays Jersey), else the number's own country, or the
 * code's main country while the number is too short to tell (+1 → US until more digits come).
 */
export function countryOfTypedNumber(raw: string, picked: string): string | null {
  const text = toHalfWidth(raw).trim().replace(/^00/, '+');
  if (!text.startsWith('+')) return null;
  const typing = new AsYouType();
  typing.input(text.replace(/[^\d+]/g, ''));
  const code = typing.getCallingCode();
  if (!code) return null;
  if (callingCode(picked) === code) return picked;
  return typing.getCountry() ?? mainCountryOf(code);
}

/**
 * A mobile number typed in any common way (spaces, brackets, a leading 0 or +code, full-width
 * digits) for the chosen country; a typed +code wins over the picker. Landlines cannot receive a
 * text message, so they are refused with that reason.
 */
export function validateInternationalMobile(raw: string, country: string): Result<InternationalPhone, InternationalPhoneProblem> {
  const text = toHalfWidth(raw).trim().replace(/^00/, '+');
  if (text === '') return { ok: false, reason: 'empty' };
  if (!text.startsWith('+') && !(getCountries() as string[]).includes(country)) return { ok: false, reason: 'country' };
  if (!/^\+?[\d\s().\-‐‑–]+$/.test(text)) return { ok: false, reason: 'format' };
  const parsed = parsePhoneNumberFromString(text, country as CountryCode);
  if (!parsed?.isValid()) return { ok: false, reason: 'format' };
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return { ok: false, reason: 'not_mobile' };
  // Numbers shared between regions (+44 for the UK, Guernsey, Jersey) stay with the region picked.
  const picked = callingCode(country) === parsed.countryCallingCode;
  return { ok: true, value: { e164: parsed.number, country: picked ? country : (parsed.country ?? country) } };
}

/** +44 ••••••3456 / 138****0001: enough to recognise, not enough to reuse. */
export function maskE164(e164: string): string {
  const mainland = /^\+86(1\d{10})$/.exec(e164);
  if (mainland) return `${mainland[1]!.slice(0, 3)}****${mainland[1]!.slice(-4)}`;
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return '****';
  const national = parsed.nationalNumber;
  return `+${parsed.countryCallingCode} ${'•'.repeat(Math.max(0, national.length - 4))}${national.slice(-4)}`;
}

/**
 * The phone rule for every document: a mainland number keeps the mainland rule (11 digits from
 * 13–19, with the clearer 11-digit message); anything else goes through the country's own rules.
 */
export function validatePhone(raw: string, country: string): Result<InternationalPhone, InternationalPhoneProblem> {
  const text = toHalfWidth(raw).trim();
  const foreignPrefix = /^(\+|00)/.test(text) && !/^(\+|00)\s*86/.test(text);
  if (country === 'CN' && !foreignPrefix) {
    const mainland = validateMobile(text);
    return mainland.ok ? { ok: true, value: { e164: `+86${mainland.value}`, country: 'CN' } } : mainland;
  }
  return validateInternationalMobile(text, country);
}
