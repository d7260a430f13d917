import type { Page } from '@playwright/test';
import { Parser, zhHansModel, zhHantModel } from 'budoux';
import { expect, test } from '../helpers/test.node.js';

// Issue 18: at 200 % text (care mode) on a 320 px phone, Chinese broke lines inside words —
// 继 / 续, 验证 / 码, 社 / 保卡, 2026- / 11. Every heading, button, label, legend and hint (and
// the first screen's short texts) is measured as laid out: the characters on each line, from
// their boxes, against the phrases budoux finds in the same text.

/** Words of the issue that budoux's general model itself would split: checked by name. */
const WORDS = ['社保卡', '验证码', '短信', '确认', '分钟', '继续', '账户', '姓名', '接收', '号码', '收到', '驗證碼', '確認', '分鐘', '繼續', '賬戶', '號碼'];
/** A number, date, amount or reference: never across two lines. */
const UNBROKEN = /[¥$€£]?[0-9A-Za-z]*[0-9][0-9A-Za-z*.,:/\-_]*[0-9A-Za-z]/g;

interface Measured {
  what: string;
  /** Each visible character and the top of the line it is on. */
  chars: { c: string; top: number }[];
  overflows: boolean;
}

async function measure(page: Page, selector: string): Promise<Measured[]> {
  return page.evaluate((selector) => {
    const hidden = (node: Node) => node.parentElement?.closest('.ssc-visually-hidden, [aria-hidden="true"], dialog:not([open])');
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.getBoundingClientRect().width > 0 && !hidden(el))
      .map((el) => {
        const chars: { c: string; top: number }[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (hidden(node)) continue;
          for (let i = 0; i < node.data.length; i += 1) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = [...range.getClientRects()].find((r) => r.width > 0);
            // A space at the end of a line has no box; it is a space either way.
            if (!rect || /\s/.test(node.data[i]!)) chars.push({ c: ' ', top: NaN });
            else chars.push({ c: node.data[i]!, top: Math.round(rect.top) });
          }
        }
        const box = el.getBoundingClientRect();
        const overflows = el.scrollWidth > el.clientWidth + 1 || box.right > document.documentElement.clientWidth + 1;
        return { what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}"`, chars, overflows };
      });
  }, selector);
}

/** Every line end that falls inside a phrase, a named word or a number run: "继|续 in button "继续"". */
function wrongBreaks(measured: Measured[], parser: Parser): string[] {
  const problems: string[] = [];
  for (const { what, chars } of measured) {
    const text = chars.map((char) => char.c).join('');
    // Offsets where the text may end a line: between budoux's phrases.
    const allowed = new Set<number>();
    let end = 0;
    for (const phrase of parser.parse(text)) allowed.add((end += phrase.length));
    const together = (pattern: RegExp | string, at: number) =>
      [...text.matchAll(typeof pattern === 'string' ? new RegExp(pattern, 'g') : pattern)].some((m) => m.index < at && at < m.index + m[0].length);
    // Pairs of neighbouring visible characters on different lines: a line ends between them.
    const visible = chars.map((char, index) => ({ ...char, index })).filter((char) => char.c !== ' ');
    for (const [k, after] of visible.slice(1).entries()) {
      const before = visible[k]!;
      // Glyphs of one line can sit a few pixels apart (Latin digits beside Chinese): a line is ~50 px.
      if (after.top - before.top < 12) continue;
      const at = after.index;
      const between = text.slice(before.index + 1, after.index);
      const inPhrase = between === '' && !allowed.has(at);
      const inWord = WORDS.some((word) => together(word, at));
      const inRun = together(UNBROKEN, at);
      if (inPhrase || inWord || inRun) problems.push(`${text.slice(0, at).trimEnd()}|${text.slice(at).trimStart()} in ${what}`);
    }
  }
  return problems;
}

const CHECKED = 'main h1, main h2, main h3, main button, main label, main legend, main .ssc-hint, main .ssc-caption, dialog[open] h2, dialog[open] button';

async function expectPhrasesKept(page: Page, lang: 'zh-Hans' | 'zh-Hant-HK', label: string, extra = ''): Promise<void> {
  const parser = new Parser(lang === 'zh-Hans' ? zhHansModel : zhHantModel);
  const selector = extra ? `${CHECKED}, ${extra}` : CHECKED;
  // The phrase model arrives after the first paint: polled until the page has re-wrapped.
  await expect.poll(async () => wrongBreaks(await measure(page, selector), parser), { message: `${label}: lines that end inside a word` }).toEqual([]);
  const measured = await measure(page, selector);
  expect(measured.length, `${label}: texts measured`).toBeGreaterThan(3);
  expect(measured.filter((m) => m.overflows).map((m) => m.what), `${label}: wider than the screen`).toEqual([]);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${label}: page scrolls sideways`).toBeLessThanOrEqual(widths.client);
}

const CASES = [
  { lang: 'zh-Hans', own: '我自己的社保卡', start: '开始绑定', next: '继续', name: '姓名' },
  { lang: 'zh-Hant-HK', own: '我自己嘅社保卡', start: '開始綁定', next: '繼續', name: '姓名' },
] as const;

for (const c of CASES) {
  test(`${c.lang}, care mode at 320 px: headings, buttons, labels and hints wrap between words, never inside one, a number or a date`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/?lang=${c.lang}&mode=care`);
    await expect(page.getByRole('radio', { name: c.own })).toBeVisible();
    await expectPhrasesKept(page, c.lang, 'first screen', 'main p, main li');
    if (c.lang === 'zh-Hans') await page.screenshot({ path: '/tmp/line-breaks-zh-Hans-entry.png', fullPage: true });
    // The text is the same text: names and searches do not see the phrases.
    await expect(page.getByRole('button', { name: c.start })).toHaveText(c.start);

    await page.getByRole('radio', { name: c.own }).check();
    await page.getByRole('button', { name: c.start }).click();
    // Identity, one question a page in care mode: which document, then the name.
    await expect(page.getByRole('button', { name: c.next })).toBeVisible();
    await expectPhrasesKept(page, c.lang, 'identity: document');
    if (c.lang === 'zh-Hans') await page.screenshot({ path: '/tmp/line-breaks-zh-Hans-identity.png', fullPage: true });
    await page.getByRole('button', { name: c.next }).click();
    await expect(page.getByRole('textbox', { name: c.name })).toBeVisible();
    await expectPhrasesKept(page, c.lang, 'identity: name');
  });
}
