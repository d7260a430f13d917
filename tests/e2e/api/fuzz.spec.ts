// Generated bodies against every state-changing endpoint of the real service: any JSON value, the
// right object with a field of the wrong type, missing or extra, hostile strings, bytes that are
// not JSON, oversized bodies, the wrong content type. Whatever arrives, the service answers
// without a 5xx; every refusal is in the contract's ApiError shape; a body over the size limit is
// a 413, and a body that is not JSON or that the contract refuses is a 422 `validation` naming the
// field (or `body`). The service reads every body as JSON whatever its content type says, so a
// wrong content type is answered like JSON, never with a 415.
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { CITY_IDS, INSURANCES, TREATMENT_REASONS } from '../../../src/domain/applications.js';
import type * as z from 'zod/mini';
import {
  ApiError,
  ApplicationRequest,
  BankVerifyRequest,
  BindRequest,
  CardLookupRequest,
  ConsentCreateRequest,
  ConsentKey,
  CrossBorderLimits,
  CSRF_HEADER,
  FaceCheckRequest,
  IdentityRequest,
  PassportFields,
  PensionCheckAskRequest,
  SandboxClockRequest,
  ReplacementRequest,
  SandboxPayRequest,
  ServicesUpdateRequest,
  SERVICE_IDS,
  SignRequest,
  SmsVerifyRequest,
} from '../../../src/api/contract.js';
import {
  bindCard,
  confirmCardAndBank,
  confirmIdentity,
  encryptPassword,
  expectStatus,
  fakeCameraFrame,
  giveIdentity,
  startSession,
  type ApiSession,
  type BankInfo,
} from '../../helpers/api.node.js';
import { newCardNumber, newForeigner, newPerson, passportIdentityBody, type Person } from '../../helpers/people.node.js';

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
const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

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

interface Endpoint {
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
 * body it did not read, and the next request on it would fail (the last test in this file).
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
async function fuzz(request: APIRequestContext, api: ApiSession, endpoint: Endpoint, valid: fc.Arbitrary<Record<string, unknown>>): Promise<void> {
  const limit = endpoint.path === '/api/identity/face' ? FACE_BODY_LIMIT : API_BODY_LIMIT;
  await fc.assert(
    fc.asyncProperty(bodies(valid, limit), async (sent) => {
      await expectAnswer(endpoint, sent, await send(request, api, endpoint, sent));
    }),
    { numRuns: RUNS },
  );
}

// ---- right bodies ----

const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: length, maxLength: length });
const hex = (maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 1, maxLength });
const someServices = fc.subarray([...SERVICE_IDS], { minLength: 1 });

function identityBodies(person: Person): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof(
    fc.constant({ document: 'resident_id', name: person.name, idNumber: person.idNumber, phone: person.phone, phoneCountry: 'CN' }),
    fc.constant(passportIdentityBody(newForeigner()) as Record<string, unknown>),
  );
}

function askFor(holder: Person): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    holderName: fc.constant(holder.name),
    holderIdNumber: fc.constant(holder.idNumber),
    holderPhone: fc.constant(holder.phone),
    relativeName: fc.constantFrom('李明', '王芳'),
    relativePhone: digits(8).map((rest) => `137${rest}`),
    relationship: fc.constantFrom('child', 'spouse', 'parent', 'sibling', 'grandchild', 'other'),
    services: someServices,
    locale: fc.constantFrom('zh-Hans', 'en', 'zh-Hant-HK', 'ug'),
  });
}

const consentKeys = fc.oneof(fc.record({ token: hex(64) }), fc.record({ code: fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split('')), minLength: 8, maxLength: 8 }) }));

// ---- the endpoints, each in the state where its body is read ----

