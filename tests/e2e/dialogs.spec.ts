// Every dialog the app opens, in care mode on a phone 320 px wide and 640 px tall (text at 200 %),
// in the four languages: its title and every button that answers it are on the screen and inside
// the dialog's visible box, without scrolling (only the body between them may scroll), and axe
// finds nothing. The signing dialog's confirm button used to be cut off below the screen.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { FIRST_SCREEN_LANGUAGES as LANGUAGES } from '../helpers/languages.shared.js';
import { latestSmsCode } from '../helpers/flow.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';

test.use({ viewport: { width: 320, height: 640 } });

/**
 * The dialog `selector` is open: its title and its buttons (the body's own controls, such as
 * "Clear my data" in Settings, are content and may scroll) lie inside the viewport and inside the
 * dialog's box, and the dialog itself has not scrolled.
 */
async function checkDialog(page: Page, selector: string, where: string, problems: string[]): Promise<void> {
  const dialog = page.locator(`${selector} dialog[open]`);
  await expect(dialog).toBeVisible();
  await expect(page.locator(`${selector} .ssc-dialog__title`)).toBeFocused();
  const report = await dialog.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const parts = [element.querySelector('.ssc-dialog__title'), ...element.querySelectorAll('button:not(#clear-my-data)')].filter(
      (part): part is Element => part !== null,
    );
    return {
      dialogScrollTop: element.scrollTop,
      outside: parts.flatMap((part) => {
        const rect = part.getBoundingClientRect();
        const name = `"${(part.textContent ?? '').trim().slice(0, 24)}"`;
        const problems: string[] = [];
        if (rect.top < 0 || rect.bottom > window.innerHeight || rect.left < 0 || rect.right > window.innerWidth) {
          problems.push(`${name} at ${Math.round(rect.top)}–${Math.round(rect.bottom)} outside the viewport`);
        }
        if (rect.top < box.top || rect.bottom > box.bottom || rect.left < box.left || rect.right > box.right) {
          problems.push(`${name} at ${Math.round(rect.top)}–${Math.round(rect.bottom)} outside the dialog (${Math.round(box.top)}–${Math.round(box.bottom)})`);
        }
        // Inside the box but scrolled out of its scrolling body counts as cut off too.
        const body = part.closest('.ssc-dialog__body');
        if (body) {
          const view = body.getBoundingClientRect();
          if (rect.top < view.top || rect.bottom > view.bottom) problems.push(`${name} scrolled out of the dialog's body`);
        }
        return problems;
      }),
    };
  });
  if (report.dialogScrollTop !== 0) problems.push(`${where}: the dialog scrolled by ${report.dialogScrollTop}`);
  problems.push(...report.outside.map((problem) => `${where}: ${problem}`));
  const violations = await axeViolations(page);
  problems.push(...violations.map((violation) => `${where}: ${violation}`));
}

async function closeDialog(page: Page, selector: string): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator(`${selector} dialog[open]`)).toHaveCount(0);
}

for (const { lang } of LANGUAGES) {
  test(`care mode at 320×640 in ${lang}: settings and the session warning show their title and buttons, no axe violations`, async ({ page }) => {
    const problems: string[] = [];
    await page.clock.install();
    await Promise.all([page.waitForResponse('**/api/session'), page.goto(`/?lang=${lang}&mode=care`)]);
    await expect(page.locator('h1')).toBeVisible();

    await page.locator('.ssc-header__settings').click();
    await checkDialog(page, '#ssc-settings', 'settings', problems);
    await closeDialog(page, '#ssc-settings');

    await page.clock.fastForward('27:30');
    await checkDialog(page, 'ssc-session-timeout', 'session timeout', problems);
    expect(problems).toEqual([]);
  });

  test(`care mode at 320×640 in ${lang}: signing the agreement and unbinding ask in a dialog whose title and buttons all show`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    const person = newPerson();
    await page.goto(`/?lang=${lang}&mode=care`);
    await page.locator('#actor-self').check();
    await page.locator('ssc-entry-step button[type=submit]').click();
    const submit = page.locator('main form button[type=submit]').first();
    await expect(page.locator('#identity-document-resident_id')).toBeVisible();
    await submit.click();
    await page.locator('#identity-name').fill(person.name);
    await submit.click();
    await page.locator('#identity-id-number').fill(person.idNumber);
    await submit.click();
    await page.locator('#identity-phone').fill(person.phone);
    await submit.click();
    await page.locator('#identity-use-sms').click();
    await page.locator('#identity-code').fill(await latestSmsCode(page, person.phone));
    await submit.click();
    await page.locator('#card-number').fill(newCardNumber());
    await submit.click();
    await expect(page.locator('ssc-card-step .ssc-summary-list')).toBeVisible();
    await submit.click();
    await page.locator('#bank-password').fill('147258');
    await submit.click();
    await page.locator('#agree-yes').check();
    await submit.click();

    await checkDialog(page, '#sign-dialog', 'sign', problems);
    await page.locator('#sign-dialog .ssc-button:not(.ssc-button--secondary)').click();
    await expect(page.locator('ssc-services-step input').first()).toBeVisible();
    await submit.click();
    await expect(page.locator('#unbind')).toBeVisible();
    await page.locator('#unbind').click();
    await checkDialog(page, '#unbind-dialog', 'unbind', problems);
    expect(problems).toEqual([]);
  });
}
