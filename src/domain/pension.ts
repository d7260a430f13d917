// The basic pension estimate (养老金测算) for an enterprise employee, from the rules in force:
// - Retirement age: 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (13 September 2024,
//   in force 1 January 2025) and its 办法: from January 2025 the age rises by one month every four
//   months for men (60 → 63) and for women who retired at 55 (55 → 58), and by one month every two
//   months for women who retired at 50 (50 → 55). The minimum contribution for a monthly pension
//   rises from 15 years by six months a year from 2030 (to 20 in 2039).
// - The pension: 国务院关于完善企业职工基本养老保险制度的决定 (国发〔2005〕38号). Basic pension each month
//   = the province's average monthly wage last year × (1 + the person's average contribution index)
//   ÷ 2 × years contributed × 1%; personal account pension = the account balance ÷ the months
//   divisor for the age at retirement (its annex's table).
// Money is in fen (integers); the result rounds each part to the fen.
import { toHalfWidth } from './normalise.js';

/** Who the person is for the retirement-age rule: a man, or a woman whose age was 50 (most workers) or 55 (managerial and technical posts). */
export type RetirementGroup = 'male' | 'female_50' | 'female_55';

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const RULE = {
  male: { from: 60, everyMonths: 4, maxDelay: 36 },
  female_50: { from: 50, everyMonths: 2, maxDelay: 60 },
  female_55: { from: 55, everyMonths: 4, maxDelay: 36 },
} as const;

/** Months counted from January of year 0, so months can be added and compared. */
const index = (at: YearMonth) => at.year * 12 + (at.month - 1);
const fromIndex = (months: number): YearMonth => ({ year: Math.floor(months / 12), month: (months % 12) + 1 });
/** December 2024: the last month retirement was at the old age. */
const LAST_OLD_MONTH = index({ year: 2024, month: 12 });

export interface RetirementAge {
  /** The age at retirement, in whole years and months. */
  years: number;
  months: number;
  /** The month the person retires in (the month after they reach the age, as the rule's table counts it: born January 1970, 61 years 4 months, retires May 2031). */
  retiresIn: YearMonth;
  /** The months added by the 2025 rule. */
  delayMonths: number;
}

/** The statutory retirement age for someone born in `born`, by the 2025 rule. */
export function retirementAge(born: YearMonth, group: RetirementGroup): RetirementAge {
  const rule = RULE[group];
  // When they would have retired under the old age: the month of their birthday that year.
  const oldMonth = index(born) + rule.from * 12;
  const after = oldMonth - LAST_OLD_MONTH;
  const delayMonths = after <= 0 ? 0 : Math.min(rule.maxDelay, Math.floor((after - 1) / rule.everyMonths) + 1);
  const total = rule.from * 12 + delayMonths;
  return { years: Math.floor(total / 12), months: total % 12, retiresIn: fromIndex(index(born) + total), delayMonths };
}

/** The minimum years of contributions for a monthly pension, for someone retiring in `year`. */
export function minimumYears(year: number): number {
  if (year < 2030) return 15;
  return Math.min(20, 15 + (year - 2029) * 0.5);
}

/** 国发〔2005〕38号's annex: months the personal account is paid over, by the age at retirement (whole years). */
const DIVISORS: Record<number, number> = {
  40: 233, 41: 230, 42: 226, 43: 223, 44: 220, 45: 216, 46: 212, 47: 207, 48: 204, 49: 199,
  50: 195, 51: 190, 52: 185, 53: 180, 54: 175, 55: 170, 56: 164, 57: 158, 58: 152, 59: 145,
  60: 139, 61: 132, 62: 125, 63: 117, 64: 109, 65: 101, 66: 93, 67: 84, 68: 75, 69: 65, 70: 56,
};

/** The months divisor for an age at retirement (its whole years, as the table counts them). */
export function accountDivisor(ageYears: number): number {
  const years = Math.min(70, Math.max(40, Math.floor(ageYears)));
  return DIVISORS[years]!;
}

export interface PensionInputs {
  /** The province's average monthly wage last year, fen. */
  averageWageFen: number;
  /** The person's average contribution index over their working life (0.6–3). */
  averageIndex: number;
  /** Years contributed by retirement (may have a fraction: 25.5 is 25 years 6 months). */
  years: number;
  /** The personal account balance at retirement, fen. */
  balanceFen: number;
  /** The age at retirement in whole years (for the divisor). */
  retirementAgeYears: number;
}

export interface PensionEstimate {
  basicFen: number;
  accountFen: number;
  totalFen: number;
  divisor: number;
}