test.describe('every state-changing endpoint survives any body (property)', () => {
  test('POST /api/identity: details of any shape are refused field by field, never with a crash', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    const endpoint: Endpoint = { method: 'POST', path: '/api/identity', schema: IdentityRequest, fields: ['document', 'name', 'idNumber', 'phone', 'phoneCountry', 'passport'] };
    await fuzz(request, api, endpoint, identityBodies(newPerson()));
  });

  test('POST /api/identity/face: anything but a camera frame is refused', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await giveIdentity(api, newPerson());
    const frames = fc.oneof(fc.constant(fakeCameraFrame()), fc.base64String({ maxLength: 200 }).map((data) => `data:image/png;base64,${data}`));
    await fuzz(request, api, { method: 'POST', path: '/api/identity/face', schema: FaceCheckRequest, fields: ['image'] }, fc.record({ image: frames }));
  });

  test('POST /api/identity/sms ignores whatever body comes with it', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await giveIdentity(api, newPerson());
    // The first code is sent; later ones wait (429) under the resend and hourly limits.
    await fuzz(request, api, { method: 'POST', path: '/api/identity/sms', answers: [200, 429] }, fc.constant({}));
  });

  test('POST /api/identity/sms/verify: codes of any shape are refused, wrong ones counted', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await giveIdentity(api, newPerson());
    await expectStatus(api.post('/api/identity/sms'), 200);
    await fuzz(request, api, { method: 'POST', path: '/api/identity/sms/verify', schema: SmsVerifyRequest, fields: ['code'] }, fc.record({ code: digits(6) }));
  });

  test('POST /api/card: card numbers and QR tokens of any shape', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await confirmIdentity(api, newPerson());
    const lookups = fc.oneof(fc.record({ cardNumber: digits(8).map((d) => `B${d}`) }), fc.record({ qrToken: digits(8).map((d) => `SSCQR:B${d}`) }));
    await fuzz(request, api, { method: 'POST', path: '/api/card', schema: CardLookupRequest, fields: ['cardNumber', 'qrToken'] }, lookups);
  });

  test('POST /api/bank/verify: key ids and ciphertexts of any shape', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await confirmIdentity(api, newPerson());
    await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 200);
    const bank = (await (await expectStatus(api.get('/api/bank'), 200)).json()) as BankInfo;
    const ciphertexts = fc.oneof(hex(1024), digits(6).map((password) => encryptPassword(password, bank.publicKey)));
    await fuzz(
      request,
      api,
      { method: 'POST', path: '/api/bank/verify', schema: BankVerifyRequest, fields: ['keyId', 'ciphertext'] },
      fc.record({ keyId: fc.oneof(fc.constant(bank.keyId), hex(64)), ciphertext: ciphertexts }),
    );
  });

  test('POST /api/agreement/sign: only agreeing to this version counts', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await confirmIdentity(api, newPerson());
    await confirmCardAndBank(api);
    const signs = fc.record({ version: fc.oneof(fc.constant('2026-11'), fc.string({ maxLength: 40 })), agreed: fc.constant(true) });
    await fuzz(request, api, { method: 'POST', path: '/api/agreement/sign', schema: SignRequest, fields: ['version', 'agreed'] }, signs);
  });

  test('POST /api/binding: service lists of any shape', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await confirmIdentity(api, newPerson());
    await confirmCardAndBank(api);
    await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
    await fuzz(request, api, { method: 'POST', path: '/api/binding', schema: BindRequest, fields: ['services'] }, fc.record({ services: someServices }));
  });

  test('DELETE /api/binding ignores whatever body comes with it', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await confirmIdentity(api, newPerson());
    await confirmCardAndBank(api);
    await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
    await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 200);
    // The first request unbinds (204); there is nothing left to unbind after it (404).
    await fuzz(request, api, { method: 'DELETE', path: '/api/binding', answers: [204, 404] }, fc.constant({}));
  });

  test('POST /api/consent: a relative\'s request of any shape', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    const endpoint: Endpoint = {
      method: 'POST',
      path: '/api/consent',
      schema: ConsentCreateRequest,
      fields: ['holderName', 'holderIdNumber', 'holderPhone', 'relativeName', 'relativePhone', 'relationship', 'services', 'locale'],
    };
    await fuzz(request, api, endpoint, askFor(newPerson()));
  });

  for (const action of ['open', 'accept', 'refuse'] as const) {
    test(`POST /api/consent/${action}: links and codes of any shape, guesses counted`, async ({ request, baseURL }) => {
      const api = await startSession(request, baseURL);
      await fuzz(request, api, { method: 'POST', path: `/api/consent/${action}`, schema: ConsentKey, fields: ['token', 'code'] }, consentKeys);
    });
  }

  test('POST /api/consent/cancel and /revoke ignore whatever body comes with them', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    // Without a request of their own: nothing to cancel (404), nothing of theirs to revoke (403).
    await fuzz(request, api, { method: 'POST', path: '/api/consent/cancel', answers: [404] }, fc.constant({}));
    await fuzz(request, api, { method: 'POST', path: '/api/consent/revoke', answers: [403] }, fc.constant({}));
  });

  test('PUT /api/cross-border-limits: amounts of any shape, for a bound passport holder', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await expectStatus(api.post('/api/identity', passportIdentityBody(newForeigner())), 200);
    await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
    await confirmCardAndBank(api);
    await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
    await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 200);
    const limits = fc.record({ perTransaction: fc.integer({ min: 0, max: 60_000 }), daily: fc.integer({ min: 0, max: 250_000 }) });
    await fuzz(request, api, { method: 'PUT', path: '/api/cross-border-limits', schema: CrossBorderLimits, fields: ['perTransaction', 'daily'] }, limits);
  });

  test('PUT /api/binding/services and POST /api/payment-code: choices of any shape, and bodies the code ignores', async ({ request, baseURL }) => {
    const api = await bindCard(request, baseURL, newPerson());
    await fuzz(request, api, { method: 'PUT', path: '/api/binding/services', schema: ServicesUpdateRequest, fields: ['services'] }, fc.record({ services: fc.subarray([...SERVICE_IDS]) }));
    // Whatever the services were left as, a code is given (200) or the service is off (409).
    await fuzz(request, api, { method: 'POST', path: '/api/payment-code', answers: [200, 409] }, fc.constant({}));
  });

  test('POST /api/card/lost and its lift: bodies the service ignores, reported and lifted in turn', async ({ request, baseURL }) => {
    const api = await bindCard(request, baseURL, newPerson());
    // Reporting again keeps the report (200); lifting answers 200 once, then 409 until reported again.
    await fuzz(request, api, { method: 'POST', path: '/api/card/lost', answers: [200] }, fc.constant({}));
    await fuzz(request, api, { method: 'POST', path: '/api/card/lost/lift', answers: [200, 409] }, fc.constant({}));
  });

  test('POST /api/sessions/end-all: bodies it ignores; the first signs out everywhere, and the session is then gone', async ({ request, baseURL }) => {
    const api = await bindCard(request, baseURL, newPerson());
    await fuzz(request, api, { method: 'POST', path: '/api/sessions/end-all', answers: [200, 401] }, fc.constant({}));
  });

  test('POST /api/binding/not-me: bodies it ignores; the first stops the binding for review, and the session is then gone', async ({ request, baseURL }) => {
    const api = await bindCard(request, baseURL, newPerson());
    await fuzz(request, api, { method: 'POST', path: '/api/binding/not-me', answers: [200, 401] }, fc.constant({}));
  });

  test('POST /api/card/replacement: districts and streets of any shape, on a card reported lost', async ({ request, baseURL }) => {
    const api = await bindCard(request, baseURL, newPerson());
    await expectStatus(api.post('/api/card/lost'), 200);
    // A district the sandbox lists, any six digits, or anything; a street of any text, length and script.
    const district = fc.oneof(fc.constantFrom('110105', '653121', '110000', '650100'), digits(6), fc.string({ maxLength: 8 }));
    const street = fc.oneof(fc.constant('建国路 88 号'), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 500 }));
    await fuzz(request, api, { method: 'POST', path: '/api/card/replacement', schema: ReplacementRequest, fields: ['district', 'street'] }, fc.record({ district, street }));
  });

  test('POST /api/applications and a pension check request: cities, dates, choices and people of any shape', async ({ request, baseURL }) => {
    const api = await bindCard(request, baseURL, newPerson(), [...SERVICE_IDS]);
    const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));
    const applications = fc.oneof(
      fc.record({
        kind: fc.constant('treatment_elsewhere'),
        city: fc.constantFrom(...CITY_IDS),
        reason: fc.constantFrom(...TREATMENT_REASONS),
        startDate: date,
        endDate: date,
      }),
      fc.record({ kind: fc.constant('transfer'), fromCity: fc.constantFrom(...CITY_IDS), toCity: fc.constantFrom(...CITY_IDS), insurances: fc.subarray([...INSURANCES]) }),
    );
    const applicationFields = ['kind', 'city', 'reason', 'startDate', 'endDate', 'fromCity', 'toCity', 'insurances'];
    await fuzz(request, api, { method: 'POST', path: '/api/applications', schema: ApplicationRequest, fields: applicationFields }, applications);
    const pensioner = newPerson();
    const asks = fc.record({
      pensionerName: fc.constant(pensioner.name),
      pensionerIdNumber: fc.constant(pensioner.idNumber),
      pensionerPhone: fc.constant(pensioner.phone),
      relationship: fc.constantFrom('child', 'spouse', 'other'),
      locale: fc.constantFrom('zh-Hans', 'en', 'zh-Hant-HK', 'ug'),
    });
    const askFields = ['pensionerName', 'pensionerIdNumber', 'pensionerPhone', 'relationship', 'locale'];
    await fuzz(request, api, { method: 'POST', path: '/api/applications/pension-check/requests', schema: PensionCheckAskRequest, fields: askFields }, asks);
  });

  test('POST /api/sandbox/pay: codes and amounts of any shape', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    const payments = fc.record({ code: digits(18), amount: fc.integer({ min: 1, max: 10_000_000 }) });
    await fuzz(request, api, { method: 'POST', path: '/api/sandbox/pay', schema: SandboxPayRequest, fields: ['code', 'amount', 'merchant'] }, payments);
  });

  test('POST /api/sandbox/clock: only whole seconds within a week move the clock', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    const advances = fc.record({ advanceSeconds: fc.integer({ min: 0, max: 3600 }) });
    await fuzz(request, api, { method: 'POST', path: '/api/sandbox/clock', schema: SandboxClockRequest, fields: ['advanceSeconds'] }, advances);
  });
});

