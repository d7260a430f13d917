// The session cookie, anti-forgery checks, body limits and request validation.
import { expect, test } from '@playwright/test';
import { CSRF_HEADER } from '../../../src/api/contract.js';
import { confirmIdentity, expectStatus, fakeCameraFrame, giveIdentity, startSession } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';
import { OWN_SERVICE_OFFSET, ownService } from '../../helpers/service.node.js';

test('GET /api/session sets an HttpOnly, SameSite=Strict session cookie and reports empty progress', async ({ request, baseURL }) => {
  const response = await request.get('/api/session');
  expect(response.status()).toBe(200);
  const cookie = response.headers()['set-cookie']!;
  expect(cookie).toMatch(/^ssc_session=/);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Strict');
  expect(cookie).toContain('Path=/');
  // Secure over HTTPS only: the browser would drop a Secure cookie sent over plain HTTP.
  if (baseURL?.startsWith('http:')) expect(cookie).not.toContain('Secure');
  else expect(cookie).toContain('Secure');
  const body = (await response.json()) as { csrfToken: string; expiresAt: string; sandbox: boolean; progress: Record<string, unknown> };
  expect(body.csrfToken.length).toBeGreaterThan(20);
  expect(body.sandbox).toBe(((await (await request.get('/api/health')).json()) as { sandbox: boolean }).sandbox);
  // 30-minute sliding expiry.
  const minutesLeft = (Date.parse(body.expiresAt) - Date.now()) / 60_000;
  expect(minutesLeft).toBeGreaterThan(29);
  expect(minutesLeft).toBeLessThanOrEqual(30.1);
  expect(body.progress).toMatchObject({ identity: null, card: null, bankVerified: false, agreement: null, binding: null, frozen: null });

  // The same session (and token) on the next visit.
  const again = (await (await request.get('/api/session')).json()) as { csrfToken: string };
  expect(again.csrfToken).toBe(body.csrfToken);
});

test('behind a TLS proxy the cookie is Secure', async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  const response = await context.get('/api/session', { headers: { 'x-forwarded-proto': 'https' } });
  expect(response.headers()['set-cookie']).toContain('Secure');
  await context.dispose();
});

test('state-changing requests need a session, the token, our Origin and a same-origin fetch', async ({ request, baseURL, playwright }) => {
  const person = newPerson();
  // No session at all.
  const stranger = await playwright.request.newContext({ baseURL });
  await expectStatus(stranger.post('/api/identity', { data: person }), 401, { code: 'no_session' });
  await stranger.dispose();

  const api = await startSession(request, baseURL);
  await expectStatus(request.post('/api/identity', { data: person, headers: { origin: baseURL! } }), 403, { code: 'csrf' });
  await expectStatus(request.post('/api/identity', { data: person, headers: { origin: baseURL!, [CSRF_HEADER]: 'not-the-token' } }), 403, {
    code: 'csrf',
  });
  await expectStatus(api.post('/api/identity', person, { origin: 'https://evil.example' }), 403, { code: 'csrf' });
  await expectStatus(api.post('/api/identity', person, { 'sec-fetch-site': 'cross-site' }), 403, { code: 'csrf' });
  await expectStatus(api.delete('/api/binding', { [CSRF_HEADER]: '' }), 403, { code: 'csrf' });
  // Nothing was accepted.
  const session = (await (await request.get('/api/session')).json()) as { progress: { identity: unknown } };
  expect(session.progress.identity).toBeNull();
  // The right token, same-origin: accepted.
  await expectStatus(api.post('/api/identity', person, { 'sec-fetch-site': 'same-origin' }), 200);
});

test('identity details are checked by the domain rules, field by field', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  const wrongCheck = person.idNumber.slice(0, 17) + (person.idNumber[17] === '0' ? '1' : '0');
  await expectStatus(api.post('/api/identity', { ...person, idNumber: wrongCheck }), 422, { code: 'validation', fields: { idNumber: 'check' } });
  // 30 February 1990.
  const feb30 = '11010519900230123';
  await expectStatus(api.post('/api/identity', { ...person, idNumber: `${feb30}X` }), 422, { fields: { idNumber: 'date' } });
  await expectStatus(api.post('/api/identity', { ...person, idNumber: '1234' }), 422, { fields: { idNumber: 'length' } });
  await expectStatus(api.post('/api/identity', { ...person, phone: '12345' }), 422, { fields: { phone: 'format' } });
  const empty = await expectStatus(api.post('/api/identity', { ...person, name: '  ' }), 422);
  expect(((await empty.json()) as { fields: object }).fields).toEqual({ name: 'empty' });
  // Wrong types, missing fields, not JSON.
  await expectStatus(api.post('/api/identity', { name: 5, idNumber: person.idNumber }), 422, { fields: { name: 'invalid', phone: 'invalid' } });
  await expectStatus(
    request.post('/api/identity', { data: '{not json', headers: { origin: baseURL!, [CSRF_HEADER]: api.session.csrfToken, 'content-type': 'application/json' } }),
    422,
    { code: 'validation', fields: { body: 'invalid' } },
  );
  // Full-width digits and a +86 prefix are normalised.
  const fullWidth = [...person.idNumber].map((ch) => (/\d/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
  await expectStatus(api.post('/api/identity', { ...person, idNumber: fullWidth, phone: `+86 ${person.phone}` }), 200, {
    idNumberMasked: `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`,
  });
});

test('bodies over 16 KB are refused with 413, except a face image up to 2.5 MB', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await expectStatus(api.post('/api/identity', { ...person, name: 'x'.repeat(17 * 1024) }), 413, { code: 'too_large' });
  await giveIdentity(api, person);
  // A 1.5 MB frame is fine for the face route…
  const big = fakeCameraFrame() + 'A'.repeat(1_400_000);
  await expectStatus(api.post('/api/identity/face', { image: big }), 200);
  // …but 3 MB is not.
  await expectStatus(api.post('/api/identity/face', { image: big + 'A'.repeat(1_600_000) }), 413, { code: 'too_large' });
});

