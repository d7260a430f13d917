// Sandbox stand-in for the insurance accounts: a pension and a medical account for each person,
// generated from their hashed ID number. Nothing is stored but the payments made with a code, so
// the figures are the same after a restart and on any machine, and differ from person to person.
import type { StatementEntry } from '../src/api/contract.js';
import type { Db } from './db.js';

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

function monthsUntil(until: string): string[] {
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

interface Payment {
  paid_at: string;
  merchant: string;
  medical_account: number;
}

export interface Accounts {
  pensionBalance: number;
  medicalBalance: number;
  months: string[];
  /** Newest first. */
  statement: StatementEntry[];
}

/** What the person pays into their pension account each month (8% of their contribution base), fen. */
export function pensionMonthlyOf(subject: string): number {
  const person = generator(seedOf(subject));
  person();
  return between(person, 30_000, 90_000);
}

/**
 * One person's accounts as of `now`: each month the employer's share goes into the medical account
 * (and the pension account grows); outpatient visits and pharmacy purchases come out of it, never
 * below zero; payments made with the person's code come out on their day.
 */
export function accountsOf(db: Db, subject: string, now: number): Accounts {
  const today = new Date(now).toISOString().slice(0, 10);
  const months = monthsUntil(today.slice(0, 7));
  const person = generator(seedOf(subject));
  const monthlyIn = between(person, 15_000, 60_000);
  // The second draw is the pension's (pensionMonthlyOf), so the medical figures stay as they were.
  person();
  const pensionMonthly = pensionMonthlyOf(subject);
  let medical = between(person, 50_000, 300_000);
  const lines: StatementEntry[] = [];
  const payments = db.prepare('SELECT paid_at, merchant, medical_account FROM payments WHERE subject = ? ORDER BY paid_at').all(subject) as Payment[];
  const entry = (date: string, kind: StatementEntry['kind'], merchant: string, amount: number) => {
    medical += amount;
    lines.push({ date, kind, merchant, amount, balance: medical });
  };
  for (const month of months) {
    const random = generator(seedOf(`${subject}:${month}`));
    const events: { date: string; kind: StatementEntry['kind']; merchant: string; amount: number }[] = [];
    events.push({ date: `${month}-05`, kind: 'contribution', merchant: '', amount: monthlyIn });
    const visits = between(random, 0, 3);
    for (let i = 0; i < visits; i += 1) {
      const outpatient = random() < 0.5;
      const day = String(between(random, 6, 28)).padStart(2, '0');
      events.push({ date: `${month}-${day}`, kind: outpatient ? 'outpatient' : 'pharmacy', merchant: '', amount: -between(random, 1_500, outpatient ? 30_000 : 20_000) });
    }
    for (const payment of payments.filter((p) => p.paid_at.startsWith(month))) {
      events.push({ date: payment.paid_at.slice(0, 10), kind: 'payment', merchant: payment.merchant, amount: -payment.medical_account });
    }
    events.sort((a, b) => a.date.localeCompare(b.date));
    for (const event of events) {
      if (event.date > today) continue;
      // The generated spending never takes the account below zero; real payments already fit.
      const amount = event.kind === 'payment' ? event.amount : Math.max(event.amount, -medical);
      if (amount !== 0 || event.kind === 'payment') entry(event.date, event.kind, event.merchant, amount);
    }
  }
  const recent = months.slice(-12);
  return {
    pensionBalance: pensionMonthly * months.length,
    medicalBalance: medical,
    months: recent,
    statement: lines.filter((line) => line.date.slice(0, 7) >= recent[0]!).reverse(),
  };
}
