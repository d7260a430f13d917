// The fuzzing machinery of tests/e2e/api/fuzz.spec.ts: generated bodies of every kind of wrong
// for an endpoint, sent as the app sends them, and what the service must answer to each.
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { ApiError, CSRF_HEADER } from '../../src/api/contract.js';
import type { ApiSession } from './api.node.js';

/** Requests per endpoint: enough variety to find a crash, few enough for the file to take seconds. */
const RUNS = 25;
/** server/app.ts: every API body is small JSON, except a camera frame for the face check. */
const API_BODY_LIMIT = 16 * 1024;
const FACE_BODY_LIMIT = 2.5 * 1024 * 1024;

// ---- bodies ----

/** What is sent: the bytes, the content type, and a few words saying what kind of body it is. */
interface Body {
  what: string;
  bytes: Buffer;
  contentType: string;
}

function body(what: string, bytes: Buffer, contentType: string): Body {
  // A failing body is reported by what it is and how it starts, not as thousands of bytes.
  const shown = () => `${what}, ${contentType}, ${bytes.length} bytes: ${JSON.stringify(bytes.toString('utf8').slice(0, 160))}`;
  return { what, bytes, contentType, [fc.toStringMethod]: shown } as Body;
}
const json = (what: string, value: unknown, contentType = 'application/json'): Body => body(what, Buffer.from(JSON.stringify(value) ?? '', 'utf8'), contentType);

/** Strings that have broken services elsewhere: markup, SQL, direction overrides, NUL, huge pastes. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  "'; DROP TABLE sessions; --",
  '\u202E8765432\u202C',
  '\u0000',
  '👩‍👩‍👧‍👦🇨🇳',
  '１２３４５６７８９０',
  '   ',
  '',
  '\uD800',
  '__proto__',
  '../../../etc/passwd',
  '%00%ff',
  '1e309',
  'x'.repeat(10_000),
  '张'.repeat(10_000),
];
export const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

/** A value of another JSON type than `original`, so "wrong type" really is one. */
const otherType = (original: unknown) =>
  fc
    .oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), fc.string({ maxLength: 10 }))
    .filter((value) => typeOf(value) !== typeOf(original));
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Text that JSON.parse refuses, as people's tools and attackers send it. */
const notJson = fc.oneof(
  fc.constantFrom('{not json', '{"a":', "{'single':'quotes'}", '<xml/>', 'a=1&b=2', 'undefined', 'NaN', '[1,]', '\u0000', '{"a":1}}'),
  fc.string({ unit: 'binary', maxLength: 60 }).filter((text) => !parses(text)),
);
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bodies for an endpoint whose right body `valid` generates: every kind of wrong, and sometimes the
 * right one, so the paths after the body check run too.
 */
function bodies(valid: fc.Arbitrary<Record<string, unknown>>, limit: number): fc.Arbitrary<Body> {
  // The field a variant changes; an endpoint that takes no body gets one it does not expect.
  const field = (value: Record<string, unknown>, index: number) => {
    const keys = Object.keys(value);
    return keys.length > 0 ? keys[index % keys.length]! : 'unexpected';
  };
  return fc.oneof(
    valid.map((value) => json('the right body', value)),
    fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }).map((value) => json('any value', value)),
    fc.jsonValue().map((value) => json('any JSON', value)),
    fc
      .tuple(valid, fc.nat())
      .chain(([value, index]) => otherType(value[field(value, index)]).map((wrong) => json(`${field(value, index)} of the wrong type`, { ...value, [field(value, index)]: wrong }))),
    fc.tuple(valid, fc.nat()).map(([value, index]) => {
      const rest = { ...value };
      delete rest[field(value, index)];
      return json(`without ${field(value, index)}`, rest);
    }),
    fc.tuple(valid, fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1, maxKeys: 5 })).map(([value, extra]) => json('extra fields', { ...extra, ...value })),
    fc.tuple(valid, fc.nat(), hostileString).map(([value, index, text]) => json(`hostile ${field(value, index)}`, { ...value, [field(value, index)]: text })),
    notJson.map((text) => body('not JSON', Buffer.from(text, 'utf8'), 'application/json')),
    fc.uint8Array({ maxLength: 100 }).map((bytes) => body('random bytes', Buffer.from(bytes), 'application/octet-stream')),
    fc
      .tuple(valid, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', 'application/json; charset=latin1'))
      .map(([value, type]) => json(`JSON sent as ${type}`, value, type)),
    fc.tuple(valid, fc.nat()).map(([value, index]) => json('over the size limit', { ...value, [field(value, index)]: 'A'.repeat(limit + 1) })),
  );
}

