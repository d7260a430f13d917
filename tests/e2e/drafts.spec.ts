// Offline-first: drafts that survive reloads and lost networks, requests that wait for the network
// and continue once, updates that lose nothing, and no secret in any storage on the device.
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page, Route } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { addCard, bindThroughIdentity, expectScreen, latestSmsCode, pressButton, startOwnCard, tabTo, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';
import { OWN_SERVICE_OFFSET, SUITE_PORT, ownService } from '../helpers/service.node.js';

/** Every string this page keeps on the device: IndexedDB, localStorage, sessionStorage, and Cache Storage addresses. */
async function everythingStored(page: Page): Promise<{ text: string; cachedUrls: string[] }> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) parts.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
    }
    const cachedUrls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cachedUrls.push(request.url);
    }
    return { text: parts.join('\n'), cachedUrls };
  });
}

async function expectNoSecretsStored(page: Page, secrets: string[], where: string): Promise<void> {
  const { text, cachedUrls } = await everythingStored(page);
  for (const secret of secrets) expect(text, `${where}: "${secret}" is stored`).not.toContain(secret);
  expect(text, `${where}: an image is stored`).not.toContain('data:image');
  expect(text, `${where}: something like a ciphertext is stored`).not.toMatch(/[0-9a-f]{128}/i);
  expect(cachedUrls.filter((url) => url.includes('/api/')), `${where}: an API answer is cached`).toEqual([]);
}

test('after each step and after binding, no code, password, image or ciphertext is kept anywhere on the device; the draft goes when the binding is done', async ({ page }) => {
  const person = newPerson();
  await startOwnCard(page);
  await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), person.name);
  await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), person.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: 'Mobile number' }), person.phone);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Face check');
  // The draft holds the answers typed so far (not secret), so a reload brings them back.
  await expect.poll(async () => (await everythingStored(page)).text).toContain(person.idNumber);
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  const code = await latestSmsCode(page, person.phone);
  await typeInto(page, page.getByRole('textbox', { name: 'Code' }), code);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Add your card');
  await expectNoSecretsStored(page, [code], 'after the code');
  await addCard(page);
  await typeInto(page, page.getByLabel('Bank card payment password'), '147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  await expectNoSecretsStored(page, [code, '147258'], 'after the password');
  await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Sign the agreement');
  await page.getByRole('dialog', { name: 'Sign the service agreement?' }).getByRole('button', { name: 'Sign', exact: true }).click();
  await expectScreen(page, 'Choose your services');
  await pressButton(page, 'Bind my card');
  await expectScreen(page, 'Your card is bound');
  await expectNoSecretsStored(page, [code, '147258'], 'after binding');
  // Done: the draft is deleted.
  await expect.poll(async () => (await everythingStored(page)).text).not.toContain(person.idNumber);
});

test('offline mid-step: told plainly, nothing lost; the request waits and continues once the network is back, with no double submission', async ({ page, context }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'sms');
  const cardNumber = newCardNumber();
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), cardNumber);
  await context.setOffline(true);
  await expect(page.locator('#ssc-offline')).toContainText('You are offline');
  // Said with whatever else is still waiting to be said (the announcer says messages close together
  // as one utterance: on a loaded machine the step's own messages were still waiting).
  await expect(page.locator('#ssc-announcer-polite')).toContainText('You are offline. What you entered is kept.');
  await page.keyboard.press('Enter');
  await expect(page.locator('#ssc-waiting-for-network')).toContainText('Waiting for the network');
  // A second press does nothing while it waits.
  await page.keyboard.press('Enter');
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.getByRole('textbox', { name: 'Card number' })).toHaveValue(cardNumber);

  await context.setOffline(false);
  await expectScreen(page, 'Is this your card?');
  await expect(page.locator('#ssc-offline')).toHaveCount(0);
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const audit = (await (
    await page.request.get('/api/sandbox/audit?limit=200', { headers: { 'x-csrf-token': session.csrfToken } })
  ).json()) as { entries: { action: string; outcome: string }[] };
  expect(audit.entries.filter((entry) => entry.action === 'card')).toHaveLength(1);
});