/** The monthly pension at retirement, in today's figures (no wage growth or interest assumed). */
export function estimatePension(inputs: PensionInputs): PensionEstimate {
  const basicFen = Math.round((inputs.averageWageFen * (1 + inputs.averageIndex)) / 2 * inputs.years / 100);
  const divisor = accountDivisor(inputs.retirementAgeYears);
  const accountFen = Math.round(inputs.balanceFen / divisor);
  return { basicFen, accountFen, totalFen: basicFen + accountFen, divisor };
}

/** The personal share paid into the account each month: 8% of the contribution base. */
export const PERSONAL_RATE = 0.08;

/** Whole months from `from` until `to` (0 when `to` is not later). */
export function monthsUntil(from: YearMonth, to: YearMonth): number {
  return Math.max(0, index(to) - index(from));
}

export interface Projection {
  /** Years contributed by retirement, to one decimal (rounded down). */
  years: number;
  balanceFen: number;
  /** Months from the record until retirement that are counted (none when the person is not paying in). */
  monthsToGo: number;
}

/**
 * The record carried on to retirement, as the calculator's starting figures: someone paying in now
 * is assumed to go on until they retire, each month adding to the years and its personal share to
 * the account (no interest). Someone not paying in keeps the record as it is.
 */
export function projectToRetirement(record: { monthsContributed: number; balanceFen: number; monthlyPersonalFen: number; asOf: YearMonth }, retiresIn: YearMonth): Projection {
  const monthsToGo = record.monthlyPersonalFen > 0 ? monthsUntil(record.asOf, retiresIn) : 0;
  const months = record.monthsContributed + monthsToGo;
  return { years: Math.floor((months / 12) * 10) / 10, balanceFen: record.balanceFen + monthsToGo * record.monthlyPersonalFen, monthsToGo };
}

export type PensionField = 'birthYear' | 'birthMonth' | 'group' | 'years' | 'averageIndex' | 'balance' | 'averageWage';
export type PensionProblem = 'empty' | 'format' | 'range';

export interface PensionDraft {
  birthYear: string;
  birthMonth: string;
  group: string;
  years: string;
  averageIndex: string;
  balance: string;
  averageWage: string;
}

export interface CheckedPension {
  born: YearMonth;
  group: RetirementGroup;
  years: number;
  averageIndex: number;
  balanceFen: number;
  averageWageFen: number;
}

/** Bounds the calculator accepts: a working life, the index's statutory range, sums a person could have. */
export const PENSION_BOUNDS = {
  birthYear: { min: 1930, max: 2010 },
  years: { min: 0, max: 50 },
  averageIndex: { min: 0.6, max: 3 },
  balanceYuan: { max: 10_000_000 },
  averageWageYuan: { min: 1000, max: 100_000 },
} as const;

/** Full-width digits and points (Chinese keyboards), spaces and thousands separators typed in, read as plain digits. */
function tidyNumber(text: string): string {
  return toHalfWidth(text).replace(/[\s,，]/g, '').replace(/。/g, '.');
}

function readNumber(text: string, decimals: number): number | 'empty' | 'format' {
  const tidy = tidyNumber(text);
  if (tidy === '') return 'empty';
  const pattern = decimals === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`);
  return pattern.test(tidy) ? Number(tidy) : 'format';
}

/** Checks what was typed; every problem is named by its field so it can be shown beside it. */
export function checkPensionDraft(draft: PensionDraft): { ok: true; value: CheckedPension } | { ok: false; problems: Partial<Record<PensionField, PensionProblem>> } {
  const problems: Partial<Record<PensionField, PensionProblem>> = {};
  const field = (name: PensionField, decimals: number, min: number, max: number): number => {
    const read = readNumber(draft[name], decimals);
    if (typeof read === 'string') {
      problems[name] = read;
      return 0;
    }
    if (read < min || read > max) problems[name] = 'range';
    return read;
  };
  const birthYear = field('birthYear', 0, PENSION_BOUNDS.birthYear.min, PENSION_BOUNDS.birthYear.max);
  const birthMonth = field('birthMonth', 0, 1, 12);
  if (!['male', 'female_50', 'female_55'].includes(draft.group)) problems.group = 'empty';
  const years = field('years', 1, PENSION_BOUNDS.years.min, PENSION_BOUNDS.years.max);
  const averageIndex = field('averageIndex', 2, PENSION_BOUNDS.averageIndex.min, PENSION_BOUNDS.averageIndex.max);
  const balance = field('balance', 2, 0, PENSION_BOUNDS.balanceYuan.max);
  const averageWage = field('averageWage', 2, PENSION_BOUNDS.averageWageYuan.min, PENSION_BOUNDS.averageWageYuan.max);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      born: { year: birthYear, month: birthMonth },
      group: draft.group as RetirementGroup,
      years,
      averageIndex,
      balanceFen: Math.round(balance * 100),
      averageWageFen: Math.round(averageWage * 100),
    },
  };
}
