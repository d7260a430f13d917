// After binding: turning services on and off, the payment code, receipts and the accounts. Each
// answer is about the person whose face or code the session checked; nobody else's is reachable.
import { expect, test } from '@playwright/test';
import { deviceMaker, advanceClock, auditTrail, bindCard, expectStatus, giveIdentity, startSession, type ApiSession, needs } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';
import { idCheckCharacter } from '../../../src/domain/identity.js';

interface Statement {
  pension: { balance: number };
  medical: { balance: number };
  months: string[];
  statement: { date: string; kind: string; merchant: string; amount: number; balance: number }[];
}

const device = deviceMaker();

/** A clinic's cashier: a session of its own, with no identity. */
async function cashier(baseURL: string | undefined): Promise<ApiSession> {
  return startSession(await device(baseURL), baseURL);
}

test('services are turned on and off on the card, and a service turned off answers nothing', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  await expectStatus(api.put('/api/binding/services', { services: ['free_money'] }), 422, { fields: { services: 'invalid' } });
  await expectStatus(api.put('/api/binding/services', {}), 422, { fields: { services: 'invalid' } });
  // Listed in the service's order, each once.
  await expectStatus(api.put('/api/binding/services', { services: ['benefit_alerts', 'medical_payment', 'benefit_alerts'] }), 200, {
    services: ['medical_payment', 'benefit_alerts'],
  });
  await expectStatus(api.get('/api/binding'), 200, { services: ['medical_payment', 'benefit_alerts'] });
  await expectStatus(api.get('/api/accounts'), 409, { code: 'service_off' });
  await expectStatus(api.put('/api/binding/services', { services: [] }), 200, { services: [] });
  await expectStatus(api.post('/api/payment-code'), 409, { code: 'service_off' });
  await expectStatus(api.get('/api/receipts'), 409, { code: 'service_off' });
  const audit = (await auditTrail(api)).filter((entry) => entry.action === 'services');
  expect(audit.map((entry) => entry.detail)).toEqual([
    { before: ['medical_payment', 'benefit_alerts'], after: [] },
    { before: ['medical_payment', 'account_queries', 'benefit_alerts'], after: ['medical_payment', 'benefit_alerts'] },
  ]);
});

test('a payment code: 18 digits and their QR, a minute long, replaced by the next, paid once; the receipt splits the account and the person', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  const first = (await (await expectStatus(api.post('/api/payment-code'), 200, { lifetimeSeconds: 60 })).json()) as { code: string; qr: string; issuedAt: string; expiresAt: string };
  expect(first.code).toMatch(/^\d{18}$/);
  expect(Buffer.from(first.qr.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');
  expect(Date.parse(first.expiresAt) - Date.parse(first.issuedAt)).toBe(60_000);
  const second = (await (await expectStatus(api.post('/api/payment-code'), 200)).json()) as { code: string };
  expect(second.code).not.toBe(first.code);

  const till = await cashier(baseURL);
  await expectStatus(till.post('/api/sandbox/pay', { code: second.code, amount: 0 }), 422, { fields: { amount: 'invalid' } });
  // Only the newest code pays.
  await expectStatus(till.post('/api/sandbox/pay', { code: first.code, amount: 1000 }), 404, { code: 'code_unknown' });
  const { medical } = (await (await expectStatus(api.get('/api/accounts'), 200)).json()) as Statement;
  // More than the account holds: the account pays all it has, the person the rest.
  const total = medical.balance + 12_345;
  const receipt = (await (await expectStatus(till.post('/api/sandbox/pay', { code: second.code, amount: total, merchant: '市第一人民医院' }), 200, {
    total,
    medicalAccount: medical.balance,
    outOfPocket: 12_345,
    merchant: '市第一人民医院',
  })).json()) as { id: string };
  // Once only.
  await expectStatus(till.post('/api/sandbox/pay', { code: second.code, amount: 100 }), 404, { code: 'code_unknown' });
  await expectStatus(api.get('/api/receipts'), 200, { receipts: [expect.objectContaining({ id: receipt.id, total })] });
  const after = (await (await expectStatus(api.get('/api/accounts'), 200)).json()) as Statement;
  expect(after.medical.balance).toBe(0);
  expect(after.statement[0]).toMatchObject({ kind: 'payment', merchant: '市第一人民医院', amount: -medical.balance, balance: 0 });

  // A code a minute old pays nothing.
  const late = (await (await expectStatus(api.post('/api/payment-code'), 200)).json()) as { code: string };
  await advanceClock(till, 61);
  await expectStatus(till.post('/api/sandbox/pay', { code: late.code, amount: 100 }), 404, { code: 'code_unknown' });

  // The payer's own trail has the code and the payment; the cashier's has nothing about them.
  const trail = await auditTrail(api);
  expect(trail.filter((entry) => entry.action === 'payment_code')).toHaveLength(3);
  expect(trail.find((entry) => entry.action === 'payment')).toMatchObject({ outcome: 'ok', detail: { receipt: receipt.id, total } });
  expect(JSON.stringify(trail)).not.toContain(second.code);
  expect((await auditTrail(till)).filter((entry) => entry.action === 'payment')).toEqual([]);
});

test('accounts: twelve months of the medical account, each line adding up, the same every time, different for each person', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  // The reference sandbox's own figures: another back end's test register has its own.
  await needs(api.request, 'reference-figures');
  const accounts = (await (await expectStatus(api.get('/api/accounts'), 200, { currency: 'CNY' })).json()) as Statement;
  expect(accounts.months).toHaveLength(12);
  expect(accounts.months.at(-1)).toBe(new Date().toISOString().slice(0, 7));
  expect(accounts.pension.balance).toBeGreaterThan(0);
  expect(accounts.statement.length).toBeGreaterThanOrEqual(12);
  expect(accounts.statement[0]!.balance).toBe(accounts.medical.balance);
  // Newest first: each line's balance is the one before it plus its amount.
  for (let i = 0; i + 1 < accounts.statement.length; i += 1) {
    const line = accounts.statement[i]!;
    expect(line.balance).toBe(accounts.statement[i + 1]!.balance + line.amount);
    expect(line.date >= accounts.statement[i + 1]!.date).toBe(true);
    expect(accounts.months).toContain(line.date.slice(0, 7));
  }
  expect(accounts.statement.filter((line) => line.kind === 'contribution').every((line) => line.amount > 0)).toBe(true);
  await expectStatus(api.get('/api/accounts'), 200, accounts as unknown as Record<string, unknown>);
  const other = await bindCard(await device(baseURL), baseURL, newPerson());
  const theirs = (await (await expectStatus(other.get('/api/accounts'), 200)).json()) as Statement;
  expect(theirs.statement).not.toEqual(accounts.statement);
  expect((await auditTrail(api)).filter((entry) => entry.action === 'accounts')).toHaveLength(2);
});

