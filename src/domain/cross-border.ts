// Cross-border payment limits for people who bind with a foreign document: a per-payment and a
// daily limit, in whole yuan, each within the bounds the service sets.
import type { DocumentType } from './document-types.js';
import type { FieldsResult } from './documents.js';
import { toHalfWidth } from './normalise.js';

export interface LimitBounds {
  perTransactionMax: number;
  dailyMax: number;
}
export interface Limits {
  perTransaction: number;
  daily: number;
}

export const CROSS_BORDER_BOUNDS: LimitBounds = { perTransactionMax: 50_000, dailyMax: 200_000 };
export const DEFAULT_CROSS_BORDER_LIMITS: Limits = { perTransaction: 5_000, daily: 20_000 };

/** Only documents of people who may pay across the border have these limits. */
export function hasCrossBorderLimits(document: DocumentType): boolean {
  return document !== 'resident_id';
}

export type LimitField = 'perTransaction' | 'daily';
export type LimitProblem = 'empty' | 'format' | 'too_high' | 'below_per_transaction';

/** "5,000", "５０００" or "5000 " all read as 5000; decimals are refused (whole yuan only). */
function parseYuan(raw: string | number): number | 'empty' | 'format' {
  const text = toHalfWidth(String(raw)).trim().replace(/[,\s，]/g, '');
  if (text === '') return 'empty';
  if (!/^\d{1,9}$/.test(text)) return 'format';
  return Number(text);
}

export function checkCrossBorderLimits(
  input: { perTransaction: string | number; daily: string | number },
  bounds: LimitBounds = CROSS_BORDER_BOUNDS,
): FieldsResult<Limits, LimitField, LimitProblem> {
  const problems: Partial<Record<LimitField, LimitProblem>> = {};
  const perTransaction = parseYuan(input.perTransaction);
  const daily = parseYuan(input.daily);
  if (typeof perTransaction !== 'number') problems.perTransaction = perTransaction;
  else if (perTransaction > bounds.perTransactionMax) problems.perTransaction = 'too_high';
  if (typeof daily !== 'number') problems.daily = daily;
  else if (daily > bounds.dailyMax) problems.daily = 'too_high';
  else if (typeof perTransaction === 'number' && daily < perTransaction) problems.daily = 'below_per_transaction';
  if (typeof perTransaction !== 'number' || typeof daily !== 'number' || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { perTransaction, daily } };
}
