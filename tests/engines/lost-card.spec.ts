// A lost card in every engine, by keyboard: reported from the first screen before binding (the
// text-message code, no camera), said with its number, then lifted; axe on every screen.
import { axeViolations, waitInPage } from './engine.node.js';
import { expect, test } from './fixture.node.js';
import { enterDetails, expectScreen, latestSmsCode, pressButton, tabTo, typeInto } from './keys.node.js';
import { newPerson } from '../helpers/people.node.js';

test('report a lost card from the first screen by text-message code, then lift the report, by keyboard', async ({ tab, baseURL }) => {
  const person = newPerson();
  await tab.goto(tab.url('/?lang=en'));
  await tabTo(tab, 'link', 'Report your card lost');
  await tab.press('Enter');
  await expectScreen(tab, 'Confirm who you are');
  expect(await tab.evaluate(() => document.querySelector('#ssc-step-position')?.textContent?.trim())).toBe('Report your card lost');
  await enterDetails(tab, person);
  await pressButton(tab, 'Use a text message code instead');
  await expectScreen(tab, 'Enter the code we sent you');
  await typeInto(tab, 'Enter the code we sent you', await latestSmsCode(baseURL!, person.phone));
  await tab.press('Enter');
  await expectScreen(tab, 'Report your card lost');

  await pressButton(tab, 'Report it lost now');
  // The page's content changed under the button: focus moves to the new status.
  await waitInPage(tab, () => document.activeElement?.id === 'lost-card-status' && document.activeElement.textContent?.trim() === 'Your card is reported lost', 'the reported status, focused');
  expect(await tab.evaluate(() => document.querySelector('.ssc-reference')?.textContent?.trim() ?? '')).toMatch(/^GS[0-9A-F]{10}$/);
  await pressButton(tab, 'Lift the report');
  await waitInPage(tab, () => document.activeElement?.id === 'lost-card-status' && document.activeElement.textContent?.trim() === 'Your card is working normally', 'the lifted status, focused');
  // (Back to the start is at the top: Tab from here would pass through the browser's own toolbar,
  // which Firefox then keeps as the focused window. The Chromium test follows that link.)
  expect(await axeViolations(tab)).toEqual([]);
});
