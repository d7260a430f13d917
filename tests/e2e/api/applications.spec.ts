// Applications made with a bound card: validation field by field, each status in turn on the
// sandbox reviewer's clock, ownership (nobody reaches another person's applications or requests),
// and the pension check a relative asks for, done by the pensioner on their own device.
import { expect, test } from '@playwright/test';
import { deviceMaker, advanceClock, auditTrail, bindCard, expectStatus, fakeCameraFrame, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newIdNumber, newPerson, newSandboxPhone, type Person } from '../../helpers/people.node.js';

const ALL_SERVICES = ['medical_payment', 'account_queries', 'benefit_alerts', 'online_applications'];
const DAY_S = 24 * 60 * 60;

const device = deviceMaker();

/** "YYYY-MM-DD" in China, `days` from now. */
function chinaDate(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * DAY_S * 1000).toISOString().slice(0, 10);
}

const treatment = (overrides: Record<string, unknown> = {}) => ({
  kind: 'treatment_elsewhere',
  city: 'shanghai',
  reason: 'living_there',
  startDate: chinaDate(2),
  endDate: chinaDate(120),
  ...overrides,
});

async function applications(api: ApiSession) {
  return (await (await expectStatus(api.get('/api/applications'), 200)).json()) as {
    applications: { reference: string; status: string; details: Record<string, unknown>; startedBy: unknown }[];
    asked: { id: string; status: string; reference: string | null; code: string | null; pensioner: { name: string } }[];
    pensionCheckValidUntil: string | null;
  };
}

test('treatment elsewhere and a transfer: each problem named by field, then submitted, in review and decided on the reviewer’s clock', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson(), ALL_SERVICES);
  await expectStatus(api.post('/api/applications', treatment({ city: '', reason: 'holiday', startDate: '2026-02-30', endDate: '--' })), 422, {
    fields: { city: 'empty', reason: 'empty', startDate: 'date', endDate: 'empty' },
  });
  await expectStatus(api.post('/api/applications', treatment({ startDate: chinaDate(-1) })), 422, { fields: { startDate: 'start_in_past' } });
  await expectStatus(api.post('/api/applications', treatment({ endDate: chinaDate(1) })), 422, { fields: { endDate: 'end_before_start' } });
  await expectStatus(api.post('/api/applications', treatment({ endDate: chinaDate(400) })), 422, { fields: { endDate: 'too_long' } });
  await expectStatus(api.post('/api/applications', { kind: 'transfer', fromCity: 'wuhan', toCity: 'wuhan', insurances: [] }), 422, {
    fields: { toCity: 'same_city', insurances: 'empty' },
  });
  await expectStatus(api.post('/api/applications', { kind: 'transfer', fromCity: 'wuhan', toCity: 'xian', insurances: ['dental'] }), 422);
  await expectStatus(api.post('/api/applications', { kind: 'lottery' }), 422);

  const living = (await (await expectStatus(api.post('/api/applications', treatment()), 200, { status: 'submitted', startedBy: null })).json()) as { reference: string };
  expect(living.reference).toMatch(/^YD\d{8}-[0-9A-F]{6}$/);
  const referral = (await (await expectStatus(api.post('/api/applications', treatment({ reason: 'referral', city: 'beijing' })), 200)).json()) as { reference: string };
  const transfer = (await (
    await expectStatus(api.post('/api/applications', { kind: 'transfer', fromCity: 'wuhan', toCity: 'xian', insurances: ['medical', 'pension'] }), 200, {
      details: { kind: 'transfer', fromCity: 'wuhan', toCity: 'xian', insurances: ['pension', 'medical'] },
    })
  ).json()) as { reference: string };
  expect(transfer.reference).toMatch(/^ZY/);

  const statuses = async () => Object.fromEntries((await applications(api)).applications.map((application) => [application.reference, application.status]));
  expect(await statuses()).toEqual({ [living.reference]: 'submitted', [referral.reference]: 'submitted', [transfer.reference]: 'submitted' });
  await advanceClock(api, 3600);
  expect(await statuses()).toEqual({ [living.reference]: 'in_review', [referral.reference]: 'in_review', [transfer.reference]: 'in_review' });
  await advanceClock(api, DAY_S);
  // The sandbox's reviewer asks for a referral's hospital letter.
  expect(await statuses()).toEqual({ [living.reference]: 'approved', [referral.reference]: 'needs_information', [transfer.reference]: 'approved' });

  const audit = (await auditTrail(api)).filter((entry) => entry.action === 'application');
  expect(audit.filter((entry) => entry.outcome === 'ok').map((entry) => entry.detail.reference)).toEqual([transfer.reference, referral.reference, living.reference]);
  expect(audit.filter((entry) => entry.outcome === 'refused')).toHaveLength(6);
  // Nothing typed in a refused application is written to the trail, only the problems.
  expect(JSON.stringify(audit)).not.toContain('holiday');
});

