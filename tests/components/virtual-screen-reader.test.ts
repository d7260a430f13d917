// A walk through the whole binding flow with a virtual screen reader: what a blind person hears
// on every screen, every error, every wait and the confirmation, and never a password or code.
// The service is a small in-page fake here (the end-to-end tests use the real one) so the walk
// runs in the component test browser, where @guidepup/virtual-screen-reader works.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { sm2 } from 'sm-crypto-v2';
import { ANNOUNCE_HOLD_MS, installAnnouncer } from '../../src/modes/announcer.js';
import { initSettings, updateSettings } from '../../src/modes/settings.js';
import { openSession } from '../../src/api/client.js';
import { resetFlow } from '../../src/flow/store.js';
import '../../src/app/ssc-app.js';
import { loadAppStyles } from '../helpers/kit.browser.js';

const CODE = '482913';
const PASSWORD = '147258';
const keys = sm2.generateKeyPairHex();
const card = { cardNumberMasked: 'B1****678', holderName: '张伟', issuer: 'beijing' as const, issuedOn: '2020-05-01' };
const identity = { document: 'resident_id' as const, name: '张伟', idNumberMasked: '110105********002X', phoneMasked: '139****0000' };
let codeTries = 0;

function reply(status: number, body: unknown): Response {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Just enough of the binding service for the walk: one wrong code, then everything right. */
async function fakeService(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const path = new URL(String(input), location.href).pathname;
  const body = init?.body ? JSON.parse(String(init.body)) : {};
  // A real service takes a moment: long enough for the wait to be announced.
  await aTimeout(250);
  switch (path) {
    case '/api/session':
      return reply(200, {
        csrfToken: 't',
        sandbox: false,
        expiresAt: new Date(Date.now() + 1_800_000).toISOString(),
        idleTimeoutSeconds: 1800,
        progress: { identity: null, identityVerifiedBy: null, card: null, bankVerified: false, agreement: null, binding: null, frozen: null },
      });
    case '/api/identity':
      return reply(200, identity);
    case '/api/identity/sms':
      return reply(200, { phoneMasked: identity.phoneMasked, resendAfter: 60, expiresIn: 300 });
    case '/api/identity/sms/verify':
      codeTries += 1;
      return body.code === CODE ? reply(200, { verified: true, method: 'sms' }) : reply(422, { code: 'code_wrong', attemptsLeft: 5 - codeTries });
    case '/api/card':
      return reply(200, card);
    case '/api/bank':
      return reply(200, {
        bank: 'icbc' as const,
        accountMasked: '**** 0005',
        publicKey: keys.publicKey,
        keyId: 'k1',
        reservedPhoneMatches: true,
        resetUrl: 'https://bank.example/',
      });
    case '/api/bank/verify':
      return sm2.doDecrypt(body.ciphertext, keys.privateKey, 1, { output: 'string' }) === PASSWORD
        ? reply(200, { verified: true, method: 'password' })
        : reply(422, { code: 'password_wrong', attemptsLeft: 4 });
    case '/api/agreement':
      return reply(200, { version: '2026-11', lang: 'en', title: 'Service agreement', sections: [{ heading: '1. What the service does', paragraphs: ['It links your card to this phone.'] }] });
    case '/api/agreement/sign':
      return reply(200, { version: '2026-11', signedAt: new Date().toISOString() });
    case '/api/binding':
      return reply(200, { reference: 'BD20261124AB12CD', boundAt: new Date().toISOString(), services: body.services, card });
    default:
      return reply(404, { code: 'not_found' });
  }
}

/** Moves the virtual cursor on until the end of the main landmark, so the whole screen is heard. */
async function readToEndOfMain(): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    await virtual.next();
    if ((await virtual.lastSpokenPhrase()) === 'end of main') return;
  }
}

function heading(): string {
  return document.querySelector('main h1')?.textContent?.trim() ?? '';
}

async function waitForHeading(text: string): Promise<void> {
  await waitUntil(() => heading() === text && document.activeElement === document.querySelector('main h1'), `screen "${text}"`, { timeout: 5000 });
}

