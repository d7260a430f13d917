// Foreign nationals bind with a passport, keyboard only: fields typed from the photo page (English)
// or filled from the two MRZ lines (Cantonese); then they set their cross-border payment limits.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations, watchPolicyViolations } from '../helpers/axe.node.js';
import { changePhoneCountry, chosenPhoneCountry, expectScreen, latestSmsCode, pressButton, tabTo, typeInto } from '../helpers/flow.node.js';
import { asInMrz, passportMrz } from '../helpers/mrz.shared.js';
import { newCardNumber, newForeigner, type Foreigner } from '../helpers/people.node.js';

/** What a person reads on each screen, in one language. */
interface Labels {
  lang: string;
  ownCard: string;
  start: string;
  identity: string;
  residentId: string;
  passport: string;
  mrzSummary: string;
  mrzField: string;
  mrzFill: string;
  nationality: string;
  passportNumber: string;
  surname: string;
  givenNames: string;
  birthDate: string;
  expiryDate: string;
  year: string;
  month: string;
  day: string;
  sex: Record<Foreigner['passport']['sex'], string>;
  phoneCountry: string;
  phone: string;
  face: string;
  startFace: string;
  useSms: string;
  smsHeading: string;
  code: string;
  card: string;
  cardNumber: string;
  cardFound: string;
  thisIsMyCard: string;
  bank: string;
  password: string;
  agreement: string;
  documentTerm: string;
  /** How the agreement names the number of the document used, and the resident ID's, which it must not. */
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
  passport: 'Passport',
  mrzSummary: 'Fill in from the two lines at the bottom of your passport',
  mrzField: 'The two lines at the bottom of the photo page',
  mrzFill: 'Fill in the fields from these lines',
  nationality: 'Nationality',
  passportNumber: 'Passport number',
  surname: 'Surname',
  givenNames: 'Given names',
  birthDate: 'Date of birth',
  expiryDate: 'Passport expiry date',
  year: 'Year',
  month: 'Month',
  day: 'Day',
  sex: { female: 'Female', male: 'Male', unspecified: 'Not specified (X in your passport)' },
  phoneCountry: 'Country or region of your mobile number',
  phone: 'Mobile number',
  face: 'Face check',
  startFace: 'Start face check',
  useSms: 'Use a text message code instead',
  smsHeading: 'Enter the code we sent you',
  code: 'Code',
  card: 'Add your card',
  cardNumber: 'Card number',
  cardFound: 'Is this your card?',
  thisIsMyCard: 'Yes, this is my card',
  bank: 'Confirm your bank account',
  password: 'Bank card payment password',
  agreement: 'Read and sign the service agreement',
  documentTerm: 'Document',
  agreementNumber: 'your name, passport number and mobile number',
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

/** Entry → identity, with the passport chosen by arrow key (the resident ID is chosen at first). */
async function choosePassport(page: Page, L: Labels): Promise<void> {
  await page.goto(`/?lang=${L.lang}`);
  await tabTo(page, page.getByRole('radio', { name: L.ownCard }));
  await page.keyboard.press('Space');
  await pressButton(page, L.start);
  await expectScreen(page, L.identity);
  const residentId = page.getByRole('radio', { name: L.residentId });
  await expect(residentId).toBeChecked();
  await tabTo(page, residentId);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: L.passport, exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: L.passportNumber })).toBeVisible();
}

/** A native select operated as a keyboard user does: focus it and type the start of the option. */
async function chooseByTyping(page: Page, name: string, text: string): Promise<void> {
  const select = page.getByRole('combobox', { name });
  await tabTo(page, select);
  await page.keyboard.type(text);
}

/** The same by arrow keys, as people do where type-ahead cannot be typed (Chinese names need an IME). */
async function chooseByArrows(page: Page, name: string, value: string): Promise<void> {
  const select = page.getByRole('combobox', { name });
  await tabTo(page, select);
  const [from, to] = await select.evaluate((el: HTMLSelectElement, wanted) => [el.selectedIndex, [...el.options].findIndex((o) => o.value === wanted)], value);
  for (let i = 0; i < Math.abs(to! - from!); i += 1) await page.keyboard.press(to! > from! ? 'ArrowDown' : 'ArrowUp');
  await expect(select).toHaveValue(value);
}

