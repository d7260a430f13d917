// Cookie sessions kept in SQLite (30-minute sliding expiry) and the anti-forgery checks every
// state-changing request must pass.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { CSRF_HEADER } from '../src/api/contract.js';
import type { DocumentType } from '../src/domain/document-types.js';
import type { Db } from './db.js';
import { MINUTE, iso } from './clock.js';
import { audit } from './audit.js';
import { refuse, type AppEnv } from './http.js';
import { subjectOf } from './limits.js';

export const SESSION_COOKIE = 'ssc_session';
export const SESSION_LIFETIME_MS = 30 * MINUTE;
/**
 * However busy, a session ends a day after it began (OWASP's absolute timeout): a phone left open
 * on a page that polls would otherwise keep it for ever. A day covers the longest wait there is, a
 * relative's request for consent. SESSION_MAX_AGE_SECONDS shortens it for tests.
 */
export const SESSION_MAX_AGE_MS = process.env.SESSION_MAX_AGE_SECONDS ? Number(process.env.SESSION_MAX_AGE_SECONDS) * 1000 : 24 * 60 * MINUTE;

export interface Identity {
  /** Missing in sessions saved before other documents were accepted: a resident ID. */
  document?: DocumentType;
  name: string;
  /** The person's key (see Applicant.key): the resident ID number, P:nationality:number, or W:number for a work permit. */
  idNumber: string;
  /** The number as printed, when it differs from the key (passports). */
  documentNumber?: string;
  /** E.164 (+8613912345678); an 11-digit mainland number in sessions saved before. */
  phone: string;
  nationality?: string | null;
}

export interface StoredCard {
  number: string;
  holderName: string;
  /** An IssuerCity id; a Chinese city name (北京市) in sessions saved before ids were sent. */
  issuer: string;
  issuedOn: string;
}

export type FrozenReason = 'reported_stolen' | 'bound_elsewhere' | 'not_me';

/** What the service has confirmed for this session. Never a password, code or image. */
export interface SessionState {
  identity: Identity | null;
  identityVerifiedBy: 'face' | 'sms' | null;
  /** The outstanding text message code, as a hash bound to this session. */
  sms: { codeHash: string; sentAt: number; expiresAt: number } | null;
  card: StoredCard | null;
  bankVerified: boolean;
  agreement: { version: string; signedAt: string } | null;
  frozen: { reviewReference: string; reason: FrozenReason } | null;
  /** Remote binding: the relative's request this session takes part in, and as whom. */
  remote: {
    requestId: string;
    role: 'relative' | 'cardholder';
    /**
     * The relative's way to reach the cardholder (link secret and short code), kept with the
     * relative's session only, so the waiting page can show them again after a reload.
     */
    invite?: { token: string; code: string };
  } | null;
  /** A relative's request to do the yearly pension check, confirmed on this device (the pensioner's). */
  pensionCheck?: { requestId: string } | null;
}

export interface Session {
  id: string;
  csrfToken: string;
  /** Real time (not the session clock): the sandbox clock must not end a session early. */
  expiresAt: number;
  clockOffsetMs: number;
  state: SessionState;
}

