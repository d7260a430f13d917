// A test's own API session: the cookie lives in Playwright's request context; every
// state-changing request carries the anti-forgery token and our Origin, as the app's client does.
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { CSRF_HEADER, SandboxAuditResponse, type SandboxAuditEntry, type SessionResponse, type TestCapability } from '../../src/api/contract.js';
import { newCardNumber, type Person } from './people.node.js';
import * as contract from '../../src/api/contract.js';
import { ROUTES, type RouteDoc } from '../../src/api/routes.js';
import { refusalsOf } from '../../server/openapi.js';

export interface ApiSession {
  session: SessionResponse;
  origin: string;
  /** The device's request context (its cookies). */
  request: APIRequestContext;
  get(path: string, headers?: Record<string, string>): Promise<APIResponse>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<APIResponse>;
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<APIResponse>;
  delete(path: string, headers?: Record<string, string>): Promise<APIResponse>;
}

let declared: Promise<readonly string[]> | undefined;

/**
 * Skips the running test unless the back end under test declares `capability` (GET /api/health):
 * the conformance suite runs against any back end, and the sandbox's helpers are not the contract.
 */
export async function needs(request: APIRequestContext, capability: TestCapability): Promise<void> {
  declared ??= request
    .get('/api/health')
    .then((response) => response.json() as Promise<{ capabilities?: string[] }>)
    .then((health) => health.capabilities ?? []);
  test.skip(!(await declared).includes(capability), `the back end under test does not offer "${capability}"`);
}

const SANDBOX_ROUTES: [RegExp, TestCapability][] = [
  [/^\/api\/sandbox\/sms/, 'sms-outbox'],
  [/^\/api\/sandbox\/clock/, 'clock'],
  [/^\/api\/sandbox\/pay/, 'cashier'],
  [/^\/api\/sandbox\/audit/, 'audit'],
  [/^\/api\/sandbox\/reviews/, 'reviews'],
  [/^\/api\/sandbox\/callbacks/, 'callbacks'],
];

/** A sandbox route is asked only of a back end that offers it; the test is skipped otherwise. */
async function needsFor(request: APIRequestContext, path: string): Promise<void> {
  const capability = SANDBOX_ROUTES.find(([route]) => route.test(path))?.[1];
  if (capability) await needs(request, capability);
}

