// The session cookie, anti-forgery checks, body limits and request validation.
import { expect, test } from '@playwright/test';
import { CSRF_HEADER } from '../../../src/api/contract.js';
import { expectStatus, fakeCameraFrame, giveIdentity, startSession } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';

test('GET /api/session sets an HttpOnly, SameSite=Strict session cookie and reports empty progress', async ({ request }) => {
  const response = await request.get('/api/session');
  expect(response.status()).toBe(200);
  const cookie = response.headers()['set-cookie']!;
  expect(cookie).toMatch(/^ssc_session=/);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Strict');
  expect(cookie).toContain('Path=/');
  expect(cookie).not.toContain('Secure');
  const body = (await response.json()) as { csrfToken: string; expiresAt: string; sandbox: boolean; progress: Record<string, unknown> };
  expect(body.csrfToken.length).toBeGreaterThan(20);
  expect(body.sandbox).toBe(true);
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
