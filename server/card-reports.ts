// Lost-card reports (临时挂失) and replacement cards. A person has one social security card, so a
// report is about the person (their subject), whatever card number they bind with: while it is in
// force the card does not bind and its payment code does not pay. A temporary report lifts itself
// after 7 days; the holder may lift it sooner once their face or code is checked. Ordering a
// replacement keeps the old card stopped until the new one arrives, when the new number is bound
// in place of the old (no new binding) and the old number is refused from then on.
import { randomBytes, randomInt } from 'node:crypto';
import { LostCardStatus, type Region, type Replacement, type ReplacementQuote, type ReplacementStage } from '../src/api/contract.js';
import { maskCardNumber } from '../src/domain/card.js';
import { iso } from './clock.js';
import type { Db } from './db.js';
import { HOUR_MS } from './limits.js';

const DAY_MS = 24 * HOUR_MS;
export const TEMPORARY_REPORT_MS = 7 * DAY_MS;

/**
 * The sandbox's courier: days from the order to each stage. The stages follow the session clock,
 * so a test moves the clock instead of waiting; nothing runs in the background.
 */
export const REPLACEMENT_DAYS: Readonly<Record<ReplacementStage, number>> = { accepted: 0, made: 2, posted: 3, arrived: 5 };

/** Sandbox fee rule: the first replacement is free; another within a year costs ¥20, paid to the courier. */
export const REPLACEMENT_FEE_FEN = 2000;
const FEE_FREE_AFTER_MS = 365 * DAY_MS;

type Reporter = 'cardholder' | 'relative';

interface ReportRow {
  reference: string;
  subject: string;
  reported_by: Reporter;
  reported_at: number;
  lifts_at: number;
  lifted_at: number | null;
  lifted_by: 'cardholder' | 'replacement' | null;
}

interface ReplacementRow {
  reference: string;
  report_reference: string;
  subject: string;
  ordered_at: number;
  /** JSON: province, city, district (Region) and street; null once erased (retention.ts). */
  address: string | null;
  fee_fen: number;
  old_card_number: string;
  new_card_number: string;
  tracking_reference: string;
  arrived_at: number | null;
}

const stageAt = (row: ReplacementRow, stage: ReplacementStage): number => row.ordered_at + REPLACEMENT_DAYS[stage] * DAY_MS;

function stageOf(row: ReplacementRow, now: number): ReplacementStage {
  return [...(['arrived', 'posted', 'made'] as const)].find((stage) => now >= stageAt(row, stage)) ?? 'accepted';
}

function replacementFor(db: Db, reportReference: string): ReplacementRow | undefined {
  return db.prepare('SELECT * FROM card_replacements WHERE report_reference = ?').get(reportReference) as ReplacementRow | undefined;
}

/**
 * A replacement that has reached its holder on this clock: its number is bound in place of the old
 * one (services and reference kept) and the report ends. Done when the person's card is next looked
 * at, in one transaction, so it happens once whichever request comes first.
 */
export function settleArrivedReplacement(db: Db, subject: string, now: number): void {
  db.transaction(() => {
    const row = db
      .prepare('SELECT * FROM card_replacements WHERE subject = ? AND arrived_at IS NULL ORDER BY ordered_at DESC LIMIT 1')
      .get(subject) as ReplacementRow | undefined;
    if (!row || now < stageAt(row, 'arrived')) return;
    const arrivedAt = stageAt(row, 'arrived');
    db.prepare('UPDATE card_replacements SET arrived_at = ? WHERE reference = ?').run(arrivedAt, row.reference);
    db.prepare("UPDATE card_reports SET lifted_at = ?, lifted_by = 'replacement' WHERE reference = ? AND lifted_at IS NULL").run(arrivedAt, row.report_reference);
    const binding = db.prepare('SELECT card FROM bindings WHERE card_number = ? AND subject = ?').get(row.old_card_number, subject) as { card: string } | undefined;
    if (binding) {
      const card = { ...(JSON.parse(binding.card) as object), cardNumberMasked: maskCardNumber(row.new_card_number), issuedOn: iso(stageAt(row, 'made')).slice(0, 10) };
      db.prepare('UPDATE bindings SET card_number = ?, card = ? WHERE card_number = ?').run(row.new_card_number, JSON.stringify(card), row.old_card_number);
    }
  })();
}

function latest(db: Db, subject: string, now: number): ReportRow | undefined {
  settleArrivedReplacement(db, subject, now);
  return db.prepare('SELECT * FROM card_reports WHERE subject = ? ORDER BY reported_at DESC, rowid DESC LIMIT 1').get(subject) as ReportRow | undefined;
}

/** In force: not lifted, and either a replacement is on its way or the 7 days have not passed. */
const inForce = (db: Db, row: ReportRow, now: number): boolean => row.lifted_at === null && (now < row.lifts_at || replacementFor(db, row.reference) !== undefined);

/** The report in force for this person's card, if any. */
export function reportInForce(db: Db, subject: string, now: number): { reference: string } | null {
  const row = latest(db, subject, now);
  return row && inForce(db, row, now) ? { reference: row.reference } : null;
}

/** A card number that a replacement took the place of: it never binds again. */
export function replacedCard(db: Db, cardNumber: string): boolean {
  return db.prepare('SELECT 1 FROM card_replacements WHERE old_card_number = ? AND arrived_at IS NOT NULL').get(cardNumber) !== undefined;
}

