// How numbers are read: a masked number is heard as the digits it shows ("number ending 5678"),
// never as the number it looks like; a reference is shown and read in groups of four, and copied
// as one string. In the four languages, through Chromium's accessibility tree.
import { expect, test } from '../helpers/test.node.js';
import { addCard, bindMyCard, enterDetails, expectScreen, latestSmsCode, pressButton, signAgreement, startOwnCard, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';

const ENDING = {
  'zh-Hans': (tail: string) => `尾号 ${tail}`,
  en: (tail: string) => `number ending ${tail}`,
  'zh-Hant-HK': (tail: string) => `尾數 ${tail}`,
  ug: (tail: string) => `ئاخىرى ${tail} بولغان نومۇر`,
} as const;

test('masked phone, ID and card numbers are seen masked and heard as their ending, in four languages', async ({ page }) => {
  const person = newPerson();
  const card = newCardNumber();
  const phone = `${person.phone.slice(0, 3)}****${person.phone.slice(-4)}`;
  const id = `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`;
  const cardShown = `${card.slice(0, 2)}****${card.slice(-3)}`;
  const main = page.locator('main');

  await startOwnCard(page);
  await enterDetails(page, person);
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  // The sentence saying where the code went: seen masked, heard as its ending.
  await expect(main.getByText(phone)).toBeVisible();
  await expect(main).toContainText('We have sent a 6-digit code to');
  expect(await main.ariaSnapshot()).toContain(`We have sent a 6-digit code to ${ENDING.en(person.phone.slice(-4))}`);
  expect(await main.ariaSnapshot()).not.toContain(phone);
  await typeInto(page, page.getByRole('textbox', { name: 'Code' }), await latestSmsCode(page, person.phone));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Add your card');
  await addCard(page, card);
  await typeInto(page, page.getByLabel('Bank card payment password'), '147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');

  for (const lang of ['zh-Hans', 'en', 'zh-Hant-HK', 'ug'] as const) {
    await page.goto(`/?lang=${lang}`);
    const answers = page.locator('main dl').first();
    await expect(answers).toBeVisible();
    // Sighted people see the masked numbers as before.
    for (const shown of [phone, id, cardShown]) await expect(answers.getByText(shown, { exact: true })).toBeVisible();
    // The accessibility tree says which digits are left, and never the masked form.
    const tree = await main.ariaSnapshot();
    for (const tail of [person.phone.slice(-4), person.idNumber.slice(-4), card.slice(-3)]) {
      expect(tree, `${lang}: ${tail}`).toContain(ENDING[lang](tail));
    }
    for (const shown of [phone, id, cardShown]) expect(tree, `${lang}: ${shown}`).not.toContain(shown);
    await expect(page.getByText(ENDING[lang](person.phone.slice(-4)), { exact: true })).toHaveCount(1);
  }
  await page.goto('/?lang=en');
  await signAgreement(page, 'Choose your services');
});

/** What the reference's accessible text says: one character at a time, a pause between groups of four. */
function readInGroups(reference: string, lang: string): string {
  const pause = lang === 'ug' ? '، ' : lang.startsWith('zh') ? '，' : ', ';
  return reference.match(/.{1,4}/g)!.map((group) => [...group].join(' ')).join(pause);
}

const COPIED = { 'zh-Hans': '已复制', en: 'Copied', 'zh-Hant-HK': '已複製', ug: 'كۆچۈرۈلدى' } as const;

test('a reference at 320 px in care mode: groups of four on at most two lines, never split, read in groups, copied whole', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await bindMyCard(page, newPerson());
  const reference = (await page.locator('.ssc-reference').textContent())!.trim();
  expect(reference).toMatch(/^BD[0-9A-Z]{14}$/);
  await page.setViewportSize({ width: 320, height: 640 });

  for (const lang of ['zh-Hans', 'en', 'zh-Hant-HK', 'ug'] as const) {
    await page.goto(`/?lang=${lang}&mode=care`);
    const shown = page.locator('.ssc-reference');
    await expect(shown).toBeVisible();
    // Seen in groups of four, each on one line, the whole on at most two.
    const layout = await shown.evaluate((element) => {
      const groups = [...element.querySelectorAll('.ssc-reference__group')].map((group) => {
        const range = document.createRange();
        range.selectNodeContents(group);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        return { text: group.textContent, rects: rects.length, top: Math.round(rects[0]?.top ?? -1) };
      });
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
      return { groups, lines: new Set(groups.map((group) => group.top)).size, height: element.getBoundingClientRect().height, lineHeight, overflows: document.documentElement.scrollWidth > innerWidth };
    });
    expect(layout.groups.map((group) => group.text), lang).toEqual(reference.match(/.{1,4}/g));
    for (const group of layout.groups) expect(group.rects, `${lang}: ${group.text} on one line`).toBe(1);
    expect(layout.lines, `${lang}: lines`).toBeLessThanOrEqual(2);
    expect(layout.overflows, `${lang}: no sideways scrolling`).toBe(false);
    // Heard in groups, one character at a time.
    const line = page.locator('.ssc-reference-line');
    expect(await line.ariaSnapshot(), lang).toContain(readInGroups(reference, lang));
    expect(await line.ariaSnapshot(), lang).not.toContain(reference);
    // Copied whole, without spaces, and said politely.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const copyName = { 'zh-Hans': '复制', en: 'Copy', 'zh-Hant-HK': '複製', ug: 'كۆچۈرۈش' }[lang];
    await page.getByRole('button', { name: copyName, exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
    await expect(page.locator('#ssc-announcer-polite')).toHaveText(COPIED[lang]);
  }
});