export function emptyState(): SessionState {
  return { identity: null, identityVerifiedBy: null, sms: null, card: null, bankVerified: false, agreement: null, frozen: null, remote: null, pensionCheck: null };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface SessionRow {
  id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  clock_offset_ms: number;
  state: string;
}

/**
 * Whose own session this is, once they have proved who they are (face or code): the person's key,
 * so "sign out everywhere" finds all of them. A relative's session holds the cardholder's details
 * but is the relative's: it has none.
 */
function personKeyOf(state: SessionState): string | null {
  if (!state.identity || !state.identityVerifiedBy || state.remote?.role === 'relative') return null;
  return subjectOf(state.identity.idNumber);
}

export class SessionStore {
  constructor(private readonly db: Db) {}

  /** Creates a session; returns it with the cookie value (only its hash is stored). */
  create(): { session: Session; cookie: string } {
    const cookie = randomBytes(32).toString('base64url');
    const now = Date.now();
    const session: Session = {
      id: hashToken(cookie),
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: now + Math.min(SESSION_LIFETIME_MS, SESSION_MAX_AGE_MS),
      clockOffsetMs: 0,
      state: emptyState(),
    };
    this.db
      .prepare('INSERT INTO sessions (id, csrf_token, created_at, expires_at, clock_offset_ms, state) VALUES (?, ?, ?, ?, ?, ?)')
      .run(session.id, session.csrfToken, now, session.expiresAt, 0, JSON.stringify(session.state));
    return { session, cookie };
  }

  /** The live session for a cookie value, its expiry slid forward; undefined when unknown or ended. */
  resume(cookie: string | undefined): Session | undefined {
    if (!cookie) return undefined;
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(hashToken(cookie)) as SessionRow | undefined;
    if (!row) return undefined;
    if (row.expires_at <= Date.now()) {
      this.db.prepare('DELETE FROM sessions WHERE id = ?').run(row.id);
      return undefined;
    }
    const session: Session = {
      id: row.id,
      csrfToken: row.csrf_token,
      // Slid forward by this request, never past the absolute end.
      expiresAt: Math.min(Date.now() + SESSION_LIFETIME_MS, row.created_at + SESSION_MAX_AGE_MS),
      clockOffsetMs: row.clock_offset_ms,
      state: { ...emptyState(), ...(JSON.parse(row.state) as Partial<SessionState>) },
    };
    this.db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?').run(session.expiresAt, session.id);
    return session;
  }

  save(session: Session): void {
    this.db
      .prepare('UPDATE sessions SET state = ?, clock_offset_ms = ?, expires_at = ?, person_key = ? WHERE id = ?')
      .run(JSON.stringify(session.state), session.clockOffsetMs, session.expiresAt, personKeyOf(session.state), session.id);
  }

  /** Ends every session in which this person has proved who they are (theirs, never a relative's); how many. */
  endAllOf(subject: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE person_key = ?').run(subject).changes;
  }

  /** Ends a session now: its row, and with it everything it held, is deleted. */
  end(session: Session): void {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(session.id);
  }

  /** Ended sessions are only clutter (and personal data): drop them now and then. */
  sweep(): void {
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(Date.now());
  }
}

/** The session's end as ISO time on the session's own clock. */
export function sessionExpiresIso(session: Session): string {
  return iso(session.expiresAt + session.clockOffsetMs);
}

function requestIsHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export function setSessionCookie(c: Context, cookie: string): void {
  setCookie(c, SESSION_COOKIE, cookie, { httpOnly: true, sameSite: 'Strict', path: '/', secure: requestIsHttps(c) });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', secure: requestIsHttps(c) });
}

/** The request's own origin as the browser sees it (scheme from a TLS-terminating proxy if any). */
function ownOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const host = c.req.header('host') ?? url.host;
  return `${requestIsHttps(c) ? 'https:' : url.protocol}//${host}`;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the session (if any) into `c.var.session`. A state-changing request needs a session (401)
 * and must prove it comes from our own page (403): the token, plus Origin and Sec-Fetch-Site when
 * the browser sends them.
 */
export function sessionGuard(store: SessionStore, db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = store.resume(getCookie(c, SESSION_COOKIE));
    if (session) c.set('session', session);
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (!session) return refuse(c, 401, { code: 'no_session' });

    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    let problem: string | null = null;
    if (!sameToken(c.req.header(CSRF_HEADER), session.csrfToken)) problem = 'token';
    else if (origin !== undefined && origin !== ownOrigin(c)) problem = 'origin';
    else if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') problem = 'fetch_site';
    if (problem) {
      audit(db, session, 'csrf', 'refused', { problem, path: c.req.path, method: c.req.method });
      return refuse(c, 403, { code: 'csrf' });
    }
    return next();
  };
}

/** The session this request must have; a GET without one is answered 401. */
export function requireSession(c: Context<AppEnv>): Session | Response {
  return c.get('session') ?? refuse(c, 401, { code: 'no_session' });
}

