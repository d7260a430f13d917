// A person's activity (GET /api/activity): what happened to their binding, newest first, from the
// audit trail; by whom (a relative named, their phone masked); never a code or a full number; only
// to the person themself.
import { expect, test } from '@playwright/test';
import { bindCard, bindForCardholder, confirmIdentity, deviceMaker, expectStatus, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newCardNumber, newPerson, newPhone } from '../../helpers/people.node.js';

const device = deviceMaker();

interface Entry {
  at: string;
  kind: string;
  by: string;
  relative: { name: string; phoneMasked: string } | null;
  amountFen: number | null;
  services: string[] | null;
}

const activityOf = async (api: ApiSession): Promise<Entry[]> => ((await (await expectStatus(api.get('/api/activity'), 200)).json()) as { entries: Entry[] }).entries;

test('what happened to a binding, newest first: bound, services changed, a code shown, a payment with its amount, reported lost and lifted; no code, card or ID number in it', async ({ baseURL }) => {
  const person = newPerson();
  const api = await bindCard(await device(baseURL), baseURL, person);
  // A repeated press on Bind answers with the same binding: not a second "bound".
  await expectStatus(api.post('/api/binding', { services: ['medical_payment', 'account_queries', 'benefit_alerts'] }), 200);
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment', 'account_queries'] }), 200);
  const { code } = (await (await expectStatus(api.post('/api/payment-code'), 200)).json()) as { code: string };
  const till = await startSession(await device(baseURL), baseURL);
  await expectStatus(till.post('/api/sandbox/pay', { code, amount: 2350 }), 200);
  await expectStatus(api.post('/api/card/lost'), 200);
  await expectStatus(api.post('/api/card/lost/lift'), 200);

  const entries = await activityOf(api);
  expect(entries.map((entry) => [entry.kind, entry.by])).toEqual([
    ['report_lifted', 'you'],
    ['reported_lost', 'you'],
    ['paid', 'cashier'],
    ['payment_code_shown', 'you'],
    ['services_changed', 'you'],
    ['bound', 'you'],
  ]);
  expect(entries[2]!.amountFen).toBe(2350);
  expect(entries[4]!.services).toEqual(['medical_payment', 'account_queries']);
  const times = entries.map((entry) => Date.parse(entry.at));
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  const text = JSON.stringify(entries);
  for (const secret of [code, person.idNumber, person.phone.slice(-8)]) expect(text).not.toContain(secret);
});

test('only the person sees their activity: not an unproved session, not another bound person, not a relative who helped; the cardholder sees the relative by name with their phone masked', async ({ baseURL }) => {
  const stranger = await startSession(await device(baseURL), baseURL);
  await expectStatus(stranger.get('/api/activity'), 409, { code: 'not_bound' });
  const other = await bindCard(await device(baseURL), baseURL, newPerson());

  const relative = await startSession(await device(baseURL), baseURL);
  const holderDevice = await startSession(await device(baseURL), baseURL);
  const holder = newPerson();
  const relativePhone = newPhone();
  await bindForCardholder(relative, holderDevice, holder, { relativePhone, services: ['medical_payment', 'benefit_alerts'], locale: 'zh-Hans' });
  await expectStatus(relative.post('/api/card/lost'), 200);

  await expectStatus(relative.get('/api/activity'), 403, { code: 'not_yours', whose: 'cardholder' });
  const entries = await activityOf(holderDevice);
  expect(entries.map((entry) => [entry.kind, entry.by])).toEqual([
    ['reported_lost', 'relative'],
    ['bound', 'relative'],
    ['relative_allowed', 'you'],
  ]);
  expect(entries[0]!.relative).toEqual({ name: '李明', phoneMasked: `${relativePhone.slice(0, 3)}****${relativePhone.slice(-4)}` });

  // "Was this you?": what the relative did reaches the cardholder's inbox, unread, newest first; read once.
  interface Inbox {
    notices: { id: string; kind: string; read: boolean; activity?: Entry }[];
    unread: number;
  }
  const inbox = (await (await expectStatus(holderDevice.get('/api/notices'), 200)).json()) as Inbox;
  const fromRelative = inbox.notices.filter((notice) => notice.kind === 'activity');
  expect(fromRelative.map((notice) => [notice.activity!.kind, notice.activity!.by, notice.activity!.relative?.name, notice.read])).toEqual([
    ['reported_lost', 'relative', '李明', false],
    ['bound', 'relative', '李明', false],
    ['relative_allowed', 'you', undefined, false],
  ]);
  expect(inbox.notices.slice(0, 3).map((notice) => notice.kind)).toEqual(['activity', 'activity', 'activity']);
  const after = (await (await expectStatus(holderDevice.post(`/api/notices/${fromRelative[0]!.id}/read`), 200)).json()) as Inbox;
  expect(after.unread).toBe(inbox.unread - 1);
  expect(after.notices.find((notice) => notice.id === fromRelative[0]!.id)!.read).toBe(true);
  expect(JSON.stringify(entries)).not.toContain(relativePhone);
  // Another person's list has none of it.
  expect((await activityOf(other)).map((entry) => entry.kind)).toEqual(['bound']);
});

