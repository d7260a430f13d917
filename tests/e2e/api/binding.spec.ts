// The whole journey to a binding, what "my card" shows, unbinding, and the audit trail it leaves.
import { expect, test } from '@playwright/test';
import { advanceClock, auditTrail, confirmCardAndBank, confirmIdentity, expectStatus, latestCode, startSession } from '../../helpers/api.node.js';
import { newCardNumber, newPerson } from '../../helpers/people.node.js';

test('happy path: identity, SMS, card, password, agreement, services → a binding; then GET and DELETE', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await confirmIdentity(api, person, 'sms');
  const cardNumber = await confirmCardAndBank(api);

  await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 409, { code: 'out_of_order' });
  await expectStatus(api.post('/api/agreement/sign', { version: '2025-01', agreed: true }), 409, { code: 'agreement_outdated' });
  await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: false }), 422, { fields: { agreed: 'invalid' } });
  const signed = await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200, { version: '2026-11' });
  expect(Date.parse(((await signed.json()) as { signedAt: string }).signedAt)).not.toBeNaN();

  await expectStatus(api.post('/api/binding', { services: [] }), 422, { fields: { services: 'invalid' } });
  await expectStatus(api.post('/api/binding', { services: ['free_money'] }), 422, { fields: { services: 'invalid' } });
  const bound = await expectStatus(api.post('/api/binding', { services: ['medical_payment', 'benefit_alerts'] }), 200, {
    services: ['medical_payment', 'benefit_alerts'],
    card: { cardNumberMasked: `${cardNumber.slice(0, 2)}****${cardNumber.slice(-3)}`, holderName: person.name },
  });
  const binding = (await bound.json()) as { reference: string; boundAt: string };
  expect(binding.reference).toMatch(/^BD\d{8}[A-Z0-9]{6}$/);

  await expectStatus(api.get('/api/binding'), 200, binding);
  const session = (await (await api.get('/api/session')).json()) as { progress: Record<string, unknown> };
  expect(session.progress).toMatchObject({ identityVerifiedBy: 'sms', bankVerified: true, agreement: { version: '2026-11' }, binding });

  const unbound = await api.delete('/api/binding');
  expect(unbound.status()).toBe(204);
  await expectStatus(api.get('/api/binding'), 404, { code: 'not_bound' });
  await expectStatus(api.delete('/api/binding'), 404, { code: 'not_bound' });

  const actions = (await auditTrail(api)).map((entry) => `${entry.action}:${entry.outcome}`);
  for (const expected of ['identity:ok', 'sms_send:ok', 'sms_verify:ok', 'card:ok', 'password:ok', 'agreement:refused', 'agreement:ok', 'bind:ok', 'unbind:ok']) {
    expect(actions).toContain(expected);
  }
  // Newest first.
  expect(actions[0]).toBe('unbind:ok');
});

test('someone who only types a bound person\'s details cannot see or remove the binding until they pass the face check or code', async ({ request, baseURL, playwright }) => {
  const owner = await startSession(request, baseURL);
  const person = newPerson();
  await confirmIdentity(owner, person, 'sms');
  await confirmCardAndBank(owner);
  await expectStatus(owner.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  const binding = await (await expectStatus(owner.post('/api/binding', { services: ['medical_payment'] }), 200)).json();

  // A stranger with the ID number from a stolen card, the name and any phone.
  const strangerContext = await playwright.request.newContext({ baseURL });
  const stranger = await startSession(strangerContext, baseURL);
  await expectStatus(stranger.post('/api/identity', person), 200);
  await expectStatus(stranger.get('/api/binding'), 404, { code: 'not_bound' });
  expect(((await (await stranger.get('/api/session')).json()) as { progress: { binding: unknown } }).progress.binding).toBeNull();
  await expectStatus(stranger.delete('/api/binding'), 409, { code: 'out_of_order' });
  // Still bound, for the owner.
  await expectStatus(owner.get('/api/binding'), 200, binding as Record<string, unknown>);

  // Once the code sent to the phone is given back (a minute later: codes to one phone are spaced),
  // it is theirs to see and remove.
  await advanceClock(stranger, 61);
  await expectStatus(stranger.post('/api/identity/sms'), 200);
  await expectStatus(stranger.post('/api/identity/sms/verify', { code: await latestCode(stranger, person.phone) }), 200);
  await expectStatus(stranger.get('/api/binding'), 200, binding as Record<string, unknown>);
  await strangerContext.dispose();
});

test('a card bound by someone else is frozen as bound_elsewhere for the next person', async ({ request, baseURL, playwright }) => {
  const first = await startSession(request, baseURL);
  await confirmIdentity(first, newPerson());
  const cardNumber = await confirmCardAndBank(first);
  await expectStatus(first.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(first.post('/api/binding', { services: ['account_queries'] }), 200);

  const otherContext = await playwright.request.newContext({ baseURL });
  const second = await startSession(otherContext, baseURL);
  await confirmIdentity(second, newPerson());
  await expectStatus(second.post('/api/card', { cardNumber }), 409, { code: 'card_frozen', reason: 'bound_elsewhere' });
  await otherContext.dispose();

  // The owner may look the card up again.
  await expectStatus(first.post('/api/card', { cardNumber }), 200);
});

test('the audit trail records each decision and never a code, password or ciphertext', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  await confirmIdentity(api, person, 'sms');
  const code = await latestCode(api, person.phone);
  await expectStatus(api.post('/api/identity/sms/verify', { code: '000001' }), 422);
  await expectStatus(api.post('/api/card', { cardNumber: 'A00000503' }), 503);
  await confirmCardAndBank(api, newCardNumber());
  await expectStatus(api.post('/api/identity', { ...person, phone: 'x' }), 422);
  await api.post('/api/identity', person, { origin: 'https://evil.example' });

  const entries = await auditTrail(api);
  const serialised = JSON.stringify(entries);
  expect(serialised).not.toContain(code);
  expect(serialised).not.toContain('147258');
  expect(serialised).not.toContain(person.idNumber);
  expect(serialised).not.toContain(person.phone);
  const outcomes = entries.map((entry) => `${entry.action}:${entry.outcome}`);
  for (const expected of ['sms_verify:ok', 'card:busy', 'card:ok', 'password:ok', 'identity:refused', 'csrf:refused']) {
    expect(outcomes).toContain(expected);
  }
  const subject = entries.find((entry) => entry.action === 'card')!.subject!;
  expect(subject).toBe(`${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`);
  expect(entries.find((entry) => entry.action === 'csrf')!.detail).toMatchObject({ problem: 'origin' });
});
