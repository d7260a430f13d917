// Reporting a lost card (临时挂失) over the API: suspended at once (payments stop, the accounts
// still answer), lifted by its holder or by itself after 7 days, refused at the card step while in
// force; reported by a relative who helped bind (the cardholder is told), never lifted by one; a
// replacement posted to its holder, whose new number is bound in place of the old.
import { expect, test } from '@playwright/test';
import { advanceClock, auditTrail, bindCard, confirmCardAndBank, confirmIdentity, deviceMaker, encryptPassword, expectStatus, fakeCameraFrame, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newCardNumber, newPerson, newPhone } from '../../helpers/people.node.js';

const device = deviceMaker();
const DAY_SECONDS = 24 * 60 * 60;

interface Region {
  code: string;
  name: string;
}

interface Status {
  lost: boolean;
  report: { reference: string; reportedAt: string; reportedBy: string; liftsAt: string | null; liftedAt: string | null; liftedBy: string | null } | null;
  replacement: {
    reference: string;
    stage: string;
    stages: { stage: string; at: string; expected: boolean }[];
    feeFen: number;
    address: { province: Region; city: Region; district: Region; street: string } | null;
    trackingReference: string | null;
    newCardNumberMasked: string | null;
  } | null;
  quote: { feeFen: number; waivedBecause: string | null } | null;
}

const statusOf = async (api: ApiSession): Promise<Status> => (await (await expectStatus(api.get('/api/card/lost'), 200)).json()) as Status;

test('a bound card reported lost stops paying at once, the accounts still answer; a second report keeps the reference; its holder lifts it and it pays again', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  expect(await statusOf(api)).toEqual({ lost: false, report: null, replacement: null, quote: null });
  const before = (await (await expectStatus(api.post('/api/payment-code'), 200)).json()) as { code: string };

  const reported = (await (await expectStatus(api.post('/api/card/lost'), 200, { lost: true, report: { reportedBy: 'cardholder', liftedAt: null } })).json()) as Status;
  const reference = reported.report!.reference;
  expect(reference).toMatch(/^GS[0-9A-F]{10}$/);
  expect(Date.parse(reported.report!.liftsAt!) - Date.parse(reported.report!.reportedAt)).toBe(7 * DAY_SECONDS * 1000);
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
  // Nor does the relative order the new card (it is posted to the cardholder), or see a price for one.
  await expectStatus(relative.get('/api/card/lost'), 200, { lost: true, quote: null });
  await expectStatus(relative.post('/api/card/replacement', { district: '110105', street: '建国路 88 号' }), 403, { code: 'not_yours', whose: 'cardholder' });
  await expectStatus(holderDevice.get('/api/card/lost'), 200, { lost: true, report: { reference, reportedBy: 'relative' } });
  await expectStatus(holderDevice.post('/api/card/lost/lift'), 200, { lost: false, report: { liftedBy: 'cardholder' } });
});

const regions = async (api: ApiSession, within?: string): Promise<Region[]> =>
  ((await (await expectStatus(api.get(`/api/regions${within ? `?within=${within}` : ''}`), 200)).json()) as { regions: Region[] }).regions;

/** A person bound with a card number the test knows. */
async function bindWith(api: ApiSession, person: ReturnType<typeof newPerson>, cardNumber: string): Promise<void> {
  await confirmIdentity(api, person, 'face');
  await confirmCardAndBank(api, cardNumber);
  await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(api.post('/api/binding', { services: ['medical_payment', 'account_queries'] }), 200);
}

test('the address lists: provinces, a province’s cities, a city’s districts, by code with the Chinese name; an unknown code is not found', async ({ baseURL }) => {
  const api = await startSession(await device(baseURL), baseURL);
  expect(await regions(api)).toContainEqual({ code: '650000', name: '新疆维吾尔自治区' });
  expect(await regions(api, '650000')).toEqual([
    { code: '650100', name: '乌鲁木齐市' },
    { code: '653100', name: '喀什地区' },
  ]);
  expect((await regions(api, '110100')).map((region) => region.code)).toEqual(['110101', '110105', '110108']);
  expect(await regions(api, '110105')).toEqual([]);
  await expectStatus(api.get('/api/regions?within=999999'), 404, { code: 'not_found' });
});

