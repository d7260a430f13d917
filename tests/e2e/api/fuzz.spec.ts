// Generated bodies against every state-changing endpoint of the real service: any JSON value, the
// right object with a field of the wrong type, missing or extra, hostile strings, bytes that are
// not JSON, oversized bodies, the wrong content type. Whatever arrives, the service answers
// without a 5xx; every refusal is in the contract's ApiError shape; a body over the size limit is
// a 413, and a body that is not JSON or that the contract refuses is a 422 `validation` naming the
// field (or `body`). The service reads every body as JSON whatever its content type says, so a
// wrong content type is answered like JSON, never with a 415. The machinery: tests/helpers/fuzz.node.ts.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { CITY_IDS, INSURANCES, TREATMENT_REASONS } from '../../../src/domain/applications.js';
import type * as z from 'zod/mini';
import {
  ApiError,
  ApplicationRequest,
  BankVerifyRequest,
  BindRequest,
  CallbackRequest,
  CardLookupRequest,
  ConsentCreateRequest,
  ConsentKey,
  CrossBorderLimits,
  FaceCheckRequest,
  IdentityRequest,
  PassportFields,
  PensionCheckAskRequest,
  SandboxClockRequest,
  SandboxReviewCloseRequest,
  ReplacementRequest,
  SandboxPayRequest,
  ServicesUpdateRequest,
  SERVICE_IDS,
  SignRequest,
  SmsVerifyRequest,
  VisitRequest,
} from '../../../src/api/contract.js';
import {
  bindCard,
  confirmCardAndBank,
  confirmIdentity,
  encryptPassword,
  expectStatus,
  fakeCameraFrame,
  giveIdentity,
  needs,
  startSession,
  type BankInfo,
} from '../../helpers/api.node.js';
import { digits, fuzz, hex, hostileString, type Endpoint } from '../../helpers/fuzz.node.js';
import { newCardNumber, newForeigner, newPerson, passportIdentityBody, type Person } from '../../helpers/people.node.js';

// ---- right bodies ----

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

  test('POST /api/help/visits and /api/help/callbacks: counters, days, hours, numbers and windows of any shape, with the details entered', async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await giveIdentity(api, newPerson());
    // Hours the counter offers (full ones too), and anything else in the same fields.
    const { days } = (await (await expectStatus(api.get('/api/help/counters/653100-2/days'), 200)).json()) as { days: { date: string; slots: { from: string }[] }[] };
    const offered = days.flatMap((day) => day.slots.map((slot) => ({ date: day.date, from: slot.from })));
    const visits = fc.oneof(
      fc.constantFrom(...offered).map((hour) => ({ counter: '653100-2', ...hour })),
      fc.record({ counter: fc.oneof(fc.constantFrom('653100-2', '110100-1', '999999-1'), fc.string({ maxLength: 40 })), date: fc.string({ maxLength: 10 }), from: fc.string({ maxLength: 5 }) }),
    );
    await fuzz(request, api, { method: 'POST', path: '/api/help/visits', schema: VisitRequest, fields: ['counter', 'date', 'from'] }, visits);
    const { windows } = (await (await expectStatus(api.get('/api/help/callback-windows'), 200)).json()) as { windows: { date: string; from: string }[] };
    const phones = fc.oneof(digits(8).map((rest) => `139${rest}`), fc.constant('+44 7400 123456'), fc.string({ maxLength: 30 }));
    const callbacks = fc.record({
      phone: phones,
      phoneCountry: fc.oneof(fc.constantFrom('CN', 'GB', 'ZZ', ''), fc.string({ maxLength: 2 })),
      date: fc.oneof(fc.constantFrom(...windows.map((window) => window.date)), fc.string({ maxLength: 10 })),
      from: fc.oneof(fc.constantFrom('09:00', '14:00', '18:00'), fc.string({ maxLength: 5 })),
    });
    await fuzz(request, api, { method: 'POST', path: '/api/help/callbacks', schema: CallbackRequest, fields: ['phone', 'phoneCountry', 'date', 'from'] }, callbacks);
  });

  test('POST /api/sandbox/pay: codes and amounts of any shape', async ({ request, baseURL }) => {
    await needs(request, 'cashier');
    const api = await startSession(request, baseURL);
    const payments = fc.record({ code: digits(18), amount: fc.integer({ min: 1, max: 10_000_000 }) });
    await fuzz(request, api, { method: 'POST', path: '/api/sandbox/pay', schema: SandboxPayRequest, fields: ['code', 'amount', 'merchant'] }, payments);
  });

  test('POST /api/sandbox/reviews/close: references and outcomes of any shape', async ({ request, baseURL }) => {
    await needs(request, 'reviews');
    const api = await startSession(request, baseURL);
    const closes = fc.record({
      reference: fc.oneof(fc.stringMatching(/^RV[0-9A-F]{10}$/), fc.string({ maxLength: 30 })),
      outcome: fc.oneof(fc.constantFrom('restored', 'unbound'), fc.string({ maxLength: 10 })),
    });
    await fuzz(request, api, { method: 'POST', path: '/api/sandbox/reviews/close', schema: SandboxReviewCloseRequest, fields: ['reference', 'outcome'] }, closes);
  });

  test('POST /api/sandbox/clock: only whole seconds within a week move the clock', async ({ request, baseURL }) => {
    await needs(request, 'clock');
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
    ['SandboxReviewCloseRequest', SandboxReviewCloseRequest],
    ['VisitRequest', VisitRequest],
    ['CallbackRequest', CallbackRequest],
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
    fc.constantFrom('document', 'name', 'idNumber', 'phone', 'phoneCountry', 'passport', 'image', 'code', 'cardNumber', 'qrToken', 'keyId', 'ciphertext', 'version', 'agreed', 'services', 'perTransaction', 'daily', 'token', 'advanceSeconds', 'holderName', 'relationship', 'locale', 'fields', 'attemptsLeft', 'lockedUntil', 'counter', 'date', 'from'),
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