test('sign out everywhere: every session where the person proved who they are ends (this one too), never anyone else’s; the binding stays; an unproved session cannot', async ({ baseURL }) => {
  const person = newPerson();
  const phone = await bindCard(await device(baseURL), baseURL, person);
  // The same person on a second device, and a different person.
  const laptop = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(laptop, person, 'sms');
  const someoneElse = await bindCard(await device(baseURL), baseURL, newPerson());
  const unproved = await startSession(await device(baseURL), baseURL);
  await expectStatus(unproved.post('/api/sessions/end-all'), 409, { code: 'out_of_order' });

  await expectStatus(phone.post('/api/sessions/end-all'), 200, { ended: 2 });
  await expectStatus(phone.get('/api/binding'), 401, { code: 'no_session' });
  await expectStatus(laptop.get('/api/binding'), 401, { code: 'no_session' });
  await expectStatus(someoneElse.get('/api/binding'), 200);
  // Proving who they are again opens the same binding.
  const again = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(again, person, 'face');
  await expectStatus(again.get('/api/binding'), 200);
  expect((await activityOf(again)).map((entry) => entry.kind)).toEqual(['signed_out_everywhere', 'bound']);
});

test('"this wasn’t me": the binding stops for review at once (no payment code, nothing bound), the relative’s access and session end, every session of the person ends; a review reference, a text, and the review shown to the person next time', async ({ baseURL }) => {
  const holder = newPerson();
  const relative = await startSession(await device(baseURL), baseURL);
  const holderDevice = await startSession(await device(baseURL), baseURL);
  await bindForCardholder(relative, holderDevice, holder, { relativePhone: newPhone(), services: ['medical_payment'], locale: 'zh-Hans' });
  const { code } = (await (await expectStatus(holderDevice.post('/api/payment-code'), 200)).json()) as { code: string };
  // Neither the relative nor someone who has not proved who they are can say it.
  await expectStatus(relative.post('/api/binding/not-me'), 403, { code: 'not_yours' });
  const unproved = await startSession(await device(baseURL), baseURL);
  await expectStatus(unproved.post('/api/binding/not-me'), 409, { code: 'not_bound' });

  const review = ((await (await expectStatus(holderDevice.post('/api/binding/not-me'), 200)).json()) as { reviewReference: string }).reviewReference;
  expect(review).toMatch(/^RV[0-9A-F]{10}$/);
  await expectStatus(holderDevice.get('/api/binding'), 401, { code: 'no_session' });
  await expectStatus(relative.get('/api/binding'), 401, { code: 'no_session' });
  const till = await startSession(await device(baseURL), baseURL);
  await expectStatus(till.post('/api/sandbox/pay', { code, amount: 100 }), 404, { code: 'code_unknown' });
  const texts = (await (await till.get(`/api/sandbox/sms?phone=${holder.phone}`)).json()) as { messages: { text: string }[] };
  expect(texts.messages[0]!.text).toContain(review);

  // Next time they prove who they are, the review is what they see; nothing pays or binds meanwhile.
  const again = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(again, holder, 'face');
  await expectStatus(again.get('/api/session'), 200, { progress: { frozen: { reason: 'not_me', reviewReference: review } } });
  await expectStatus(again.post('/api/payment-code'), 409, { code: 'card_frozen', reason: 'not_me', reviewReference: review });
  await expectStatus(again.post('/api/card', { cardNumber: newCardNumber() }), 409, { code: 'card_frozen', reason: 'not_me' });
  expect((await activityOf(again))[0]).toMatchObject({ kind: 'not_me', by: 'you' });
});