test('applications are the person’s own: another person, an unproved session and a service turned off see none', async ({ baseURL }) => {
  const owner = await bindCard(await device(baseURL), baseURL, newPerson(), ALL_SERVICES);
  const made = (await (await expectStatus(owner.post('/api/applications', treatment()), 200)).json()) as { reference: string };

  const other = await bindCard(await device(baseURL), baseURL, newPerson(), ALL_SERVICES);
  expect((await applications(other)).applications).toEqual([]);

  const stranger = await startSession(await device(baseURL), baseURL);
  await expectStatus(stranger.get('/api/applications'), 409, { code: 'not_bound' });
  await expectStatus(stranger.post('/api/applications', treatment()), 409, { code: 'not_bound' });
  await expectStatus(stranger.post('/api/applications/pension-check', { image: fakeCameraFrame() }), 409, { code: 'not_bound' });

  // Bound without online applications: the service is off until it is turned on.
  const without = await bindCard(await device(baseURL), baseURL, newPerson());
  await expectStatus(without.get('/api/applications'), 409, { code: 'service_off' });
  await expectStatus(without.post('/api/applications', treatment()), 409, { code: 'service_off' });

  expect((await applications(owner)).applications.map((application) => application.reference)).toEqual([made.reference]);
});

test('the pension check by face: done once a year, and only an image that could show a face is checked', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson(), ALL_SERVICES);
  await expectStatus(api.post('/api/applications/pension-check', { image: 'data:image/jpeg;base64,AAAA' }), 422, { code: 'no_camera_image' });
  const done = (await (await expectStatus(api.post('/api/applications/pension-check', { image: fakeCameraFrame() }), 200, {
    status: 'approved',
    details: { kind: 'pension_check', validUntil: `${Number(chinaDate(0).slice(0, 4)) + 1}${chinaDate(0).slice(4)}` },
  })).json()) as { reference: string };
  expect(done.reference).toMatch(/^RZ/);
  await expectStatus(api.post('/api/applications/pension-check', { image: fakeCameraFrame() }), 409, { code: 'already_checked' });
  expect((await applications(api)).pensionCheckValidUntil).not.toBeNull();
  expect((await auditTrail(api)).filter((entry) => entry.action === 'pension_check').map((entry) => entry.detail)).toEqual([{ reference: done.reference }]);

});

/** A pensioner who has never used the app: a device with nothing on it. */
async function pensionerDevice(baseURL: string | undefined): Promise<ApiSession> {
  return startSession(await device(baseURL), baseURL);
}

async function textTo(api: ApiSession, phone: string): Promise<{ code: string; text: string }> {
  const response = await api.get(`/api/sandbox/sms?phone=${encodeURIComponent(phone)}`);
  const { messages } = (await response.json()) as { messages: { code: string; text: string }[] };
  return messages[0]!;
}

