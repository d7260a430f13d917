// The contributions record's sums and its CSV, without a DOM: the table's totals and the file a
// person downloads come from the same months, so they cannot disagree.
import type { ContributionMonth } from '../api/contributions.js';

export const INSURANCES = ['pension', 'medical', 'unemployment'] as const;
export type Insurance = (typeof INSURANCES)[number];
export const PARTS = ['employer', 'personal'] as const;
export type Part = (typeof PARTS)[number];

export interface YearTotals {
  paidMonths: number;
  gapMonths: number;
  /** Fen, by insurance and part. */
  sums: Record<Insurance, Record<Part, number>>;
  /** Fen: every insurance, one part. */
  byPart: Record<Part, number>;
}

/** The years the record covers, newest first. */
export function yearsOf(months: readonly ContributionMonth[]): number[] {
  return [...new Set(months.map((month) => Number(month.month.slice(0, 4))))].sort((a, b) => b - a);
}

export function monthsOfYear(months: readonly ContributionMonth[], year: number): ContributionMonth[] {
  return months.filter((month) => month.month.startsWith(`${year}-`));
}

export function totalsOf(months: readonly ContributionMonth[]): YearTotals {
  const zero = () => ({ employer: 0, personal: 0 });
  const totals: YearTotals = { paidMonths: 0, gapMonths: 0, sums: { pension: zero(), medical: zero(), unemployment: zero() }, byPart: zero() };
  for (const month of months) {
    if (!month.paid) {
      totals.gapMonths += 1;
      continue;
    }
    totals.paidMonths += 1;
    for (const insurance of INSURANCES) {
      for (const part of PARTS) {
        totals.sums[insurance][part] += month.paid[insurance][part];
        totals.byPart[part] += month.paid[insurance][part];
      }
    }
  }
  return totals;
}

/** What the file's columns and words say, in the person's language. */
export interface CsvWords {
  month: string;
  status: string;
  paid: string;
  gap: string;
  base: string;
  /** Header of each insurance's part, e.g. "Pension, employer (yuan)". */
  column: (insurance: Insurance, part: Part) => string;
}

/** A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Fen as plain yuan for a spreadsheet: 1234.56, no sign, no grouping, whatever the language. */
const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * The months as CSV: one row a month, oldest first, a gap with its word and empty amounts (never
 * zeros, which a spreadsheet would add up as paid). A byte-order mark first, so a spreadsheet
 * opens Chinese and Uyghur headers as UTF-8; lines end in CRLF (RFC 4180).
 */
export function contributionsCsv(months: readonly ContributionMonth[], words: CsvWords): string {
  const header = [words.month, words.status, words.base, ...INSURANCES.flatMap((insurance) => PARTS.map((part) => words.column(insurance, part)))];
  const rows = months.map((month) =>
    month.paid
      ? [month.month, words.paid, yuan(month.paid.base), ...INSURANCES.flatMap((insurance) => PARTS.map((part) => yuan(month.paid![insurance][part])))]
      : [month.month, words.gap, '', ...INSURANCES.flatMap(() => PARTS.map(() => ''))],
  );
  return '\uFEFF' + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
