// Binding with documents other than the mainland resident ID: passports (with international phone
// numbers), permanent resident ID cards and residence permits; then the cross-border limits.
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { idCheckCharacter } from '../../../src/domain/identity.js';
import { auditTrail, confirmCardAndBank, confirmIdentity, expectStatus, fakeCameraFrame, latestCode, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newForeigner, newPerson, passportIdentityBody, type Foreigner } from '../../helpers/people.node.js';

async function bindPassportHolder(api: ApiSession, person: Foreigner): Promise<void> {
  await expectStatus(api.post('/api/identity', passportIdentityBody(person)), 200);
  await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
  await confirmCardAndBank(api);
  await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 200);
}

test('a passport holder is accepted with an international number, and the text message reaches it', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newForeigner();
  const { passport } = person;
  const response = await expectStatus(api.post('/api/identity', passportIdentityBody(person)), 200, {
    document: 'passport',
    name: [passport.surname, passport.givenNames].filter(Boolean).join(' '),
    idNumberMasked: `${passport.number.slice(0, 2)}•••••${passport.number.slice(-2)}`,
  });
  expect(((await response.json()) as { phoneMasked: string }).phoneMasked).toBe(`+44 ••••••${person.phoneE164.slice(-4)}`);
  await expectStatus(api.post('/api/identity/sms'), 200, { phoneMasked: `+44 ••••••${person.phoneE164.slice(-4)}` });
  // The sandbox phone network is asked by the number in any form: E.164 or as typed with its +code.
  const code = await latestCode(api, person.phoneE164);
  expect(await latestCode(api, `+44 ${person.phone.slice(1)}`)).toBe(code);
  await expectStatus(api.post('/api/identity/sms/verify', { code }), 200, { verified: true, method: 'sms' });
  const audit = await auditTrail(api);
  const identityRow = audit.find((entry) => entry.action === 'identity');
  expect(identityRow?.detail).toEqual({ document: 'passport' });
  // The audit names the person without their full passport number.
  expect(identityRow?.subject).toBe(`P:${passport.nationality === "D" ? "DEU" : passport.nationality}:${passport.number.slice(0, 2)}•••••${passport.number.slice(-2)}`);
});

test('an expired passport is refused with the reason, and every other passport field is checked', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newForeigner();
  const body = passportIdentityBody(person);
  await expectStatus(api.post('/api/identity', { ...body, passport: { ...body.passport, expiryDate: '2020-1-1' } }), 422, {
    code: 'validation',
    fields: { expiryDate: 'expired' },
  });
  await expectStatus(
    api.post('/api/identity', {
      ...body,
      idNumber: '12',
      phone: '020 7946 0000',
      passport: { nationality: 'UTO', surname: '', givenNames: '李', birthDate: '1990-2-30', sex: 'x', expiryDate: '' },
    }),
    422,
    {
      fields: { idNumber: 'format', phone: 'not_mobile', nationality: 'unknown', surname: 'empty', givenNames: 'characters', birthDate: 'date', sex: 'empty', expiryDate: 'empty' },
    },
  );
  // A passport without its photo-page fields is refused field by field, not with a crash.
  await expectStatus(api.post('/api/identity', { document: 'passport', idNumber: 'AB1234567', phone: '13912345678' }), 422, {
    fields: { nationality: 'empty', surname: 'empty', birthDate: 'empty', sex: 'empty', expiryDate: 'empty' },
  });
  await expectStatus(api.post('/api/identity', { ...body, document: 'driving_licence' }), 422, { code: 'validation' });
});

test('permanent resident ID cards (both formats) and residence permits are accepted by their own rules', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const phone = newPerson().phone;
  await expectStatus(api.post('/api/identity', { document: 'permanent_resident', name: 'Anna Schmidt', idNumber: '911840198001010013', phone }), 200, {
    document: 'permanent_resident',
    idNumberMasked: '911840********0013',
  });
  await expectStatus(api.post('/api/identity', { document: 'permanent_resident', name: 'Anna Schmidt', idNumber: 'USA310080010100', phone }), 200, {
    idNumberMasked: 'USA********0100',
  });
  const first17 = '81000019900101002';
  const permit = first17 + idCheckCharacter(first17);
  await expectStatus(api.post('/api/identity', { document: 'permit_hk', name: '陳大文', idNumber: permit, phone }), 200, { document: 'permit_hk' });
  await expectStatus(api.post('/api/identity', { document: 'permit_tw', name: '陳大文', idNumber: permit, phone }), 422, { fields: { idNumber: 'region' } });
  await expectStatus(api.post('/api/identity', { document: 'permanent_resident', name: '陳大文', idNumber: permit, phone }), 422, { fields: { idNumber: 'format' } });
});

