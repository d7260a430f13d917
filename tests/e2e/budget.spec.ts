import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../bench/budgets.js';
import { kb, measureFirstScreen } from '../../bench/first-screen.js';

// The byte budget (issue 9): what a first-time visitor downloads before they can start, on a phone
// set to Chinese (the app's source language). Another language adds its translations (about 14 KB
// more); `npm run bench` reports each language.
test.describe(() => {
  test.use({ locale: 'zh-CN' });
  test('the first screen fetches at most 35 KB of JavaScript and CSS (gzip), and no other screen', async ({ page }) => {
    const bytes = await measureFirstScreen(page, '/');
    const list = bytes.files.map((file) => `${file.path} ${kb(file.gzip)}`).join('\n');
    expect(bytes.totalGzip, `first screen fetched ${kb(bytes.totalGzip)}:\n${list}`).toBeLessThanOrEqual(BUDGETS.firstScreenGzipBytes);
    // Later screens, the manual, the settings panel and the phone and passport rules load when needed.
    expect(bytes.files.map((file) => file.path).filter((path) => /ssc-(?!entry)|identity-rules|manual|settings/.test(path))).toEqual([]);
    // And the first screen really is usable: its question is there.
    await expect(page.getByRole('radio', { name: '我自己的社保卡' })).toBeVisible();
  });
});

test('a screen whose code is not cached yet says so when offline, keeps the answers, and opens on retry', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  // Offline before touching the page: the next screen's code is fetched ahead once they start
  // working on this one, so this is the only moment it can be missing.
  await context.setOffline(true);
  await page.getByRole('radio', { name: 'My own card' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('This page could not be opened');
  await expect(heading).toBeFocused();
  await expect(page.locator('#ssc-announcer-polite')).toContainText('This page could not be opened, perhaps because the network is down.');
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(heading).toHaveText('Confirm who you are');
  await expect(heading).toBeFocused();
});
