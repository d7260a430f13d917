// The first screen in Firefox ESR, in every language, plain and in care mode, at 320 px.
import { axeViolations, expect, test } from './firefox.node.js';
import { FIRST_SCREEN_LANGUAGES as LANGUAGES } from '../helpers/languages.shared.js';

for (const { lang, dir, heading } of LANGUAGES) {
  for (const care of [false, true]) {
    test(`Firefox: first screen in ${lang}${care ? ', care mode' : ''}: lang/dir, axe, no sideways scrolling at 320 px${care ? ', every target at least 48 px' : ''}`, async ({ firefox: { page, url } }) => {
      await page.goto(url(`/?lang=${lang}${care ? '&mode=care' : ''}`));
      await page.waitForFunction((text) => document.querySelector('main h1')?.textContent?.trim() === text, {}, heading);
      const html = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        care: document.documentElement.hasAttribute('data-care'),
        title: document.title,
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(html).toMatchObject({ lang, dir, care });
      expect(html.title).toContain(heading);
      expect(html.scroll).toBeLessThanOrEqual(html.client);
      expect(await axeViolations(page)).toEqual([]);
      if (care) {
        // Every link, button and control a finger or pointer aims at, measured in this engine and
        // its font: Firefox lays inline links out by the font's own line metrics.
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
            .filter((el) => el.getClientRects().length > 0 && !el.closest('.ssc-visually-hidden'))
            .map((el) => {
              // A radio or checkbox counts with its label, which is what takes the tap.
              const target = el.matches('input[type=radio], input[type=checkbox]') ? (el.closest('label') ?? (el as HTMLInputElement).labels?.[0] ?? el) : el;
              const box = target.getBoundingClientRect();
              return { what: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`, width: box.width, height: box.height };
            })
            .filter((box) => box.width < 48 || box.height < 48),
        );
        expect(small).toEqual([]);
      }
    });
  }
}