test('a foreigner binds with the work-permit number on their card, by its own rule, named in the audit only masked', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newForeigner();
  // Any letters and digits, 9 to 18, spaces and hyphens ignored, lower case read as upper.
  await expectStatus(api.post('/api/identity', { document: 'work_permit', name: 'Jane Smith', idNumber: 'wp 1234-56', phone: person.phone, phoneCountry: 'GB' }), 422, {
    code: 'validation',
    fields: { idNumber: 'length' },
  });
  await expectStatus(api.post('/api/identity', { document: 'work_permit', name: 'Jane Smith', idNumber: '1234567890#', phone: person.phone, phoneCountry: 'GB' }), 422, {
    fields: { idNumber: 'characters' },
  });
  await expectStatus(api.post('/api/identity', { document: 'work_permit', name: 'Jane Smith', idNumber: '', phone: person.phone, phoneCountry: 'GB' }), 422, {
    fields: { idNumber: 'empty' },
  });
  const number = `9${String(Date.now()).slice(-12)}`;
  await expectStatus(api.post('/api/identity', { document: 'work_permit', name: 'Jane Smith', idNumber: number, phone: person.phone, phoneCountry: 'GB' }), 200, {
    document: 'work_permit',
    name: 'Jane Smith',
    idNumberMasked: `${number.slice(0, 2)}${'•'.repeat(number.length - 4)}${number.slice(-2)}`,
  });
  await expectStatus(api.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
  await confirmCardAndBank(api);
  const agreement = (await (await expectStatus(api.get('/api/agreement?lang=en'), 200)).json()) as { sections: { paragraphs: string[] }[] };
  const text = agreement.sections.flatMap((section) => section.paragraphs).join('\n');
  expect(text).toContain("foreigner's work permit number");
  expect(text).not.toContain('ID number');
  await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 200);
  const audit = await auditTrail(api);
  expect(audit.find((entry) => entry.action === 'identity')?.subject).toBe(`W:${number.slice(0, 2)}${'•'.repeat(number.length - 4)}${number.slice(-2)}`);
  // A foreign document: the cross-border limits apply.
  await expectStatus(api.get('/api/cross-border-limits'), 200);
});

test('the agreement names the document the person proved who they are with, in each language', async ({ request, baseURL }) => {
  const texts = async (api: ApiSession, lang: string) =>
    ((await (await expectStatus(api.get(`/api/agreement?lang=${lang}`), 200)).json()) as { version: string; sections: { paragraphs: string[] }[] }).sections
      .flatMap((section) => section.paragraphs)
      .join('\n');
  const api = await startSession(request, baseURL);
  // Before anyone has said who they are, and for a resident ID, the text is the one signed before.
  expect(await texts(api, 'zh-Hans')).toContain('公民身份号码');
  expect(await texts(api, 'en')).toContain('your name, ID number and mobile number');
  await expectStatus(api.post('/api/identity', passportIdentityBody(newForeigner())), 200);
  const named: [lang: string, wanted: string, unwanted: string][] = [
    ['zh-Hans', '护照号码', '公民身份号码'],
    ['en', 'passport number', 'ID number'],
    ['zh-Hant-HK', '護照號碼', '身份證號碼'],
    ['ug', 'پاسپورت نومۇرىڭىز', 'كىملىك نومۇرىڭىز'],
  ];
  for (const [lang, wanted, unwanted] of named) {
    const text = await texts(api, lang);
    expect(text, lang).toContain(wanted);
    expect(text, lang).not.toContain(unwanted);
  }
  const permanent = await startSession(request, baseURL);
  await expectStatus(permanent.post('/api/identity', { document: 'permanent_resident', name: 'Anna Schmidt', idNumber: '911840198001010013', phone: newPerson().phone }), 200);
  expect(await texts(permanent, 'en')).toContain('foreign permanent resident ID card number');
  expect(await texts(permanent, 'zh-Hant-HK')).toContain('外國人永久居留身份證號碼');
});

test('cross-border limits: only after binding, only for foreign documents, within bounds, stored for the person', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newForeigner();
  await expectStatus(api.get('/api/cross-border-limits'), 409, { code: 'not_bound' });
  await bindPassportHolder(api, person);

  await expectStatus(api.get('/api/cross-border-limits'), 200, {
    limits: { perTransaction: 5000, daily: 20000 },
    bounds: { perTransactionMax: 50000, dailyMax: 200000 },
    currency: 'CNY',
    updatedAt: null,
  });
  await expectStatus(api.put('/api/cross-border-limits', { perTransaction: 60000, daily: 10000 }), 422, {
    fields: { perTransaction: 'too_high', daily: 'below_per_transaction' },
  });
  await expectStatus(api.put('/api/cross-border-limits', { perTransaction: '3000', daily: 9000 }), 422, { code: 'validation' });
  await expectStatus(api.put('/api/cross-border-limits', { perTransaction: 3000, daily: 9000 }), 200, { limits: { perTransaction: 3000, daily: 9000 } });
  const audit = await auditTrail(api);
  expect(audit.filter((entry) => entry.action === 'cross_border_limits').map((entry) => entry.outcome)).toEqual(['ok', 'refused']);

  // The limits belong to the person: a new session for the same passport finds them.
  const again = await startSession(await playwrightRequest.newContext({ baseURL }), baseURL);
  await expectStatus(again.post('/api/identity', passportIdentityBody(person)), 200);
  await expectStatus(again.get('/api/cross-border-limits'), 409, { code: 'not_bound' });
  await expectStatus(again.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
  await expectStatus(again.get('/api/cross-border-limits'), 200, { limits: { perTransaction: 3000, daily: 9000 } });
});

test('a mainland resident ID holder has no cross-border limits', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  await confirmIdentity(api, newPerson());
  await confirmCardAndBank(api);
  await expectStatus(api.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectStatus(api.post('/api/binding', { services: ['medical_payment'] }), 200);
  await expectStatus(api.get('/api/cross-border-limits'), 409, { code: 'not_applicable' });
  await expectStatus(api.put('/api/cross-border-limits', { perTransaction: 1, daily: 1 }), 409, { code: 'not_applicable' });
});
