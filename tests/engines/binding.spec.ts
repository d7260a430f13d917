// Whole journeys in every engine by keyboard: a binding by text-message code and by face, a draft
// that survives a reload, and the app reopened offline after one visit.
import { axeViolations, waitForHeading, waitForQuiet, waitInPage } from './engine.node.js';
import { expect, test } from './fixture.node.js';
import { addCard, enterDetails, expectScreen, latestSmsCode, pressButton, startOwnCard, tabTo, tabToSelector, typeInto } from './keys.node.js';
import { newPerson } from '../helpers/people.node.js';

test('a whole binding by keyboard with a text-message code, axe on every screen', async ({ tab, baseURL }) => {
  const person = newPerson();
  await startOwnCard(tab, tab.url('/?lang=en'));
  await enterDetails(tab, person);
  await pressButton(tab, 'Use a text message code instead');
  await expectScreen(tab, 'Enter the code we sent you');
  const code = await latestSmsCode(baseURL!, person.phone);
  await typeInto(tab, 'Enter the code we sent you', code);
  await tab.press('Enter');
  await expectScreen(tab, 'Add your card');
  await addCard(tab);
  await tabToSelector(tab, 'input#bank-password');
  await tab.type('147258');
  await tab.press('Enter');
  await expectScreen(tab, 'Read and sign the service agreement');
  await tabTo(tab, 'checkbox', 'I have read and agree to the service agreement above');
  await tab.press(' ');
  await pressButton(tab, 'Sign the agreement');
  await waitInPage(tab, () => document.querySelector('dialog[open]')?.textContent?.includes('Sign the service agreement?') ?? false, 'the signing dialog');
  await tabTo(tab, 'button', 'Sign');
  await tab.press('Enter');
  await expectScreen(tab, 'Choose your services');
  await pressButton(tab, 'Bind my card');
  await expectScreen(tab, 'Your card is bound');
});

test('the face check with the fake camera, by keyboard', async ({ tab }) => {
  await startOwnCard(tab, tab.url('/?lang=en'));
  await enterDetails(tab, newPerson());
  await pressButton(tab, 'Start face check');
  await expectScreen(tab, 'Add your card');
});

test('a reload brings back the same step and every answer typed', async ({ tab }) => {
  const person = newPerson();
  await startOwnCard(tab, tab.url('/?lang=en'));
  await typeInto(tab, 'Full name', person.name);
  await typeInto(tab, 'ID number', person.idNumber);
  // The draft is written a moment after typing stops.
  await expect.poll(() => tab.evaluate(() => new Promise<string>((resolve) => {
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
  await tab.reload();
  await waitForHeading(tab, 'Confirm who you are');
  const values = await tab.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('main input[type=text], main input:not([type])')].map((input) => input.value));
  expect(values).toEqual(expect.arrayContaining([person.name, person.idNumber]));
});

test('after one visit the app and its languages open offline', async ({ tab }) => {
  await tab.goto(tab.url('/?lang=en'));
  await waitForHeading(tab, 'Bind your social security card');
  await tab.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await waitForQuiet(tab);
  await tab.setOffline(true);
  for (const [lang, heading] of [
    ['zh-Hans', '绑定社保卡'],
    ['ug', 'ئىجتىمائىي كاپالەت كارتىسىنى باغلاش'],
    ['en', 'Bind your social security card'],
  ] as const) {
    await tab.goto(tab.url(`/?lang=${lang}`));
    await waitForHeading(tab, heading);
  }
  expect(await axeViolations(tab)).toEqual([]);
  await tab.setOffline(false);
});