test('a network that answers nothing while the phone says online counts as offline: told plainly, nothing lost, and the step carries on once the service answers', async ({ page }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'sms');
  const cardNumber = newCardNumber();
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), cardNumber);
  // Wi-Fi without internet: navigator.onLine stays true, and every request fails.
  const noNetwork = (route: Route) => route.abort('internetdisconnected');
  await page.route('**/api/**', noNetwork);
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await page.keyboard.press('Enter');
  const notice = page.locator('#ssc-offline');
  await expect(notice).toContainText('Cannot reach the service');
  await expect(notice).toContainText('What you entered is kept, and it carries on by itself once connected.');
  await expect(page.locator('#ssc-announcer-polite')).toContainText('Cannot reach the service. What you entered is kept.');
  await expect(page.getByRole('textbox', { name: 'Card number' })).toHaveValue(cardNumber);
  expect(await axeViolations(page)).toEqual([]);

  await page.unroute('**/api/**', noNetwork);
  // The app asks every 3 s whether the service answers, and retries the step every 5 s.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is this your card?', { timeout: 20_000 });
  await expectScreen(page, 'Is this your card?');
  await expect(notice).toHaveCount(0);
});

test('a reload while offline brings back the same step and every answer typed', async ({ page, context }) => {
  const person = newPerson();
  await startOwnCard(page);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), person.name);
  await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), person.idNumber);
  await context.setOffline(true);
  // Give the draft its moment to be written after typing stops.
  await expect.poll(async () => (await everythingStored(page)).text).toContain(person.idNumber);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm who you are');
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue(person.name);
  await expect(page.getByRole('textbox', { name: 'ID number' })).toHaveValue(person.idNumber);
  await expect(page.locator('#ssc-offline')).toBeVisible();
  await context.setOffline(false);
});

test('"Clear my data" deletes the draft and what is on screen, and ends the session on the service', async ({ page }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'face');
  const cardNumber = newCardNumber();
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), cardNumber);
  await expect.poll(async () => (await everythingStored(page)).text).toContain(cardNumber);
  await pressButton(page, 'Settings');
  await pressButton(page, 'Clear my data');
  await expect(page.locator('#clear-my-data-done')).toHaveText('Cleared. This device no longer keeps anything you entered, and this session has ended.');
  await expect(page.locator('#ssc-announcer-polite')).toContainText('Cleared. This device no longer keeps anything you entered, and this session has ended.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  await expect.poll(async () => (await everythingStored(page)).text).not.toContain(person.name);
  // Whoever picks the phone up next finds nothing to carry on: not on the device, not on the service.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  const session = (await (await page.request.get('/api/session')).json()) as { progress: { identity: unknown } };
  expect(session.progress.identity).toBeNull();
});

