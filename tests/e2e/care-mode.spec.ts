import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { expectScreen, latestSmsCode, pressButton, tabTo, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson, type Person } from '../helpers/people.node.js';

/** What a senior meets on every screen in care mode: measured, not assumed. */
async function checkCareScreen(page: Page, label: string): Promise<void> {
  const report = await page.evaluate(() => {
    const root = document.documentElement;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('.ssc-visually-hidden, .ssc-skip-link, dialog:not([open])');
    };
    const interactive = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter(visible);
    const small = interactive
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(({ el, box }) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    const mainActions = [...document.querySelectorAll('main .ssc-button:not(.ssc-button--secondary)')].filter(visible);
    const smallMain = mainActions
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 60 || box.height < 60)
      .map(({ el }) => (el.textContent ?? '').trim());
    // Text clipped sideways: an element whose content is wider than its box (inputs scroll by design).
    const clipped = [...document.querySelectorAll('main *, header *, footer *')]
      .filter((el) => visible(el) && !(el instanceof HTMLInputElement) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      .map((el) => `${el.tagName}.${el.className}`);
    // Body text: not the step's position or Back (chrome, kept at 24 px above the question), nor a
    // question that is the page's heading.
    const bodyText = document.querySelector('main p:not(.ssc-caption, .ssc-back), main label:not(h1 *)');
    const careSize = bodyText ? parseFloat(getComputedStyle(bodyText).fontSize) : 0;
    root.removeAttribute('data-care');
    const defaultSize = bodyText ? parseFloat(getComputedStyle(bodyText).fontSize) : 0;
    root.setAttribute('data-care', '');
    return { scroll: root.scrollWidth, client: root.clientWidth, small, smallMain, clipped, careSize, defaultSize };
  });
  expect(report.scroll, `${label}: document wider than the viewport`).toBeLessThanOrEqual(report.client);
  expect(report.small, `${label}: targets under 48×48`).toEqual([]);
  expect(report.smallMain, `${label}: main actions under 60×60`).toEqual([]);
  expect(report.clipped, `${label}: clipped text`).toEqual([]);
  expect(report.careSize, `${label}: body text`).toBeGreaterThanOrEqual(30);
  expect(report.careSize, `${label}: body text is twice the default`).toBe(report.defaultSize * 2);
  expect(await axeViolations(page), label).toEqual([]);
}

/**
 * The identity details in care mode: one question per screen, by keyboard. The first asks which
 * document; the mainland resident ID is already chosen, so Continue is enough.
 */
async function enterDetailsOneByOne(
  page: Page,
  person: Person,
  labels: readonly string[] = ['Mainland China resident ID card', 'Full name', 'ID number', 'Mobile number'],
  check?: (label: string) => Promise<void>,
  continueLabel = 'Continue',
): Promise<void> {
  const [documentLabel, ...fieldLabels] = labels;
  const documentChoice = page.getByRole('radio', { name: documentLabel });
  await expect(documentChoice).toBeChecked();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  if (check) await check('identity: document');
  await pressButton(page, continueLabel);
  await enterFieldsOneByOne(page, [person.name, person.idNumber, person.phone], fieldLabels, check);
}

async function enterFieldsOneByOne(page: Page, values: string[], labels: string[], check?: (label: string) => Promise<void>): Promise<void> {
  for (const [index, label] of labels.entries()) {
    const field = page.getByRole('textbox', { name: label });
    await expect(field).toHaveCount(1);
    await expect(page.getByRole('textbox')).toHaveCount(1);
    if (check) await check(`identity: ${label}`);
    await typeInto(page, field, values[index]!);
    await page.keyboard.press('Enter');
  }
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`care mode at ${viewport.width}×${viewport.height}: every screen reflows, has big targets, doubled text and no axe violations`, async ({ page }) => {
    // Fifteen screens, each measured and run through axe: a whole journey, not one screen, so it
    // gets three minutes (beside the rest of the suite on two cores it took up to 115 s).
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const person = newPerson();
    await page.goto('/?lang=en&mode=care');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
    await checkCareScreen(page, 'entry');
    await tabTo(page, page.getByRole('radio', { name: 'My own card' }));
    await page.keyboard.press('Space');
    await pressButton(page, 'Start');
    await enterDetailsOneByOne(page, person, undefined, (label) => checkCareScreen(page, label));
    await expectScreen(page, 'Face check');
    await checkCareScreen(page, 'face check');
    await pressButton(page, 'Use a text message code instead');
    await expectScreen(page, 'Enter the code we sent you');
    await checkCareScreen(page, 'sms code');
    await typeInto(page, page.getByRole('textbox', { name: 'Code' }), '000000');
    await page.keyboard.press('Enter');
    await expect(page.locator('.ssc-error-summary')).toBeVisible();
    await checkCareScreen(page, 'sms code error');
    await typeInto(page, page.getByRole('textbox', { name: 'Code' }), await latestSmsCode(page, person.phone));
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Add your card');
    await checkCareScreen(page, 'card');
    await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), newCardNumber());
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Is this your card?');
    await checkCareScreen(page, 'card found');
    await pressButton(page, 'Yes, this is my card');
    await expectScreen(page, 'Confirm your bank account');
    await checkCareScreen(page, 'bank');
    await typeInto(page, page.getByLabel('Bank card payment password'), '147258');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Read and sign the service agreement');
    await checkCareScreen(page, 'agreement');
    await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
    await page.keyboard.press('Space');
    await pressButton(page, 'Sign the agreement');
    await expect(page.getByRole('dialog', { name: 'Sign the service agreement?' })).toBeVisible();
    await checkCareScreen(page, 'sign confirmation');
    await pressButton(page, /^Sign$/);
    await expectScreen(page, 'Choose your services');
    await checkCareScreen(page, 'services');
    await pressButton(page, 'Bind my card');
    await expectScreen(page, 'Your card is bound');
    await checkCareScreen(page, 'done');
  });
}

