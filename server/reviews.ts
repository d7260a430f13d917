// "This wasn't me": the person says something done with their binding was not them. At once the
// binding is stopped for review (payments refused), every relative's access to it is removed, and
// every session of it ends (theirs and the relatives'); a review reference is given for 12333.
// The review is closed by 12333's staff (in the sandbox, POST /api/sandbox/reviews/close).
import type { ReviewOutcome } from '../src/api/contract.js';
import { removeBindingOfSubject } from './bindings.js';
import type { Db } from './db.js';
import type { SessionStore } from './session.js';
import { reviewReference } from './cards.js';

/** The open review of this person's binding, if any. */
export function openReviewOf(db: Db, subject: string): { reference: string } | null {
  const row = db.prepare('SELECT reference FROM binding_reviews WHERE subject = ? AND closed_at IS NULL').get(subject) as { reference: string } | undefined;
  return row ?? null;
}

export interface NotMeOutcome {
  reference: string;
  relativesRevoked: number;
  sessionsEnded: number;
}

/** Stops the binding for review, in one transaction; saying it again keeps the review already open. */
export function stopForReview(db: Db, sessions: SessionStore, subject: string, now: number, told: { person: string; phone: string | null }): NotMeOutcome {
  return db.transaction((): NotMeOutcome => {
    const reference = openReviewOf(db, subject)?.reference ?? reviewReference();
    db.prepare('INSERT OR IGNORE INTO binding_reviews (reference, subject, opened_at, person, phone) VALUES (?, ?, ?, ?, ?)').run(reference, subject, now, told.person, told.phone);
    // A code on a screen no longer pays.
    db.prepare('DELETE FROM payment_codes WHERE subject = ?').run(subject);
    const relativeSessions = db.prepare("SELECT relative_session FROM consent_requests WHERE cardholder_subject = ? AND access_revoked = 0").all(subject) as {
      relative_session: string;
    }[];
    const relativesRevoked = db.prepare('UPDATE consent_requests SET access_revoked = 1 WHERE cardholder_subject = ? AND access_revoked = 0').run(subject).changes;
    let sessionsEnded = 0;
    for (const { relative_session } of relativeSessions) sessionsEnded += db.prepare('DELETE FROM sessions WHERE id = ?').run(relative_session).changes;
    sessionsEnded += sessions.endAllOf(subject);
    return { reference, relativesRevoked, sessionsEnded };
  })();
}

export interface ClosedReview {
  subject: string;
  person: string | null;
  phone: string | null;
}

/** 12333 closes an open review, in one transaction; null when no open review has that reference. */
export function closeReview(db: Db, reference: string, outcome: ReviewOutcome, now: number): ClosedReview | null {
  return db.transaction((): ClosedReview | null => {
    const review = db.prepare('SELECT subject, person, phone FROM binding_reviews WHERE reference = ? AND closed_at IS NULL').get(reference) as ClosedReview | undefined;
    if (!review) return null;
    db.prepare('UPDATE binding_reviews SET closed_at = ?, phone = NULL WHERE reference = ?').run(now, reference);
    if (outcome === 'unbound') removeBindingOfSubject(db, review.subject);
    return review;
  })();
}
