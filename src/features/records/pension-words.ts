// The pension estimate's words: ages, years, months, the retirement-age groups and the index, in
// the reader's language.
import { msg, str } from '@lit/localize';
import type { RetirementGroup, YearMonth } from '../../domain/pension.js';
import { dateTimeFormat, formatLocales } from '../../modes/locale.js';

/** "61 岁 4 个月" as an age; as a duration ("12 年 3 个月") for time paid in. */
export function ageText(years: number, months: number, as: 'age' | 'duration' = 'age'): string {
  if (as === 'duration') return months === 0 ? msg(str`${years} 年`) : msg(str`${years} 年 ${months} 个月`);
  return months === 0 ? msg(str`${years} 岁`) : msg(str`${years} 岁 ${months} 个月`);
}

/** Years with up to one decimal: "25.5 年". */
export function yearsText(years: number): string {
  const number = new Intl.NumberFormat(formatLocales(), { maximumFractionDigits: 1 }).format(years);
  return msg(str`${number} 年`);
}

export function indexText(index: number): string {
  return new Intl.NumberFormat(formatLocales(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(index);
}

/** "2031年5月" / "May 2031". */
export function monthName(at: YearMonth): string {
  return dateTimeFormat({ year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(at.year, at.month - 1, 1));
}

/** A month of the year on its own: "5月" / "May". */
export function monthOfYear(month: number): string {
  return dateTimeFormat({ month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

export function groupName(group: RetirementGroup): string {
  switch (group) {
    case 'male':
      return msg('男职工（原来 60 岁退休）');
    case 'female_50':
      return msg('女职工，原来 50 岁退休');
    case 'female_55':
      return msg('女职工，原来 55 岁退休（管理或技术岗位）');
  }
}
