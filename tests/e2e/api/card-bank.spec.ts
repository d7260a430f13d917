// Finding the card (sandbox specials, QR tokens, the busy primary channel) and the bank's
// payment password check (SM2 round trip, wrong password, lockout, reserved phone mismatch).
import { expect, test } from '@playwright/test';
import { CHANNEL_HEADER } from '../../../src/api/contract.js';
import { type BankInfo, confirmIdentity, encryptPassword, expectStatus, giveIdentity, startSession } from '../../helpers/api.node.js';
import { newCardNumber, newPerson } from '../../helpers/people.node.js';
import { ISSUER_CITIES } from '../../../src/domain/card-issuers.js';

test('steps cannot be skipped', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  await expectStatus(api.post('/api/identity/sms'), 409, { code: 'out_of_order' });
  await giveIdentity(api, newPerson());
  await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 409, { code: 'out_of_order' });
  await expectStatus(api.get('/api/bank'), 409, { code: 'out_of_order' });
  await expectStatus(api.post('/api/bank/verify', { keyId: 'x', ciphertext: 'ab' }), 409, { code: 'out_of_order' });
  await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 409, { code: 'out_of_order' });
  await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 409, { code: 'out_of_order' });
  await expectStatus(api.get('/api/binding'), 404, { code: 'not_bound' });
});

test('a card is found by number or by its QR token and belongs to the person', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await confirmIdentity(api, person);
  const cardNumber = newCardNumber();
  await expectStatus(api.post('/api/card', { cardNumber: 'A12' }), 422, { code: 'validation', fields: { cardNumber: 'format' } });
  await expectStatus(api.post('/api/card', { cardNumber: '' }), 422, { fields: { cardNumber: 'empty' } });
  const card = await expectStatus(api.post('/api/card', { cardNumber: cardNumber.toLowerCase() }), 200, {
    cardNumberMasked: `${cardNumber.slice(0, 2)}****${cardNumber.slice(-3)}`,
    holderName: person.name,
  });
  const { issuer, issuedOn } = (await card.json()) as { issuer: string; issuedOn: string };
  // An id the app names in the reader's language, never a Chinese name (issue 18).
  expect(ISSUER_CITIES).toContain(issuer);
  expect(issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expectStatus(api.post('/api/card', { qrToken: `SSCQR:${cardNumber}` }), 200, { holderName: person.name });
  await expectStatus(api.post('/api/card', { qrToken: 'https://example.com/not-a-card' }), 422, { code: 'card_not_found' });
  await expectStatus(api.post('/api/card', { cardNumber: 'A00000404' }), 422, { code: 'card_not_found' });
});

for (const [cardNumber, reason] of [
  ['A00000001', 'reported_stolen'],
  ['A00000002', 'bound_elsewhere'],
] as const) {
  test(`card ${cardNumber} is frozen (${reason}) and nothing more can be bound in the session`, async ({ request, baseURL }) => {
    const api = await startSession(request, baseURL);
    await confirmIdentity(api, newPerson());
    const frozen = await expectStatus(api.post('/api/card', { cardNumber }), 409, { code: 'card_frozen', reason });
    const { reviewReference } = (await frozen.json()) as { reviewReference: string };
    expect(reviewReference).toMatch(/^RV[0-9A-F]{10}$/);
    const session = (await (await api.get('/api/session')).json()) as { progress: { frozen: unknown; card: unknown } };
    expect(session.progress.frozen).toEqual({ reason, reviewReference });
    expect(session.progress.card).toBeNull();
    await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 409, { code: 'card_frozen', reason, reviewReference });
    await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 409, { code: 'card_frozen' });
  });
}

test('a busy primary channel answers 503 with Retry-After; the alternate channel succeeds', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  await confirmIdentity(api, newPerson());
  const busy = await expectStatus(api.post('/api/card', { cardNumber: 'A00000503' }), 503, { code: 'busy', retryAfter: 5 });
  expect(busy.headers()['retry-after']).toBe('5');
  await expectStatus(api.post('/api/card', { cardNumber: 'A00000503' }, { [CHANNEL_HEADER]: 'alternate' }), 200, {
    cardNumberMasked: 'A0****503',
  });
});

test('the payment password travels SM2-encrypted: the right one verifies, a wrong one does not, five lock it', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  await confirmIdentity(api, newPerson(), 'sms');
  await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 200);
  const bank = (await (await expectStatus(api.get('/api/bank'), 200)).json()) as BankInfo & { bank: string; accountMasked: string; resetUrl: string };
  expect(bank.bank).toBe('icbc');
  expect(JSON.stringify(bank)).not.toMatch(/\p{Script=Han}/u);
  expect(bank.publicKey).toMatch(/^04[0-9a-f]{128}$/);
  expect(bank.accountMasked).toMatch(/^\*{4} \d{4}$/);
  expect(bank.reservedPhoneMatches).toBe(true);
  expect(bank.resetUrl).toMatch(/^https:\/\//);

  await expectStatus(api.post('/api/bank/verify', { keyId: 'no-such-key', ciphertext: encryptPassword('147258', bank.publicKey) }), 422, {
    fields: { keyId: 'invalid' },
  });
  await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: 'abcdef' }), 422, { fields: { ciphertext: 'invalid' } });
  for (const attemptsLeft of [4, 3, 2, 1]) {
    await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('123456', bank.publicKey) }), 422, {
      code: 'password_wrong',
      attemptsLeft,
    });
  }
  const locked = await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('123456', bank.publicKey) }), 423, {
    code: 'locked',
    check: 'password',
  });
  const minutes = (Date.parse(((await locked.json()) as { lockedUntil: string }).lockedUntil) - Date.now()) / 60_000;
  expect(minutes).toBeGreaterThan(14.5);
  expect(minutes).toBeLessThanOrEqual(15.5);
  // Locked: even the right password waits.
  await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 423, { check: 'password' });
  await api.post('/api/sandbox/clock', { advanceSeconds: 15 * 60 + 1 });
  // With the leading 04 of C1 also accepted.
  await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: `04${encryptPassword('147258', bank.publicKey)}` }), 200, {
    verified: true,
    method: 'password',
  });
});

test('the right password verifies at once, and a wrong one is counted', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  await confirmIdentity(api, newPerson());
  await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 200);
  const bank = (await (await api.get('/api/bank')).json()) as BankInfo;
  await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147259', bank.publicKey) }), 422, {
    code: 'password_wrong',
    attemptsLeft: 4,
  });
  await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 200, {
    method: 'password',
  });
  const session = (await (await api.get('/api/session')).json()) as { progress: { bankVerified: boolean } };
  expect(session.progress.bankVerified).toBe(true);
});

test('when the bank has another phone reserved (13800000002) the password cannot be checked', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  await confirmIdentity(api, { ...newPerson(), phone: '13800000002' });
  await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 200);
  const bank = (await (await api.get('/api/bank')).json()) as BankInfo;
  expect(bank.reservedPhoneMatches).toBe(false);
  await expectStatus(api.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 409, {
    code: 'phone_mismatch',
  });
});