interface Spoken {
  text: string;
  lang: string;
  rate: number;
}

/** Headless Chromium has no voices: give it two and record what would be said. */
async function recordSpeech(page: Page, voices: string[]): Promise<() => Promise<Spoken[]>> {
  await page.addInitScript((langs) => {
    const spoken: { text: string; lang: string; rate: number }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    const fakeVoices = langs.map((lang) => ({ lang, name: `Test ${lang}`, default: false, localService: true, voiceURI: lang }));
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => fakeVoices });
    Object.defineProperty(window.speechSynthesis, 'speak', {
      value: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate }),
    });
    Object.defineProperty(window.speechSynthesis, 'cancel', { value: () => undefined });
    // A real utterance only accepts a real voice; this one records whatever it is given.
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(readonly text: string) {}
    };
  }, voices);
  return () => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
}

const SPOKEN_JOURNEYS = [
  {
    lang: 'zh-Hans',
    speechLang: 'zh-CN',
    start: ['我自己的社保卡', '开始绑定'],
    expected: {
      name: '第 2 步，共 6 步，核实身份。您用哪种证件？',
      error: '出现了问题。验证码不正确。您还可以再试 4 次。',
      card: '第 3 步，共 6 步，添加社保卡',
      done: '社保卡绑定成功',
    },
    labels: ['中国大陆居民身份证', '姓名', '身份证号码', '手机号码'],
    continue: '继续',
    sms: '改用短信验证码',
    codeLabel: '验证码',
  },
  {
    lang: 'en',
    speechLang: 'en',
    start: ['My own card', 'Start'],
    expected: {
      name: 'Step 2 of 6, Confirm who you are. Which document will you use?',
      error: 'There is a problem. That code is not right. You can try 4 more times.',
      card: 'Step 3 of 6, Add your card',
      done: 'Your card is bound',
    },
    labels: ['Mainland China resident ID card', 'Full name', 'ID number', 'Mobile number'],
    continue: 'Continue',
    sms: 'Use a text message code instead',
    codeLabel: 'Code',
  },
] as const;

for (const journey of SPOKEN_JOURNEYS) {
  test(`voice guidance in ${journey.lang}: each step, each error and the outcome are spoken slowly in the UI language, never a secret`, async ({ page }) => {
    const spoken = await recordSpeech(page, ['zh-CN', 'en-US']);
    const person = newPerson();
    await page.goto(`/?lang=${journey.lang}&mode=care`);
    await tabTo(page, page.getByRole('radio', { name: journey.start[0] }));
    await page.keyboard.press('Space');
    await pressButton(page, journey.start[1]);
    await expect.poll(async () => (await spoken()).at(-1)?.text).toBe(journey.expected.name);

    await enterDetailsOneByOne(page, person, journey.labels, undefined, journey.continue);
    await pressButton(page, journey.sms);
    await expect(page.getByRole('textbox', { name: journey.codeLabel })).toBeVisible();
    const code = await latestSmsCode(page, person.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    await typeInto(page, page.getByRole('textbox', { name: journey.codeLabel }), wrong);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await spoken()).at(-1)?.text).toBe(journey.expected.error);
    await typeInto(page, page.getByRole('textbox', { name: journey.codeLabel }), code);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await spoken()).at(-1)?.text).toContain(journey.expected.card);

    const all = await spoken();
    expect(all.length).toBeGreaterThan(5);
    for (const utterance of all) {
      expect(utterance.lang).toBe(journey.speechLang);
      expect(utterance.rate).toBe(0.7);
      // Never a secret: neither the code nor the wrong guess nor the ID number is ever read out.
      expect(utterance.text).not.toContain(code);
      expect(utterance.text).not.toContain(wrong);
      expect(utterance.text).not.toContain(person.idNumber);
    }
    // The person can hear it again, or stop it.
    const before = (await spoken()).length;
    await page.getByRole('button', { name: journey.lang === 'en' ? 'Hear it again' : '再听一遍' }).click();
    expect((await spoken()).length).toBe(before + 1);
  });
}

