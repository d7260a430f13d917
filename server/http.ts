// Small helpers every route shares: the typed context, refusals in the contract's shape, and
// request bodies checked against the contract.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '../src/api/contract.js';
import type { Session } from './session.js';

export interface AppEnv {
  Variables: { session?: Session };
}

export function refuse(c: Context, status: ContentfulStatusCode, error: ApiError): Response {
  if (error.retryAfter !== undefined && (status === 429 || status === 503)) c.header('Retry-After', String(error.retryAfter));
  return c.json(error, status);
}

export function validationError(c: Context, fields: Record<string, string>): Response {
  return refuse(c, 422, { code: 'validation', fields });
}

/** The JSON body parsed by `schema`; otherwise a 422 naming each field that is wrong or missing. */
export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
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
export function lockedRefusal(c: Context, check: 'sms' | 'password' | 'face', lockedUntil: number, now: number): Response {
  return refuse(c, 423, {
    code: 'locked',
    check,
    lockedUntil: new Date(lockedUntil).toISOString(),
    retryAfter: Math.max(0, Math.ceil((lockedUntil - now) / 1000)),
  });
}
