// Sandbox stand-in for the insurance accounts: a pension and a medical account for each person,
// generated from their hashed ID number. Nothing is stored but the payments made with a code, so
// the figures are the same after a restart and on any machine, and differ from person to person.
import type { StatementEntry } from '../src/api/contract.js';
import { contributionsOf } from './contributions.js';
import type { Db } from './db.js';
import { between, generator, monthsUntil, pensionMonthlyOf, seedOf } from './seeded.js';

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

/**
 * One person's accounts as of `now`: each month paid in (a gap is not) the employer's share goes
 * into the medical account and the pension account grows by the personal part; outpatient visits
 * and pharmacy purchases come out of it, never below zero; payments made with the person's code
 * come out on their day.
 */
export function accountsOf(db: Db, subject: string, now: number): Accounts {
  const today = new Date(now).toISOString().slice(0, 10);
  const months = monthsUntil(today.slice(0, 7));
  const person = generator(seedOf(subject));
  const monthlyIn = between(person, 15_000, 60_000);
  // The second draw is the pension's (pensionMonthlyOf), so the medical figures stay as they were.
  person();
  // The months something was paid in (contributionsOf): a gap adds to neither account.
  const paidMonths = new Set(contributionsOf(subject, now).months.filter((month) => month.paid).map((month) => month.month));
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
    if (paidMonths.has(month)) events.push({ date: `${month}-05`, kind: 'contribution', merchant: '', amount: monthlyIn });
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
    pensionBalance: pensionMonthlyOf(subject) * paidMonths.size,
    medicalBalance: medical,
    months: recent,
    statement: lines.filter((line) => line.date.slice(0, 7) >= recent[0]!).reverse(),
  };
}