test('12333 closes a review (sandbox): restored, the person proves who they are and the card pays again; or unbound, and the card binds afresh; each told by text and in the activity, closed once', async ({ baseURL }) => {
  const reviewOf = async (api: ApiSession) => ((await (await expectStatus(api.post('/api/binding/not-me'), 200)).json()) as { reviewReference: string }).reviewReference;
  const adviser = await startSession(await device(baseURL), baseURL);
  const texts = async (phone: string) => ((await (await expectStatus(adviser.get(`/api/sandbox/sms?phone=${phone}`), 200)).json()) as { messages: { text: string }[] }).messages.map((message) => message.text);

  // Restored: the binding and its reference are back; a payment code is given again.
  const holder = newPerson();
  const relative = await startSession(await device(baseURL), baseURL);
  const holderDevice = await startSession(await device(baseURL), baseURL);
  await bindForCardholder(relative, holderDevice, holder, { relativePhone: newPhone(), services: ['medical_payment'], locale: 'zh-Hans' });
  const bound = (await (await expectStatus(holderDevice.get('/api/binding'), 200)).json()) as { reference: string };
  const review = await reviewOf(holderDevice);
  await expectStatus(adviser.post('/api/sandbox/reviews/close', { reference: 'RV0000000000', outcome: 'restored' }), 404, { code: 'not_found' });
  await expectStatus(adviser.post('/api/sandbox/reviews/close', { reference: review, outcome: 'maybe' }), 422, { code: 'validation' });
  await expectStatus(adviser.post('/api/sandbox/reviews/close', { reference: review, outcome: 'restored' }), 200, { reference: review, outcome: 'restored' });
  await expectStatus(adviser.post('/api/sandbox/reviews/close', { reference: review, outcome: 'unbound' }), 404, { code: 'not_found' });
  expect((await texts(holder.phone))[0]).toBe(`【社保卡】审核编号 ${review} 已结束：您的社保卡已恢复使用，核实身份后就可以再用医保码付款。家人的权限仍已取消，需要时请重新邀请。`);
  const again = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(again, holder, 'face');
  await expectStatus(again.get('/api/session'), 200, { progress: { frozen: null } });
  await expectStatus(again.get('/api/binding'), 200, { reference: bound.reference });
  await expectStatus(again.post('/api/payment-code'), 200);
  expect((await activityOf(again)).slice(0, 3).map((entry) => [entry.kind, entry.by])).toEqual([
    ['payment_code_shown', 'you'],
    ['review_restored', 'adviser'],
    ['not_me', 'you'],
  ]);
  await expectStatus(relative.get('/api/binding'), 401, { code: 'no_session' });

  // Unbound: nothing is bound any more, and the same card binds again in a new binding.
  const person = newPerson();
  const api = await bindCard(await device(baseURL), baseURL, person);
  const first = (await (await expectStatus(api.get('/api/binding'), 200)).json()) as { reference: string };
  const second = await reviewOf(api);
  await expectStatus(adviser.post('/api/sandbox/reviews/close', { reference: second, outcome: 'unbound' }), 200, { outcome: 'unbound' });
  expect((await texts(person.phone))[0]).toContain('原来的绑定已解除。请在应用中重新绑定社保卡。');
  const fresh = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(fresh, person, 'sms');
  await expectStatus(fresh.get('/api/binding'), 404, { code: 'not_bound' });
  const rebound = await bindCard(await device(baseURL), baseURL, person);
  const newBinding = (await (await expectStatus(rebound.get('/api/binding'), 200)).json()) as { reference: string };
  expect(newBinding.reference).not.toBe(first.reference);
  expect((await activityOf(rebound)).map((entry) => entry.kind).slice(0, 3)).toEqual(['bound', 'review_unbound', 'not_me']);
});