test('the agreement comes in every language, Simplified Chinese otherwise', async ({ request }) => {
  const texts = new Map<string, { version: string; lang: string; title: string; sections: { heading: string; paragraphs: string[] }[] }>();
  for (const lang of ['zh-Hans', 'en', 'zh-Hant-HK', 'ug', 'fr']) {
    texts.set(lang, await (await expectStatus(request.get(`/api/agreement?lang=${lang}`), 200)).json());
  }
  for (const lang of ['zh-Hans', 'en', 'zh-Hant-HK', 'ug']) {
    const text = texts.get(lang)!;
    expect(text).toMatchObject({ version: '2026-11', lang });
    expect(text.sections.length).toBe(5);
    expect(text.sections.map((s) => s.paragraphs.join(' ')).join(' ')).toContain('12333');
  }
  expect(texts.get('ug')!.title).toMatch(/[\u0600-\u06FF]/);
  expect(texts.get('zh-Hant-HK')!.title).toContain('協議');
  expect(texts.get('fr')!.lang).toBe('zh-Hans');
});

test('DELETE /api/session ends the session: its cookie opens nothing, and the next visit starts empty', async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  const api = await startSession(context, baseURL);
  await confirmIdentity(api, newPerson(), 'face');
  const cookie = (await context.storageState()).cookies.find((entry) => entry.name === 'ssc_session')!.value;

  // Ending needs the token, like any change.
  await expectStatus(context.delete('/api/session'), 403, { code: 'csrf' });
  const ended = await expectStatus(api.delete('/api/session'), 204);
  expect(ended.headers()['set-cookie']).toMatch(/^ssc_session=;.*Max-Age=0/);

  // The old cookie, kept by someone else, no longer opens it.
  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `ssc_session=${cookie}` } });
  const fresh = (await (await expectStatus(replay.get('/api/session'), 200)).json()) as { csrfToken: string; progress: { identity: unknown } };
  expect(fresh.csrfToken).not.toBe(api.session.csrfToken);
  expect(fresh.progress.identity).toBeNull();
  // Nor do the old cookie and token together carry on where it was.
  const stale = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `ssc_session=${cookie}` } });
  await expectStatus(stale.post('/api/card', { data: { cardNumber: 'B12345670' }, headers: { origin: baseURL!, [CSRF_HEADER]: api.session.csrfToken } }), 401, { code: 'no_session' });
  await stale.dispose();
  await replay.dispose();
  await context.dispose();
});

test.describe('absolute lifetime', () => {
  // Its own service, where a session's whole life is a few seconds rather than a day.
  const service = ownService(OWN_SERVICE_OFFSET.sessionMaxAge, { SESSION_MAX_AGE_SECONDS: '4' });
  test.beforeAll(() => service.start());
  test.afterAll(() => service.dispose());

  test('a session ends at its absolute lifetime however busy it is, and says so when asked', async ({ playwright }) => {
    const context = await playwright.request.newContext({ baseURL: service.origin });
    const api = await startSession(context, service.origin);
    // The end it gives is the absolute one, not 30 idle minutes on.
    expect(Date.parse(api.session.expiresAt) - Date.now()).toBeLessThanOrEqual(4_000);
    const startedAt = Date.now();
    // Busy all along: a request every half second slides only the idle timer.
    while (Date.now() - startedAt < 3_000) {
      await expectStatus(api.post('/api/identity', newPerson()), 200);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await expect
      .poll(async () => (await api.post('/api/identity', newPerson())).status(), { timeout: 5_000, intervals: [250] })
      .toBe(401);
    const again = (await (await context.get('/api/session')).json()) as { csrfToken: string; progress: { identity: unknown } };
    expect(again.csrfToken).not.toBe(api.session.csrfToken);
    expect(again.progress.identity).toBeNull();
    await context.dispose();
  });
});
