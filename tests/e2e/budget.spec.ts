import { expect, test } from '../helpers/test.node.js';
import { BUDGETS } from '../../bench/budgets.js';
import { kb, measureFirstScreen } from '../../bench/first-screen.js';
import { axeViolations } from '../helpers/axe.node.js';

// The byte budget (issue 9): what a first-time visitor downloads before they can start, whatever
// language their phone is set to. Only the first screen's words come first; the rest of a
// language loads with the first screen that needs them.
const FIRST_SCREEN_CASES = [
  { phone: 'zh-CN', lang: 'zh-Hans', own: '我自己的社保卡' },
  { phone: 'en-GB', lang: 'en', own: 'My own card' },
  { phone: 'zh-HK', lang: 'zh-Hant-HK', own: '我自己嘅社保卡' },
  { phone: 'ug-CN', lang: 'ug', own: 'ئۆزۈمنىڭ كارتىسى' },
] as const;

for (const c of FIRST_SCREEN_CASES) {
  test.describe(() => {
    test.use({ locale: c.phone });
    test(`phone set to ${c.phone}: the first screen fetches at most 35 KB of JavaScript and CSS (gzip), and no other screen`, async ({ page }) => {
      const bytes = await measureFirstScreen(page, '/');
      const list = bytes.files.map((file) => `${file.path} ${kb(file.gzip)}`).join('\n');
      expect(bytes.totalGzip, `first screen fetched ${kb(bytes.totalGzip)}:\n${list}`).toBeLessThanOrEqual(BUDGETS.firstScreenGzipBytes);
      // Later screens and their words, the manual, the settings panel and the phone and passport
      // rules load when needed.
      expect(bytes.files.map((file) => file.path).filter((path) => /ssc-(?!entry)|identity-rules|manual|settings|\.later/.test(path))).toEqual([]);
      // And the first screen really is usable, in the phone's language.
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page.getByRole('radio', { name: c.own })).toBeVisible();
    });
  });
}

const OFFLINE_CASES = [
  { name: 'English', query: '?lang=en', start: 'Bind your social security card', failed: 'This page could not be opened', said: 'This page could not be opened, perhaps because the network is down.', next: 'Confirm who you are', dir: 'ltr' },
  { name: 'Uyghur care mode', query: '?lang=ug&mode=care', start: 'ئىجتىمائىي كاپالەت كارتىسىنى باغلاش', failed: 'بۇ بەتنى ئاچقىلى بولمىدى', said: 'تور ئۈزۈلۈپ قالغان بولۇشى مۇمكىن', next: null, dir: 'rtl' },
] as const;

// These are about the moments before the service worker has cached every screen (it does so once
// the page is idle, and a busy machine may get there before the test goes offline): it is blocked.
test.describe(() => {
  test.use({ serviceWorkers: 'block' });
  for (const c of OFFLINE_CASES) {
    test(`${c.name} at 320 px: a screen whose code is not cached yet says so when offline, and opens on retry with the choice kept`, async ({ page, context }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${c.query}`);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(c.start);
      // Offline before touching the page: the next screen's code is fetched ahead once they start
      // working on this one, so this is the only moment it can be missing.
      await context.setOffline(true);
      await page.getByRole('radio').first().check();
      await page.locator('main form button[type="submit"]').click();
      await expect(heading).toHaveText(c.failed);
      await expect(heading).toBeFocused();
      await expect(page.locator('#ssc-announcer-polite')).toContainText(c.said);
      await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
      expect(await axeViolations(page)).toEqual([]);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      await context.setOffline(false);
      await page.locator('#ssc-load-failed button').click();
      // The choice made before the failure stands: the next step opens, not the start again.
      await expect(heading).not.toHaveText(c.failed);
      await expect(heading).not.toHaveText(c.start);
      if (c.next) await expect(heading).toHaveText(c.next);
      await expect(heading).toBeFocused();
    });
  }

  test('settings opened offline before their code was fetched: said plainly, not silence', async ({ page, context }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.locator('#ssc-announcer-polite')).toContainText('This page could not be opened, perhaps because the network is down.');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
