// Remote binding: a relative's request for a cardholder's consent. The request holds the binding's
// shared progress; the relative's and the cardholder's sessions each see it as their own state,
// and each may only do their own part (see remote.ts).
import { createHash, randomBytes } from 'node:crypto';
import type { ConsentStatus, Relationship, ServiceId } from '../src/api/contract.js';
import { CONSENT_CODE_ALPHABET } from '../src/domain/card.js';
import { normaliseCode } from '../src/domain/normalise.js';
import type { Db } from './db.js';
import { HOUR_MS } from './limits.js';
import type { Identity, SessionState } from './session.js';

export const CONSENT_LIFETIME_MS = 24 * HOUR_MS;
/** The 电子社保卡 family-service rule: one person may act for at most 8 relatives. */
export const MAX_RELATIVES = 8;
/** Requests for one cardholder in a day, from anyone, before further ones are blocked. */
export const MAX_REQUESTS_PER_CARDHOLDER_PER_DAY = 5;
/** A cardholder who refused is not asked again by the same person for this long. */
export const REFUSAL_COOLDOWN_MS = 24 * HOUR_MS;

/** The part of a session's state that both sides share while they bind one card together. */
export type SharedProgress = Pick<SessionState, 'identity' | 'identityVerifiedBy' | 'card' | 'bankVerified' | 'agreement'> & {
  bindingReference: string | null;
};

export interface RelativeInfo {
  name: string;
  /** E.164 */
  phone: string;
  relationship: Relationship;
}

export interface ConsentRequest {
  id: string;
  relativeSession: string;
  /** Who asks, for the limits: their phone number (hashed). */
  relativeKey: string;
  relative: RelativeInfo;
  cardholderSession: string | null;
  cardholderSubject: string;
  cardholder: Identity;
  services: ServiceId[];
  locale: string;
  /** Stored lifecycle; the finer status is derived from the progress (statusOf). `done`: a pension check was done. */
  state: 'open' | 'bound' | 'refused' | 'cancelled' | 'done';
  progress: SharedProgress;
  createdAt: number;
  expiresAt: number;
  closedAt: number | null;
  accessRevoked: boolean;
  /** To bind the card, or the yearly pension qualification check (done by the cardholder, by face). */
  purpose: 'binding' | 'pension_check';
}

interface Row {
  id: string;
  relative_session: string;
  relative_key: string;
  relative: string;
  cardholder_session: string | null;
  cardholder_subject: string;
  cardholder: string;
  services: string;
  locale: string;
  status: ConsentRequest['state'];
  progress: string;
  created_at: number;
  expires_at: number;
  closed_at: number | null;
  access_revoked: number;
  purpose: ConsentRequest['purpose'];
}

const sha = (kind: string, value: string) => createHash('sha256').update(`${kind}:${value}`).digest('hex');

export function relativeKeyOf(phone: string): string {
  return sha('relative', phone);
}

function fromRow(row: Row): ConsentRequest {
  return {
    id: row.id,
    relativeSession: row.relative_session,
    relativeKey: row.relative_key,
    relative: JSON.parse(row.relative) as RelativeInfo,
    cardholderSession: row.cardholder_session,
    cardholderSubject: row.cardholder_subject,
    cardholder: JSON.parse(row.cardholder) as Identity,
    services: JSON.parse(row.services) as ServiceId[],
    locale: row.locale,
    state: row.status,
    progress: JSON.parse(row.progress) as SharedProgress,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    closedAt: row.closed_at,
    accessRevoked: row.access_revoked === 1,
    purpose: row.purpose,
  };
}

/** Where the request stands, as both sides are shown it. */
export function statusOf(request: ConsentRequest, now: number): ConsentStatus {
  if (request.state === 'refused' || request.state === 'cancelled' || request.state === 'done') return request.state;
  const { progress } = request;
  if (request.state === 'bound' || progress.bindingReference) return 'bound';
  if (now >= request.expiresAt) return 'expired';
  if (progress.agreement) return 'signed';
  if (progress.bankVerified) return 'bank_verified';
  if (progress.card) return 'card_added';
  if (progress.identityVerifiedBy) return 'identity_verified';
  return request.cardholderSession ? 'consented' : 'pending';
}

export function isClosed(status: ConsentStatus): boolean {
  return status === 'refused' || status === 'cancelled' || status === 'expired';
}

export class ConsentStore {
  constructor(private readonly db: Db) {}

