// "Show my card" (亮证): a signed, minute-long QR for the person's own bound card, and the
// counter's check: valid, expired or forged, with the masked details only; checkable offline with
// the service's public key.
import { createPublicKey, verify } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { advanceClock, bindCard, bindForCardholder, deviceMaker, expectStatus, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newPerson, newPhone } from '../../helpers/people.node.js';
import { maskHolderName } from '../../../src/domain/card.js';

const device = deviceMaker();

interface Credential {
  token: string;
  qr: string;
  lifetimeSeconds: number;
  holder: { nameMasked: string; cardNumberMasked: string; issuer: string };
  full: { name: string; cardNumber: string };
}

const credentialOf = async (api: ApiSession) => (await (await expectStatus(api.post('/api/card-credential'), 200)).json()) as Credential;
const check = async (api: ApiSession, token: string) => (await (await expectStatus(api.get(`/api/credential/verify?token=${encodeURIComponent(token)}`), 200)).json()) as { status: string; holder: unknown };

/** The token with one character of its part `index` (1 the details, 2 the signature) changed. */
function tampered(token: string, index: 1 | 2): string {
  const parts = token.split('.');
  const part = parts[index]!;
  const at = Math.floor(part.length / 2);
  parts[index] = part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
  return parts.join('.');
}

test('a minute-long QR of the person’s own card: valid with the masked details, expired after its minute, forged when any byte changes; a new one each time; checkable offline with the public key', async ({ baseURL }) => {
  const person = newPerson();
  const api = await bindCard(await device(baseURL), baseURL, person);
  const credential = await credentialOf(api);
  expect(credential.lifetimeSeconds).toBe(60);
  expect(credential.token).toMatch(/^SSC1\.[\w-]+\.[\w-]+$/);
  expect(credential.qr).toMatch(/^data:image\/svg\+xml;base64,/);
  expect(credential.holder.nameMasked).toBe(maskHolderName(person.name));
  expect(credential.full.name).toBe(person.name);
  expect(credential.full.cardNumber).toMatch(/^[A-Z]\d{8}$/);
  // The QR itself says nothing in full: no full name, card or ID number.
  const payload = Buffer.from(credential.token.split('.')[1]!, 'base64url').toString('utf8');
  for (const secret of [person.name, credential.full.cardNumber, person.idNumber, person.phone]) expect(payload).not.toContain(secret);

  const counter = await startSession(await device(baseURL), baseURL);
  expect(await check(counter, credential.token)).toEqual({ status: 'valid', holder: credential.holder, expiresAt: expect.any(String) });
  for (const forged of [tampered(credential.token, 1), tampered(credential.token, 2), 'SSC1.e30.AAAA', 'hello', '']) {
    expect(await check(counter, forged), forged).toEqual({ status: 'forged', holder: null, expiresAt: null });
  }
  expect((await credentialOf(api)).token).not.toBe(credential.token);

  // Offline at the counter: the signature checks with the published key alone; a changed byte does not.
  const { keys } = (await (await expectStatus(counter.get('/api/credential/keys'), 200)).json()) as { keys: { jwk: Record<string, string> }[] };
  const key = createPublicKey({ key: keys[0]!.jwk, format: 'jwk' });
  const offline = (token: string) => {
    const [prefix, body, signature] = token.split('.');
    return verify(null, Buffer.from(`${prefix}.${body}`), key, Buffer.from(signature!, 'base64url'));
  };
  expect(offline(credential.token)).toBe(true);
  expect(offline(tampered(credential.token, 1))).toBe(false);

  // A minute on, by the counter's clock: genuine but expired.
  await advanceClock(counter, 61);
  expect(await check(counter, credential.token)).toMatchObject({ status: 'expired', holder: credential.holder });
});

test('the counter’s page: plain HTML in Chinese or English, the result as a heading with the masked details, no photo, the code kept in the box', async ({ baseURL }) => {
  const person = newPerson();
  const api = await bindCard(await device(baseURL), baseURL, person);
  const { token, holder } = await credentialOf(api);
  const counter = await device(baseURL);
  const page = await (await expectStatus(counter.get(`/counter/verify?code=${encodeURIComponent(token)}`), 200)).text();
  expect(page).toContain('<html lang="zh-Hans">');
  expect(page).toContain('<h2 id="result">有效：这是社保卡服务签发的凭证，还在有效期内。</h2>');
  expect(page).toContain(holder.nameMasked);
  expect(page).not.toContain(person.name);
  expect(page).not.toContain('<img');
  expect(page).not.toContain('<script');
  const english = await (await expectStatus(counter.get(`/counter/verify?lang=en&code=${encodeURIComponent(tampered(token, 2))}`), 200)).text();
  expect(english).toContain('<html lang="en">');
  expect(english).toContain('Not valid: the social security card service did not issue this, or it has been changed.');
  // Markup typed into the box comes back as text.
  const typed = await (await expectStatus(counter.get(`/counter/verify?code=${encodeURIComponent('<script>alert(1)</script>')}`), 200)).text();
  expect(typed).not.toContain('<script>alert(1)');
  expect(typed).toContain('&#60;script&#62;');
});

test('only the person’s own bound card: not an unproved session, not a relative who helped, not a card reported lost', async ({ baseURL }) => {
  const unproved = await startSession(await device(baseURL), baseURL);
  await expectStatus(unproved.post('/api/card-credential'), 409);
  const relative = await startSession(await device(baseURL), baseURL);
  const holderDevice = await startSession(await device(baseURL), baseURL);
  await bindForCardholder(relative, holderDevice, newPerson(), { relativePhone: newPhone(), services: ['medical_payment'], locale: 'zh-Hans' });
  await expectStatus(relative.post('/api/card-credential'), 403, { code: 'not_yours' });
  await credentialOf(holderDevice);
  const lost = ((await (await expectStatus(holderDevice.post('/api/card/lost'), 200)).json()) as { report: { reference: string } }).report;
  await expectStatus(holderDevice.post('/api/card-credential'), 409, { code: 'card_lost', reportReference: lost.reference });
});