async function typeDate(page: Page, L: Labels, legend: string, iso: string): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await typeInto(page, group.getByRole('textbox', { name: L.day }), String(Number(iso.slice(8, 10))));
  await typeInto(page, group.getByRole('textbox', { name: L.month }), String(Number(iso.slice(5, 7))));
  await typeInto(page, group.getByRole('textbox', { name: L.year }), iso.slice(0, 4));
}

async function enterUkMobile(page: Page, L: Labels, person: Foreigner, countryName?: string): Promise<void> {
  await changePhoneCountry(page, L.phoneCountry);
  if (countryName) await chooseByTyping(page, L.phoneCountry, countryName);
  else await chooseByArrows(page, L.phoneCountry, 'GB');
  await expect(page.getByRole('combobox', { name: L.phoneCountry })).toHaveValue('GB');
  await expect(page.getByRole('combobox', { name: L.phoneCountry }).locator('option:checked')).toHaveText(L.lang === 'en' ? 'United Kingdom +44' : '英國 +44');
  await typeInto(page, page.getByRole('textbox', { name: L.phone }), person.phone);
}

/** Face check (fake camera) → card → bank → agreement (showing the passport) → services → done. */
async function finishBinding(page: Page, L: Labels, holderName: string): Promise<void> {
  await expectScreen(page, L.face);
  await pressButton(page, L.startFace);
  await expectScreen(page, L.card);
  await typeInto(page, page.getByRole('textbox', { name: L.cardNumber }), newCardNumber());
  await page.keyboard.press('Enter');
  await expectScreen(page, L.cardFound);
  // The card is the passport holder's: their name as printed in the passport.
  await expect(page.getByRole('definition').filter({ hasText: holderName })).toBeVisible();
  await pressButton(page, L.thisIsMyCard);
  await expectScreen(page, L.bank);
  await typeInto(page, page.getByLabel(L.password), '147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, L.agreement);
  await expect(page.getByRole('term').filter({ hasText: L.documentTerm })).toBeVisible();
  await expect(page.getByRole('definition').getByText(L.passport, { exact: true })).toBeVisible();
  // The agreement names the document used: the passport's number, not an ID number (issue 18).
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
  await expect(page.getByRole('heading', { level: 2, name: L.limits })).toBeVisible();
}

test('a foreign national binds with a passport typed field by field, in English, keyboard only, then sets cross-border limits', async ({ page }) => {
  const person = newForeigner();
  const { passport } = person;
  await choosePassport(page, EN);

  // Nothing filled in yet: each passport field says what it needs, in the summary and beside it.
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.ssc-error-summary');
  await expect(summary).toBeFocused();
  for (const message of ['Choose your nationality', 'Enter your passport number', 'Enter your surname as it is spelled in your passport', 'Enter your date of birth', 'Choose your sex as shown in your passport', 'Enter the date your passport expires', 'Enter your mobile number']) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Nationality' })).toHaveAccessibleDescription(/Error: Choose your nationality/);
  expect(await axeViolations(page)).toEqual([]);

  const countryName = new Intl.DisplayNames('en', { type: 'region' }).of(
    { GBR: 'GB', FRA: 'FR', USA: 'US', CAN: 'CA', AUS: 'AU', KOR: 'KR', JPN: 'JP', RUS: 'RU', D: 'DE' }[passport.nationality]!,
  )!;
  await chooseByTyping(page, EN.nationality, countryName);
  await expect(page.getByRole('combobox', { name: EN.nationality })).toHaveValue(passport.nationality === 'D' ? 'DEU' : passport.nationality);
  await typeInto(page, page.getByRole('textbox', { name: EN.passportNumber }), passport.number);
  await typeInto(page, page.getByRole('textbox', { name: EN.surname }), passport.surname.toLowerCase());
  if (passport.givenNames) await typeInto(page, page.getByRole('textbox', { name: EN.givenNames }), passport.givenNames);
  await typeDate(page, EN, EN.birthDate, passport.birthDate);
  // An expired passport is refused with the reason, and nothing else typed is lost.
  await typeDate(page, EN, EN.expiryDate, '2024-03-01');
  await tabTo(page, page.getByRole('radio', { name: EN.sex.female, exact: true }));
  if (passport.sex === 'female') await page.keyboard.press('Space');
  else for (let i = 0; i < (passport.sex === 'male' ? 1 : 2); i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: EN.sex[passport.sex], exact: true })).toBeChecked();
  await enterUkMobile(page, EN, person, 'United Kingdom');
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['This passport expired on March 1, 2024 and cannot be used to bind. Use a passport that is still valid.']);
  await expect(page.getByRole('textbox', { name: EN.passportNumber })).toHaveValue(passport.number);
  await expect(page.getByRole('textbox', { name: EN.phone })).toHaveValue(person.phone);

  await typeDate(page, EN, EN.expiryDate, passport.expiryDate);
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await finishBinding(page, EN, [passport.surname, passport.givenNames].filter(Boolean).join(' '));

  // Cross-border limits: shown in yuan, changed within bounds after a confirmation.
  await expect(page.getByRole('definition')).toContainText(['5,000 Chinese yuan', '20,000 Chinese yuan']);
  await pressButton(page, 'Change limits');
  const perPayment = page.getByRole('textbox', { name: 'Limit per payment (yuan)' });
  await expect(perPayment).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('8000');
  await typeInto(page, page.getByRole('textbox', { name: 'Daily limit (yuan)' }), '6000');
  await page.keyboard.press('Enter');
  await expect(page.locator('ssc-cross-border-limits .ssc-error-summary')).toBeFocused();
  await expect(page.locator('ssc-cross-border-limits .ssc-error-summary').getByRole('link')).toHaveText(['The daily limit cannot be less than the limit per payment']);
  expect(await axeViolations(page)).toEqual([]);
  await typeInto(page, page.getByRole('textbox', { name: 'Daily limit (yuan)' }), '30,000');
  await pressButton(page, 'Save limits');
  const dialog = page.getByRole('dialog', { name: 'Change your cross-border payment limits?' });
  await expect(dialog).toContainText('Your limits will be 8,000 Chinese yuan per payment and 30,000 Chinese yuan per day, from now on.');
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, dialog.getByRole('button', { name: 'Yes, change them' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Change limits' })).toBeFocused();
  await expect(page.getByRole('definition')).toContainText(['8,000 Chinese yuan', '30,000 Chinese yuan']);
  const stored = await (await page.request.get('/api/cross-border-limits')).json();
  expect(stored).toMatchObject({ limits: { perTransaction: 8000, daily: 30000 } });
  expect(await axeViolations(page)).toEqual([]);
});

