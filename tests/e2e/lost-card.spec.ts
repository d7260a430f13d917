// Reporting a lost card from "my card" and lifting the report, as people do it: keyboard only, in
// care mode and in screen-reader mode, at 320 px, in English and Uyghur (right to left).
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindCard } from '../helpers/api.node.js';
import { expectScreen, pressButton, tabTo } from '../helpers/flow.node.js';
import { newPerson } from '../helpers/people.node.js';

async function openLink(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('link', { name, exact: true }));
  await page.keyboard.press('Enter');
  await expectScreen(page, heading);
}

/** The heading the page's content changed to has focus, and the page has no axe violations. */
async function expectStatus(page: Page, heading: string): Promise<void> {
  const status = page.locator('#lost-card-status');
  await expect(status).toHaveText(heading);
  await expect(status).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
}

const announcements = (page: Page) => page.locator('#ssc-announcer-polite, #ssc-announcer-assertive');

test('care mode at 320 px: report the card lost from my card, the payment code then says why it stops, and the report is lifted once the card is found', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await bindCard(page.request, baseURL, newPerson());
  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Report your card lost', 'Report your card lost');
  await expect(page).toHaveURL(/\/my-card\/lost$/);
  // What stops and what still works is said before the button.
  await expect(page.getByText('account queries, messages and online services still work')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await pressButton(page, 'Report it lost now');
  await expectStatus(page, 'Your card is reported lost');
  const reference = (await page.locator('.ssc-reference').textContent())!;
  expect(reference).toMatch(/^GS[0-9A-F]{10}$/);
  await expect(announcements(page)).toContainText([/Your card is reported lost\. Report number G S [0-9A-F ,]+\. Paying with the medical insurance code and the card has stopped\./]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await openLink(page, 'Back to My card', 'Your card is bound');
  await expect(page.getByText('Bound, reported lost (paying with the medical insurance code and the card has stopped)')).toBeVisible();
  await openLink(page, 'Medical insurance payments', 'Medical insurance code');
  // No code while the card is reported lost: the reason with its number, and the way to lift it.
  await expect(page.getByText(`Your card is reported lost (report number ${reference}), so the medical insurance code has stopped`)).toBeVisible();
  await expect(page.locator('.ssc-payment-code')).toHaveCount(0);
  await openLink(page, 'Lift the report', 'Report your card lost');
  await pressButton(page, 'Lift the report');
  await expectStatus(page, 'Your card is working normally');
  await expect(page.getByText(new RegExp(`Your last report \\(report number ${reference}\\) was lifted on `))).toBeVisible();
  await expect(announcements(page)).toContainText(['The report is lifted. Paying with the medical insurance code and the card works again.']);
  await openLink(page, 'Back to My card', 'Your card is bound');
  await openLink(page, 'Medical insurance payments', 'Medical insurance code');
  await expect(page.locator('.ssc-payment-code__digits')).toHaveText(/^\d{4} \d{4} \d{4} \d{4} \d{2}$/);
});

test('screen-reader mode in Uyghur care mode: right to left, the report said with its number character by character, no axe violations', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await bindCard(page.request, baseURL, newPerson());
  await page.goto('/my-card?lang=ug&mode=care,screen-reader');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectScreen(page, 'كارتىڭىز باغلاندى');
  await openLink(page, 'كارتىنى يوقالدى دەپ مەلۇم قىلىش', 'كارتىنى يوقالدى دەپ مەلۇم قىلىش');
  await pressButton(page, 'ھازىرلا مەلۇم قىلىش');
  await expectStatus(page, 'كارتىڭىز يوقالدى دەپ مەلۇم قىلىنغان');
  await expect(announcements(page)).toContainText([/كارتىڭىز يوقالدى دەپ مەلۇم قىلىندى، مەلۇمات نومۇرى G S .*، /]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