function setField(id: string, value: string): void {
  const input = document.getElementById(id) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Secrets are filled the way a password manager or SMS autofill fills them. The virtual screen
 * reader reads any field's value, even a password's, where real screen readers say only that it
 * is a secure field, so focusing the filled field here would not tell the truth about them.
 */
function fillSecret(id: string, value: string): void {
  const input = document.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function press(selector: string): void {
  const button = document.querySelector<HTMLElement>(selector)!;
  button.focus();
  button.click();
}

describe('virtual screen reader: the whole flow', () => {
  before(async () => {
    await loadAppStyles();
    window.fetch = fakeService as typeof fetch;
    installAnnouncer();
    await initSettings();
    await updateSettings({ locale: 'en', screenReader: true, care: false, voice: false });
    await openSession();
    resetFlow();
    document.body.prepend(document.createElement('ssc-app'));
  });

  it('hears every heading, label, hint, error, wait and the confirmation, never a secret', async () => {
    await virtual.start({ container: document.body });
    await waitUntil(() => heading() === 'Bind your social security card');
    await readToEndOfMain();

    press('#actor-self');
    press('ssc-entry-step button[type=submit]');
    await waitForHeading('Confirm who you are');
    await readToEndOfMain();
    press('ssc-identity-step button[type=submit]');
    await waitUntil(() => document.activeElement?.classList.contains('ssc-error-summary') ?? false, 'error summary focused', { timeout: 5000 });
    await readToEndOfMain();
    setField('identity-name', '张伟');
    setField('identity-id-number', '11010519491231002X');
    setField('identity-phone', '13912340000');
    press('ssc-identity-step button[type=submit]');
    await waitForHeading('Face check');
    await readToEndOfMain();
    press('#identity-use-sms');
    await waitForHeading('Enter the code we sent you');
    await waitUntil(() => document.querySelector('main')!.textContent!.includes('We have sent a 6-digit code'), 'code sent', { timeout: 5000 });
    await readToEndOfMain();
    // In screen-reader mode the code is a masked field, so typed digits are not echoed.
    expect((document.getElementById('identity-code') as HTMLInputElement).type).to.equal('password');
    fillSecret('identity-code', '111111');
    press('ssc-identity-step button[type=submit]');
    await waitUntil(() => document.activeElement?.classList.contains('ssc-error-summary') ?? false, 'error summary focused', { timeout: 5000 });
    await readToEndOfMain();
    fillSecret('identity-code', CODE);
    press('ssc-identity-step button[type=submit]');
    await waitForHeading('Add your card');
    await readToEndOfMain();
    setField('card-number', 'B12345678');
    press('ssc-card-step button[type=submit]');
    await waitForHeading('Is this your card?');
    await readToEndOfMain();
    press('ssc-card-step button[type=submit]');
    await waitForHeading('Confirm your bank account');
    await waitUntil(() => document.getElementById('bank-password') !== null, 'password field', { timeout: 5000 });
    await readToEndOfMain();
    fillSecret('bank-password', PASSWORD);
    // A person pauses before pressing Confirm: long enough to hear how many digits are in.
    // (This flow moves at machine speed, so what comes within a moment is said as one utterance.)
    await waitUntil(() => document.getElementById('ssc-announcer-polite')!.textContent!.endsWith('6 of 6 digits entered'), 'digit count', { timeout: 5000 });
    press('ssc-bank-step button[type=submit]');
    await waitForHeading('Read and sign the service agreement');
    await waitUntil(() => document.getElementById('agreement-title') !== null, 'agreement', { timeout: 5000 });
    await readToEndOfMain();
    press('#agree-yes');
    press('ssc-agreement-step button[type=submit]');
    await waitUntil(() => document.querySelector<HTMLDialogElement>('#sign-dialog dialog')?.open ?? false, 'sign dialog', { timeout: 5000 });
    press('#sign-dialog .ssc-dialog__actions .ssc-button:not(.ssc-button--secondary)');
    await waitForHeading('Choose your services');
    await readToEndOfMain();
    press('ssc-services-step button[type=submit]');
    await waitForHeading('Your card is bound');
    await readToEndOfMain();

    // What the announcer still holds is said a moment later (it leaves each message in its region
    // a while, for screen readers that read it late); the person hears it before leaving.
    await aTimeout(ANNOUNCE_HOLD_MS + 500);
    const log = await virtual.spokenPhraseLog();
    await virtual.stop();
    const heard = log.join('\n');
    const expectHeard = (phrase: string | RegExp) =>
      expect(typeof phrase === 'string' ? heard.includes(phrase) : phrase.test(heard), `heard ${phrase}`).to.equal(true);

    // Each screen's heading.
    for (const title of [
      'Bind your social security card',
      'Confirm who you are',
      'Face check',
      'Enter the code we sent you',
      'Add your card',
      'Is this your card?',
      'Confirm your bank account',
      'Read and sign the service agreement',
      'Choose your services',
      'Your card is bound',
    ]) {
      expectHeard(`heading, ${title}, level 1`);
    }
    // Every field's label and hint.
    expectHeard(/textbox, Full name/);
    expectHeard(/textbox, ID number, 18 characters; the last may be X/);
    expectHeard(/textbox, Mobile number, For security codes; best the number your bank has/);
    // The code page asks one thing: its label is the heading, and names the box (once).
    expectHeard(/\bEnter the code we sent you, 6 digits; you can paste the whole message/);
    expectHeard(/textbox, Card number, Printed on the front of the card/);
    expectHeard(/Bank card payment password, 6 digits/);
    expectHeard('Your password is encrypted on your phone before it is sent');
    // Every error.
    expectHeard('Enter your name');
    expectHeard('Enter your ID number');
    expectHeard('Enter your mobile number');
    expectHeard('That code is not right. You can try 4 more times.');
    // The status of each wait, from the live region.
    expectHeard('Checking your details…');
    expectHeard('Checking the code…');
    expectHeard('Looking for your card…');
    expectHeard('Checking your payment password with the bank…');
    expectHeard('Binding your card…');
    // The count of digits entered, never the digits.
    expectHeard(/polite: .*6 of 6 digits entered/);
    // The confirmation.
    expectHeard('Your reference number');
    // Read in groups of four, one character at a time, so it can be said to the hotline.
    expectHeard('B D 2 0, 2 6 1 1, 2 4 A B, 1 2 C D');
    expectHeard('button, Copy');
    // Never a secret.
    expect(heard).not.to.include(CODE);
    expect(heard).not.to.include(PASSWORD);
    expect(heard).not.to.include('111111');
  });
});