test('the MRZ lines: a wrong check digit names its field, and the SMS code reaches an international number', async ({ page }) => {
  const person = newForeigner();
  await choosePassport(page, EN);
  const [line1, line2] = passportMrz(person.passport);
  await tabTo(page, page.getByText(EN.mrzSummary));
  await page.keyboard.press('Enter');
  const wrongBirth = line2.slice(0, 13) + String((Number(line2[13]) + 1) % 10) + line2.slice(14);
  await typeInto(page, page.getByRole('textbox', { name: EN.mrzField }), `${line1}\n${wrongBirth}`);
  await pressButton(page, EN.mrzFill);
  await expect(page.locator('.ssc-error-summary')).toBeFocused();
  await expect(page.locator('.ssc-error-summary').getByRole('link')).toHaveText([
    'The check digit for the date of birth does not match. Check the date of birth in the second line (two digits each for year, month and day)',
  ]);
  await expect(page.getByRole('textbox', { name: EN.mrzField })).toHaveValue(`${line1}\n${wrongBirth}`);
  await typeInto(page, page.getByRole('textbox', { name: EN.mrzField }), `${line1}\n${line2}`);
  await pressButton(page, EN.mrzFill);
  await expect(page.locator('.ssc-error-summary')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: EN.passportNumber })).toHaveValue(person.passport.number);
  await expect(page.getByRole('textbox', { name: EN.surname })).toHaveValue(asInMrz(person.passport.surname));
  await enterUkMobile(page, EN, person, 'United Kingdom');
  await page.keyboard.press('Enter');
  await expectScreen(page, EN.face);
  await pressButton(page, EN.useSms);
  await expectScreen(page, EN.smsHeading);
  await expect(page.getByText(`+44 ••••••${person.phoneE164.slice(-4)}`).first()).toBeVisible();
  await typeInto(page, page.getByRole('textbox', { name: EN.code }), await latestSmsCode(page, person.phoneE164));
  await page.keyboard.press('Enter');
  await expectScreen(page, EN.card);
});

