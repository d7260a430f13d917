// Foreign nationals bind with the work-permit number their social security card carries (since
// December 2024 the foreigner's work permit, 外国人工作许可证, is on the card), by keyboard only,
// in English and in Cantonese: the choice and its hint, the number's own rule and hint, the
// number typed with its +code moving the phone country, the agreement naming the work permit.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { chosenPhoneCountry, expectScreen, pressButton, tabTo, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newForeigner } from '../helpers/people.node.js';

interface Labels {
  lang: string;
  ownCard: string;
  start: string;
  identity: string;
  residentId: string;
  workPermit: string;
  workPermitHint: string;
  name: string;
  number: string;
  numberHint: string;
  numberProblem: string;
  phoneCountry: string;
  uk: string;
  phone: string;
  face: string;
  startFace: string;
  card: string;
  cardNumber: string;
  cardFound: string;
  thisIsMyCard: string;
  bank: string;
  password: string;
  agreement: string;
  documentTerm: string;
  agreementNumber: string;
  agreementIdNumber: string;
  agree: RegExp;
  sign: string;
  signDialog: string;
  signConfirm: string;
  services: string;
  bind: string;
  done: string;
  limits: string;
}

const EN: Labels = {
  lang: 'en',
  ownCard: 'My own card',
  start: 'Start',
  identity: 'Confirm who you are',
  residentId: 'Mainland China resident ID card',
  workPermit: "Foreigner's work permit",
  workPermitHint: 'Foreign nationals working in China can bind with their work permit number',
  name: 'Full name',
  number: 'Work permit number',
  numberHint: 'On your social security card or work permit: 9 to 18 letters or digits',
  numberProblem: 'A work permit number has 9 to 18 letters or digits. Enter it as it is on your social security card or work permit',
  phoneCountry: 'Country or region of your mobile number',
  uk: 'United Kingdom +44',
  phone: 'Mobile number',
  face: 'Face check',
  startFace: 'Start face check',
  card: 'Add your card',
  cardNumber: 'Card number',
  cardFound: 'Is this your card?',
  thisIsMyCard: 'Yes, this is my card',
  bank: 'Confirm your bank account',
  password: 'Bank card payment password',
  agreement: 'Read and sign the service agreement',
  documentTerm: 'Document',
  agreementNumber: "your name, foreigner's work permit number and mobile number",
  agreementIdNumber: 'ID number',
  agree: /I have read and agree/,
  sign: 'Sign the agreement',
  signDialog: 'Sign the service agreement?',
  signConfirm: 'Sign',
  services: 'Choose your services',
  bind: 'Bind my card',
  done: 'Your card is bound',
  limits: 'Cross-border payment limits',
};

const YUE: Labels = {
  lang: 'zh-Hant-HK',
  ownCard: '我自己嘅社保卡',
  start: '開始綁定',
  identity: '核實身份',
  residentId: '中國內地居民身份證',
  workPermit: '外國人工作許可證',
  workPermitHint: '喺中國工作嘅外國人可以用工作許可證號碼綁定',
  name: '姓名',
  number: '工作許可證號碼',
  numberHint: '印喺社保卡或者工作許可證上面，由 9 至 18 個字母或數字組成',
  numberProblem: '工作許可證號碼由 9 至 18 個字母或數字組成，請同社保卡或工作許可證上面嘅一樣',
  phoneCountry: '手機號碼所屬國家或地區',
  uk: '英國 +44',
  phone: '手機號碼',
  face: '刷臉核驗',
  startFace: '開始核驗',
  card: '加入社保卡',
  cardNumber: '社保卡卡號',
  cardFound: '確認呢張社保卡',
  thisIsMyCard: '係呢張卡，繼續',
  bank: '驗證銀行賬戶',
  password: '銀行卡支付密碼',
  agreement: '閱讀同簽署服務協議',
  documentTerm: '證件',
  agreementNumber: '我哋用你嘅姓名、外國人工作許可證號碼同手機號碼',
  agreementIdNumber: '身份證號碼',
  agree: /我已閱讀並同意/,
  sign: '簽署協議',
  signDialog: '確定簽署服務協議？',
  signConfirm: '確定簽署',
  services: '揀選要開通嘅服務',
  bind: '確認綁定',
  done: '社保卡綁定成功',
  limits: '跨境支付限額',
};

