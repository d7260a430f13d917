// Card and bank rules: the social security card number, one-time codes, payment passwords.
import { normaliseCode } from './normalise.js';
import type { Result } from './identity.js';

export type CardNumberProblem = 'empty' | 'format';

/** The card number printed on the card: 9 characters, a letter (or digit) then 8 digits. */
export function validateCardNumber(raw: string): Result<string, CardNumberProblem> {
  const value = normaliseCode(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (!/^[A-Z0-9]\d{8}$/.test(value)) return { ok: false, reason: 'format' };
  return { ok: true, value };
}

export type CodeProblem = 'empty' | 'format';

/** A 6-digit one-time code; spaces and hyphens from a pasted message are ignored. */
export function validateSmsCode(raw: string): Result<string, CodeProblem> {
  const value = normaliseCode(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (!/^\d{6}$/.test(value)) return { ok: false, reason: 'format' };
  return { ok: true, value };
}

/** The bank payment password as typed: exactly 6 digits. Whether it is right only the bank knows. */
export function validatePaymentPassword(raw: string): Result<string, CodeProblem> {
  const value = normaliseCode(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (!/^\d{6}$/.test(value)) return { ok: false, reason: 'format' };
  return { ok: true, value };
}

/** A9****678 */
export function maskCardNumber(card: string): string {
  return card.length === 9 ? `${card.slice(0, 2)}****${card.slice(-3)}` : '****';
}

/** •••• 0005: the last four digits of a bank account. */
export function maskBankAccount(account: string): string {
  return `**** ${account.slice(-4)}`;
}
