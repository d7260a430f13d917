// Proving who you are: text message codes (resend wait, hourly cap, expiry, single use, lockout)
// and the face check (sandbox mismatch and lockout).
import { expect, test } from '@playwright/test';
import { advanceClock, expectStatus, fakeCameraFrame, giveIdentity, latestCode, startSession, needs } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';

const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

function expectAboutMinutesAhead(iso: string, minutes: number, now: number) {
  const ahead = (Date.parse(iso) - now) / 60_000;
  expect(ahead).toBeGreaterThan(minutes - 0.5);
  expect(ahead).toBeLessThanOrEqual(minutes + 0.5);
}

test('a code is sent, verified once, and cannot be used again', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await giveIdentity(api, person);
  await expectStatus(api.post('/api/identity/sms/verify', { code: '123456' }), 422, { code: 'no_code' });
  await expectStatus(api.post('/api/identity/sms'), 200, { phoneMasked: `139****${person.phone.slice(-4)}`, resendAfter: 60, expiresIn: 300 });
  const code = await latestCode(api, person.phone);
  expect(code).toMatch(/^\d{6}$/);
  await expectStatus(api.post('/api/identity/sms/verify', { code: 'abc' }), 422, { code: 'validation', fields: { code: 'format' } });
  // Spaces from a pasted message are fine.
  await expectStatus(api.post('/api/identity/sms/verify', { code: `${code.slice(0, 3)} ${code.slice(3)}` }), 200, { verified: true, method: 'sms' });
  await expectStatus(api.post('/api/identity/sms/verify', { code }), 422, { code: 'no_code' });
  const session = (await (await api.get('/api/session')).json()) as { progress: { identityVerifiedBy: string } };
  expect(session.progress.identityVerifiedBy).toBe('sms');
});

test('a resend within 60 seconds is refused with Retry-After; after 61 seconds it is sent', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await giveIdentity(api, person);
  await expectStatus(api.post('/api/identity/sms'), 200);
  const tooSoon = await expectStatus(api.post('/api/identity/sms'), 429, { code: 'sms_too_soon' });
  const { retryAfter } = (await tooSoon.json()) as { retryAfter: number };
  expect(retryAfter).toBeGreaterThan(55);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(tooSoon.headers()['retry-after']).toBe(String(retryAfter));
  await advanceClock(api, 61);
  await expectStatus(api.post('/api/identity/sms'), 200);
});

test('at most five codes an hour to one phone', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await giveIdentity(api, person);
  for (let sent = 0; sent < 5; sent += 1) {
    await expectStatus(api.post('/api/identity/sms'), 200);
    await advanceClock(api, 61);
  }
  const now = Date.parse(((await (await api.post('/api/sandbox/clock', { advanceSeconds: 0 })).json()) as { now: string }).now);
  const limited = await expectStatus(api.post('/api/identity/sms'), 429, { code: 'sms_hourly_limit' });
  const body = (await limited.json()) as { retryAfter: number; lockedUntil: string };
  // The first of the five was sent 5 × 61 s ago: it leaves the hour in 3600 − 305 s.
  expect(body.retryAfter).toBeGreaterThan(3290);
  expect(body.retryAfter).toBeLessThanOrEqual(3295);
  expect(limited.headers()['retry-after']).toBe(String(body.retryAfter));
  expectAboutMinutesAhead(body.lockedUntil, 3295 / 60, now);
  await advanceClock(api, 3300);
  await expectStatus(api.post('/api/identity/sms'), 200);
});

test('a code expires after five minutes', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await giveIdentity(api, person);
  await expectStatus(api.post('/api/identity/sms'), 200);
  const code = await latestCode(api, person.phone);
  await advanceClock(api, 301);
  await expectStatus(api.post('/api/identity/sms/verify', { code }), 422, { code: 'code_expired' });
});

test('five wrong codes lock the SMS check for 15 minutes; attempts count down 4 to 1', async ({ request, baseURL, playwright }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await giveIdentity(api, person);
  await expectStatus(api.post('/api/identity/sms'), 200);
  const code = await latestCode(api, person.phone);
  for (const attemptsLeft of [4, 3, 2, 1]) {
    await expectStatus(api.post('/api/identity/sms/verify', { code: wrongCodeFor(code) }), 422, { code: 'code_wrong', attemptsLeft });
  }
  const locked = await expectStatus(api.post('/api/identity/sms/verify', { code: wrongCodeFor(code) }), 423, { code: 'locked', check: 'sms' });
  expectAboutMinutesAhead(((await locked.json()) as { lockedUntil: string }).lockedUntil, 15, Date.now());
  // Even the right code is refused while locked, and a new code cannot be sent.
  await expectStatus(api.post('/api/identity/sms/verify', { code }), 423, { code: 'locked', check: 'sms' });
  await expectStatus(api.post('/api/identity/sms'), 423, { code: 'locked', check: 'sms' });

  // The lock follows the person, not the session.
  const otherContext = await playwright.request.newContext({ baseURL });
  const otherSession = await startSession(otherContext, baseURL);
  await giveIdentity(otherSession, person);
  await expectStatus(otherSession.post('/api/identity/sms'), 423, { code: 'locked' });
  await otherContext.dispose();

  await advanceClock(api, 15 * 60 + 1);
  await expectStatus(api.post('/api/identity/sms'), 200);
  await expectStatus(api.post('/api/identity/sms/verify', { code: await latestCode(api, person.phone) }), 200, { method: 'sms' });
});

test('the sandbox face check fails for 13800000001 and locks after five tries', async ({ request, baseURL }) => {
  await needs(request, 'reference-figures');
  const api = await startSession(request, baseURL);
  const person = { ...newPerson(), phone: '13800000001' };
  await giveIdentity(api, person);
  await expectStatus(api.post('/api/identity/face', { image: 'data:image/png;base64,iVBORw0KGgo=' }), 422, { code: 'no_camera_image' });
  await expectStatus(api.post('/api/identity/face', { image: 'not a data url' }), 422, { code: 'validation', fields: { image: 'invalid' } });
  for (const attemptsLeft of [4, 3, 2, 1]) {
    await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 422, { code: 'face_mismatch', attemptsLeft });
  }
  const locked = await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 423, { code: 'locked', check: 'face' });
  expectAboutMinutesAhead(((await locked.json()) as { lockedUntil: string }).lockedUntil, 15, Date.now());
});

test('a face check passes for anyone else', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 409, { code: 'out_of_order' });
  await giveIdentity(api, newPerson());
  await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 200, { verified: true, method: 'face' });
});
