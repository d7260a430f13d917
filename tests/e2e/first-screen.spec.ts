import { expect, test } from '../helpers/test.node.js';
import { axeViolations, watchPolicyViolations } from '../helpers/axe.node.js';
import { FIRST_SCREEN_LANGUAGES as LANGUAGES } from '../helpers/languages.shared.js';

const MODES = [
  { name: 'default', query: '', care: false, screenReader: false },
  { name: 'care', query: '&mode=care', care: true, screenReader: false },
  { name: 'screen-reader', query: '&mode=screen-reader', care: false, screenReader: true },
] as const;

test.use({ viewport: { width: 320, height: 640 } });

for (const { lang, dir, heading } of LANGUAGES) {
  for (const mode of MODES) {
    test(`first screen in ${lang}, ${mode.name} mode: lang/dir, no axe violations, no sideways scrolling at 320 px`, async ({ page }) => {
      const policyViolations = await watchPolicyViolations(page);
      await page.goto(`/?lang=${lang}${mode.query}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('lang', lang);
      await expect(html).toHaveAttribute('dir', dir);
      expect(await html.evaluate((el) => el.hasAttribute('data-care'))).toBe(mode.care);
      expect(await html.evaluate((el) => el.hasAttribute('data-screen-reader'))).toBe(mode.screenReader);
      expect(await page.title()).toContain(heading);
      // Every word of the first screen comes in the language's first part: none falls back to Chinese.
      if (lang === 'en' || lang === 'ug') expect(await page.locator('body').innerText()).not.toMatch(/\p{Script=Han}/u);

      expect(await axeViolations(page)).toEqual([]);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      if (mode.care) {
        // Body text, not the step's position (chrome, at 24 px above the question).
        const bodySize = await page.locator('main p:not(.ssc-caption, .ssc-back)').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(bodySize).toBeGreaterThanOrEqual(30);
        const start = await page.getByRole('button', { name: /.+/ }).last().boundingBox();
        expect(start!.width).toBeGreaterThanOrEqual(60);
        expect(start!.height).toBeGreaterThanOrEqual(60);
      }
      expect(await policyViolations()).toEqual([]);
    });
  }
}