test('a relative asks for a pensioner’s check: the pensioner confirms on their own phone and does it by face; the relative sees it done', async ({ baseURL }) => {
  const relative = newPerson();
  const asker = await bindCard(await device(baseURL), baseURL, relative, ALL_SERVICES);
  const pensioner: Person = newPerson();
  const ask = (overrides: Record<string, unknown> = {}) => ({
    pensionerName: pensioner.name,
    pensionerIdNumber: pensioner.idNumber,
    pensionerPhone: pensioner.phone,
    relationship: 'child',
    locale: 'zh-Hans',
    ...overrides,
  });
  await expectStatus(asker.post('/api/applications/pension-check/requests', ask({ pensionerName: '', pensionerIdNumber: '11010519491231002', pensionerPhone: '123' })), 422, {
    fields: { pensionerName: 'empty', pensionerIdNumber: 'length', pensionerPhone: 'format' },
  });
  await expectStatus(asker.post('/api/applications/pension-check/requests', ask({ pensionerIdNumber: relative.idNumber, pensionerPhone: relative.phone })), 422, {
    fields: { pensionerIdNumber: 'own_id', pensionerPhone: 'same_as_relative' },
  });
  await expectStatus(asker.post('/api/applications/pension-check/requests', ask({ relationship: 'landlord' })), 422, { fields: { relationship: 'invalid' } });

  const request = (await (await expectStatus(asker.post('/api/applications/pension-check/requests', ask()), 200, { status: 'pending', reference: null })).json()) as {
    id: string;
    code: string;
  };
  expect(request.code).toMatch(/^[A-Z0-9]{8}$/);
  const text = await textTo(asker, pensioner.phone);
  expect(text.code).toBe(request.code);
  expect(text.text).toContain('养老金资格认证');
  // The list never shows the code again: it went to the pensioner's phone.
  expect((await applications(asker)).asked).toEqual([expect.objectContaining({ id: request.id, status: 'pending', code: null })]);

  // The relative cannot confirm it, nor do the check for the pensioner.
  await expectStatus(asker.post('/api/consent/accept', { code: request.code }), 403, { code: 'consent_own_request' });

  const phone = await pensionerDevice(baseURL);
  await expectStatus(phone.post('/api/consent/open', { code: request.code }), 200, { purpose: 'pension_check', role: 'viewer', services: [] });
  await expectStatus(phone.post('/api/consent/accept', { code: request.code }), 200, { purpose: 'pension_check' });
  const session = (await (await expectStatus(phone.get('/api/session'), 200)).json()) as { progress: { pensionCheck: unknown; remote: unknown; binding: unknown } };
  expect(session.progress).toMatchObject({ pensionCheck: { status: 'consented', relative: { name: relative.name, relationship: 'child' }, reference: null }, remote: null, binding: null });
  // Single use: another device cannot open it now.
  await expectStatus((await pensionerDevice(baseURL)).post('/api/consent/open', { code: request.code }), 410, { code: 'consent_used' });

  const done = (await (await expectStatus(phone.post('/api/applications/pension-check', { image: fakeCameraFrame() }), 200, {
    status: 'approved',
    startedBy: { name: relative.name, relationship: 'child' },
  })).json()) as { reference: string };
  await expectStatus(phone.get('/api/session'), 200, { progress: { pensionCheck: { status: 'done', reference: done.reference } } });
  await expectStatus(phone.post('/api/applications/pension-check', { image: fakeCameraFrame() }), 409, { code: 'already_checked' });
  // Done on the pensioner's device only: nothing else of theirs opens there.
  await expectStatus(phone.get('/api/applications'), 409, { code: 'not_bound' });

  expect((await applications(asker)).asked).toEqual([expect.objectContaining({ id: request.id, status: 'done', reference: done.reference })]);
  // The relative's own applications are theirs: the pensioner's check is not among them.
  expect((await applications(asker)).applications).toEqual([]);
  await expectStatus(asker.post(`/api/applications/pension-check/requests/${request.id}/cancel`), 409, { code: 'consent_closed' });

  const pensionerTrail = await auditTrail(phone);
  expect(pensionerTrail.find((entry) => entry.action === 'pension_check')).toMatchObject({ outcome: 'ok', detail: { reference: done.reference, request: request.id, askedBy: 'child' } });
  expect(pensionerTrail.find((entry) => entry.action === 'consent')).toMatchObject({ outcome: 'ok', detail: { purpose: 'pension_check' } });
  expect((await auditTrail(asker)).find((entry) => entry.action === 'pension_check_request' && entry.outcome === 'ok')).toMatchObject({
    detail: { relationship: 'child', request: request.id },
  });
});

