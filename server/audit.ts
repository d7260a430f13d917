// The audit trail: every decision the service makes, who it was about (a masked ID number, never
// a code, password or image), and what was decided.
import type { SandboxAuditEntry } from '../src/api/contract.js';
import { maskDocumentNumber } from '../src/domain/document-types.js';
import type { Db } from './db.js';
import { iso, sessionNow } from './clock.js';
import type { Session } from './session.js';
import { subjectOf } from './limits.js';

export type Outcome = 'ok' | 'refused' | 'failed' | 'locked' | 'frozen' | 'busy' | 'cancelled' | 'revoked';

/** The person the row is about, masked: 110105********002X, P:GBR:12•••••89 for a passport, W:12•••89 for a work permit. */
export function maskSubject(key: string): string {
  const passport = /^P:([A-Z]{1,3}):(.+)$/.exec(key);
  if (passport) return `P:${passport[1]}:${maskDocumentNumber(passport[2]!)}`;
  const permit = /^W:(.+)$/.exec(key);
  return permit ? `W:${maskDocumentNumber(permit[1]!)}` : maskDocumentNumber(key);
}

export function audit(db: Db, session: Session | undefined, action: string, outcome: Outcome, detail: Record<string, unknown> = {}): void {
  const idNumber = session?.state.identity?.idNumber;
  // In a remote binding every row says who acted: the relative or the cardholder.
  if (session?.state.remote) detail = { actor: session.state.remote.role, request: session.state.remote.requestId, ...detail };
  db.prepare('INSERT INTO audit (at, session_id, subject, person_key, action, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    iso(sessionNow(session)),
    session?.id ?? null,
    idNumber ? maskSubject(idNumber) : null,
    idNumber ? subjectOf(idNumber) : null,
    action,
    outcome,
    JSON.stringify(detail),
  );
}

/**
 * A row about a person who is not the one making the request: a payment taken by a cashier with
 * the person's code is recorded in the person's session, as the person (masked).
 */
export function auditFor(
  db: Db,
  who: { sessionId: string; person: string; subject: string },
  at: number,
  action: string,
  outcome: Outcome,
  detail: Record<string, unknown> = {},
): void {
  db.prepare('INSERT INTO audit (at, session_id, subject, person_key, action, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    iso(at),
    who.sessionId,
    who.person,
    who.subject,
    action,
    outcome,
    JSON.stringify(detail),
  );
}

/** An audit row as the sandbox shows it: the contract's shape. */
export type AuditEntry = SandboxAuditEntry;

export function auditForSession(db: Db, sessionId: string, limit: number): AuditEntry[] {
  const rows = db
    .prepare('SELECT at, subject, action, outcome, detail FROM audit WHERE session_id = ? ORDER BY id DESC LIMIT ?')
    .all(sessionId, limit) as { at: string; subject: string | null; action: string; outcome: string; detail: string }[];
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}