/** A work-permit number no other test uses: 9 to 18 letters and digits. */
const newPermitNumber = () => `WP${String(Date.now()).slice(-9)}${Math.floor(Math.random() * 100)}`;

async function bindWithWorkPermit(page: Page, L: Labels): Promise<void> {
  const person = newForeigner();
  const permit = newPermitNumber();
  await page.goto(`/?lang=${L.lang}`);
  await tabTo(page, page.getByRole('radio', { name: L.ownCard }));
  await page.keyboard.press('Space');
  await pressButton(page, L.start);
  await expectScreen(page, L.identity);

  // The work permit is a choice of its own, next to the passport, with a hint saying who it is for.
  await tabTo(page, page.getByRole('radio', { name: L.residentId }));
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  const choice = page.getByRole('radio', { name: L.workPermit, exact: true });
  await expect(choice).toBeChecked();
  await expect(choice).toHaveAccessibleDescription(L.workPermitHint);
  const number = page.getByRole('textbox', { name: L.number });
  await expect(number).toHaveAccessibleDescription(L.numberHint);

  // Its own rule: too short a number is refused with the permit's own sentence, kept as typed.
  await typeInto(page, page.getByRole('textbox', { name: L.name }), 'Jane Smith');
  await typeInto(page, number, 'WP1234');
  // Typed with its +44, the number moves the phone country off China by itself.
  await typeInto(page, page.getByRole('textbox', { name: L.phone }), `+44 ${person.phone.replace(/^0/, '')}`);
  await expect(chosenPhoneCountry(page)).toHaveText(L.uk);
  await page.keyboard.press('Enter');
  const summary = page.locator('.ssc-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([L.numberProblem]);
  await expect(number).toHaveValue('WP1234');
  expect(await axeViolations(page)).toEqual([]);

  // Spaces and lower case are fine.
  await typeInto(page, number, permit.toLowerCase().replace(/(.{4})/g, '$1 '));
  await tabTo(page, page.getByRole('textbox', { name: L.phone }));
  await page.keyboard.press('Enter');
  await expectScreen(page, L.face);
  await pressButton(page, L.startFace);
  await expectScreen(page, L.card);
  await typeInto(page, page.getByRole('textbox', { name: L.cardNumber }), newCardNumber());
  await page.keyboard.press('Enter');
  await expectScreen(page, L.cardFound);
  await expect(page.getByRole('definition').filter({ hasText: 'Jane Smith' })).toBeVisible();
  await pressButton(page, L.thisIsMyCard);
  await expectScreen(page, L.bank);
  await typeInto(page, page.getByLabel(L.password), '147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, L.agreement);
  await expect(page.getByRole('term').filter({ hasText: L.documentTerm })).toBeVisible();
  await expect(page.getByRole('definition').getByText(L.workPermit, { exact: true })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: L.number })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: `${permit.slice(0, 2)}${'•'.repeat(permit.length - 4)}${permit.slice(-2)}` })).toBeVisible();
  const text = page.getByRole('region', { name: /agreement|協議/i });
  await expect(text).toContainText(L.agreementNumber);
  await expect(text).not.toContainText(L.agreementIdNumber);
  await tabTo(page, page.getByRole('checkbox', { name: L.agree }));
  await page.keyboard.press('Space');
  await pressButton(page, L.sign);
  const confirm = page.getByRole('dialog', { name: L.signDialog });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: L.signConfirm, exact: true }));
  await page.keyboard.press('Enter');
  await expectScreen(page, L.services);
  await pressButton(page, L.bind);
  await expectScreen(page, L.done);
  // A foreign document: the cross-border payment limits are there too.
  await expect(page.getByRole('heading', { level: 2, name: L.limits })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
}

test('a foreign national binds with their work-permit number in English, keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  await bindWithWorkPermit(page, EN);
});

test('a foreign national binds with their work-permit number in Cantonese, keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  await bindWithWorkPermit(page, YUE);
});