test("ownership: only the person who proved it is them reads their accounts; typing their details reads nothing (the relative who helped: consent.spec.ts)", async ({ baseURL }) => {
  const person = newPerson();
  await bindCard(await device(baseURL), baseURL, person);
  // Someone with the card in hand types the holder's details but passes no check.
  const thief = await startSession(await device(baseURL), baseURL);
  await giveIdentity(thief, person);
  for (const [method, path] of [['get', '/api/accounts'], ['get', '/api/receipts'], ['get', '/api/notices'], ['post', '/api/payment-code'], ['put', '/api/binding/services']] as const) {
    const response = method === 'get' ? thief.get(path) : method === 'post' ? thief.post(path) : thief.put(path, { services: [] });
    await expectStatus(response, 409, { code: 'not_bound' });
  }
  // No session at all.
  const stranger = await device(baseURL);
  await expectStatus(stranger.get('/api/accounts'), 401, { code: 'no_session' });
});

test('benefit alerts: the inbox newest first with an unread count, notices marked read one by one, audited; only the person\'s own ids', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  type Inbox = { notices: { id: string; kind: string; date: string; amount: number | null; read: boolean }[]; unread: number };
  const inbox = (await (await expectStatus(api.get('/api/notices'), 200)).json()) as Inbox;
  expect(inbox.unread).toBe(inbox.notices.length);
  expect(inbox.notices.map((notice) => notice.date)).toEqual([...inbox.notices.map((notice) => notice.date)].sort().reverse());
  expect(inbox.notices.filter((notice) => notice.kind === 'pension_paid').every((notice) => (notice.amount ?? 0) > 0)).toBe(true);
  const [first] = inbox.notices;
  await expectStatus(api.post(`/api/notices/${first!.id}/read`), 200, { unread: inbox.unread - 1 });
  // Twice is the same as once.
  await expectStatus(api.post(`/api/notices/${first!.id}/read`), 200, { unread: inbox.unread - 1 });
  await expectStatus(api.post('/api/notices/pension-1999-01/read'), 404, { code: 'not_found' });
  await expectStatus(api.post('/api/notices/..%2F..%2Fbinding/read'), 404, { code: 'not_found' });
  expect((await auditTrail(api)).filter((entry) => entry.action === 'notice_read').map((entry) => entry.detail)).toEqual([{ notice: first!.id }, { notice: first!.id }]);

  // Another person's inbox is their own: what one read is unread for the other.
  const other = await bindCard(await device(baseURL), baseURL, newPerson());
  const theirs = (await (await expectStatus(other.get('/api/notices'), 200)).json()) as Inbox;
  expect(theirs.unread).toBe(theirs.notices.length);

  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment'] }), 200);
  await expectStatus(api.get('/api/notices'), 409, { code: 'service_off' });
  await expectStatus(api.post(`/api/notices/${first!.id}/read`), 409, { code: 'service_off' });
});

