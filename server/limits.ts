// Attempt limits: five wrong answers to one check (SMS code, payment password, face) for one
// person lock that check for 15 minutes; text messages to a phone are spaced and capped per hour;
// one client that gets wrong answers about many different people in an hour is paused.
import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { MINUTE, SECOND } from './clock.js';

export type CheckKind = 'sms' | 'password' | 'face' | 'consent_code';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * MINUTE;
export const SMS_RESEND_MS = 60 * SECOND;
export const SMS_PER_HOUR = 5;
export const HOUR_MS = 60 * MINUTE;
/**
 * People one client may get wrong answers about in an hour. A person's own mistakes are covered by
 * their lock; many people from one place is someone trying stolen details. Generous, because many
 * phones share one address behind a carrier's NAT.
 */
export const CLIENT_PEOPLE_PER_HOUR = 10;

/** Limits follow the person (their ID number), not the session, so a new session does not reset them. */
export function subjectOf(idNumber: string): string {
  return createHash('sha256').update(`id:${idNumber}`).digest('hex');
}

interface FailureRow {
  failures: number;
  locked_until: number | null;
}

/** A client (network address) as stored: hashed, like the people it tried. */
export function clientOf(address: string): string {
  return createHash('sha256').update(`client:${address}`).digest('hex');
}

export class CheckLimits {
  constructor(
    private readonly db: Db,
    private readonly clientPeoplePerHour = CLIENT_PEOPLE_PER_HOUR,
  ) {}

  /** When this client may try again, if it has had wrong answers about too many people. */
  clientPausedUntil(client: string, now: number): number | null {
    const people = this.db
      .prepare('SELECT MAX(at) AS last FROM client_failures WHERE client = ? AND at > ? GROUP BY subject ORDER BY last')
      .all(client, now - HOUR_MS) as { last: number }[];
    if (people.length < this.clientPeoplePerHour) return null;
    // Paused until enough of those people fall out of the hour to be under the limit again.
    return people[people.length - this.clientPeoplePerHour]!.last + HOUR_MS;
  }

  recordClientFailure(client: string, subject: string, now: number): void {
    this.db.prepare('DELETE FROM client_failures WHERE at <= ?').run(now - HOUR_MS);
    this.db.prepare('INSERT INTO client_failures (client, subject, at) VALUES (?, ?, ?)').run(client, subject, now);
  }

  private row(subject: string, kind: CheckKind): FailureRow | undefined {
    return this.db.prepare('SELECT failures, locked_until FROM check_failures WHERE subject = ? AND kind = ?').get(subject, kind) as
      | FailureRow
      | undefined;
  }

  /** When the lock on this check ends, if it is locked at `now`. */
  lockedUntil(subject: string, kind: CheckKind, now: number): number | null {
    const lock = this.row(subject, kind)?.locked_until ?? null;
    return lock !== null && lock > now ? lock : null;
  }

  /** Counts a wrong answer: either how many are left, or (the fifth) when the new lock ends. */
  recordFailure(subject: string, kind: CheckKind, now: number): { attemptsLeft: number } | { lockedUntil: number } {
    const previous = this.row(subject, kind);
    // A lock that has run out starts a fresh count.
    const expiredLock = previous?.locked_until != null && previous.locked_until <= now;
    const failures = (expiredLock ? 0 : (previous?.failures ?? 0)) + 1;
    if (failures >= MAX_FAILURES) {
      const lockedUntil = now + LOCK_MS;
      this.upsert(subject, kind, 0, lockedUntil);
      return { lockedUntil };
    }
    this.upsert(subject, kind, failures, null);
    return { attemptsLeft: MAX_FAILURES - failures };
  }

  recordSuccess(subject: string, kind: CheckKind): void {
    this.db.prepare('DELETE FROM check_failures WHERE subject = ? AND kind = ?').run(subject, kind);
  }

  private upsert(subject: string, kind: CheckKind, failures: number, lockedUntil: number | null): void {
    this.db
      .prepare(
        `INSERT INTO check_failures (subject, kind, failures, locked_until) VALUES (?, ?, ?, ?)
         ON CONFLICT (subject, kind) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
      )
      .run(subject, kind, failures, lockedUntil);
  }
}

export type SmsSendDecision =
  | { ok: true }
  | { ok: false; code: 'sms_too_soon'; retryAfterMs: number }
  | { ok: false; code: 'sms_hourly_limit'; retryAfterMs: number; lockedUntil: number };

export class SmsLimits {
  constructor(private readonly db: Db) {}

  /** May a code be sent to `phone` at `now`? The hourly cap is checked first: it is the longer wait. */
  decide(phone: string, now: number): SmsSendDecision {
    const sends = (
      this.db.prepare('SELECT sent_at FROM sms_sends WHERE phone = ? AND sent_at > ? AND sent_at <= ? ORDER BY sent_at').all(
        phone,
        now - HOUR_MS,
        now,
      ) as { sent_at: number }[]
    ).map((row) => row.sent_at);
    if (sends.length >= SMS_PER_HOUR) {
      const lockedUntil = sends[sends.length - SMS_PER_HOUR]! + HOUR_MS;
      return { ok: false, code: 'sms_hourly_limit', retryAfterMs: lockedUntil - now, lockedUntil };
    }
    const last = sends.at(-1);
    if (last !== undefined && now - last < SMS_RESEND_MS) return { ok: false, code: 'sms_too_soon', retryAfterMs: last + SMS_RESEND_MS - now };
    return { ok: true };
  }

  record(phone: string, now: number): void {
    this.db.prepare('INSERT INTO sms_sends (phone, sent_at) VALUES (?, ?)').run(phone, now);
  }
}