test('a pension check request is refused, cancelled or left to expire, and only its asker can cancel it', async ({ baseURL }) => {
  const asker = await bindCard(await device(baseURL), baseURL, newPerson(), ALL_SERVICES);
  const pensioner = newPerson();
  const ask = { pensionerName: pensioner.name, pensionerIdNumber: pensioner.idNumber, pensionerPhone: pensioner.phone, relationship: 'spouse', locale: 'en' };
  const first = (await (await expectStatus(asker.post('/api/applications/pension-check/requests', ask), 200)).json()) as { id: string; code: string };

  const someoneElse = await bindCard(await device(baseURL), baseURL, newPerson(), ALL_SERVICES);
  await expectStatus(someoneElse.post(`/api/applications/pension-check/requests/${first.id}/cancel`), 404, { code: 'consent_not_found' });
  expect((await applications(someoneElse)).asked).toEqual([]);

  await expectStatus(asker.post(`/api/applications/pension-check/requests/${first.id}/cancel`), 200, { status: 'cancelled' });
  await expectStatus((await pensionerDevice(baseURL)).post('/api/consent/open', { code: first.code }), 410, { code: 'consent_closed' });

  // Refused: the same relative may not ask again for a day (the remote-binding rule).
  const second = (await (await expectStatus(asker.post('/api/applications/pension-check/requests', ask), 200)).json()) as { code: string };
  await expectStatus((await pensionerDevice(baseURL)).post('/api/consent/refuse', { code: second.code }), 200, { status: 'refused' });
  await expectStatus(asker.post('/api/applications/pension-check/requests', ask), 429, { code: 'refused_recently' });

  // Another pensioner's request expires after 24 hours unanswered.
  const other = { ...ask, pensionerIdNumber: newIdNumber(), pensionerPhone: newPerson().phone };
  const third = (await (await expectStatus(asker.post('/api/applications/pension-check/requests', other), 200)).json()) as { id: string; code: string };
  await advanceClock(asker, DAY_S + 1);
  expect((await applications(asker)).asked.find((request) => request.id === third.id)).toMatchObject({ status: 'expired' });
});

test('a pensioner whose face does not match is told how many tries are left, and nothing is recorded as done', async ({ baseURL }) => {
  const asker = await bindCard(await device(baseURL), baseURL, newPerson(), ALL_SERVICES);
  // The sandbox's face check never matches this phone's owner.
  const ask = { pensionerName: '王秀英', pensionerIdNumber: newIdNumber(), pensionerPhone: newSandboxPhone('faceMismatch'), relationship: 'child', locale: 'zh-Hans' };
  const request = (await (await expectStatus(asker.post('/api/applications/pension-check/requests', ask), 200)).json()) as { id: string; code: string };
  const phone = await pensionerDevice(baseURL);
  await expectStatus(phone.post('/api/applications/pension-check', { image: fakeCameraFrame() }), 409, { code: 'not_bound' });
  await expectStatus(phone.post('/api/consent/accept', { code: request.code }), 200);
  await expectStatus(phone.post('/api/applications/pension-check', { image: fakeCameraFrame() }), 422, { code: 'face_mismatch', attemptsLeft: 4 });
  expect((await applications(asker)).asked).toEqual([expect.objectContaining({ id: request.id, status: 'consented', reference: null })]);
});