  create(input: Omit<ConsentRequest, 'id' | 'state' | 'progress' | 'closedAt' | 'accessRevoked' | 'cardholderSession'>): {
    request: ConsentRequest;
    token: string;
    code: string;
  } {
    const token = randomBytes(24).toString('base64url');
    const code = [...randomBytes(8)].map((byte) => CONSENT_CODE_ALPHABET[byte % CONSENT_CODE_ALPHABET.length]).join('');
    const request: ConsentRequest = {
      ...input,
      id: randomBytes(9).toString('base64url'),
      cardholderSession: null,
      state: 'open',
      progress: { identity: input.cardholder, identityVerifiedBy: null, card: null, bankVerified: false, agreement: null, bindingReference: null },
      closedAt: null,
      accessRevoked: false,
    };
    this.db
      .prepare(
        `INSERT INTO consent_requests (id, token_hash, code_hash, relative_session, relative_key, relative, cardholder_session,
           cardholder_subject, cardholder, services, locale, status, progress, created_at, expires_at, closed_at, access_revoked, purpose)
         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 'open', ?, ?, ?, NULL, 0, ?)`,
      )
      .run(
        request.id,
        sha('token', token),
        sha('code', code),
        request.relativeSession,
        request.relativeKey,
        JSON.stringify(request.relative),
        request.cardholderSubject,
        JSON.stringify(request.cardholder),
        JSON.stringify(request.services),
        request.locale,
        JSON.stringify(request.progress),
        request.createdAt,
        request.expiresAt,
        request.purpose,
      );
    return { request, token, code };
  }

  byId(id: string): ConsentRequest | null {
    const row = this.db.prepare('SELECT * FROM consent_requests WHERE id = ?').get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  byKey(key: { token: string } | { code: string }): ConsentRequest | null {
    const row = ('token' in key
      ? this.db.prepare('SELECT * FROM consent_requests WHERE token_hash = ?').get(sha('token', key.token))
      : this.db.prepare('SELECT * FROM consent_requests WHERE code_hash = ?').get(sha('code', normaliseCode(key.code)))) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  save(request: ConsentRequest): void {
    this.db
      .prepare(
        `UPDATE consent_requests SET cardholder_session = ?, status = ?, progress = ?, closed_at = ?, access_revoked = ? WHERE id = ?`,
      )
      .run(request.cardholderSession, request.state, JSON.stringify(request.progress), request.closedAt, request.accessRevoked ? 1 : 0, request.id);
  }

  /** The other cardholders this person currently acts for: open requests and bindings not revoked. */
  relativesActedFor(relativeKey: string, now: number, except: string): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(DISTINCT cardholder_subject) AS n FROM consent_requests
         WHERE relative_key = ? AND cardholder_subject != ? AND access_revoked = 0
           AND ((status = 'open' AND expires_at > ?) OR status = 'bound')`,
      )
      .get(relativeKey, except, now) as { n: number };
    return row.n;
  }

  /** Pension checks this person (by phone) asked relatives for, newest first. */
  pensionChecksAskedBy(relativeKey: string): ConsentRequest[] {
    const rows = this.db
      .prepare("SELECT * FROM consent_requests WHERE relative_key = ? AND purpose = 'pension_check' ORDER BY created_at DESC LIMIT 20")
      .all(relativeKey) as Row[];
    return rows.map(fromRow);
  }

  /** When this cardholder last refused this person, if they did. */
  lastRefusal(relativeKey: string, cardholderSubject: string): number | null {
    const row = this.db
      .prepare(`SELECT MAX(closed_at) AS at FROM consent_requests WHERE relative_key = ? AND cardholder_subject = ? AND status = 'refused'`)
      .get(relativeKey, cardholderSubject) as { at: number | null };
    return row.at;
  }

  /**
   * Requests made since `since` for this cardholder, found by ID number or by phone: made-up ID
   * numbers with one real phone would otherwise text that phone without end. With the oldest one's time.
   */
  requestsFor(cardholderSubject: string, phone: string, since: number): { count: number; oldest: number | null } {
    const row = this.db
      .prepare(
        "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM consent_requests WHERE (cardholder_subject = ? OR json_extract(cardholder, '$.phone') = ?) AND created_at > ?",
      )
      .get(cardholderSubject, phone, since) as { n: number; oldest: number | null };
    return { count: row.n, oldest: row.oldest };
  }
}
