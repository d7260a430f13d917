// Arriving at the identity step: filling its controls must not tell a screen reader anything.
// A <select> on the page as it arrives was read out by Orca unasked (Chromium reports its list's
// selection as a change when the screen reader first explores it) and put it in focus mode; the
// phone's country is words with a Change button until the person asks for the list.
import { expect, waitUntil } from '@open-wc/testing';
import { installAnnouncer, resetAnnouncer } from '../../src/modes/announcer.js';
import { initSettings, updateSettings } from '../../src/modes/settings.js';
import { openSession } from '../../src/api/client.js';
import { resetFlow } from '../../src/flow/store.js';
import '../../src/app/ssc-app.js';
import { axNode, loadAppStyles } from '../helpers/kit.browser.js';

async function fakeService(input: RequestInfo | URL): Promise<Response> {
  const path = new URL(String(input), location.href).pathname;
  const body =
    path === '/api/session'
      ? {
          csrfToken: 't',
          sandbox: false,
          expiresAt: new Date(Date.now() + 1_800_000).toISOString(),
          idleTimeoutSeconds: 1800,
          progress: { identity: null, identityVerifiedBy: null, card: null, bankVerified: false, agreement: null, binding: null, frozen: null },
        }
      : { code: 'not_found' };
  return new Response(JSON.stringify(body), { status: path === '/api/session' ? 200 : 404, headers: { 'content-type': 'application/json' } });
}

describe('arriving at the identity step', () => {
  before(async () => {
    await loadAppStyles();
    window.fetch = fakeService as typeof fetch;
    installAnnouncer();
    await initSettings();
    await updateSettings({ locale: 'en', screenReader: true, care: false, voice: false });
    await openSession();
    resetFlow();
    document.body.prepend(document.createElement('ssc-app'));
    await waitUntil(() => document.querySelector('#actor-self'), 'first screen', { timeout: 5000 });
  });

  it('shows the phone country as words with a Change button, no list as the page arrives; fires no event and announces only the step', async () => {
    document.querySelector<HTMLInputElement>('#actor-self')!.click();
    resetAnnouncer();
    const events: string[] = [];
    for (const type of ['change', 'input']) document.addEventListener(type, (event) => events.push(`${type} ${(event.target as Element).id}`), true);
    // A <select> at any moment of the arrival (Orca read one out unasked), and what is said.
    const selects: string[] = [];
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.querySelector('main select')) selects.push(document.querySelector('main select')!.id);
      for (const region of document.querySelectorAll('[aria-live]')) {
        const text = region.textContent ?? '';
        if (text && said.at(-1) !== text) said.push(text);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.querySelector<HTMLButtonElement>('ssc-entry-step button[type=submit]')!.click();
    await waitUntil(() => document.querySelector('#identity-phone-country-chosen') && said.length > 0, 'identity step', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    expect(selects).to.deep.equal([]);
    expect(document.querySelector('#identity-phone-country-chosen')!.textContent!.trim()).to.equal('China +86');
    expect(events).to.deep.equal([]);
    expect(said).to.deep.equal(['Step 2 of 6, Confirm who you are. Enter the details of the cardholder, exactly as on their identity document.']);
    expect(document.activeElement).to.equal(document.querySelector('main h1'));

    // Change: the whole list, focused, the same country chosen, and an answer needed.
    const change = document.querySelector<HTMLButtonElement>('#identity-phone-country-change')!;
    expect((await axNode('#identity-phone-country-change')).name).to.equal('Change Country or region of your mobile number');
    change.click();
    await waitUntil(() => document.activeElement?.id === 'identity-phone-country', 'the list, focused', { timeout: 5000 });
    const select = document.querySelector<HTMLSelectElement>('#identity-phone-country')!;
    expect(select.options.length).to.be.greaterThan(200);
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('China +86');
    expect(select.getAttribute('aria-required')).to.equal('true');
  });

  it('says each question of the step needs an answer', async () => {
    for (const id of ['identity-name', 'identity-id-number', 'identity-phone']) expect((await axNode(`#${id}`)).required, id).to.equal(true);
  });
});
