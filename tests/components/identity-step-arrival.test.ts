// Arriving at the identity step: filling its controls must not tell a screen reader anything.
// A select whose list is filled in after it is shown changes its chosen option's name, which
// screen readers announce as a change of selection, switching into focus mode on arrival.
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

  it('shows the phone country with its whole list at once, fires no event and announces only the step', async () => {
    document.querySelector<HTMLInputElement>('#actor-self')!.click();
    resetAnnouncer();
    const events: string[] = [];
    for (const type of ['change', 'input']) document.addEventListener(type, (event) => events.push(`${type} ${(event.target as Element).id}`), true);
    // Every state the phone-country select is seen in: how many countries, which one is chosen.
    const seen: string[] = [];
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const select = document.querySelector<HTMLSelectElement>('#identity-phone-country');
      const state = select ? `${select.options.length} ${select.selectedOptions[0]?.textContent?.trim()}` : '';
      if (state && seen.at(-1) !== state) seen.push(state);
      for (const region of document.querySelectorAll('[aria-live]')) {
        const text = region.textContent ?? '';
        if (text && said.at(-1) !== text) said.push(text);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.querySelector<HTMLButtonElement>('ssc-entry-step button[type=submit]')!.click();
    await waitUntil(() => document.querySelector('#identity-phone-country') && said.length > 0, 'identity step', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    expect(seen.length, seen.join(' | ')).to.equal(1);
    expect(seen[0]).to.match(/^\d{3} China \+86$/);
    expect(events).to.deep.equal([]);
    expect(said).to.deep.equal(['Step 2 of 6, Confirm who you are. Enter the details of the cardholder, exactly as on their identity document.']);
    expect(document.activeElement).to.equal(document.querySelector('main h1'));
  });

  it('says each question of the step needs an answer', async () => {
    for (const id of ['identity-name', 'identity-id-number', 'identity-phone']) expect((await axNode(`#${id}`)).required, id).to.equal(true);
    expect(document.getElementById('identity-phone-country')!.getAttribute('aria-required')).to.equal('true');
  });
});
