import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';

// Every screen of the flow, error states included, in the modes and languages people combine:
// no axe violations, focus on the new screen's heading, nothing scrolls sideways at 320 px.
const COMBINATIONS = [
  { lang: 'ug', mode: 'care', dir: 'rtl' },
  { lang: 'zh-Hant-HK', mode: 'screen-reader', dir: 'ltr' },
  { lang: 'zh-Hans', mode: 'care,screen-reader', dir: 'ltr' },
] as const;

test.use({ viewport: { width: 320, height: 640 } });

async function checkScreen(page: Page, label: string, focusHeading = true): Promise<void> {
  if (focusHeading) await expect(page.getByRole('heading', { level: 1 }), label).toBeFocused();
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${label}: sideways scrolling`).toBeLessThanOrEqual(widths.client);
  expect(await axeViolations(page), label).toEqual([]);
}

for (const { lang, mode, dir } of COMBINATIONS) {
  test(`the whole flow in ${lang}, ${mode} mode, at 320 px`, async ({ page }) => {
    const person = newPerson();
    await page.goto(`/?lang=${lang}&mode=${mode}`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await page.locator('#actor-self').check();
    await page.locator('ssc-entry-step button[type=submit]').click();
    await checkScreen(page, 'identity');
    const submitIdentity = page.locator('ssc-identity-step button[type=submit]');
    await expect(page.locator('#identity-document-resident_id')).toBeChecked();
    // Care mode asks which document on a screen of its own; the resident ID is already chosen.
    if (mode.includes('care')) await submitIdentity.click();

    await page.locator('#identity-name').fill('');
    await submitIdentity.click();
    await expect(page.locator('.ssc-error-summary')).toBeFocused();
    await checkScreen(page, 'identity errors', false);

    if (mode.includes('care')) {
      // Care mode: one question per screen.
      for (const [id, value] of [['#identity-name', person.name], ['#identity-id-number', person.idNumber], ['#identity-phone', person.phone]] as const) {
        await page.locator(id).fill(value);
        await submitIdentity.click();
      }
    } else {
      await page.locator('#identity-name').fill(person.name);
      await page.locator('#identity-id-number').fill(person.idNumber);
      await page.locator('#identity-phone').fill(person.phone);
      await submitIdentity.click();
    }
    await expect(page.locator('video')).toBeVisible();
    await checkScreen(page, 'face check');
    await page.locator('ssc-identity-step button[type=submit]').click();

    await expect(page).toHaveURL(/\/card$/);
    await checkScreen(page, 'card');
    await page.locator('#card-number').fill(newCardNumber());
    await page.locator('ssc-card-step button[type=submit]').click();
    await expect(page.locator('ssc-card-step dl')).toBeVisible();
    await checkScreen(page, 'card found');
    await page.locator('ssc-card-step button[type=submit]').click();

    await expect(page).toHaveURL(/\/bank$/);
    await expect(page.locator('#bank-password')).toBeVisible();
    await checkScreen(page, 'bank');
    await page.locator('#bank-password').fill('000000');
    await page.locator('ssc-bank-step button[type=submit]').click();
    await expect(page.locator('.ssc-error-summary')).toBeFocused();
    await checkScreen(page, 'bank wrong password', false);
    await page.locator('#bank-password').fill('147258');
    await page.locator('ssc-bank-step button[type=submit]').click();

    await expect(page).toHaveURL(/\/agreement$/);
    await expect(page.locator('#agreement-title')).toBeVisible();
    await checkScreen(page, 'agreement');
    await page.locator('#agree-yes').check();
    await page.locator('ssc-agreement-step button[type=submit]').click();
    await expect(page.locator('#sign-dialog dialog')).toBeVisible();
    await checkScreen(page, 'sign confirmation', false);
    await page.locator('#sign-dialog .ssc-dialog__actions .ssc-button:not(.ssc-button--secondary)').click();

    await expect(page).toHaveURL(/\/services$/);
    await checkScreen(page, 'services');
    await page.locator('ssc-services-step button[type=submit]').click();

    await expect(page).toHaveURL(/\/my-card$/);
    await expect(page.locator('.ssc-reference')).toHaveText(/^BD/);
    await checkScreen(page, 'done');
  });
}
