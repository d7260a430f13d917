// Small helpers every route shares: the typed context, refusals in the contract's shape, and
// request bodies checked against the contract.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { ApiError } from '../src/api/contract.js';
import type { Session } from './session.js';
import type { Db } from './db.js';
import type { CheckKind, CheckLimits } from './limits.js';
import { audit } from './audit.js';

export interface AppEnv {
  /** `client`: the hashed network address the request came from (see clientAddress in app.ts). */
  Variables: { session?: Session; client?: string };
}

export function refuse(c: Context, status: ContentfulStatusCode, error: ApiError): Response {
  if (error.retryAfter !== undefined && (status === 429 || status === 503)) c.header('Retry-After', String(error.retryAfter));
  return c.json(error, status);
}

export function validationError(c: Context, fields: Record<string, string>): Response {
  return refuse(c, 422, { code: 'validation', fields });
}

/** The JSON body parsed by `schema`; otherwise a 422 naming each field that is wrong or missing. */
export async function readBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: validationError(c, { body: 'invalid' }) };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'body')] = 'invalid';
  return { ok: false, response: validationError(c, fields) };
}

/** 423 locked: too many wrong answers to `check`; try again after `lockedUntil`. */
export function lockedRefusal(c: Context, check: CheckKind, lockedUntil: number, now: number): Response {
  return refuse(c, 423, {
    code: 'locked',
    check,
    lockedUntil: new Date(lockedUntil).toISOString(),
    retryAfter: Math.max(0, Math.ceil((lockedUntil - now) / 1000)),
  });
}

/** A check locked for this person (too many wrong answers): the refusal with when it ends, audited. */
export function refuseIfLocked(
  c: Context,
  check: { db: Db; session: Session; checks: CheckLimits; subject: string; check: CheckKind; action: string; now: number },
): Response | undefined {
  const client = (c as Context<AppEnv>).get('client');
  const paused = client ? check.checks.clientPausedUntil(client, check.now) : null;
  if (paused) {
    audit(check.db, check.session, check.action, 'locked', { scope: 'client' });
    return refuse(c, 429, {
      code: 'client_limited',
      lockedUntil: new Date(paused).toISOString(),
      retryAfter: Math.max(0, Math.ceil((paused - check.now) / 1000)),
    });
  }
  const locked = check.checks.lockedUntil(check.subject, check.check, check.now);
  if (!locked) return undefined;
  audit(check.db, check.session, check.action, 'locked');
  return lockedRefusal(c, check.check, locked, check.now);
}

/**
 * A wrong answer to a check (face, SMS code, payment password): counts it for the person, audits
 * it, and answers with the attempts left or, at the limit, when the lock ends.
 */
export function refuseWrongAnswer(
  c: Context,
  wrong: {
    db: Db;
    session: Session;
    checks: CheckLimits;
    subject: string;
    check: CheckKind;
    action: string;
    code: ApiError['code'];
    now: number;
    /** Runs when this answer locks the check (e.g. voiding an outstanding code). */
    onLock?: () => void;
  },
): Response {
  const failure = wrong.checks.recordFailure(wrong.subject, wrong.check, wrong.now);
  const client = (c as Context<AppEnv>).get('client');
  if (client) wrong.checks.recordClientFailure(client, wrong.subject, wrong.now);
  if ('lockedUntil' in failure) {
    wrong.onLock?.();
    audit(wrong.db, wrong.session, wrong.action, 'locked', { lockedUntil: new Date(failure.lockedUntil).toISOString() });
    return lockedRefusal(c, wrong.check, failure.lockedUntil, wrong.now);
  }
  audit(wrong.db, wrong.session, wrong.action, 'failed', { attemptsLeft: failure.attemptsLeft });
  return refuse(c, 422, { code: wrong.code, attemptsLeft: failure.attemptsLeft });
}