test('a replacement by post: free the first time, made, posted with a tracking reference and arrived on the sandbox clock; the new number is bound in place of the old, which never binds again; the next one within a year costs ¥20', async ({ baseURL }) => {
  const person = newPerson();
  const oldCard = newCardNumber();
  const api = await startSession(await device(baseURL), baseURL);
  await bindWith(api, person, oldCard);
  const before = { binding: (await (await expectStatus(api.get('/api/binding'), 200)).json()) as { reference: string; card: { cardNumberMasked: string } } };

  // Nothing to replace while the card works.
  await expectStatus(api.post('/api/card/replacement', { district: '110105', street: '建国路 88 号' }), 409, { code: 'card_not_lost' });
  const reported = (await (await expectStatus(api.post('/api/card/lost'), 200)).json()) as Status;
  expect(reported.quote).toEqual({ feeFen: 0, waivedBecause: 'first_replacement' });

  // Each problem named by its field; nothing is ordered.
  await expectStatus(api.post('/api/card/replacement', { district: '110100', street: '  ' }), 422, { code: 'validation', fields: { district: 'unknown', street: 'empty' } });
  await expectStatus(api.post('/api/card/replacement', { district: '', street: '路'.repeat(61) }), 422, { fields: { district: 'empty', street: 'too_long' } });
  await expectStatus(api.post('/api/card/replacement', { district: '110105' }), 422, { code: 'validation' });

  const ordered = (await (await expectStatus(api.post('/api/card/replacement', { district: '110105', street: ' 建国路　 88 号 3 单元 502 室 ' }), 200)).json()) as Status;
  const replacement = ordered.replacement!;
  expect(replacement.reference).toMatch(/^BK[0-9A-F]{10}$/);
  expect(ordered).toMatchObject({ lost: true, report: { liftsAt: null, liftedAt: null }, quote: null });
  expect(replacement).toMatchObject({
    stage: 'accepted',
    feeFen: 0,
    trackingReference: null,
    newCardNumberMasked: null,
    address: { province: { code: '110000', name: '北京市' }, city: { code: '110100' }, district: { code: '110105', name: '朝阳区' }, street: '建国路 88 号 3 单元 502 室' },
  });
  expect(replacement.stages.map((stage) => [stage.stage, stage.expected])).toEqual([['accepted', false], ['made', true], ['posted', true], ['arrived', true]]);
  // A repeated press keeps the order; the old card stays stopped and cannot be lifted now.
  await expectStatus(api.post('/api/card/replacement', { district: '440106', street: '天河路 1 号' }), 200, { replacement: { reference: replacement.reference, address: { district: { code: '110105' } } } });
  await expectStatus(api.post('/api/card/lost/lift'), 409, { code: 'replacement_ordered' });
  const texts = (await (await api.get(`/api/sandbox/sms?phone=${person.phone}`)).json()) as { messages: { text: string }[] };
  expect(texts.messages[0]!.text).toContain(replacement.reference);

  await advanceClock(api, 2 * DAY_SECONDS);
  const made = (await statusOf(api)).replacement!;
  expect(made).toMatchObject({ stage: 'made', trackingReference: null });
  expect(made.newCardNumberMasked).toMatch(/^[A-Z]\d\*{4}\d{3}$/);
  expect(made.newCardNumberMasked).not.toBe(before.binding.card.cardNumberMasked);
  await expectStatus(api.post('/api/payment-code'), 409, { code: 'card_lost' });
  await advanceClock(api, DAY_SECONDS);
  expect((await statusOf(api)).replacement).toMatchObject({ stage: 'posted', trackingReference: expect.stringMatching(/^SF\d{12}$/) });
  await advanceClock(api, 2 * DAY_SECONDS);

  const arrived = await statusOf(api);
  expect(arrived).toMatchObject({ lost: false, report: { liftedBy: 'replacement' }, replacement: { stage: 'arrived' }, quote: null });
  expect(arrived.replacement!.stages.every((stage) => !stage.expected)).toBe(true);
  // The same binding (reference, services) now holds the new card, and it pays.
  await expectStatus(api.get('/api/binding'), 200, { reference: before.binding.reference, card: { cardNumberMasked: made.newCardNumberMasked } });
  await expectStatus(api.post('/api/payment-code'), 200);
  // The old card is refused from now on, for its holder too.
  const again = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(again, person, 'face');
  await expectStatus(again.post('/api/card', { cardNumber: oldCard }), 409, { code: 'card_replaced' });

  // Lost again within the year: the next replacement has a fee.
  await expectStatus(api.post('/api/card/lost'), 200, { quote: { feeFen: 2000, waivedBecause: null } });

  const rows = (await auditTrail(api)).filter((entry) => entry.action === 'card_replacement');
  expect(rows.map((entry) => [entry.outcome, entry.detail])).toEqual([['ok', { reference: replacement.reference, district: '110105', feeFen: 0 }]]);
});

test('a report with a replacement on its way does not lift itself after 7 days', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  await expectStatus(api.post('/api/card/lost'), 200);
  await advanceClock(api, 6 * DAY_SECONDS);
  await expectStatus(api.post('/api/card/replacement', { district: '653101', street: '人民东路 9 号' }), 200, { replacement: { stage: 'accepted' } });
  await advanceClock(api, 2 * DAY_SECONDS);
  await expectStatus(api.get('/api/card/lost'), 200, { lost: true, report: { liftsAt: null }, replacement: { stage: 'made' } });
  await expectStatus(api.post('/api/payment-code'), 409, { code: 'card_lost' });
});

test('only the holder of a bound card orders a replacement: not an unproved session, not someone not yet bound, not a relative', async ({ baseURL }) => {
  const stranger = await startSession(await device(baseURL), baseURL);
  await expectStatus(stranger.post('/api/card/replacement', { district: '110105', street: '建国路 88 号' }), 409, { code: 'out_of_order' });
  // Proved who they are, reported it lost, but bound nothing here: no card of theirs to post.
  await confirmIdentity(stranger, newPerson(), 'sms');
  await expectStatus(stranger.post('/api/card/lost'), 200, { lost: true, quote: null });
  await expectStatus(stranger.post('/api/card/replacement', { district: '110105', street: '建国路 88 号' }), 409, { code: 'not_bound' });
});
