// Identity rules: the resident ID number (GB 11643-1999), the name, the mainland mobile number.
import { normaliseCode, normaliseText } from './normalise.js';

export type Result<T, R extends string> = { ok: true; value: T } | { ok: false; reason: R };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The GB 11643 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index]!, 0);
  return CHECK_CHARACTERS[sum % 11]!;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type IdNumberProblem = 'empty' | 'length' | 'characters' | 'date' | 'check';
export interface IdNumber {
  value: string;
  birthDate: string;
  sex: 'female' | 'male';
}

/** Mainland resident ID: 18 characters, a real birth date not in the future, a right check character. */
export function validateIdNumber(raw: string, today: Date = new Date()): Result<IdNumber, IdNumberProblem> {
  const value = normaliseCode(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (value.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'characters' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = Date.UTC(year, month - 1, day);
  if (year < 1880 || !isRealDate(year, month, day) || birth > today.getTime()) return { ok: false, reason: 'date' };
  if (idCheckCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'check' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  return { ok: true, value: { value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' } };
}

export type NameProblem = 'empty' | 'too_long' | 'characters';

/**
 * Names of ethnic-minority citizens must fit in at least 50 characters (民委发〔2016〕33号), so that
 * is the limit. Counted in characters (code points), not UTF-16 units: a rare Han character from
 * the supplementary planes (𠈌, CJK Ext B–G) is one character, as the person sees it.
 */
export const NAME_MAX_CHARACTERS = 50;

/**
 * What people type for the separator of a minority name's parts (Unicode names them differently
 * on each keyboard): bullet •, hyphenation point ‧, katakana middle dot ・ and its half-width ･,
 * dot operators ⋅ ∙, the Greek ano teleia ·. All become the middle dot U+00B7 (GB18030 A1A4).
 */
const SEPARATOR_LOOKALIKES = /[•‧・･⋅∙·]/g;
/** A full stop between two Han characters (also ． U+FF0E, which toHalfWidth made "."), as typed on a Chinese keyboard. */
const FULL_STOP_BETWEEN_HAN = /(?<=\p{Script=Han})\s*\.\s*(?=\p{Script=Han})/gu;

/** The name with every form of the separator as U+00B7 and no spaces around it. */
export function normaliseName(raw: string): string {
  return normaliseText(raw).replace(SEPARATOR_LOOKALIKES, '·').replace(FULL_STOP_BETWEEN_HAN, '·').replace(/\s*·\s*/g, '·');
}

/**
 * A name as on the ID card: Han characters (supplementary planes included), letters (minority
 * and foreign names), the middle dot that separates parts of minority names, spaces.
 * 1–50 characters.
 */
export function validateName(raw: string): Result<string, NameProblem> {
  const value = normaliseName(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if ([...value].length > NAME_MAX_CHARACTERS) return { ok: false, reason: 'too_long' };
  if (!/^[\p{Script=Han}\p{L}\p{M}·' -]+$/u.test(value)) return { ok: false, reason: 'characters' };
  return { ok: true, value };
}

export type PhoneProblem = 'empty' | 'format';

/** Mainland mobile: 11 digits starting 13–19, with an optional +86 or 0086 in front. */
export function validateMobile(raw: string): Result<string, PhoneProblem> {
  let value = normaliseCode(raw).replace(/[()]/g, '');
  if (value === '') return { ok: false, reason: 'empty' };
  value = value.replace(/^(\+86|0086)/, '');
  if (!/^1[3-9]\d{9}$/.test(value)) return { ok: false, reason: 'format' };
  return { ok: true, value };
}

/** 138****0001: enough for the person to recognise, not enough to reuse. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 110105********002X */
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(-4)}` : '****';
}
