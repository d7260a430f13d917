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

/** The consent code people read out: no 0/O or 1/I to confuse, grouped in fours when shown. */
export const CONSENT_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export type ConsentCodeProblem = 'empty' | 'length' | 'characters';

/**
 * The 8-character code from a relative's text message, as typed or pasted: spaces, hyphens, full
 * width and lower case are forgiven. Anything else is told here, before it costs one of the tries.
 */
export function validateConsentCode(raw: string): Result<string, ConsentCodeProblem> {
  const value = normaliseCode(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (value.length !== 8) return { ok: false, reason: 'length' };
  if (![...value].every((ch) => CONSENT_CODE_ALPHABET.includes(ch))) return { ok: false, reason: 'characters' };
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

/**
 * A name shown to whoever scans the card's QR: the first character of a Chinese name and stars
 * (张**), the first letter of each part of a Latin one (S**** J***), as Chinese counters mask them.
 */
export function maskHolderName(name: string): string {
  const trimmed = name.trim();
  if (/^[\p{Script=Latin}\s'’.-]+$/u.test(trimmed)) {
    return trimmed
      .split(/\s+/)
      .map((part) => [...part][0] + '*'.repeat(Math.max(1, [...part].length - 1)))
      .join(' ');
  }
  const characters = [...trimmed.replace(/\s+/g, '')];
  return characters[0] + '*'.repeat(Math.max(1, characters.length - 1));
}
