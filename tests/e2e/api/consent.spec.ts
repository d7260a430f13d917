// Remote binding over the API: a relative asks, the cardholder consents on their own device and
// does the parts only they may do; single use, expiry, refusal, cancel, revoke and abuse limits.
import { expect, test } from '@playwright/test';
import { deviceMaker, advanceClock, auditTrail, encryptPassword, expectStatus, fakeCameraFrame, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newCardNumber, newPerson, newPhone, type Person } from '../../helpers/people.node.js';
import { NAME_MAX_CHARACTERS } from '../../../src/domain/identity.js';

const newContext = deviceMaker();
async function device(baseURL: string | undefined): Promise<ApiSession> {
  return startSession(await newContext(baseURL), baseURL);
}

function askFor(holder: Person, relativePhone = newPhone()) {
  return {
    holderName: holder.name,
    holderIdNumber: holder.idNumber,
    holderPhone: holder.phone,
    relativeName: '李明',
    relativePhone,
    relationship: 'child',
    services: ['medical_payment', 'benefit_alerts'],
    locale: 'zh-Hans',
  };
}

async function ask(relative: ApiSession, holder: Person, relativePhone?: string): Promise<{ token: string; code: string }> {
  const response = await expectStatus(relative.post('/api/consent', askFor(holder, relativePhone)), 200, { role: 'relative', status: 'pending' });
  const view = (await response.json()) as { link: string; code: string };
  expect(view.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  return { token: view.link.replace('/consent/', '').split('?')[0]!, code: view.code };
}

test('happy path: each side does only its own part, both see the same status, the cardholder can revoke', async ({ baseURL }) => {
  const relative = await device(baseURL);
  const holderDevice = await device(baseURL);
  const holder = newPerson();
  const { token } = await ask(relative, holder);
  // The cardholder's phone got the link and code; the relative's never gets codes.
  const outbox = (await (await holderDevice.get(`/api/sandbox/sms?phone=${holder.phone}`)).json()) as { messages: { text: string }[] };
  expect(outbox.messages[0]!.text).toContain(`/consent/${token}`);

  await expectStatus(relative.post('/api/identity/face', { image: fakeCameraFrame() }), 403, { code: 'not_yours', whose: 'cardholder' });
  await expectStatus(relative.post('/api/card', { cardNumber: newCardNumber() }), 409, { code: 'out_of_order' });
  await expectStatus(holderDevice.post('/api/consent/open', { token }), 200, { role: 'viewer', status: 'pending', relative: { name: '李明', relationship: 'child' } });
  await expectStatus(holderDevice.post('/api/consent/accept', { token }), 200, { role: 'cardholder', status: 'consented' });
  await expectStatus(holderDevice.post('/api/identity', holder), 409, { code: 'out_of_order' });
  await expectStatus(holderDevice.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
  await expectStatus(relative.get('/api/consent'), 200, { status: 'identity_verified' });

  await expectStatus(holderDevice.post('/api/card', { cardNumber: newCardNumber() }), 403, { code: 'not_yours', whose: 'relative' });
  await expectStatus(relative.post('/api/card', { cardNumber: newCardNumber() }), 200);
  await expectStatus(holderDevice.get('/api/consent'), 200, { status: 'card_added' });
  await expectStatus(relative.get('/api/bank'), 403, { code: 'not_yours' });
  const bank = (await (await expectStatus(holderDevice.get('/api/bank'), 200)).json()) as { keyId: string; publicKey: string };
  await expectStatus(holderDevice.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 200);
  await expectStatus(relative.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 403, { code: 'not_yours' });
  await expectStatus(holderDevice.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(relative.get('/api/consent'), 200, { status: 'signed' });
  // Only what the cardholder agreed to can be bound.
  await expectStatus(relative.post('/api/binding', { services: ['account_queries'] }), 403, { code: 'not_yours' });
  await expectStatus(holderDevice.post('/api/binding', { services: ['medical_payment'] }), 403, { code: 'not_yours', whose: 'relative' });
  await expectStatus(relative.post('/api/binding', { services: ['medical_payment', 'benefit_alerts'] }), 200);
  await expectStatus(holderDevice.get('/api/consent'), 200, { status: 'bound', accessRevoked: false });
  await expectStatus(holderDevice.get('/api/binding'), 200, { services: ['medical_payment', 'benefit_alerts'] });
  // What the card unlocks is the cardholder's alone: the relative who helped reads and pays nothing.
  await expectStatus(holderDevice.post('/api/payment-code'), 200);
  for (const response of [
    relative.post('/api/payment-code'),
    relative.get('/api/receipts'),
    relative.get('/api/accounts'),
    relative.get('/api/notices'),
    relative.put('/api/binding/services', { services: [] }),
    relative.get('/api/applications'),
    relative.post('/api/applications', { kind: 'transfer', fromCity: 'wuhan', toCity: 'xian', insurances: ['pension'] }),
    relative.post('/api/applications/pension-check', { image: fakeCameraFrame() }),
    relative.post('/api/applications/pension-check/requests', {
      pensionerName: '王秀英',
      pensionerIdNumber: '11010519491231002X',
      pensionerPhone: '13912345678',
      relationship: 'child',
      locale: 'zh-Hans',
    }),
  ]) {
    await expectStatus(response, 403, { code: 'not_yours', whose: 'cardholder' });
  }

  await expectStatus(relative.post('/api/consent/revoke'), 403);
  await expectStatus(holderDevice.post('/api/consent/revoke'), 200, { accessRevoked: true });
  await expectStatus(relative.get('/api/consent'), 200, { accessRevoked: true });

  // Every action is audited with who did it.
  const holderAudit = await auditTrail(holderDevice);
  expect(holderAudit.filter((entry) => entry.action === 'face')[0]!.detail).toMatchObject({ actor: 'cardholder' });
  const relativeAudit = await auditTrail(relative);
  expect(relativeAudit.find((entry) => entry.action === 'card' && entry.outcome === 'ok')!.detail).toMatchObject({ actor: 'relative' });
  expect(relativeAudit.find((entry) => entry.action === 'bind')!.detail).toMatchObject({ actor: 'relative' });
});

test('single use: a second device cannot take the request, the relative cannot confirm it, and codes cannot be guessed', async ({ baseURL }) => {
  const relative = await device(baseURL);
  const holderDevice = await device(baseURL);
  const other = await device(baseURL);
  const { token, code } = await ask(relative, newPerson());
  await expectStatus(relative.post('/api/consent/accept', { code }), 403, { code: 'consent_own_request' });
  // Typed in lower case with a space, as read out over the phone.
  await expectStatus(holderDevice.post('/api/consent/accept', { code: `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}` }), 200, { role: 'cardholder' });
  await expectStatus(other.post('/api/consent/open', { token }), 410, { code: 'consent_used' });
  await expectStatus(other.post('/api/consent/accept', { code }), 410, { code: 'consent_used' });
  for (const left of [4, 3, 2, 1]) await expectStatus(other.post('/api/consent/open', { code: 'AAAA2222' }), 422, { code: 'consent_not_found', attemptsLeft: left });
  await expectStatus(other.post('/api/consent/open', { code: 'AAAA2222' }), 423, { code: 'locked', check: 'consent_code' });
});

test('refusal closes the request, and the same person cannot ask again for a day', async ({ baseURL }) => {
  const relative = await device(baseURL);
  const holderDevice = await device(baseURL);
  const holder = newPerson();
  const relativePhone = newPhone();
  const { token } = await ask(relative, holder, relativePhone);
  await expectStatus(holderDevice.post('/api/consent/refuse', { token }), 200, { status: 'refused' });
  await expectStatus(relative.get('/api/consent'), 200, { status: 'refused' });
  await expectStatus(holderDevice.post('/api/consent/accept', { token }), 410, { code: 'consent_closed' });
  const again = await expectStatus(relative.post('/api/consent', askFor(holder, relativePhone)), 429, { code: 'refused_recently' });
  expect(((await again.json()) as { retryAfter: number }).retryAfter).toBeGreaterThan(23 * 3600);
  await advanceClock(relative, 24 * 3600 + 1);
  await expectStatus(relative.post('/api/consent', askFor(holder, relativePhone)), 200);
});

test('a request expires after 24 hours, and either side can cancel one', async ({ baseURL }) => {
  const relative = await device(baseURL);
  const holderDevice = await device(baseURL);
  const first = await ask(relative, newPerson());
  await advanceClock(holderDevice, 24 * 3600 + 1);
  await expectStatus(holderDevice.post('/api/consent/open', { token: first.token }), 410, { code: 'consent_expired' });

  const second = await ask(relative, newPerson());
  const holder2 = await device(baseURL);
  await expectStatus(holder2.post('/api/consent/accept', { token: second.token }), 200);
  await expectStatus(holder2.post('/api/consent/cancel'), 200, { status: 'cancelled' });
  await expectStatus(relative.get('/api/consent'), 200, { status: 'cancelled' });
  await expectStatus(relative.post('/api/card', { cardNumber: newCardNumber() }), 410, { code: 'consent_closed' });
});

test('abuse limits: at most 8 relatives per person, and at most 5 requests a day for one cardholder, by ID number or by phone', async ({ baseURL }) => {
  const relativePhone = newPhone();
  for (let i = 0; i < 8; i += 1) await ask(await device(baseURL), newPerson(), relativePhone);
  await expectStatus((await device(baseURL)).post('/api/consent', askFor(newPerson(), relativePhone)), 429, { code: 'relative_limit' });

  const holder = newPerson();
  for (let i = 0; i < 5; i += 1) await ask(await device(baseURL), holder);
  await expectStatus((await device(baseURL)).post('/api/consent', askFor(holder)), 429, { code: 'cardholder_limit' });
  // Made-up people with one real phone number do not get round it: that phone gets 5 texts a day at most.
  const phone = newPhone();
  for (let i = 0; i < 5; i += 1) await ask(await device(baseURL), { ...newPerson(), phone });
  const pestered = await device(baseURL);
  await expectStatus(pestered.post('/api/consent', askFor({ ...newPerson(), phone })), 429, { code: 'cardholder_limit' });
  const outbox = (await (await pestered.get(`/api/sandbox/sms?phone=${phone}`)).json()) as { messages: unknown[] };
  expect(outbox.messages).toHaveLength(5);
  // The relative must not give the cardholder's own number as theirs.
  await expectStatus((await device(baseURL)).post('/api/consent', { ...askFor(holder), relativePhone: holder.phone }), 422, {
    fields: { relativePhone: 'same_as_holder' },
  });
});

test('a relative\'s name carrying markup, a direction override, NUL or emoji is refused before it can reach the cardholder\'s phone', async ({ baseURL }) => {
  for (const relativeName of ['<img src=x onerror=alert(1)>', '李\u202E明', '李\u0000明', '李明😀', '李'.repeat(NAME_MAX_CHARACTERS + 1)]) {
    const relative = await device(baseURL);
    const holder = newPerson();
    const refused = await expectStatus(relative.post('/api/consent', { ...askFor(holder), relativeName }), 422, { code: 'validation' });
    expect(Object.keys(((await refused.json()) as { fields: Record<string, string> }).fields)).toEqual(['relativeName']);
    // Nothing was sent to the cardholder.
    const outbox = (await (await relative.get(`/api/sandbox/sms?phone=${holder.phone}`)).json()) as { messages: unknown[] };
    expect(outbox.messages).toEqual([]);
  }
});