const ROUTE_PATTERNS = ROUTES.map((route) => ({ route, pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));

function documentedRoute(method: string, path: string): RouteDoc | undefined {
  const bare = path.split('?')[0]!;
  return ROUTE_PATTERNS.find(({ route, pattern }) => route.method === method && pattern.test(bare))?.route;
}

/**
 * Every answer a test gets is checked against the contract, whatever the test asserts besides:
 * a success parses as the schema its route names, a refusal is an ApiError whose status and code
 * its route's documentation lists, with Retry-After on 429 and 503. Against another back end this
 * is most of what conformance means; against ours, it keeps the OpenAPI document honest.
 */
async function expectConforming(method: string, path: string, response: APIResponse): Promise<void> {
  const route = documentedRoute(method, path);
  if (!route) return;
  const status = response.status();
  const where = `${method.toUpperCase()} ${path.split('?')[0]}`;
  if (status >= 200 && status < 300 && typeof route.response === 'string') {
    const schema = (contract as unknown as Record<string, { safeParse(value: unknown): { success: boolean; error?: unknown } }>)[route.response]!;
    const parsed = schema.safeParse(await response.json());
    expect(parsed.success, `${where} answered ${status} with what is not a ${route.response}: ${JSON.stringify(parsed.error)}`).toBe(true);
  }
  if (status >= 400 && (response.headers()['content-type'] ?? '').includes('json')) {
    const body = (await response.json()) as { code?: string; retryAfter?: number };
    expect(contract.ApiError.safeParse(body).success, `${where} answered ${status} with what is not an ApiError: ${JSON.stringify(body)}`).toBe(true);
    expect(refusalsOf(route), `${where} answered ${status} ${body.code}, which its documentation (src/api/routes.ts) does not list`).toContain(`${status} ${body.code}`);
    // A wait the body names is in the header too (a limit with no end, such as 8 relatives, has none).
    if ((status === 429 || status === 503) && body.retryAfter !== undefined) expect(response.headers()['retry-after'], `${where}: ${status} without Retry-After`).toBe(String(body.retryAfter));
  }
}

/** `origin` is the service's own origin: the test's baseURL. */
export async function startSession(request: APIRequestContext, origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 8181}`): Promise<ApiSession> {
  const response = await request.get('/api/session');
  expect(response.status()).toBe(200);
  const session = (await response.json()) as SessionResponse;
  const headers = (extra: Record<string, string> = {}) => ({ origin, [CSRF_HEADER]: session.csrfToken, ...extra });
  const conforming = async (method: string, path: string, answer: APIResponse) => {
    await expectConforming(method, path, answer);
    return answer;
  };
  return {
    session,
    origin,
    request,
    get: async (path, extra) => {
      await needsFor(request, path);
      return conforming('get', path, await request.get(path, { headers: extra }));
    },
    post: async (path, body = {}, extra) => {
      await needsFor(request, path);
      // The sandbox's special card numbers (README's table: busy, reported stolen…) are its own.
      if (/"A00000\d{3}"/.test(JSON.stringify(body))) await needs(request, 'reference-figures');
      return conforming('post', path, await request.post(path, { data: body, headers: headers(extra) }));
    },
    put: async (path, body = {}, extra) => conforming('put', path, await request.put(path, { data: body, headers: headers(extra) })),
    delete: async (path, extra) => conforming('delete', path, await request.delete(path, { headers: headers(extra) })),
  };
}

/**
 * Devices for a spec file: each a request context with its own cookies (its own session),
 * disposed after the file's tests. A worker may run one file's tests in more than one batch
 * (fullyParallel), each ending with afterAll: only what that batch opened is disposed, once.
 */
export function deviceMaker(): (baseURL: string | undefined) => Promise<APIRequestContext> {
  const contexts: APIRequestContext[] = [];
  test.afterAll(async () => Promise.all(contexts.splice(0).map((context) => context.dispose())));
  return async (baseURL) => {
    const context = await playwrightRequest.newContext({ baseURL });
    contexts.push(context);
    return context;
  };
}

/** A JPEG-looking frame big enough to count as a camera image (the sandbox never looks at faces). */
export function fakeCameraFrame(): string {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048), Buffer.from([0xff, 0xd9])]);
  return `data:image/jpeg;base64,${bytes.toString('base64')}`;
}

/** The newest sign-in code (6 digits) the sandbox sent to `phone`: a relative's request to the same phone is not one. */
export async function latestCode(api: ApiSession, phone: string): Promise<string> {
  const response = await api.get(`/api/sandbox/sms?phone=${encodeURIComponent(phone)}`);
  expect(response.status()).toBe(200);
  const { messages } = (await response.json()) as { messages: { code: string }[] };
  const codes = messages.filter((message) => /^\d{6}$/.test(message.code));
  expect(codes.length).toBeGreaterThan(0);
  return codes[0]!.code;
}

export async function advanceClock(api: ApiSession, seconds: number): Promise<void> {
  expect((await api.post('/api/sandbox/clock', { advanceSeconds: seconds })).status()).toBe(200);
}

export async function expectStatus(response: Promise<APIResponse> | APIResponse, status: number, body?: Record<string, unknown>): Promise<APIResponse> {
  const resolved = await response;
  const text = await resolved.text();
  expect(resolved.status(), text).toBe(status);
  if (body) expect(JSON.parse(text)).toMatchObject(body);
  return resolved;
}

export async function giveIdentity(api: ApiSession, person: Person): Promise<void> {
  await expectStatus(api.post('/api/identity', person), 200);
}

/** Identity given and proved by `method`; ends ready for the card step. */
export async function confirmIdentity(api: ApiSession, person: Person, method: 'face' | 'sms' = 'face'): Promise<void> {
  await giveIdentity(api, person);
  if (method === 'face') {
    // A real back end's face check needs a real face: only test people pass with any still frame.
    await needs(api.request, 'test-people');
    await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 200, { verified: true, method: 'face' });
  } else {
    await expectStatus(api.post('/api/identity/sms'), 200);
    const code = await latestCode(api, person.phone);
    await expectStatus(api.post('/api/identity/sms/verify', { code }), 200, { verified: true, method: 'sms' });
  }
}

export interface BankInfo {
  publicKey: string;
  keyId: string;
  reservedPhoneMatches: boolean;
}

/** The payment password encrypted as the app does: SM2, C1C3C2, hex without the leading 04. */
export function encryptPassword(password: string, publicKey: string): string {
  return sm2.doEncrypt(password, publicKey, 1);
}

/** Through the card and bank steps; returns the card number used. */
export async function confirmCardAndBank(api: ApiSession, cardNumber = newCardNumber()): Promise<string> {
  // An invented card number is in a test register only.
  await needs(api.request, 'test-people');
  await expectStatus(api.post('/api/card', { cardNumber }), 200);
  const bank = (await (await expectStatus(api.get('/api/bank'), 200)).json()) as BankInfo;
  await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 200, {
    method: 'password',
  });
  return cardNumber;
}

export type AuditEntry = SandboxAuditEntry;

export async function auditTrail(api: ApiSession): Promise<AuditEntry[]> {
  const response = await expectStatus(api.get('/api/sandbox/audit?limit=200'), 200);
  return SandboxAuditResponse.parse(await response.json()).entries;
}

/** A whole binding for `person`, as they would make it; returns the session with their card bound. */
export async function bindCard(request: APIRequestContext, origin: string | undefined, person: Person, services = ['medical_payment', 'account_queries', 'benefit_alerts']): Promise<ApiSession> {
  const api = await startSession(request, origin);
  await confirmIdentity(api, person, 'face');
  await confirmCardAndBank(api);
  await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(api.post('/api/binding', { services }), 200);
  return api;
}

/**
 * A card bound by a relative for the cardholder, each on their own session as the two phones do
 * it: the relative asks, the cardholder opens the link, agrees, passes the face check, gives the
 * payment password and signs; the relative adds the card and binds.
 */
export async function bindForCardholder(
  relative: ApiSession,
  cardholder: ApiSession,
  holder: Person,
  request: { relativePhone: string; services: string[]; locale: string },
): Promise<void> {
  const asked = await expectStatus(
    relative.post('/api/consent', {
      holderName: holder.name,
      holderIdNumber: holder.idNumber,
      holderPhone: holder.phone,
      relativeName: '李明',
      relativePhone: request.relativePhone,
      relationship: 'child',
      services: request.services,
      locale: request.locale,
    }),
    200,
  );
  const token = ((await asked.json()) as { link: string }).link.replace('/consent/', '').split('?')[0]!;
  await expectStatus(cardholder.post('/api/consent/open', { token }), 200);
  await expectStatus(cardholder.post('/api/consent/accept', { token }), 200);
  await expectStatus(cardholder.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
  await expectStatus(relative.post('/api/card', { cardNumber: newCardNumber() }), 200);
  const bank = (await (await expectStatus(cardholder.get('/api/bank'), 200)).json()) as BankInfo;
  await expectStatus(cardholder.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 200);
  await expectStatus(cardholder.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(relative.post('/api/binding', { services: request.services }), 200);
}
