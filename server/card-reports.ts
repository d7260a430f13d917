// Lost-card reports (临时挂失). A person has one social security card, so a report is about the
// person (their subject), whatever card number they bind with: while it is in force the card does
// not bind and its payment code does not pay. A temporary report lifts itself after 7 days;
// the holder may lift it sooner once their face or code is checked.
import { randomBytes } from 'node:crypto';
import { LostCardStatus } from '../src/api/contract.js';
import { iso } from './clock.js';
import type { Db } from './db.js';
import { HOUR_MS } from './limits.js';

export const TEMPORARY_REPORT_MS = 7 * 24 * HOUR_MS;

type Reporter = 'cardholder' | 'relative';

interface ReportRow {
  reference: string;
  subject: string;
  reported_by: Reporter;
  reported_at: number;
  lifts_at: number;
  lifted_at: number | null;
  lifted_by: 'cardholder' | null;
}

function latest(db: Db, subject: string): ReportRow | undefined {
  return db.prepare('SELECT * FROM card_reports WHERE subject = ? ORDER BY reported_at DESC, rowid DESC LIMIT 1').get(subject) as ReportRow | undefined;
}

const inForce = (row: ReportRow, now: number): boolean => row.lifted_at === null && now < row.lifts_at;

/** The report in force for this person's card, if any. */
export function reportInForce(db: Db, subject: string, now: number): { reference: string } | null {
  const row = latest(db, subject);
  return row && inForce(row, now) ? { reference: row.reference } : null;
}

export function lostCardStatus(db: Db, subject: string, now: number): LostCardStatus {
  const row = latest(db, subject);
  if (!row) return LostCardStatus.parse({ lost: false, report: null });
  const lost = inForce(row, now);
  // Not lifted by its holder and past its time: it lifted itself.
  const expired = !lost && row.lifted_at === null;
  return LostCardStatus.parse({
    lost,
    report: {
      reference: row.reference,
      reportedAt: iso(row.reported_at),
      reportedBy: row.reported_by,
      liftsAt: iso(row.lifts_at),
      liftedAt: row.lifted_at !== null ? iso(row.lifted_at) : expired ? iso(row.lifts_at) : null,
      liftedBy: row.lifted_by ?? (expired ? 'expiry' : null),
    },
  });
}

/**
 * Reports the card lost. Reporting again while a report is in force changes nothing and answers
 * with the same reference (a repeated press, or a relative and the holder both reporting).
 */
export function reportLost(db: Db, subject: string, by: Reporter, now: number): { reference: string; created: boolean } {
  return db.transaction(() => {
    const current = reportInForce(db, subject, now);
    if (current) return { reference: current.reference, created: false };
    const reference = `GS${randomBytes(5).toString('hex').toUpperCase()}`;
    db.prepare('INSERT INTO card_reports (reference, subject, reported_by, reported_at, lifts_at) VALUES (?, ?, ?, ?, ?)').run(
      reference,
      subject,
      by,
      now,
      now + TEMPORARY_REPORT_MS,
    );
    return { reference, created: true };
  })();
}

/** Lifts the report in force; the reference it had, or null when there was none. */
export function liftReport(db: Db, subject: string, now: number): string | null {
  return db.transaction(() => {
    const current = reportInForce(db, subject, now);
    if (!current) return null;
    db.prepare("UPDATE card_reports SET lifted_at = ?, lifted_by = 'cardholder' WHERE reference = ?").run(now, current.reference);
    return current.reference;
  })();
}
