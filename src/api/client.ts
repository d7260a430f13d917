// The app's typed client for the binding service: same-origin JSON, the session's anti-forgery
// token on every state-changing request, responses checked against the shared contract.
// The contract (and the schema library under it) is imported on demand: the first screen is
// shown before it arrives, and every later screen brings it along anyway.
import type * as z from 'zod/mini';
import type { ApiError, SessionResponse } from './contract.js';
import { CHANNEL_HEADER, CSRF_HEADER } from './headers.js';
import { requestGotNoAnswer } from '../offline/network.js';

/** A response's schema, or the schema still loading (fetched alongside the request). */
type Schema<T> = z.ZodMiniType<T> | Promise<z.ZodMiniType<T>>;

/** The service refused, with a stable code the app turns into a translated message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(`${status} ${error.code}`);
  }
  get code() {
    return this.error.code;
  }
}

/** The service could not be reached or did not answer in time. */
export class NetworkFailure extends Error {
  constructor(readonly timedOut: boolean) {
    super(timedOut ? 'timeout' : 'network');
  }
}

export type Channel = 'primary' | 'alternate';

/** How long a request may take before the person is told the service is busy. */
export const REQUEST_TIMEOUT_MS = 10_000;

let csrfToken = '';
let sandbox = false;
/** How long the service keeps an idle session, learnt when it is opened. */
let sessionLifetimeMs = 0;
let sessionExpiresAt = 0;
const activityListeners = new Set<(expiresAt: number) => void>();

/**
 * Calls `listener` with the session's new end time after every answer from the service (each
 * request slides the session forward), so the app can warn before it ends; 0 when it was ended.
 */
export function onSessionActivity(listener: (expiresAt: number) => void): () => void {
  activityListeners.add(listener);
  // A listener that arrives after the session opened still hears when it ends.
  if (sessionExpiresAt > 0) listener(sessionExpiresAt);
  return () => activityListeners.delete(listener);
}

let sessionLastUsedAt = 0;

/**
 * The service slides its idle timer when a request arrives, so the time it was sent is a safe
 * lower bound: counting from the answer instead would let a slow answer push the warning past the
 * real end.
 */
function sessionWasUsed(sentAt = sessionLastUsedAt): void {
  sessionLastUsedAt = Math.max(sessionLastUsedAt, sentAt);
  if (sessionLifetimeMs <= 0) return;
  sessionExpiresAt = sessionLastUsedAt + sessionLifetimeMs;
  for (const listener of activityListeners) listener(sessionExpiresAt);
}

/** True when the service runs in sandbox (test) mode: the app then shows its test aids. */
export function inSandbox(): boolean {
  return sandbox;
}

async function call<T>(method: string, path: string, schema: Schema<T>, body?: unknown, channel: Channel = 'primary'): Promise<T> {
  // No session yet (a first visit opens it after the first screen, or the service was unreachable
  // at start-up): open one first.
  if (!csrfToken) await openSession();
  try {
    return await send(method, path, schema, body, channel);
  } catch (error) {
    // The session ended (expiry, or the service lost it): open a new one and try once more.
    if (error instanceof ApiFailure && (error.code === 'no_session' || error.code === 'csrf')) {
      await openSession();
      return send(method, path, schema, body, channel);
    }
    throw error;
  }
}

async function send<T>(method: string, path: string, schema: Schema<T>, body: unknown, channel: Channel): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = csrfToken;
  if (channel === 'alternate') headers[CHANNEL_HEADER] = 'alternate';
  let response: Response;
  const sentAt = Date.now();
  // "No answer" means no answer within the time: once it has begun, the (small) body is read to
  // the end. A timer still running then would abort the reading after a pause of the phone (a
  // locked screen), and an answer already given would be lost.
  const noAnswer = new AbortController();
  const timer = setTimeout(() => noAnswer.abort(new DOMException('No answer in time', 'TimeoutError')), REQUEST_TIMEOUT_MS);
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: noAnswer.signal,
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    // No answer at all: the network may be gone though the device says online (offline/network.ts).
    if (!timedOut) await requestGotNoAnswer();
    throw new NetworkFailure(timedOut);
  } finally {
    clearTimeout(timer);
  }
  if (response.status !== 401) sessionWasUsed(sentAt);
  // No content (a deletion): the schema says what that means, usually z.null().
  if (response.status === 204) return (await schema).parse(null);
  const json: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    // A refusal is still a refusal when the contract cannot be loaded: it is then read as unknown.
    const contract = await import('./contract.js').catch(() => null);
    const parsed = contract ? contract.ApiError.safeParse(json) : { success: false as const };
    const retryAfter = Number(response.headers.get('retry-after'));
    const error: ApiError = parsed.success ? parsed.data : { code: response.status === 503 ? 'busy' : 'not_found' };
    if (error.retryAfter === undefined && Number.isFinite(retryAfter) && retryAfter > 0) error.retryAfter = retryAfter;
    throw new ApiFailure(response.status, error);
  }
  return (await schema).parse(json);
}

export const api = {
  // A read is not retried in a new session: an ended session's screen must say so, not start afresh.
  get: async <T>(path: string, schema: Schema<T>) => {
    if (!csrfToken) await openSession();
    return send('GET', path, schema, undefined, 'primary');
  },
  post: <T>(path: string, schema: Schema<T>, body: unknown = {}, channel?: Channel) => call('POST', path, schema, body, channel),
  put: <T>(path: string, schema: Schema<T>, body: unknown) => call('PUT', path, schema, body),
  delete: <T>(path: string, schema: Schema<T>) => call('DELETE', path, schema),
};

let opening: Promise<SessionResponse> | null = null;

/**
 * Opens (or resumes) the session; remembers its anti-forgery token for later requests. Callers at
 * the same moment share one request: two would each get a new session and the cookies would race.
 */
export function openSession(): Promise<SessionResponse> {
  opening ??= requestSession().finally(() => (opening = null));
  return opening;
}

/**
 * Ends the session on the service ("Clear my data"): the next request opens a new, empty one. The
 * service may be unreachable; then the session simply runs out on its own idle timer.
 */
export async function endSession(): Promise<void> {
  const token = csrfToken;
  csrfToken = '';
  sessionExpiresAt = 0;
  sessionLastUsedAt = 0;
  for (const listener of activityListeners) listener(0);
  if (!token) return;
  await fetch('/api/session', { method: 'DELETE', headers: { [CSRF_HEADER]: token }, credentials: 'same-origin' }).catch(() => undefined);
}

async function requestSession(): Promise<SessionResponse> {
  const schema = import('./contract.js').then((contract) => contract.SessionResponse);
  // Offline the request fails first and nobody awaits the schema: its failure is not an error.
  schema.catch(() => undefined);
  const session = await send('GET', '/api/session', schema, undefined, 'primary');
  csrfToken = session.csrfToken;
  sandbox = session.sandbox;
  sessionLifetimeMs = session.idleTimeoutSeconds * 1000;
  sessionWasUsed();
  return session;
}