test('the MRZ hint and its error show the < sign itself, never "&lt;"', async ({ page }) => {
  const [line1] = passportMrz(newForeigner().passport);
  await choosePassport(page, EN);
  await tabTo(page, page.getByText(EN.mrzSummary));
  await page.keyboard.press('Enter');
  const mrzBox = page.getByRole('textbox', { name: EN.mrzField });
  await expect(mrzBox).toHaveAccessibleDescription('Letters, digits and < signs, 44 characters on each line. Type or paste them; we check their check digits');
  // One line of the two: the error names the sign too. Filled at once, the typing is tested above.
  await mrzBox.fill(line1!);
  await pressButton(page, EN.mrzFill);
  await expect(page.locator('.ssc-error-summary').getByRole('link')).toHaveText(['Enter both lines in full; each has 44 characters, counting the < signs']);
  await expect(page.locator('main')).not.toContainText('&lt;');
});

const YUE: Labels = {
  lang: 'zh-Hant-HK',
  ownCard: '我自己嘅社保卡',
  start: '開始綁定',
  identity: '核實身份',
  residentId: '中國內地居民身份證',
  passport: '護照',
  mrzSummary: '用護照底部嘅兩行字填寫',
  mrzField: '護照相片頁底部嘅兩行字',
  mrzFill: '用呢兩行填寫各項',
  nationality: '國籍',
  passportNumber: '護照號碼',
  surname: '姓',
  givenNames: '名',
  birthDate: '出生日期',
  expiryDate: '護照有效期至',
  year: '年',
  month: '月',
  day: '日',
  sex: { female: '女', male: '男', unspecified: '冇註明（護照上面係 X）' },
  phoneCountry: '手機號碼所屬國家或地區',
  phone: '手機號碼',
  face: '刷臉核驗',
  startFace: '開始核驗',
  useSms: '改用短訊驗證碼',
  smsHeading: '輸入短訊驗證碼',
  code: '驗證碼',
  card: '加入社保卡',
  cardNumber: '社保卡卡號',
  cardFound: '確認呢張社保卡',
  thisIsMyCard: '係呢張卡，繼續',
  bank: '驗證銀行賬戶',
  password: '銀行卡支付密碼',
  agreement: '閱讀同簽署服務協議',
  documentTerm: '證件',
  agreementNumber: '我哋用你嘅姓名、護照號碼同手機號碼',
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

test('a foreign national binds in Cantonese by pasting the MRZ lines, keyboard only', async ({ page }) => {
  const person = newForeigner();
  const { passport } = person;
  await choosePassport(page, YUE);
  const announcements = page.locator('#ssc-announcer-polite, [aria-live="polite"]').first();
  await tabTo(page, page.getByText(YUE.mrzSummary));
  await page.keyboard.press('Enter');
  const [line1, line2] = passportMrz(passport);
  // Pasted as one block, in lower case with spaces, the way it comes out of a phone's text recognition.
  await typeInto(page, page.getByRole('textbox', { name: YUE.mrzField }), `${line1.toLowerCase()}\n${line2.slice(0, 20)} ${line2.slice(20)}`);
  await pressButton(page, YUE.mrzFill);
  await expect(announcements).toContainText('已經根據護照底部嘅字填好各項。請對住護照逐項核對，然後繼續。');
  // Every field is filled, in the language's own order (year first) and with the nationality named in Chinese.
  const nationality = page.getByRole('combobox', { name: YUE.nationality });
  await expect(nationality).toHaveValue(passport.nationality === 'D' ? 'DEU' : passport.nationality);
  await expect(nationality.locator('option:checked')).toHaveText(/\p{Script=Han}/u);
  await expect(page.getByRole('textbox', { name: YUE.passportNumber })).toHaveValue(passport.number);
  await expect(page.getByRole('textbox', { name: YUE.surname })).toHaveValue(asInMrz(passport.surname));
  await expect(page.getByRole('textbox', { name: YUE.givenNames })).toHaveValue(asInMrz(passport.givenNames));
  await expect(page.getByRole('group', { name: YUE.birthDate }).locator('label')).toHaveText([YUE.year, YUE.month, YUE.day]);
  await expect(page.getByRole('group', { name: YUE.birthDate }).getByRole('textbox', { name: YUE.year })).toHaveValue(passport.birthDate.slice(0, 4));
  await expect(page.getByRole('group', { name: YUE.expiryDate }).getByRole('textbox', { name: YUE.day })).toHaveValue(String(Number(passport.expiryDate.slice(8, 10))));
  await expect(page.getByRole('radio', { name: YUE.sex[passport.sex], exact: true })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);

  // The number typed with its +44, the picker left alone: the picker follows the number (issue 18).
  await expect(chosenPhoneCountry(page)).toHaveText('中國 +86');
  await typeInto(page, page.getByRole('textbox', { name: YUE.phone }), `+44 ${person.phone.replace(/^0/, '')}`);
  await expect(chosenPhoneCountry(page)).toHaveText('英國 +44');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await finishBinding(page, YUE, asInMrz([passport.surname, passport.givenNames].filter(Boolean).join(' ')));
});

test('the passport form in Uyghur: right to left, mirrored, no sideways scrolling at 320 px, no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?lang=ug&mode=care');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('#actor-self').check();
  await page.locator('ssc-entry-step button[type=submit]').click();
  await page.locator('#identity-document-passport').check();
  const submit = page.locator('ssc-identity-step button[type=submit]');
  await submit.click();
  // Care mode: the first passport question, with the MRZ lines offered above it.
  await expect(page.locator('#identity-nationality')).toBeVisible();
  await page.locator('summary').filter({ hasText: /./ }).first().click();
  for (const screen of ['nationality', 'number', 'name', 'birth', 'sex', 'expiry', 'phone']) {
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0], `${screen}: no sideways scrolling`).toBeLessThanOrEqual(widths[1]!);
    expect(await axeViolations(page), screen).toEqual([]);
    // Mirrored: the year (first part) is rightmost; a radio sits to the right of its label.
    if (screen === 'birth') {
      // The three parts may wrap at 320 px and 200 % text (they wrap rather than scroll): the
      // year still starts the first line at the right, and the month comes to its left.
      const year = (await page.locator('#identity-birth-date').boundingBox())!;
      const month = (await page.locator('#identity-birth-date-month').boundingBox())!;
      const day = (await page.locator('#identity-birth-date-day').boundingBox())!;
      expect(year.x, 'year is right of month').toBeGreaterThan(month.x);
      expect(year.x + year.width, 'the year starts at the right').toBeGreaterThanOrEqual(Math.max(month.x + month.width, day.x + day.width) - 1);
    }
    if (screen === 'sex') {
      const radio = (await page.locator('#identity-sex-male').boundingBox())!;
      const label = (await page.locator('label[for="identity-sex-male"]').boundingBox())!;
      expect(radio.x, 'radio is right of its label').toBeGreaterThan(label.x);
    }
    await submit.click();
    await expect(page.locator('.ssc-error-summary')).toBeFocused();
    const next = {
      nationality: () => page.locator('#identity-nationality').selectOption('FRA'),
      number: () => page.locator('#identity-id-number').fill('12AB34567'),
      name: () => page.locator('#identity-surname').fill('MARTIN'),
      birth: async () => {
        await page.locator('#identity-birth-date').fill('1980');
        await page.locator('#identity-birth-date-month').fill('2');
        await page.locator('#identity-birth-date-day').fill('29');
      },
      sex: () => page.locator('#identity-sex-male').check(),
      expiry: async () => {
        await page.locator('#identity-expiry-date').fill('2030');
        await page.locator('#identity-expiry-date-month').fill('1');
        await page.locator('#identity-expiry-date-day').fill('1');
      },
      phone: () => page.locator('#identity-phone').fill(newForeigner().phone),
    }[screen]!;
    await next();
    if (screen === 'phone') {
      await page.locator('#identity-phone-country-change').click();
      await page.locator('#identity-phone-country').selectOption('GB');
      await expect(page.locator('#identity-phone')).toHaveAttribute('dir', 'ltr');
    }
    await submit.click();
  }
  await expect(page.locator('video, .ssc-panel').first()).toBeVisible();
});