// ---- what the service must answer ----

export interface Endpoint {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** The contract's request schema; none when the endpoint takes no body (and must ignore any). */
  schema?: z.ZodMiniType;
  /** The fields a `validation` refusal of the body may name (a union's members' too), or `body` for the whole. */
  fields?: readonly string[];
  /** Without a body to read, what the endpoint answers in this test's state. */
  answers?: readonly number[];
}

/**
 * Sends `sent` with the session's cookie, anti-forgery token and our Origin, as the app does. A
 * body over the limit goes on a connection of its own: the service closes a connection whose big
 * body it did not read, and the next request on it would fail (the last test in fuzz.spec.ts).
 */
function send(request: APIRequestContext, api: ApiSession, endpoint: Endpoint, sent: Body): Promise<APIResponse> {
  const headers: Record<string, string> = { origin: api.origin, [CSRF_HEADER]: api.session.csrfToken, 'content-type': sent.contentType };
  if (sent.bytes.length > API_BODY_LIMIT) headers.connection = 'close';
  return request.fetch(endpoint.path, { method: endpoint.method, data: sent.bytes, headers });
}

/** The body as the service reads it: UTF-8 text (a leading BOM dropped), then JSON.parse. */
function asTheServiceReadsIt(sent: Body): { json: unknown } | null {
  const text = new TextDecoder().decode(sent.bytes);
  try {
    return { json: JSON.parse(text) };
  } catch {
    return null;
  }
}

async function expectAnswer(endpoint: Endpoint, sent: Body, response: APIResponse): Promise<void> {
  const status = response.status();
  const text = await response.text();
  const label = `${endpoint.method} ${endpoint.path} with ${sent.what} (${sent.bytes.length} bytes: ${sent.bytes.toString('utf8').slice(0, 120)}) → ${status} ${text.slice(0, 300)}`;
  expect(status, label).toBeLessThan(500);
  if (status >= 400) {
    expect(response.headers()['content-type'], label).toContain('application/json');
    const refusal = ApiError.safeParse(JSON.parse(text));
    expect(refusal.success, `${label}: not an ApiError`).toBe(true);
  }
  const limit = endpoint.path === '/api/identity/face' ? FACE_BODY_LIMIT : API_BODY_LIMIT;
  if (sent.bytes.length > limit) {
    expect(status, label).toBe(413);
    expect(JSON.parse(text), label).toEqual({ code: 'too_large' });
    return;
  }
  if (!endpoint.schema) {
    // The body is not read: the answer is the one this state gets anyway.
    expect(endpoint.answers, label).toContain(status);
    return;
  }
  const read = asTheServiceReadsIt(sent);
  if (read === null) {
    expect(status, label).toBe(422);
    expect(JSON.parse(text), label).toEqual({ code: 'validation', fields: { body: 'invalid' } });
    return;
  }
  if (!endpoint.schema.safeParse(read.json).success) {
    expect(status, label).toBe(422);
    const refusal = JSON.parse(text) as ApiError;
    expect(refusal.code, label).toBe('validation');
    const named = Object.keys(refusal.fields ?? {});
    expect(named.length, `${label}: names no field`).toBeGreaterThan(0);
    for (const name of named) {
      expect([...(endpoint.fields ?? []), 'body'], label).toContain(name);
      expect(refusal.fields![name], label).toBe('invalid');
    }
  }
}

/** Every generated body to `endpoint`, in the session `api` has been brought to. */
export async function fuzz(request: APIRequestContext, api: ApiSession, endpoint: Endpoint, valid: fc.Arbitrary<Record<string, unknown>>): Promise<void> {
  const limit = endpoint.path === '/api/identity/face' ? FACE_BODY_LIMIT : API_BODY_LIMIT;
  await fc.assert(
    fc.asyncProperty(bodies(valid, limit), async (sent) => {
      await expectAnswer(endpoint, sent, await send(request, api, endpoint, sent));
    }),
    { numRuns: RUNS },
  );
}

export const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: length, maxLength: length });
export const hex = (maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 1, maxLength });
