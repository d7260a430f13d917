// The sandbox's made-up figures: seeded from a person's hashed ID number, so they are the same
// after a restart and on any machine, and differ from person to person.

/** A small seeded generator (mulberry32): the same seed gives the same figures everywhere. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number from a string (FNV-1a), to seed one person's or one month's figures. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export const between = (random: () => number, low: number, high: number) => Math.round(low + random() * (high - low));

/** Months from the first month the sandbox accounts begin, up to and including `until` (YYYY-MM). */
const FIRST_MONTH = '2021-01';

export function monthsUntil(until: string): string[] {
  const months: string[] = [];
  let [year, month] = FIRST_MONTH.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > until) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** What the person pays into their pension account each month (8% of their contribution base), fen. */
export function pensionMonthlyOf(subject: string): number {
  const person = generator(seedOf(subject));
  person();
  return between(person, 30_000, 90_000);
}
