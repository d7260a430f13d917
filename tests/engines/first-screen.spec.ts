// The first screen in every engine, in every language, plain and in care mode, at the narrowest
// width the engine opens (320 px in Firefox; WebKitGTK's window is never narrower than ~447 px).
import { axeViolations, waitForHeading, waitInPage } from './engine.node.js';
import { expect, test } from './fixture.node.js';
import { FIRST_SCREEN_LANGUAGES as LANGUAGES } from '../helpers/languages.shared.js';

for (const { lang, dir, heading } of LANGUAGES) {
  for (const care of [false, true]) {
    test(`first screen in ${lang}${care ? ', care mode' : ''}: lang/dir, axe, no sideways scrolling at the narrowest width${care ? ', every target at least 48 px' : ''}`, async ({ tab }) => {
      await tab.goto(tab.url(`/?lang=${lang}${care ? '&mode=care' : ''}`));
      await waitForHeading(tab, heading);
      // Chinese is measured as people see it once its phrase model has arrived (a line then ends
      // only between phrases), not in the moment before, when it wraps anywhere.
      if (lang.startsWith('zh')) await waitInPage(tab, () => document.querySelector('main .ssc-nowrap') !== null, 'the phrase model');
      const html = await tab.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        care: document.documentElement.hasAttribute('data-care'),
        title: document.title,
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        // What sticks out, to name it when something does.
        wide: [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || el.getBoundingClientRect().left < -0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`),
      }));
      expect(html).toMatchObject({ lang, dir, care });
      expect(html.title).toContain(heading);
      expect(html.scroll, html.wide.join('; ')).toBeLessThanOrEqual(html.client);
      expect(await axeViolations(tab)).toEqual([]);
      if (care) {
        // Every link, button and control a finger or pointer aims at, measured in this engine and
        // its font: Firefox lays inline links out by the font's own line metrics.
        const small = await tab.evaluate(() =>
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
