// How long personal data is kept, and the purge that enforces it. PIPL art. 19: no longer than
// the purpose needs. Cybersecurity Law art. 21: network logs for at least six months, so the
// audit trail is kept exactly that long. Runs at start and every few minutes (main.ts).
import type { Db } from './db.js';
import { beijingDay } from './help-desk.js';
import { HOUR_MS } from './limits.js';

const DAY_MS = 24 * HOUR_MS;

/** Ended sessions go at once (SessionStore.sweep); the rest is kept this long. */
export const RETENTION = {
  /** When texts went to a phone (the phone in clear): the limits look back one hour. */
  smsSendsMs: DAY_MS,
  /** Wrong answers per client: the per-client limit looks back one hour. */
  clientFailuresMs: DAY_MS,
  /**
   * A relative's request once it is over (refused, cancelled, expired, or access removed): it holds
   * both people's names and numbers. A month lets either side ask 12333 about it; the audit trail
   * keeps what was decided. A request still in force (bound, access kept) stays: it is the
   * relative's standing access, and the cardholder sees who helped.
   */
  closedConsentRequestsMs: 30 * DAY_MS,
  /**
   * A lost-card report once it is over (lifted, or lifted itself): only the person's hashed number
   * and the times; kept as long as the audit trail, so a reference quoted to 12333 still resolves.
   */
  finishedCardReportsMs: 183 * DAY_MS,
  /**
   * Where a replacement card was posted, once it has arrived: needed only to post it and to answer
   * questions about its delivery. The row itself (hashed person, old and new card numbers) stays:
   * it is the register's record that the old card never binds again.
   */
  replacementAddressMs: 183 * DAY_MS,
  /**
   * A counter visit or a call back (with the phone numbers it holds), once its day has passed: a
   * month lets the person ask about it; the audit trail keeps that it was booked, never a number.
   */
  pastHelpBookingsMs: 30 * DAY_MS,
  /**
   * A proof of insurance (what it said, its file's hash) once it is no longer valid: long enough
   * for whoever was given it late to be told "expired" rather than "unknown".
   */
  expiredProofsMs: 90 * DAY_MS,
  /** The audit trail: masked numbers only, kept the six months the law asks of network logs. */
  auditMs: 183 * DAY_MS,
} as const;

export interface Purged {
  smsSends: number;
  clientFailures: number;
  consentRequests: number;
  cardReports: number;
  replacementAddresses: number;
  counterVisits: number;
  callbacks: number;
  insuranceProofs: number;
  audit: number;
}

/** Deletes what has been kept long enough; says how many rows went from each table. */
export function purgeExpired(db: Db, now = Date.now()): Purged {
  return db.transaction(() => ({
    smsSends: db.prepare('DELETE FROM sms_sends WHERE sent_at < ?').run(now - RETENTION.smsSendsMs).changes,
    clientFailures: db.prepare('DELETE FROM client_failures WHERE at < ?').run(now - RETENTION.clientFailuresMs).changes,
    consentRequests: db
      .prepare(
        `DELETE FROM consent_requests
         WHERE NOT (status = 'bound' AND access_revoked = 0)
           AND MAX(COALESCE(closed_at, 0), expires_at) < ?`,
      )
      .run(now - RETENTION.closedConsentRequestsMs).changes,
    // A report whose replacement is still on its way is in force, however old its lifts_at.
    cardReports: db
      .prepare(
        `DELETE FROM card_reports WHERE COALESCE(lifted_at, lifts_at) < ?
           AND reference NOT IN (SELECT report_reference FROM card_replacements WHERE arrived_at IS NULL)`,
      )
      .run(now - RETENTION.finishedCardReportsMs).changes,
    replacementAddresses: db
      .prepare('UPDATE card_replacements SET address = NULL WHERE address IS NOT NULL AND arrived_at < ?')
      .run(now - RETENTION.replacementAddressMs).changes,
    // Their days are Beijing days (YYYY-MM-DD text), which sort as time does.
    counterVisits: db.prepare('DELETE FROM counter_visits WHERE date < ?').run(beijingDay(now - RETENTION.pastHelpBookingsMs)).changes,
    callbacks: db.prepare('DELETE FROM callbacks WHERE date < ?').run(beijingDay(now - RETENTION.pastHelpBookingsMs)).changes,
    // Audit times are ISO text (UTC), which sorts as time does.
    insuranceProofs: db.prepare('DELETE FROM insurance_proofs WHERE valid_until < ?').run(now - RETENTION.expiredProofsMs).changes,
    audit: db.prepare('DELETE FROM audit WHERE at < ?').run(new Date(now - RETENTION.auditMs).toISOString()).changes,
  }))();
}