test('voice guidance in Cantonese uses a Hong Kong voice and Cantonese words', async ({ page }) => {
  const spoken = await recordSpeech(page, ['zh-CN', 'zh-HK', 'en-US']);
  await page.goto('/?lang=zh-Hant-HK&mode=care');
  await page.getByRole('radio', { name: '我自己嘅社保卡' }).check();
  await page.getByRole('button', { name: '開始綁定' }).click();
  await expect.poll(async () => (await spoken()).at(-1)).toMatchObject({ lang: 'zh-HK', text: expect.stringContaining('核實身份。你用邊種證件？') });
  expect((await spoken()).every((utterance) => utterance.lang === 'zh-HK')).toBe(true);
});

test('no voice for the language: said once, visibly, then silent', async ({ page }) => {
  const spoken = await recordSpeech(page, ['zh-CN', 'en-US']);
  await page.goto('/?lang=ug&mode=care');
  await page.locator('#actor-self').check();
  await page.locator('ssc-entry-step button[type=submit]').click();
  await expect(page.locator('#ssc-no-voice')).toHaveText('بۇ ئۈسكۈنىدە ئۇيغۇرچە ئاۋازى يوق، شۇڭا ئاۋازلىق يېتەكلەش ئۈنسىز بولىدۇ.');
  // Care mode asks which document first; the resident ID is already chosen.
  await page.locator('ssc-identity-step button[type=submit]').click();
  await page.locator('#identity-name').fill('');
  await page.locator('ssc-identity-step button[type=submit]').click();
  await expect(page.locator('.ssc-error-summary')).toBeVisible();
  expect(await spoken()).toEqual([]);
  await expect(page.locator('#ssc-no-voice')).toHaveCount(1);
});

test('Cantonese on a device with only Mandarin voices: said so in Cantonese, and no Cantonese read in Mandarin', async ({ page }) => {
  // Tagged as espeak-ng tags them (tests/fixtures/voices-speech-dispatcher-espeak-ng.json).
  const spoken = await recordSpeech(page, ['cmn', 'cmn-Latn-pinyin', 'en-US']);
  await page.goto('/?lang=zh-Hant-HK&mode=care');
  await page.getByRole('radio', { name: '我自己嘅社保卡' }).check();
  await page.getByRole('button', { name: '開始綁定' }).click();
  await expect(page.locator('#ssc-no-voice')).toHaveText('呢部機冇廣東話（香港）嘅朗讀語音，淨係有普通話嘅，語音讀出會保持安靜。');
  expect(await spoken()).toEqual([]);
});

test('screen-reader mode: no voice on top of the screen reader', async ({ page }) => {
  const spoken = await recordSpeech(page, ['zh-CN', 'en-US']);
  await page.goto('/?lang=en&mode=care,screen-reader');
  await page.getByRole('radio', { name: 'My own card' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('#ssc-announcer-polite')).toHaveText('Step 2 of 6, Confirm who you are. Which document will you use?');
  expect(await spoken()).toEqual([]);
  await expect(page.getByRole('button', { name: 'Hear it again' })).toHaveCount(0);
});

test('a session about to time out warns well ahead and can be extended again and again', async ({ page }) => {
  await page.clock.install();
  await Promise.all([page.waitForResponse('**/api/session'), page.goto('/?lang=en&mode=care')]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Do you need more time?' });
  for (let round = 0; round < 10; round += 1) {
    await page.clock.fastForward('27:30');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('If nothing happens in the next 3 minutes, this session will end.');
    // Keeping going asks the service (which slides the session); time moves on only after it answers.
    await Promise.all([page.waitForResponse('**/api/session'), dialog.getByRole('button', { name: 'Keep going' }).click()]);
    await expect(dialog).toBeHidden();
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('an answer that comes late does not push the warning past the end the service keeps', async ({ page }) => {
  await page.clock.install();
  await Promise.all([page.waitForResponse('**/api/session'), page.goto('/?lang=en&mode=care')]);
  const dialog = page.getByRole('dialog', { name: 'Do you need more time?' });
  await page.clock.fastForward('27:30');
  await expect(dialog).toBeVisible();
  // The service slides its timer when the request arrives; here the answer is held back for 9 s
  // (a request gives up at 10 s), so the warning must count from the request, not the answer.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/session', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  const answered = page.waitForResponse('**/api/session');
  await dialog.getByRole('button', { name: 'Keep going' }).click();
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('00:09');
  release();
  await answered;
  // 27:01 after the request: counted from the answer, the warning would still be 8 s away.
  await page.clock.fastForward('26:52');
  await expect(dialog).toBeVisible({ timeout: 3000 });
});