function quoteFor(db: Db, subject: string, now: number): ReplacementQuote {
  const recent = db.prepare('SELECT 1 FROM card_replacements WHERE subject = ? AND ordered_at > ?').get(subject, now - FEE_FREE_AFTER_MS);
  return recent ? { feeFen: REPLACEMENT_FEE_FEN, waivedBecause: null } : { feeFen: 0, waivedBecause: 'first_replacement' };
}

function toReplacement(row: ReplacementRow, now: number): Replacement {
  const stage = stageOf(row, now);
  const address = row.address === null ? null : (JSON.parse(row.address) as { province: Region; city: Region; district: Region; street: string });
  const reached = (at: ReplacementStage): boolean => REPLACEMENT_DAYS[at] <= REPLACEMENT_DAYS[stage];
  return {
    reference: row.reference,
    orderedAt: iso(row.ordered_at),
    stage,
    stages: (['accepted', 'made', 'posted', 'arrived'] as const).map((at) => ({ stage: at, at: iso(stageAt(row, at)), expected: !reached(at) })),
    feeFen: row.fee_fen,
    waivedBecause: row.fee_fen === 0 ? 'first_replacement' : null,
    address,
    trackingReference: reached('posted') ? row.tracking_reference : null,
    newCardNumberMasked: reached('made') ? maskCardNumber(row.new_card_number) : null,
  };
}

/**
 * What the person sees: the latest report, its replacement, and a quote when they may order one
 * (`mayOrder`: their own bound card, not a relative's part).
 */
export function lostCardStatus(db: Db, subject: string, now: number, mayOrder = false): LostCardStatus {
  const row = latest(db, subject, now);
  if (!row) return LostCardStatus.parse({ lost: false, report: null, replacement: null, quote: null });
  const lost = inForce(db, row, now);
  const replacement = replacementFor(db, row.reference);
  // Not lifted by its holder, no replacement, and past its time: it lifted itself.
  const expired = !lost && row.lifted_at === null;
  return LostCardStatus.parse({
    lost,
    report: {
      reference: row.reference,
      reportedAt: iso(row.reported_at),
      reportedBy: row.reported_by,
      liftsAt: replacement ? null : iso(row.lifts_at),
      liftedAt: row.lifted_at !== null ? iso(row.lifted_at) : expired ? iso(row.lifts_at) : null,
      liftedBy: row.lifted_by ?? (expired ? 'expiry' : null),
    },
    replacement: replacement ? toReplacement(replacement, now) : null,
    quote: mayOrder && lost && !replacement ? quoteFor(db, subject, now) : null,
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

export type LiftOutcome = { lifted: string } | { refused: 'card_not_lost' | 'replacement_ordered' };

/** Lifts the report in force, unless a replacement is on its way (the old card then stays stopped). */
export function liftReport(db: Db, subject: string, now: number): LiftOutcome {
  return db.transaction((): LiftOutcome => {
    const current = reportInForce(db, subject, now);
    if (!current) return { refused: 'card_not_lost' };
    if (replacementFor(db, current.reference)) return { refused: 'replacement_ordered' };
    db.prepare("UPDATE card_reports SET lifted_at = ?, lifted_by = 'cardholder' WHERE reference = ?").run(now, current.reference);
    return { lifted: current.reference };
  })();
}

/** A new card's number: the register's format, not any card already bound or replaced. */
function newCardNumber(db: Db): string {
  for (;;) {
    const number = `B${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
    const taken =
      db.prepare('SELECT 1 FROM bindings WHERE card_number = ?').get(number) ??
      db.prepare('SELECT 1 FROM card_replacements WHERE new_card_number = ? OR old_card_number = ?').get(number, number);
    if (!taken) return number;
  }
}

export type OrderOutcome = { ordered: Replacement; created: boolean } | { refused: 'card_not_lost' | 'not_bound' };

/**
 * Orders a replacement for the report in force, posted to `address`. Ordering again for the same
 * report answers with the order already made (a repeated press keeps its reference).
 */
export function orderReplacement(
  db: Db,
  subject: string,
  address: { province: Region; city: Region; district: Region; street: string },
  now: number,
): OrderOutcome {
  return db.transaction((): OrderOutcome => {
    const report = reportInForce(db, subject, now);
    if (!report) return { refused: 'card_not_lost' };
    const existing = replacementFor(db, report.reference);
    if (existing) return { ordered: toReplacement(existing, now), created: false };
    const bound = db.prepare('SELECT card_number FROM bindings WHERE subject = ?').get(subject) as { card_number: string } | undefined;
    if (!bound) return { refused: 'not_bound' };
    const quote = quoteFor(db, subject, now);
    const reference = `BK${randomBytes(5).toString('hex').toUpperCase()}`;
    db.prepare(
      `INSERT INTO card_replacements (reference, report_reference, subject, ordered_at, address, fee_fen, old_card_number, new_card_number, tracking_reference)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(reference, report.reference, subject, now, JSON.stringify(address), quote.feeFen, bound.card_number, newCardNumber(db), `SF${String(randomInt(0, 1e12)).padStart(12, '0')}`);
    return { ordered: toReplacement(replacementFor(db, report.reference)!, now), created: true };
  })();
}