test('switching language keeps every passport answer; the nationality is renamed in the new language', async ({ page }) => {
  const person = newForeigner();
  await choosePassport(page, EN);
  await chooseByTyping(page, EN.nationality, 'France');
  await typeInto(page, page.getByRole('textbox', { name: EN.passportNumber }), person.passport.number);
  await typeInto(page, page.getByRole('textbox', { name: EN.surname }), 'Martin');
  await typeDate(page, EN, EN.birthDate, '1980-02-29');
  await tabTo(page, page.getByRole('radio', { name: EN.sex.female, exact: true }));
  await page.keyboard.press('Space');
  await enterUkMobile(page, EN, person, 'United Kingdom');

  await pressButton(page, 'Settings');
  await tabTo(page, page.getByRole('radio', { name: 'English' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('radio', { name: YUE.passport, exact: true })).toBeChecked();
  const nationality = page.getByRole('combobox', { name: YUE.nationality });
  await expect(nationality).toHaveValue('FRA');
  await expect(nationality.locator('option:checked')).toHaveText('法國');
  await expect(page.getByRole('textbox', { name: YUE.passportNumber })).toHaveValue(person.passport.number);
  await expect(page.getByRole('textbox', { name: YUE.surname })).toHaveValue('Martin');
  // The date keeps its parts, now in the reader's order (year first).
  const birth = page.getByRole('group', { name: YUE.birthDate });
  await expect(birth.locator('label')).toHaveText([YUE.year, YUE.month, YUE.day]);
  await expect(birth.getByRole('textbox', { name: YUE.year })).toHaveValue('1980');
  await expect(birth.getByRole('textbox', { name: YUE.day })).toHaveValue('29');
  await expect(page.getByRole('radio', { name: YUE.sex.female, exact: true })).toBeChecked();
  await expect(page.getByRole('combobox', { name: YUE.phoneCountry }).locator('option:checked')).toHaveText('英國 +44');
  await expect(page.getByRole('textbox', { name: YUE.phone })).toHaveValue(person.phone);
  expect(await axeViolations(page)).toEqual([]);
});

test('hostile text in the passport fields and the MRZ box: refused beside each field, kept as typed, never run', async ({ page }) => {
  const policyViolations = await watchPolicyViolations(page);
  await choosePassport(page, EN);
  // Markup, a direction override, NUL, emoji and sheer length, all at once.
  const hostile = `<img src=x onerror="window.__pwned=1">\u202E\u0000😀${'A'.repeat(300)}`;
  const fields = [EN.passportNumber, EN.surname, EN.givenNames];
  for (const name of fields) await page.getByRole('textbox', { name }).fill(hostile);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.ssc-error-summary');
  await expect(summary).toBeFocused();
  for (const name of fields) {
    const box = page.getByRole('textbox', { name });
    expect(await box.inputValue()).toBe(hostile);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    // Its own reason beside it, also in the summary.
    await expect(box).toHaveAccessibleDescription(/Error:/);
  }

  await page.getByText(EN.mrzSummary).click();
  const mrz = page.getByRole('textbox', { name: EN.mrzField });
  await mrz.fill(`${hostile}\n${hostile}`);
  await page.getByRole('button', { name: EN.mrzFill }).click();
  await expect(summary).toBeFocused();
  expect(await mrz.inputValue()).toBe(`${hostile}\n${hostile}`);
  await expect(mrz).toHaveAttribute('aria-invalid', 'true');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  expect(await policyViolations()).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
