// Sandbox stand-in for the contributions register (缴费记录): each person's months since the
// sandbox history begins, generated from their hashed ID number (stable after a restart and on
// any machine, different from person to person). Every person has one gap of one to three months
// (a change of job, say), so the gap is always there to see and test. The parts are the common
// national rates on one base: pension 16 % + 8 %, medical 8 % + 2 %, unemployment 0.5 % + 0.5 %
// (employer + personal); the personal pension part is what the pension account grows by.
import type { Contributions, ContributionMonth } from '../src/api/contract.js';
import { between, generator, monthsUntil, pensionMonthlyOf, seedOf } from './seeded.js';

/** Contributions for a month are due on this day of it. */
export const DUE_DAY = 5;

const part = (base: number, percent: number) => Math.round((base * percent) / 100);

/** The months whose contributions are due by `now`, oldest first. */
function dueMonths(now: number): string[] {
  const today = new Date(now).toISOString().slice(0, 10);
  return monthsUntil(today.slice(0, 7)).filter((month) => `${month}-${String(DUE_DAY).padStart(2, '0')}` <= today);
}

/** The months of the person's gap (nothing paid), from the history as it stands at `now`. */
function gapOf(subject: string, months: string[]): Set<string> {
  const random = generator(seedOf(`${subject}:gap`));
  const length = between(random, 1, 3);
  // Not in the first or the last month: a gap is a stop between months that were paid.
  if (months.length < length + 2) return new Set();
  const start = between(random, 1, months.length - length - 1);
  return new Set(months.slice(start, start + length));
}

export function contributionsOf(subject: string, now: number): Contributions {
  const months = dueMonths(now);
  const gap = gapOf(subject, months);
  const personalPension = pensionMonthlyOf(subject);
  const base = Math.round(personalPension / 0.08);
  return {
    months: months.map((month): ContributionMonth => ({
      month,
      paid: gap.has(month)
        ? null
        : {
            base,
            pension: { employer: part(base, 16), personal: personalPension },
            medical: { employer: part(base, 8), personal: part(base, 2) },
            unemployment: { employer: part(base, 0.5), personal: part(base, 0.5) },
          },
    })),
  };
}
