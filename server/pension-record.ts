// Sandbox stand-in for the pension register: each person's record for the pension estimate,
// generated from their hashed ID number (stable, different for each person). Birth and sex come
// from a resident ID number itself; for other documents the register would know them, so the
// sandbox makes them up from the same seed. The account balance is the accounts page's.
import { PensionRecord } from '../src/api/contract.js';
import { accountsOf } from './accounts.js';
import { between, generator, pensionMonthlyOf, seedOf } from './seeded.js';
import type { Db } from './db.js';
import { regionsWithin } from './regions.js';

/** The sandbox's average monthly wage by province, fen: invented round figures of the right size, for the last year. */
const AVERAGE_WAGE: Record<string, number> = { '110000': 1_250_000, '440000': 1_020_000, '650000': 890_000 };
const DEFAULT_PROVINCE = '110000';

export function pensionRecordOf(db: Db, subject: string, idNumber: string, now: number): PensionRecord {
  const random = generator(seedOf(`${subject}:pension`));
  const resident = /^(\d{2})\d{4}(\d{4})(\d{2})\d{2}\d{2}(\d)[\dX]$/.exec(idNumber);
  const born = resident ? { year: Number(resident[2]), month: Number(resident[3]) } : { year: between(random, 1962, 1995), month: between(random, 1, 12) };
  const male = resident ? Number(resident[4]) % 2 === 1 : random() < 0.5;
  // Most women worked in posts where the age was 50; some in managerial or technical posts (55).
  const group = male ? 'male' : random() < 0.35 ? 'female_55' : 'female_50';
  const today = new Date(now);
  const asOf = today.toISOString().slice(0, 7);
  // Paying in since somewhere between 18 and 28, up to now (at least a year).
  const startAge = between(random, 18, 28);
  const monthsOld = (today.getUTCFullYear() - born.year) * 12 + (today.getUTCMonth() + 1 - born.month);
  const monthsContributed = Math.max(12, monthsOld - startAge * 12 - between(random, 0, 36));
  const provinceCode = resident && AVERAGE_WAGE[`${resident[1]}0000`] ? `${resident[1]}0000` : DEFAULT_PROVINCE;
  const province = regionsWithin(null).find((region) => region.code === provinceCode)!;
  return PensionRecord.parse({
    born,
    group,
    monthsContributed,
    averageIndex: between(random, 60, 220) / 100,
    balance: accountsOf(db, subject, now).pensionBalance,
    monthlyPersonal: pensionMonthlyOf(subject),
    averageWage: { fen: AVERAGE_WAGE[provinceCode]!, year: today.getUTCFullYear() - 1, province },
    asOf,
  });
}
