// Dates typed as three parts (year, month, day), as people read them off a document.
import { isRealDate, type Result } from './identity.js';
import { toHalfWidth } from './normalise.js';

/** A date typed as three parts (year, month, day), kept as "YYYY-MM-DD" with any part possibly empty. */
export function joinDateParts(year: string, month: string, day: string): string {
  return `${year}-${month}-${day}`;
}

export function splitDateParts(value: string): { year: string; month: string; day: string } {
  const [year = '', month = '', day = ''] = value.split('-');
  return { year, month, day };
}

export type DateProblem = 'empty' | 'date';

/** A real calendar date from its typed parts (full-width digits and a leading zero or not), as ISO. */
export function parseDateParts(value: string): Result<string, DateProblem> {
  const parts = splitDateParts(value);
  const year = toHalfWidth(parts.year).trim();
  const month = toHalfWidth(parts.month).trim();
  const day = toHalfWidth(parts.day).trim();
  if (year === '' && month === '' && day === '') return { ok: false, reason: 'empty' };
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return { ok: false, reason: 'date' };
  if (!isRealDate(Number(year), Number(month), Number(day))) return { ok: false, reason: 'date' };
  return { ok: true, value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}
