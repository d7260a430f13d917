// Reporting a lost card (临时挂失) over the API: suspended at once (payments stop, the accounts
// still answer), lifted by its holder or by itself after 7 days, refused at the card step while in
// force; reported by a relative who helped bind (the cardholder is told), never lifted by one.
import { expect, test } from '@playwright/test';
import { advanceClock, auditTrail, bindCard, confirmIdentity, deviceMaker, encryptPassword, expectStatus, fakeCameraFrame, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newCardNumber, newPerson, newPhone } from '../../helpers/people.node.js';

const device = deviceMaker();
const DAY_SECONDS = 24 * 60 * 60;

interface Status {
  lost: boolean;
  report: { reference: string; reportedAt: string; reportedBy: string; liftsAt: string; liftedAt: string | null; liftedBy: string | null } | null;
}

const statusOf = async (api: ApiSession): Promise<Status> => (await (await expectStatus(api.get('/api/card/lost'), 200)).json()) as Status;

test('a bound card reported lost stops paying at once, the accounts still answer; a second report keeps the reference; its holder lifts it and it pays again', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  expect(await statusOf(api)).toEqual({ lost: false, report: null });
  const before = (await (await expectStatus(api.post('/api/payment-code'), 200)).json()) as { code: string };

  const reported = (await (await expectStatus(api.post('/api/card/lost'), 200, { lost: true, report: { reportedBy: 'cardholder', liftedAt: null } })).json()) as Status;
  const reference = reported.report!.reference;
  expect(reference).toMatch(/^GS[0-9A-F]{10}$/);
  expect(Date.parse(reported.report!.liftsAt) - Date.parse(reported.report!.reportedAt)).toBe(7 * DAY_SECONDS * 1000);
  // The code shown before the report no longer pays, and no new one is made.
  const till = await startSession(await device(baseURL), baseURL);
  await expectStatus(till.post('/api/sandbox/pay', { code: before.code, amount: 1000 }), 404, { code: 'code_unknown' });
  await expectStatus(api.post('/api/payment-code'), 409, { code: 'card_lost', reportReference: reference });
  await expectStatus(api.get('/api/accounts'), 200);
  await expectStatus(api.post('/api/card/lost'), 200, { lost: true, report: { reference } });

  await expectStatus(api.post('/api/card/lost/lift'), 200, { lost: false, report: { reference, liftedBy: 'cardholder' } });
  await expectStatus(api.post('/api/card/lost/lift'), 409, { code: 'card_not_lost' });
  await expectStatus(api.post('/api/payment-code'), 200);

  const rows = (await auditTrail(api)).filter((entry) => entry.action.startsWith('card_lost'));
  expect(rows.map((entry) => [entry.action, entry.outcome, entry.detail])).toEqual([
    ['card_lost_lift', 'ok', { reference }],
    ['card_lost', 'ok', { reference, by: 'cardholder' }],
  ]);
});

test('someone not yet bound reports their card lost once their face is checked; the card step refuses it with the reference until the report lifts itself after 7 days', async ({ baseURL }) => {
  const api = await startSession(await device(baseURL), baseURL);
  const person = newPerson();
  // Nobody reports a card lost without proving who they are.
  await expectStatus(api.post('/api/card/lost'), 409, { code: 'out_of_order' });
  await confirmIdentity(api, person, 'face');
  const reference = ((await (await expectStatus(api.post('/api/card/lost'), 200, { lost: true })).json()) as Status).report!.reference;
  await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 409, { code: 'card_lost', reportReference: reference });

  await advanceClock(api, 7 * DAY_SECONDS - 60);
  await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 409, { code: 'card_lost' });
  await advanceClock(api, 60);
  const lifted = await statusOf(api);
  expect(lifted).toMatchObject({ lost: false, report: { reference, liftedBy: 'expiry' } });
  expect(lifted.report!.liftedAt).toBe(lifted.report!.liftsAt);
  await expectStatus(api.post('/api/card', { cardNumber: newCardNumber() }), 200);
});

test("a relative who helped bind reports the cardholder's card lost and the cardholder is told by text; the relative cannot lift it, the cardholder can", async ({ baseURL }) => {
  const relative = await startSession(await device(baseURL), baseURL);
  const holderDevice = await startSession(await device(baseURL), baseURL);
  const holder = newPerson();
  const asked = await expectStatus(
    relative.post('/api/consent', {
      holderName: holder.name,
      holderIdNumber: holder.idNumber,
      holderPhone: holder.phone,
      relativeName: '李明',
      relativePhone: newPhone(),
      relationship: 'child',
      services: ['medical_payment'],
      locale: 'zh-Hans',
    }),
    200,
  );
  const token = ((await asked.json()) as { link: string }).link.replace('/consent/', '').split('?')[0]!;
  // Before the binding is made the relative acts for nobody's card.
  await expectStatus(relative.post('/api/card/lost'), 403, { code: 'not_yours', whose: 'cardholder' });
  await expectStatus(holderDevice.post('/api/consent/open', { token }), 200);
  await expectStatus(holderDevice.post('/api/consent/accept', { token }), 200);
  await expectStatus(holderDevice.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
  await expectStatus(relative.post('/api/card', { cardNumber: newCardNumber() }), 200);
  const bank = (await (await expectStatus(holderDevice.get('/api/bank'), 200)).json()) as { keyId: string; publicKey: string };
  await expectStatus(holderDevice.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 200);
  await expectStatus(holderDevice.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(relative.post('/api/binding', { services: ['medical_payment'] }), 200);

  const reference = ((await (await expectStatus(relative.post('/api/card/lost'), 200, { lost: true, report: { reportedBy: 'relative' } })).json()) as Status).report!.reference;
  const outbox = (await (await holderDevice.get(`/api/sandbox/sms?phone=${holder.phone}`)).json()) as { messages: { text: string }[] };
  expect(outbox.messages[0]!.text).toContain(reference);
  expect(outbox.messages[0]!.text).toContain('临时挂失');
  await expectStatus(relative.post('/api/card/lost/lift'), 403, { code: 'not_yours', whose: 'cardholder' });
  await expectStatus(holderDevice.get('/api/card/lost'), 200, { lost: true, report: { reference, reportedBy: 'relative' } });
  await expectStatus(holderDevice.post('/api/card/lost/lift'), 200, { lost: false, report: { liftedBy: 'cardholder' } });
});
