// Whole journeys in Firefox ESR by keyboard: a binding by text-message code and by face, a draft
// that survives a reload, and the app reopened offline after one visit.
import { axeViolations, expect, test } from './firefox.node.js';
import { addCard, byRole, enterDetails, expectScreen, latestSmsCode, pressButton, startOwnCard, tabTo, tabToElement, typeInto } from './keys.node.js';
import { newPerson } from '../helpers/people.node.js';

test('Firefox: a whole binding by keyboard with a text-message code, axe on every screen', async ({ firefox: { page, url }, baseURL }) => {
  const person = newPerson();
  await startOwnCard(page, url('/?lang=en'));
  await enterDetails(page, person);
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  const code = await latestSmsCode(baseURL!, person.phone);
  await typeInto(page, 'Code', code);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Add your card');
  await addCard(page);
  await tabToElement(page, (await page.waitForSelector('input#bank-password'))!, 'the payment password');
  await page.keyboard.type('147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  await tabTo(page, 'checkbox', 'I have read and agree to the service agreement above');
  await page.keyboard.press(' ');
  await pressButton(page, 'Sign the agreement');
  await byRole(page, 'dialog', 'Sign the service agreement?');
  await tabTo(page, 'button', 'Sign');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Choose your services');
  await pressButton(page, 'Bind my card');
  await expectScreen(page, 'Your card is bound');
});

test('Firefox: the face check with the fake camera, by keyboard', async ({ firefox: { page, url } }) => {
  await startOwnCard(page, url('/?lang=en'));
  await enterDetails(page, newPerson());
  await pressButton(page, 'Start face check');
  await expectScreen(page, 'Add your card');
});

test('Firefox: a reload brings back the same step and every answer typed', async ({ firefox: { page, url } }) => {
  const person = newPerson();
  await startOwnCard(page, url('/?lang=en'));
  await typeInto(page, 'Full name', person.name);
  await typeInto(page, 'ID number', person.idNumber);
  // The draft is written a moment after typing stops.
  await expect.poll(() => page.evaluate(() => new Promise<string>((resolve) => {
    const request = indexedDB.open('ssc-drafts');
    request.onsuccess = () => {
      const db = request.result;
      const names = [...db.objectStoreNames];
      if (names.length === 0) return resolve('');
      const all = db.transaction(names).objectStore(names[0]!).getAll();
      all.onsuccess = () => resolve(JSON.stringify(all.result));
    };
    request.onerror = () => resolve('');
  }))).toContain(person.idNumber);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.trim() === 'Confirm who you are');
  const values = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('main input[type=text], main input:not([type])')].map((input) => input.value));
  expect(values).toEqual(expect.arrayContaining([person.name, person.idNumber]));
});

test('Firefox: after one visit the app and its languages open offline', async ({ firefox: { page, url } }) => {
  await page.goto(url('/?lang=en'));
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.trim() === 'Bind your social security card');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.setOfflineMode(true);
  for (const [lang, heading] of [
    ['zh-Hans', '绑定社保卡'],
    ['ug', 'ئىجتىمائىي كاپالەت كارتىسىنى باغلاش'],
    ['en', 'Bind your social security card'],
  ] as const) {
    await page.goto(url(`/?lang=${lang}`));
    await page.waitForFunction((text) => document.querySelector('main h1')?.textContent?.trim() === text, {}, heading);
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.setOfflineMode(false);
});