test('the contract\'s schemas never throw, whatever they are given (property)', () => {
  // The service and the app both parse untrusted input with these: a throw instead of a refusal
  // would be a 500 in one and a broken screen in the other. Every refusal lists its issues.
  const schemas: [string, z.ZodMiniType][] = [
    ['IdentityRequest', IdentityRequest],
    ['PassportFields', PassportFields],
    ['FaceCheckRequest', FaceCheckRequest],
    ['SmsVerifyRequest', SmsVerifyRequest],
    ['CardLookupRequest', CardLookupRequest],
    ['BankVerifyRequest', BankVerifyRequest],
    ['SignRequest', SignRequest],
    ['BindRequest', BindRequest],
    ['CrossBorderLimits', CrossBorderLimits],
    ['ConsentCreateRequest', ConsentCreateRequest],
    ['ConsentKey', ConsentKey],
    ['SandboxClockRequest', SandboxClockRequest],
    ['ApiError', ApiError],
  ];
  const anything = fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withObjectString: true,
  });
  // Nearly right objects reach the checks inside each field, not only the type check at the top.
  const nearlyRight = fc.dictionary(
    fc.constantFrom('document', 'name', 'idNumber', 'phone', 'phoneCountry', 'passport', 'image', 'code', 'cardNumber', 'qrToken', 'keyId', 'ciphertext', 'version', 'agreed', 'services', 'perTransaction', 'daily', 'token', 'advanceSeconds', 'holderName', 'relationship', 'locale', 'fields', 'attemptsLeft', 'lockedUntil'),
    fc.oneof(anything, hostileString, fc.subarray([...SERVICE_IDS])),
  );
  // Each value goes through every schema: generating nested values is the slow part, not parsing.
  fc.assert(
    fc.property(fc.oneof(anything, nearlyRight), (value) => {
      for (const [name, schema] of schemas) {
        const parsed = schema.safeParse(value);
        const explained = parsed.success || (parsed.error.issues.length > 0 && parsed.error.issues.every((issue) => typeof issue.message === 'string' && issue.message !== ''));
        expect(explained, `${name}: a refusal without its issues`).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test('after refusing a body over the limit, the service still answers the next request on that connection', async ({ request, baseURL }) => {
  // Found by the fuzzing above: a refusal sent before a big body (over about 256 KB) is read
  // says "Connection: keep-alive", then the connection is closed a moment later. A request sent
  // on it meanwhile fails with ECONNRESET instead of getting an answer.
  const api = await startSession(request, baseURL);
  await giveIdentity(api, newPerson());
  await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() + 'A'.repeat(2_700_000) }), 413, { code: 'too_large' });
  await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 200, { verified: true });
});