test('the pension record: birth and sex read from the ID number, the account balance the accounts page shows, the same every time, different for another person; only the person, only with account queries on', async ({ baseURL }) => {
  await needs(await device(baseURL), 'reference-figures');
  // Born 15 March 1968, a man (odd 17th digit).
  const first17 = '11010519680315013';
  const person = { ...newPerson(), idNumber: first17 + idCheckCharacter(first17) };
  const api = await bindCard(await device(baseURL), baseURL, person);
  type Record = { born: { year: number; month: number }; group: string; monthsContributed: number; averageIndex: number; balance: number; averageWage: { fen: number; province: { code: string } } };
  const record = (await (await expectStatus(api.get('/api/pension/record'), 200)).json()) as Record;
  expect(record).toMatchObject({ born: { year: 1968, month: 3 }, group: 'male', averageWage: { province: { code: '110000' } } });
  expect(record.averageIndex).toBeGreaterThanOrEqual(0.6);
  expect(record.averageIndex).toBeLessThanOrEqual(3);
  const accounts = (await (await expectStatus(api.get('/api/accounts'), 200)).json()) as { pension: { balance: number } };
  expect(record.balance).toBe(accounts.pension.balance);
  expect(await (await expectStatus(api.get('/api/pension/record'), 200)).json()).toEqual(record);
  const other = await bindCard(await device(baseURL), baseURL, newPerson());
  expect(await (await expectStatus(other.get('/api/pension/record'), 200)).json()).not.toEqual(record);
  const unproved = await startSession(await device(baseURL), baseURL);
  await expectStatus(unproved.get('/api/pension/record'), 409);
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment'] }), 200);
  await expectStatus(api.get('/api/pension/record'), 409, { code: 'service_off' });
});

test('the contributions record: every month from the first of the history to the last one due, the parts at the national rates of one base, one gap of one to three months as a gap (never zeros) that adds to neither account, the same every time; only the person, only with account queries on', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  // The reference sandbox's own figures: another back end's test register has its own.
  await needs(api.request, 'reference-figures');
  type Parts = { employer: number; personal: number };
  type Month = { month: string; paid: null | { base: number; pension: Parts; medical: Parts; unemployment: Parts } };
  const { months } = (await (await expectStatus(api.get('/api/contributions'), 200)).json()) as { months: Month[] };
  expect(months[0]!.month).toBe('2021-01');
  const today = new Date().toISOString().slice(0, 10);
  // Due on the 5th: this month is in the record from the 5th on.
  const lastDue = today.slice(8) >= '05' ? today.slice(0, 7) : new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
  expect(months.at(-1)!.month).toBe(lastDue);
  expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
  expect(new Set(months.map((m) => m.month)).size).toBe(months.length);
  const gaps = months.map((m, i) => (m.paid ? -1 : i)).filter((i) => i >= 0);
  expect(gaps.length).toBeGreaterThanOrEqual(1);
  expect(gaps.length).toBeLessThanOrEqual(3);
  expect(gaps.at(-1)! - gaps[0]!).toBe(gaps.length - 1);
  expect(months[0]!.paid).not.toBeNull();
  expect(months.at(-1)!.paid).not.toBeNull();
  for (const { paid } of months) {
    if (!paid) continue;
    const part = (percent: number) => Math.round((paid.base * percent) / 100);
    expect(paid.pension.employer).toBe(part(16));
    expect(Math.abs(paid.pension.personal - part(8))).toBeLessThanOrEqual(1);
    expect(paid.medical).toEqual({ employer: part(8), personal: part(2) });
    expect(paid.unemployment).toEqual({ employer: part(0.5), personal: part(0.5) });
  }
  // The pension account is the personal pension parts added up; a gap month adds nothing.
  const accounts = (await (await expectStatus(api.get('/api/accounts'), 200)).json()) as { pension: { balance: number } };
  expect(accounts.pension.balance).toBe(months.reduce((fen, m) => fen + (m.paid?.pension.personal ?? 0), 0));
  expect(await (await expectStatus(api.get('/api/contributions'), 200)).json()).toEqual({ months });

  const other = await bindCard(await device(baseURL), baseURL, newPerson());
  expect(await (await expectStatus(other.get('/api/contributions'), 200)).json()).not.toEqual({ months });
  const stranger = await device(baseURL);
  expect((await stranger.get('/api/contributions')).status()).toBe(401);
  await expectStatus((await startSession(await device(baseURL), baseURL)).get('/api/contributions'), 409);
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment'] }), 200);
  await expectStatus(api.get('/api/contributions'), 409, { code: 'service_off' });
});
