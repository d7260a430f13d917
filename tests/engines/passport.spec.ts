// A foreign national in every engine: the passport filled from its two MRZ lines, by keyboard.
import { axeViolations, waitInPage } from './engine.node.js';
import { expect, test } from './fixture.node.js';
import { expectScreen, pressButton, tabTo, tabToSelector, typeInto } from './keys.node.js';
import { passportMrz } from '../helpers/mrz.shared.js';
import { newForeigner } from '../helpers/people.node.js';

test('a passport filled from its MRZ lines, a UK mobile, the face check, by keyboard', async ({ tab }) => {
  const person = newForeigner();
  await tab.goto(tab.url('/?lang=en'));
  await tabTo(tab, 'radio', 'My own card');
  await tab.press(' ');
  await pressButton(tab, 'Start');
  await expectScreen(tab, 'Confirm who you are');
  await tabTo(tab, 'radio', 'Mainland China resident ID card');
  await tab.press('ArrowDown');
  await waitInPage(tab, () => [...document.querySelectorAll('label')].some((label) => label.textContent?.trim() === 'Passport number'), 'the passport fields');

  // The MRZ disclosure is a <summary>: Tab to it by its text, open it with Enter.
  await tabToSelector(tab, 'summary');
  expect(await tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Fill in from the two lines at the bottom of your passport');
  await tab.press('Enter');
  const [line1, line2] = passportMrz(person.passport);
  await typeInto(tab, 'The two lines at the bottom of the photo page', `${line1}\n${line2}`);
  await pressButton(tab, 'Fill in the fields from these lines');
  await expect
    .poll(() => tab.evaluate(() => [...document.querySelectorAll('input')].map((input) => input.value)))
    .toContain(person.passport.number);
  expect(await axeViolations(tab)).toEqual([]);

  // The phone's country by typing its name on the native select, the documented way to use the
  // list (WebKit's own type-ahead stops at the space and chose United States).
  await tabTo(tab, 'button', 'Change Country or region of your mobile number');
  await tab.press('Enter');
  await waitInPage(tab, () => document.activeElement?.id === 'identity-phone-country', 'the country list, focused');
  await tab.type('United Kingdom');
  expect(await tab.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('GB');
  await typeInto(tab, 'Mobile number', person.phone);
  await tab.press('Enter');
  await expectScreen(tab, 'Face check');
  await pressButton(tab, 'Start face check');
  await expectScreen(tab, 'Add your card');
});
