// Applications made with a bound card: registering for treatment in another city (异地就医备案),
// moving social insurance to another city (社保关系转移接续), and the yearly pension qualification
// check (养老金资格认证). The rules here are the ones both the phone and the service apply.
import { parseDateParts } from './dates.js';

/** Cities the sandbox knows, by id: each has a translated name in the app. */
export const CITY_IDS = [
  'beijing',
  'shanghai',
  'guangzhou',
  'shenzhen',
  'tianjin',
  'chongqing',
  'chengdu',
  'wuhan',
  'xian',
  'hangzhou',
  'urumqi',
  'kashgar',
] as const;
export type CityId = (typeof CITY_IDS)[number];

/**
 * Why someone needs treatment elsewhere: the four kinds of 异地就医备案. A referral needs the
 * hospital's referral letter, which the sandbox's reviewer always asks for.
 */
export const TREATMENT_REASONS = ['living_there', 'working_there', 'referral', 'temporary'] as const;
export type TreatmentReason = (typeof TREATMENT_REASONS)[number];

export const INSURANCES = ['pension', 'medical'] as const;
export type Insurance = (typeof INSURANCES)[number];

/** A registration lasts at most a year; a longer stay registers again. */
export const MAX_TREATMENT_DAYS = 366;

export type TreatmentField = 'city' | 'reason' | 'startDate' | 'endDate';
export type TreatmentProblem = 'empty' | 'date' | 'start_in_past' | 'end_before_start' | 'too_long';

export interface TreatmentInput {
  city: string;
  reason: string;
  /** "YYYY-MM-DD" parts as typed, possibly half-empty. */
  startDate: string;
  endDate: string;
}

export interface Treatment {
  city: CityId;
  reason: TreatmentReason;
  startDate: string;
  endDate: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export const isCity = (value: string): value is CityId => (CITY_IDS as readonly string[]).includes(value);
const isReason = (value: string): value is TreatmentReason => (TREATMENT_REASONS as readonly string[]).includes(value);
const isInsurance = (value: string): value is Insurance => (INSURANCES as readonly string[]).includes(value);

/** Problems field by field; `today` is "YYYY-MM-DD" (the day the person applies). */
export function checkTreatment(
  input: TreatmentInput,
  today: string,
): { ok: true; value: Treatment } | { ok: false; problems: Partial<Record<TreatmentField, TreatmentProblem>> } {
  const problems: Partial<Record<TreatmentField, TreatmentProblem>> = {};
  if (!isCity(input.city)) problems.city = 'empty';
  if (!isReason(input.reason)) problems.reason = 'empty';
  const start = parseDateParts(input.startDate);
  const end = parseDateParts(input.endDate);
  if (!start.ok) problems.startDate = start.reason;
  else if (dayNumber(start.value) < dayNumber(today)) problems.startDate = 'start_in_past';
  if (!end.ok) problems.endDate = end.reason;
  else if (start.ok && dayNumber(end.value) < dayNumber(start.value)) problems.endDate = 'end_before_start';
  else if (start.ok && dayNumber(end.value) - dayNumber(start.value) >= MAX_TREATMENT_DAYS) problems.endDate = 'too_long';
  if (Object.keys(problems).length > 0 || !start.ok || !end.ok) return { ok: false, problems };
  return { ok: true, value: { city: input.city as CityId, reason: input.reason as TreatmentReason, startDate: start.value, endDate: end.value } };
}

export type TransferField = 'fromCity' | 'toCity' | 'insurances';
export type TransferProblem = 'empty' | 'same_city';

export interface Transfer {
  fromCity: CityId;
  toCity: CityId;
  insurances: Insurance[];
}

export function checkTransfer(input: {
  fromCity: string;
  toCity: string;
  insurances: readonly string[];
}): { ok: true; value: Transfer } | { ok: false; problems: Partial<Record<TransferField, TransferProblem>> } {
  const problems: Partial<Record<TransferField, TransferProblem>> = {};
  if (!isCity(input.fromCity)) problems.fromCity = 'empty';
  if (!isCity(input.toCity)) problems.toCity = 'empty';
  else if (input.toCity === input.fromCity) problems.toCity = 'same_city';
  const insurances = INSURANCES.filter((insurance) => input.insurances.includes(insurance));
  if (insurances.length === 0 || !input.insurances.every(isInsurance)) problems.insurances = 'empty';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { fromCity: input.fromCity as CityId, toCity: input.toCity as CityId, insurances } };
}

export type ApplicationStatus = 'submitted' | 'in_review' | 'approved' | 'needs_information';

/** The sandbox's reviewer: picks an application up after an hour and decides a day after it came. */
export const REVIEW_STARTS_AFTER_MS = 60 * 60 * 1000;
export const DECIDED_AFTER_MS = DAY_MS;

/**
 * Where an application stands, from when it came and what it asks. A pension check done by face
 * is decided by the check itself. A referral is sent back for the hospital's referral letter.
 */
export function applicationStatus(
  application: { kind: 'treatment_elsewhere' | 'transfer' | 'pension_check'; submittedAt: number; reason?: string },
  now: number,
): ApplicationStatus {
  if (application.kind === 'pension_check') return 'approved';
  const age = now - application.submittedAt;
  if (age < REVIEW_STARTS_AFTER_MS) return 'submitted';
  if (age < DECIDED_AFTER_MS) return 'in_review';
  return application.reason === 'referral' ? 'needs_information' : 'approved';
}

/** The day in China (UTC+8 all year) at `now`: the day an application is made on. */
export function chinaDay(now: number): string {
  return new Date(now + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A pension qualification check holds for a year from the day it was done. */
export function pensionCheckValidUntil(doneOn: string): string {
  const [year, month, day] = doneOn.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, day));
  // 29 February done, 28 February next year: Date rolls over to 1 March, so step back a day.
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}
