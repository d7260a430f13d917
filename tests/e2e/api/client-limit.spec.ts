// One place trying many people's details is paused, whoever it tries next; one person's own
// mistakes are their lock's business. The suite's own service raises this limit (every test
// browser shares one address), so this test runs a service with the real limit, behind a
// "proxy" that says which client each request comes from.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { advanceClock, auditTrail, expectStatus, latestCode, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';
import { OWN_SERVICE_OFFSET, ownService } from '../../helpers/service.node.js';

const CLIENT_PEOPLE_PER_HOUR = 10;
// The real limit (the variable empty), behind a proxy the test plays.
const service = ownService(OWN_SERVICE_OFFSET.clientLimit, { TRUST_PROXY: '1', CLIENT_PEOPLE_PER_HOUR: '' });
const ORIGIN = service.origin;

test.beforeAll(() => service.start());
test.afterAll(() => service.dispose());

/** A new person's session from `address`, with a code sent: ready to answer it. */
async function personFrom(request: APIRequestContext, address: string): Promise<{ api: ApiSession; code: string }> {
  const api = await startSession(request, ORIGIN);
  const headers = { 'x-forwarded-for': address };
  const person = newPerson();
  await expectStatus(api.post('/api/identity', person, headers), 200);
  await expectStatus(api.post('/api/identity/sms', {}, headers), 200);
  return { api, code: await latestCode(api, person.phone) };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

test(`wrong answers about ${CLIENT_PEOPLE_PER_HOUR} different people from one client pause its checks for an hour, audited; other clients carry on`, async ({ playwright }) => {
  test.setTimeout(120_000);
  const attacker = '203.0.113.7';
  const fromAttacker = { 'x-forwarded-for': attacker };
  // One more person's code is already sent before the limit is reached.
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  const { api, code } = await personFrom(request, attacker);
  for (let i = 0; i < CLIENT_PEOPLE_PER_HOUR; i += 1) {
    const other = await playwright.request.newContext({ baseURL: ORIGIN });
    const tried = await personFrom(other, attacker);
    await expectStatus(tried.api.post('/api/identity/sms/verify', { code: wrong(tried.code) }, fromAttacker), 422, { code: 'code_wrong', attemptsLeft: 4 });
    await other.dispose();
  }

  // From then on every check from there waits, even the right code, and says until when.
  const paused = await expectStatus(api.post('/api/identity/sms/verify', { code }, fromAttacker), 429, { code: 'client_limited' });
  await expectStatus(api.post('/api/identity/sms', {}, fromAttacker), 429, { code: 'client_limited' });
  const retryAfter = Number(paused.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(55 * 60);
  expect(retryAfter).toBeLessThanOrEqual(60 * 60);
  expect(new Date(((await paused.json()) as { lockedUntil: string }).lockedUntil).getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
  // The audit trail says it was the client, not the person, that was stopped.
  expect((await auditTrail(api)).find((entry) => entry.action === 'sms_verify' && entry.outcome === 'locked')).toMatchObject({ detail: { scope: 'client' } });

  // Someone else, somewhere else, is not affected.
  const neighbour = await playwright.request.newContext({ baseURL: ORIGIN });
  const other = await personFrom(neighbour, '198.51.100.20');
  await expectStatus(other.api.post('/api/identity/sms/verify', { code: other.code }, { 'x-forwarded-for': '198.51.100.20' }), 200, { method: 'sms' });
  await neighbour.dispose();

  // An hour later the client may try again.
  await advanceClock(api, 60 * 60 + 1);
  await expectStatus(api.post('/api/identity/sms', {}, fromAttacker), 200);
  await request.dispose();
});
