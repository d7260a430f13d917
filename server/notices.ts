// Sandbox stand-in for benefit alerts: notices generated per person from their hashed ID number
// (pension paid each month, an unemployment benefit for some, the yearly qualification check in
// their month). Only which notices were read is stored, so the inbox is the same after a restart.
import type { ActivityKind, Notice } from '../src/api/contract.js';
import { activityOf } from './activity.js';
import type { ConsentStore } from './consent.js';
import type { Db } from './db.js';
import { visitReminders } from './help-desk.js';

function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Every month from `from` to `to` (YYYY-MM), in order. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let key = from; key <= to; ) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/**
 * This person's notices from `since` (two months before they bound, so a new binding already has
 * some) up to `now`, newest first, each with whether it was read. Notices only ever arrive: the
 * same day always gives the same ones, and a later day adds to them.
 */
export function noticesOf(db: Db, subject: string, since: number, now: number): Notice[] {
  const seed = seedOf(subject);
  const pension = 250_000 + (seed % 250_000);
  const first = new Date(since).toISOString().slice(0, 10);
  const today = new Date(now).toISOString().slice(0, 10);
  const within = (day: string) => day >= first && day <= today;
  const notices: Omit<Notice, 'read'>[] = [];
  const months = monthsBetween(first.slice(0, 7), today.slice(0, 7));
  // The pension is paid on the 15th of each month.
  for (const month of months) {
    if (within(`${month}-15`)) notices.push({ id: `pension-${month}`, kind: 'pension_paid', date: `${month}-15`, amount: pension });
  }
  // One in three people had an unemployment benefit paid, once, on the 20th of the first month.
  if (seed % 3 === 0 && within(`${months[0]}-20`)) {
    notices.push({ id: `unemployment-${months[0]}`, kind: 'unemployment_paid', date: `${months[0]}-20`, amount: 180_000 + (seed % 40_000) });
  }
  // The yearly pension qualification check, told on the 1st of the person's own month each year.
  const checkMonth = String((seed % 12) + 1).padStart(2, '0');
  for (const month of months.filter((key) => key.endsWith(`-${checkMonth}`))) {
    if (within(`${month}-01`)) notices.push({ id: `certification-${month.slice(0, 4)}`, kind: 'certification_due', date: `${month}-01`, amount: null });
  }
  const read = new Set(
    (db.prepare('SELECT notice_id FROM notice_reads WHERE subject = ?').all(subject) as { notice_id: string }[]).map((row) => row.notice_id),
  );
  return notices.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).map((notice) => ({ ...notice, read: read.has(notice.id) }));
}

export function markRead(db: Db, subject: string, noticeId: string): void {
  db.prepare('INSERT OR IGNORE INTO notice_reads (subject, notice_id) VALUES (?, ?)').run(subject, noticeId);
}

/** What the person is asked "was this you?" about: the binding made, its services changed, the card reported lost, a relative let in. */
const WAS_THIS_YOU = new Set<ActivityKind>(['bound', 'services_changed', 'reported_lost', 'relative_allowed']);

/**
 * "Was this you?": each of those, whoever did it (the person, or a relative who helped bind), reaches
 * the person's inbox too, with when and who, so they can say at once if it was not them.
 */
export function wasThisYouNotices(db: Db, consents: ConsentStore, subject: string): Notice[] {
  const read = new Set(
    (db.prepare("SELECT notice_id FROM notice_reads WHERE subject = ? AND notice_id LIKE 'activity-%'").all(subject) as { notice_id: string }[]).map(
      (row) => row.notice_id,
    ),
  );
  return activityOf(db, consents, subject)
    .filter((entry) => WAS_THIS_YOU.has(entry.kind))
    .map((entry) => ({ id: `activity-${entry.id}`, kind: 'activity', date: entry.at.slice(0, 10), amount: null, read: read.has(`activity-${entry.id}`), activity: entry }));
}

/** "Your visit is tomorrow": a reminder of each visit booked at a counter (help-desk.ts says when it arrives). */
export function visitReminderNotices(db: Db, subject: string, now: number): Notice[] {
  const read = new Set(
    (db.prepare("SELECT notice_id FROM notice_reads WHERE subject = ? AND notice_id LIKE 'visit-%'").all(subject) as { notice_id: string }[]).map((row) => row.notice_id),
  );
  return visitReminders(db, subject, now).map((notice) => ({ ...notice, read: read.has(notice.id) }));
}
