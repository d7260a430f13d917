// A foreign national in Firefox ESR: the passport filled from its two MRZ lines, by keyboard.
import { axeViolations, expect, test } from './firefox.node.js';
import { byRole, expectScreen, pressButton, tabTo, tabToElement, typeInto } from './keys.node.js';
import { passportMrz } from '../helpers/mrz.shared.js';
import { newForeigner } from '../helpers/people.node.js';

test('Firefox: a passport filled from its MRZ lines, a UK mobile, the face check, by keyboard', async ({ firefox: { page, url } }) => {
  const person = newForeigner();
  await page.goto(url('/?lang=en'));
  await tabTo(page, 'radio', 'My own card');
  await page.keyboard.press(' ');
  await pressButton(page, 'Start');
  await expectScreen(page, 'Confirm who you are');
  await tabTo(page, 'radio', 'Mainland China resident ID card');
  await page.keyboard.press('ArrowDown');
  await byRole(page, 'textbox', 'Passport number');

  const summary = await page.waitForSelector('summary ::-p-text(Fill in from the two lines at the bottom of your passport)');
  await tabToElement(page, (await summary!.evaluateHandle((el) => el.closest('summary')!)) as never, 'the MRZ disclosure');
  await page.keyboard.press('Enter');
  const [line1, line2] = passportMrz(person.passport);
  await typeInto(page, 'The two lines at the bottom of the photo page', `${line1}\n${line2}`);
  await pressButton(page, 'Fill in the fields from these lines');
  const passportNumber = await byRole(page, 'textbox', 'Passport number');
  await expect.poll(() => passportNumber.evaluate((el) => (el as HTMLInputElement).value)).toBe(person.passport.number);
  expect(await axeViolations(page)).toEqual([]);

  // The phone's country by arrow keys on the native select, then the number.
  const country = await byRole(page, 'combobox', 'Country or region of your mobile number');
  await tabToElement(page, country, 'the phone country');
  const steps = await country.evaluate((el) => {
    const select = el as HTMLSelectElement;
    return [...select.options].findIndex((o) => o.value === 'GB') - select.selectedIndex;
  });
  for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  expect(await country.evaluate((el) => (el as HTMLSelectElement).value)).toBe('GB');
  await typeInto(page, 'Mobile number', person.phone);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Face check');
  await pressButton(page, 'Start face check');
  await expectScreen(page, 'Add your card');
});