test.describe('updates', () => {
  const root = `.tmp/update-${SUITE_PORT}`;
  const service = ownService(OWN_SERVICE_OFFSET.updates, { DIST_DIR: `${root}/dist` }, `${root}/data`);

  test.beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    cpSync('dist', `${root}/dist`, { recursive: true });
    await service.start();
  });

  test.afterAll(() => service.dispose());

  test('version 1 serves a person mid-step, version 2 is deployed: a notice offers it, and updating keeps the step and the answers', async ({ page }) => {
    const base = service.origin;
    const person = newPerson();
    // A returning visitor: the page is controlled by version 1's worker (on a first visit nothing
    // is controlled, and a new worker simply takes over without waiting).
    await page.goto(`${base}/?lang=en`);
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 })
      .toBe('activated');
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await tabTo(page, page.getByRole('radio', { name: 'My own card' }));
    await page.keyboard.press('Space');
    await pressButton(page, 'Start');
    await expectScreen(page, 'Confirm who you are');
    await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), person.name);
    await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), person.idNumber);

    // Version 2: a changed service worker, found by the page's own update check.
    // A deployment ships the compressed copies the service prefers too (vite.config.ts).
    const worker = `${root}/dist/sw.js`;
    appendFileSync(worker, '\n// version 2\n');
    writeFileSync(`${worker}.br`, brotliCompressSync(readFileSync(worker)));
    writeFileSync(`${worker}.gz`, gzipSync(readFileSync(worker)));
    const notice = page.locator('#ssc-update');
    // The same check the page makes every 30 minutes and on coming back into view, asked now (and
    // again while the new worker installs on a slow machine).
    await expect
      .poll(
        async () => {
          await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update()).catch(() => undefined);
          return notice.count();
        },
        { timeout: 45_000, intervals: [1_000, 2_000, 5_000] },
      )
      .toBe(1);
    await expect(notice).toContainText('A new version is ready');
    await expect(page.locator('#ssc-announcer-polite')).toHaveText('A new version is ready. After updating you come back to this step, with everything you entered.');
    // Nothing changes until the person agrees.
    await expect(page.getByRole('textbox', { name: 'ID number' })).toHaveValue(person.idNumber);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, notice.getByRole('button', { name: 'Update now' }));
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm who you are');
    await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue(person.name);
    await expect(page.getByRole('textbox', { name: 'ID number' })).toHaveValue(person.idNumber);
    await expect(page.locator('#ssc-update')).toHaveCount(0);
  });
});

/** Writes a draft the way the app keeps one, from the page but not through the app. */
/**
 * Leaves the app for a page of the same origin that runs none of it, so a draft planted there is
 * found by the app's next start-up only. (Planted beside a running first visit, it raced that
 * visit's own start-up: the session it opens once the browser is idle, which can come after the
 * network has gone quiet, found nothing worth keeping and cleared the draft first; one CI failure.)
 */
async function leaveTheApp(page: Page): Promise<void> {
  await page.goto('/api/health');
}

async function plantDraft(page: Page, draft: object): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ssc-drafts', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('drafts');
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(value, 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    draft,
  );
}

test('a draft kept before start-up had its marker (an earlier version) still brings back the step and the answers', async ({ page }) => {
  const person = newPerson();
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  await leaveTheApp(page);
  // Start-up reads a marker instead of asking IndexedDB; a draft without one must not be missed.
  expect(await page.evaluate(() => localStorage.getItem('ssc-drafts-store'))).toBeNull();
  await plantDraft(page, {
    version: 2,
    savedAt: Date.now(),
    screen: 'identity',
    actor: 'self',
    answers: { document: 'resident_id', name: person.name, idNumber: person.idNumber, phone: '', phoneCountry: 'CN', cardNumber: '', nationality: '', surname: '', givenNames: '', birthDate: '', sex: '', expiryDate: '' },
  });
  await page.goto('/?lang=en');
  // Found once the browser is idle after the first screen (see the notice below): room for that.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm who you are', { timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue(person.name);
  await expect(page.getByRole('textbox', { name: 'ID number' })).toHaveValue(person.idNumber);
  // From then on the marker is there, and the next start-up restores at once.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ssc-drafts-store'))).toBe('1');
  expect(await axeViolations(page)).toEqual([]);
});

test('a draft an update cannot read is dropped, and the person is told so plainly', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  await leaveTheApp(page);
  await plantDraft(page, { version: 99, savedAt: Date.now(), answers: { name: 'x' } });
  await page.goto('/?lang=en');
  const notice = page.locator('#ssc-draft-discarded');
  // Without a marker the app looks for a draft only once the browser is idle after the first
  // screen (up to 2 s, longer on a busy machine), so the notice is waited for with room for that.
  await expect(notice).toContainText('After the update, what you entered before could not be brought back and has been deleted. Please enter it again.', { timeout: 15_000 });
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, notice.getByRole('button', { name: 'OK' }));
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  expect((await everythingStored(page)).text).not.toContain('"version":99');
});
