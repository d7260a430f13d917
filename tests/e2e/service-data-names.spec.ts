// What the service sends about a card (the issuing city, the bank holding its account) reads in the
// UI language, not in the Simplified Chinese the service used to send (issue 18): the bank step and
// the agreement's check-answers list, in English, Cantonese, Uyghur and Simplified Chinese.
import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { addCard, bindThroughIdentity, expectScreen, tabTo, typeInto } from '../helpers/flow.node.js';
import { newPhone } from '../helpers/people.node.js';
import { idCheckCharacter } from '../../src/domain/identity.js';

/** A resident of Guangzhou (region 440104): the card is issued there, a name with a traditional form. */
function guangzhouPerson() {
  const first17 = `440104${1950 + randomInt(50)}0${1 + randomInt(9)}1${randomInt(10)}${String(randomInt(1000)).padStart(3, '0')}`;
  return { name: '陈静', idNumber: first17 + idCheckCharacter(first17), phone: newPhone() };
}

const NAMES = [
  { lang: 'zh-Hans', bank: '中国工商银行', issuer: '广州市', bankHeading: '验证银行账户', agreementHeading: '阅读并签署服务协议' },
  { lang: 'en', bank: 'Industrial and Commercial Bank of China', issuer: 'Guangzhou', bankHeading: 'Confirm your bank account', agreementHeading: 'Read and sign the service agreement' },
  { lang: 'zh-Hant-HK', bank: '中國工商銀行', issuer: '廣州市', bankHeading: '驗證銀行賬戶', agreementHeading: '閱讀同簽署服務協議' },
  { lang: 'ug', bank: 'جۇڭگو سانائەت-سودا بانكىسى', issuer: 'گۇاڭجۇ شەھىرى', bankHeading: 'بانكا ھېساباتىنى دەلىللەش', agreementHeading: 'مۇلازىمەت كېلىشىمىنى ئوقۇش ۋە ئىمزالاش' },
] as const;

/** The page opened again in `lang`: the service's progress brings back the same step. */
async function inLanguage(page: Page, lang: string, heading: string): Promise<void> {
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test('the bank and the issuing city are named in the UI language on the screens that show them', async ({ page }) => {
  test.setTimeout(180_000);
  const person = guangzhouPerson();
  await bindThroughIdentity(page, person);
  await addCard(page);
  for (const names of NAMES) {
    await inLanguage(page, names.lang, names.bankHeading);
    await expect(page.getByRole('definition').filter({ hasText: names.bank })).toBeVisible();
    if (names.lang !== 'zh-Hans') await expect(page.locator('main')).not.toContainText('中国工商银行');
  }
  expect(await axeViolations(page)).toEqual([]);

  await inLanguage(page, 'en', 'Confirm your bank account');
  await tabTo(page, page.getByLabel('Bank card payment password'));
  await typeInto(page, page.getByLabel('Bank card payment password'), '147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  for (const names of NAMES) {
    await inLanguage(page, names.lang, names.agreementHeading);
    const card = page.getByRole('definition').filter({ hasText: '·' });
    await expect(card).toContainText(`· ${names.issuer}`);
    if (names.lang !== 'zh-Hans') await expect(card).not.toContainText('广州');
  }
  expect(await axeViolations(page)).toEqual([]);
});