test('"was this you?" by text: the cardholder\'s own phone is told when the card is bound (by a relative too, saying so) and when its services change, with where to say it was not them; a repeated bind or an unchanged list says nothing', async ({ baseURL }) => {
  const texts = async (api: ApiSession, phone: string) =>
    ((await (await expectStatus(api.get(`/api/sandbox/sms?phone=${phone}`), 200)).json()) as { messages: { text: string }[] }).messages.map((message) => message.text).filter((text) => text.includes('这不是我做的'));
  const person = newPerson();
  const api = await bindCard(await device(baseURL), baseURL, person);
  await expectStatus(api.post('/api/binding', { services: ['medical_payment', 'account_queries', 'benefit_alerts'] }), 200);
  expect(await texts(api, person.phone)).toEqual([expect.stringMatching(/^【社保卡】您的社保卡（.+）已于\d{1,2}月\d{1,2}日 \d{2}:\d{2}绑定到社保卡服务，绑定编号 BD\w+。/)]);
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment', 'account_queries', 'benefit_alerts'] }), 200);
  expect(await texts(api, person.phone)).toHaveLength(1);
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment'] }), 200);
  const told = await texts(api, person.phone);
  expect(told).toHaveLength(2);
  expect(told[0]).toMatch(/^【社保卡】您的社保卡开通的服务已于.+更改。/);

  const holder = newPerson();
  const relative = await startSession(await device(baseURL), baseURL);
  const holderDevice = await startSession(await device(baseURL), baseURL);
  const relativePhone = newPhone();
  await bindForCardholder(relative, holderDevice, holder, { relativePhone, services: ['medical_payment'], locale: 'zh-Hans' });
  expect((await texts(holderDevice, holder.phone))[0]).toContain('绑定到社保卡服务，由您的家人代办');
  // Letting the relative in is told too, the relative named with their number masked.
  const all = ((await (await expectStatus(holderDevice.get(`/api/sandbox/sms?phone=${holder.phone}`), 200)).json()) as { messages: { text: string }[] }).messages.map((message) => message.text);
  expect(all.filter((text) => text.includes('同意家人'))).toEqual([
    `【社保卡】您已于${all.find((text) => text.includes('同意家人'))!.match(/已于(.+?)同意/)![1]}同意家人李明（${relativePhone.slice(0, 3)}****${relativePhone.slice(-4)}）帮您绑定社保卡。如不是您本人同意的，请拨打12333。`,
  ]);

  // The card reported lost by the person themself: told on their own phone, with the report's number.
  const lost = ((await (await expectStatus(api.post('/api/card/lost'), 200)).json()) as { report: { reference: string } }).report;
  const afterLost = await texts(api, person.phone);
  expect(afterLost).toHaveLength(3);
  expect(afterLost[0]).toMatch(new RegExp(`^【社保卡】您的社保卡已于.+临时挂失，挂失编号 ${lost.reference}。`));
});

test('"was this you?" in the inbox: the person\'s own binding, each change of services and their own report of a lost card arrive as notices, newest first, each with when and by whom; a list saved unchanged is neither a notice nor activity', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment', 'account_queries', 'benefit_alerts'] }), 200);
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment', 'benefit_alerts'] }), 200);
  await expectStatus(api.post('/api/card/lost'), 200);
  interface Inbox {
    notices: { id: string; kind: string; date: string; read: boolean; activity?: Entry }[];
    unread: number;
  }
  const inbox = (await (await expectStatus(api.get('/api/notices'), 200)).json()) as Inbox;
  const wasThisYou = inbox.notices.filter((notice) => notice.kind === 'activity');
  expect(wasThisYou.map((notice) => [notice.activity!.kind, notice.activity!.by, notice.read])).toEqual([
    ['reported_lost', 'you', false],
    ['services_changed', 'you', false],
    ['bound', 'you', false],
  ]);
  expect(wasThisYou[1]!.activity!.services).toEqual(['medical_payment', 'benefit_alerts']);
  for (const notice of wasThisYou) expect(notice.date).toBe(notice.activity!.at.slice(0, 10));
  expect((await activityOf(api)).map((entry) => entry.kind)).toEqual(['reported_lost', 'services_changed', 'bound']);
});
