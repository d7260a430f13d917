// Applications in a real browser, keyboard only: one question a page with its errors, check
// answers with Change links, the reference, and each status as the sandbox's reviewer moves it on.
// The pension check by face, and a relative asking a pensioner to do it on the pensioner's phone.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test, watchOrigins } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindMyCard, expectScreen, openLink, pressButton, tabTo, typeInto } from '../helpers/flow.node.js';
import { newPerson } from '../helpers/people.node.js';

const LIVE = { timeout: 15_000 };
const HOUR_S = 3600;

/** Moves the page's session clock on, as the sandbox's reviewer sees time pass. */
async function advanceClock(page: Page, seconds: number): Promise<void> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const moved = await page.request.post('/api/sandbox/clock', { data: { advanceSeconds: seconds }, headers: { 'x-csrf-token': session.csrfToken } });
  expect(moved.status()).toBe(200);
}

/** "YYYY", "M", "D" parts of the day in China `days` from now. */
function chinaDateParts(days: number): { year: string; month: string; day: string } {
  const [year, month, day] = new Date(Date.now() + 8 * HOUR_S * 1000 + days * 24 * HOUR_S * 1000).toISOString().slice(0, 10).split('-') as [string, string, string];
  return { year, month: String(Number(month)), day: String(Number(day)) };
}

/** Types a date into a date field's three parts, by keyboard, whatever their order. */
async function typeDate(page: Page, group: string, days: number, labels = { year: 'Year', month: 'Month', day: 'Day' }): Promise<void> {
  const parts = chinaDateParts(days);
  const fieldset = page.getByRole('group', { name: group });
  await typeInto(page, fieldset.getByRole('textbox', { name: labels.year }), parts.year);
  await typeInto(page, fieldset.getByRole('textbox', { name: labels.month }), parts.month);
  await typeInto(page, fieldset.getByRole('textbox', { name: labels.day }), parts.day);
}
const CHINESE_DATE = { year: '年', month: '月', day: '日' };

/**
 * Chooses an option of a select by keyboard: focus it, then the arrow keys (type-ahead works for
 * Latin names only; a Chinese name is reached with the arrows, as a keyboard user would).
 */
async function chooseByKeyboard(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByRole('combobox', { name: label });
  await tabTo(page, select);
  const checked = select.locator('option:checked');
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 20 && (await checked.textContent()) !== option; presses += 1) await page.keyboard.press('ArrowDown');
  await expect(checked).toHaveText(option);
}

/** The error summary has focus, and the same message stands beside the field. */
async function expectError(page: Page, message: string, title = 'There is a problem'): Promise<void> {
  await expect(page.locator('.ssc-error-summary')).toBeFocused();
  const summary = page.locator('.ssc-error-summary').filter({ hasText: title });
  await expect(summary.getByRole('link', { name: message })).toBeVisible();
  await expect(page.locator('.ssc-error-message', { hasText: message })).toBeVisible();
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

const MODES = [
  { name: 'default mode', query: '?lang=en', narrow: false, attribute: null },
  { name: 'care mode at 320 px', query: '?lang=en&mode=care', narrow: true, attribute: 'data-care' },
  { name: 'screen-reader mode', query: '?lang=en&mode=screen-reader', narrow: false, attribute: 'data-screen-reader' },
] as const;

// A whole binding, then a whole application with axe on every page: 2.1 min on two cores beside
// the rest of the suite (and the announcer now leaves each message a second before the next).
for (const mode of MODES) {
  test(`treatment in another city in ${mode.name}: a question a page, errors told, answers checked and changed, a reference, then in review and approved`, async ({ page }) => {
    test.setTimeout(180_000);
    await bindMyCard(page, newPerson());
    // The mode is chosen on "my card" (a shared link, or a relative setting the phone up).
    if (mode.narrow) await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/my-card${mode.query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your card is bound');
    if (mode.attribute) await expect(page.locator('html')).toHaveAttribute(mode.attribute, '');
    await openLink(page, 'Online services', 'Online services');
    await expect(page).toHaveURL(/\/my-card\/applications/);
    await expect(page.getByText('You have not made any applications yet.')).toBeVisible();
    await openLink(page, 'Register for treatment in another city', 'Which city will you get treatment in?');

    // Nothing chosen: told in the summary and beside the field; the question stays.
    await pressButton(page, 'Continue');
    await expectError(page, 'Choose the city where you will get treatment');
    await chooseByKeyboard(page, 'City', 'Shanghai');
    await pressButton(page, 'Continue');
    await expectScreen(page, 'Why do you need treatment there?');

    // Back goes to the previous question with its answer kept, and forward again.
    await tabTo(page, page.getByRole('link', { name: 'Back', exact: true }));
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Which city will you get treatment in?');
    await expect(page.getByRole('combobox', { name: 'City' }).locator('option:checked')).toHaveText('Shanghai');
    await pressButton(page, 'Continue');
    await expectScreen(page, 'Why do you need treatment there?');
    await tabTo(page, page.getByRole('radio', { name: /Living there long term/ }));
    await page.keyboard.press('Space');
    await pressButton(page, 'Continue');
    await expectScreen(page, 'From when to when?');
    // The browser's Back goes to the previous question too, and Forward returns; a reload stays.
    await page.goBack();
    await expectScreen(page, 'Why do you need treatment there?');
    await expect(page.getByRole('radio', { name: /Living there long term/ })).toBeChecked();
    await page.goForward();
    await expectScreen(page, 'From when to when?');
    await expect(page).toHaveURL(/\/my-card\/apply\/treatment-elsewhere/);

    // A start in the past and an end before it: each its own sentence.
    await typeDate(page, 'Start date', -3);
    await typeDate(page, 'End date', -5);
    await pressButton(page, 'Continue');
    await expectError(page, 'The start date cannot be before today');
    await expectError(page, 'The end date cannot be before the start date');
    await typeDate(page, 'Start date', 2);
    await typeDate(page, 'End date', 90);
    await pressButton(page, 'Continue');
    await expectScreen(page, 'Check your answers before you submit');
    if (mode.narrow) await noSidewaysScroll(page);

    // Change: the link names what it changes; after the change, back to checking.
    const change = page.getByRole('link', { name: 'Change City' });
    await expect(change).toBeVisible();
    await tabTo(page, change);
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Which city will you get treatment in?');
    await chooseByKeyboard(page, 'City', 'Beijing');
    await pressButton(page, 'Continue');
    await expectScreen(page, 'Check your answers before you submit');
    await expect(page.getByRole('definition').filter({ hasText: 'Beijing' })).toBeVisible();

    await pressButton(page, 'Submit application');
    await expectScreen(page, 'Application submitted');
    const reference = page.locator('.ssc-reference');
    await expect(reference).toHaveText(/^YD\d{8}-[0-9A-F]{6}$/);
    const sent = (await reference.textContent())!;
    await expect(page.locator('#ssc-announcer-polite, #ssc-announcer-assertive')).toContainText([sent]);
    if (mode.narrow) await noSidewaysScroll(page);

    await openLink(page, 'See my applications', 'Online services');
    const application = page.getByRole('listitem').filter({ hasText: sent });
    await expect(application).toContainText('Submitted');
    await advanceClock(page, HOUR_S);
    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: sent })).toContainText('In review');
    await advanceClock(page, 24 * HOUR_S);
    await page.reload();
    const decided = page.getByRole('listitem').filter({ hasText: sent });
    await expect(decided).toContainText('Approved');
    await expect(decided).toContainText('Beijing');
    expect(await axeViolations(page)).toEqual([]);
    if (mode.narrow) await noSidewaysScroll(page);
  });
}

test('moving social insurance in Chinese care mode at 320 px: the same city twice is told, then sent, and a referral comes back needing its letter', async ({ page }) => {
  test.setTimeout(180_000);
  await bindMyCard(page, newPerson());
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/my-card?lang=zh-Hans&mode=care');
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await openLink(page, '网上办事', '网上办事');
  await openLink(page, '社保关系转移', '您现在在哪个城市参保？');
  await chooseByKeyboard(page, '您现在在哪个城市参保？', '武汉');
  await pressButton(page, '继续');
  await expectScreen(page, '要转到哪个城市？');
  await chooseByKeyboard(page, '要转到哪个城市？', '武汉');
  await pressButton(page, '继续');
  await expectError(page, '转入的城市不能和现在参保的城市一样', '出现了问题');
  // A reload keeps the question and what was chosen.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('要转到哪个城市？');
  await expect(page.getByRole('combobox', { name: '要转到哪个城市？' }).locator('option:checked')).toHaveText('武汉');
  await chooseByKeyboard(page, '要转到哪个城市？', '西安');
  await pressButton(page, '继续');
  await expectScreen(page, '要转移哪些保险？');
  await pressButton(page, '继续');
  await expectError(page, '请至少选择一项要转移的保险', '出现了问题');
  await tabTo(page, page.getByRole('checkbox', { name: '养老保险' }));
  await page.keyboard.press('Space');
  await pressButton(page, '继续');
  await expectScreen(page, '提交前请核对');
  await noSidewaysScroll(page);
  await pressButton(page, '提交申请');
  await expectScreen(page, '申请已提交');
  await expect(page.locator('.ssc-reference')).toHaveText(/^ZY\d{8}-[0-9A-F]{6}$/);
  const transfer = (await page.locator('.ssc-reference').textContent())!;
  await noSidewaysScroll(page);

  // A referral: the reviewer asks for the hospital's letter, and the page says where to take it.
  await openLink(page, '查看我的申请', '网上办事');
  await openLink(page, '异地就医备案', '您要在哪个城市看病？');
  await chooseByKeyboard(page, '城市', '广州');
  await pressButton(page, '继续');
  // Tab reaches the group once, on its first choice; the arrow keys move to (and choose) the third.
  await tabTo(page, page.getByRole('radio', { name: /长期住在那里/ }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /医院转诊到那里/ })).toBeChecked();
  await pressButton(page, '继续');
  await typeDate(page, '开始日期', 1, CHINESE_DATE);
  await typeDate(page, '结束日期', 30, CHINESE_DATE);
  await pressButton(page, '继续');
  await expectScreen(page, '提交前请核对');
  await pressButton(page, '提交申请');
  await expectScreen(page, '申请已提交');
  const referral = (await page.locator('.ssc-reference').textContent())!;
  await advanceClock(page, 25 * HOUR_S);
  await openLink(page, '查看我的申请', '网上办事');
  const item = page.getByRole('listitem').filter({ hasText: referral });
  await expect(item).toContainText('需要补充材料');
  await expect(item).toContainText('转诊证明');
  await expect(page.getByRole('listitem').filter({ hasText: transfer })).toContainText('已通过');
  await noSidewaysScroll(page);
});

test('the pension check by face in screen-reader mode: the inbox says it is due and leads to it; the camera, the check, its reference said; then it is not asked for again this year', async ({ page }) => {
  await bindMyCard(page, newPerson());
  await page.goto('/my-card?lang=en&mode=screen-reader');
  await expect(page.locator('html')).toHaveAttribute('data-screen-reader', '');
  // Within a year the inbox says the yearly check is due, and leads straight to it.
  for (let week = 0; week < 60; week += 1) {
    const inbox = (await (await page.request.get('/api/notices')).json()) as { notices: { kind: string }[] };
    if (inbox.notices.some((notice) => notice.kind === 'certification_due')) break;
    await advanceClock(page, 7 * 24 * HOUR_S);
  }
  await page.reload();
  await openLink(page, 'Benefit payment alerts', 'Messages');
  await openLink(page, 'Do the pension qualification check now', 'Pension qualification check');
  await expect(page.getByLabel('Camera picture')).toBeVisible();
  await pressButton(page, 'Start the check');
  await expectScreen(page, 'Pension qualification check done');
  const reference = page.locator('.ssc-reference');
  await expect(reference).toHaveText(/^RZ\d{8}-[0-9A-F]{6}$/);
  const said = (await reference.textContent())!;
  await expect(page.locator('#ssc-announcer-polite, #ssc-announcer-assertive')).toContainText([`Check done. Check reference ${said}`]);
  await expect(page.getByText(/^Your check is valid until \w+ \d{1,2}, 20\d\d\. Your pension is paid as usual\.$/)).toBeVisible();
  // The camera is off once the check is done.
  expect(await page.evaluate(() => document.querySelectorAll('video').length)).toBe(0);

  await openLink(page, 'Back to My card', 'Your card is bound');
  await openLink(page, 'Online services', 'Online services');
  // Done this year: the list says until when, and no longer offers the check.
  await expect(page.getByText(/^Done this year, valid until/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pension qualification check', exact: true })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: said })).toContainText('Approved');
});

// A context made by hand outlives its test unless closed (it would keep polling the service).
const devices: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(devices.splice(0).map((context) => context.close()));
});

async function newDevice(browser: Browser, baseURL: string | undefined): Promise<{ page: Page; thirdParty: () => string[] }> {
  const context = await browser.newContext({ baseURL });
  devices.push(context);
  const thirdParty = watchOrigins(context);
  return { page: await context.newPage(), thirdParty };
}

test('a relative asks a pensioner to do the check: the pensioner agrees on their own phone in Cantonese care mode and does it by face; the relative’s list follows live', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const relative = newPerson();
  await bindMyCard(page, relative);
  await openLink(page, 'Online services', 'Online services');
  await openLink(page, 'Help a family member with their pension qualification check', 'Who are you asking to do the check?');
  const pensioner = newPerson();

  // A number too short is told on the phone; the relative's own number, by the service, after sending.
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s full name' }), '王秀英');
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s ID number' }), pensioner.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s mobile number' }), '139');
  await pressButton(page, 'Continue');
  await expectError(page, 'Enter an 11-digit mobile number, like 13812345678');
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s mobile number' }), relative.phone);
  await pressButton(page, 'Continue');
  await expectScreen(page, 'What are you to the pensioner?');
  await tabTo(page, page.getByRole('radio', { name: 'child', exact: true }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Continue');
  await expectScreen(page, 'Which language should the pensioner’s phone show?');
  await tabTo(page, page.getByRole('radio', { name: 'English' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '廣東話（香港）' })).toBeChecked();
  await pressButton(page, 'Continue');
  await expectScreen(page, 'Check your answers before you send');
  await expect(page.getByRole('definition').filter({ hasText: pensioner.idNumber })).toBeVisible();
  await pressButton(page, 'Send the request');
  await expectError(page, 'This is your own mobile number. Enter the pensioner’s own mobile number; the request is sent there.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you asking to do the check?');
  await expect(page.getByRole('textbox', { name: 'Pensioner’s full name' })).toHaveValue('王秀英');
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s mobile number' }), pensioner.phone);
  await pressButton(page, 'Continue');
  // Straight back to checking: the other answers stand.
  await expectScreen(page, 'Check your answers before you send');
  await expect(page.getByRole('definition').filter({ hasText: '廣東話（香港）' })).toBeVisible();
  await pressButton(page, 'Send the request');
  await expectScreen(page, 'Request sent');
  await expect(page.locator('.ssc-reference')).toHaveText(/^[A-Z2-9]{4} [A-Z2-9]{4}$/);

  await openLink(page, 'See my applications', 'Online services');
  const asked = page.getByRole('listitem').filter({ hasText: 'Pension qualification check for 王秀英' });
  await expect(asked).toContainText('Waiting for 王秀英 to confirm on their own phone');

  // The pensioner's phone: the link from the text message opens in Cantonese, in care mode.
  const sms = await page.request.get(`/api/sandbox/sms?phone=${encodeURIComponent(pensioner.phone)}`);
  const { messages } = (await sms.json()) as { messages: { text: string }[] };
  const link = /https?:\/\/\S+\/consent\/\S+/.exec(messages[0]!.text)![0];
  expect(link).toContain('lang=zh-Hant-HK&mode=care');
  const phone = await newDevice(browser, baseURL);
  await phone.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(phone.page.getByRole('heading', { level: 1 })).toHaveText(/請你做養老金資格認證$/);
  await expect(phone.page.locator('html')).toHaveAttribute('data-care', '');
  await expect(phone.page.getByRole('definition').first()).toContainText('（你嘅仔女）');
  expect(await axeViolations(phone.page)).toEqual([]);
  await tabTo(phone.page, phone.page.getByRole('button', { name: '同意，開始認證' }));
  await phone.page.keyboard.press('Enter');
  await expect(phone.page).toHaveURL(/\/pension-check/);
  await expect(asked).toContainText('has agreed and is doing the face check', LIVE);
  await tabTo(phone.page, phone.page.getByRole('button', { name: '開始認證' }));
  await phone.page.keyboard.press('Enter');
  await expect(phone.page.getByRole('heading', { level: 1 })).toHaveText('養老金資格認證已經完成');
  await expect(phone.page.getByRole('heading', { level: 1 })).toBeFocused();
  const reference = (await phone.page.locator('.ssc-reference').textContent())!;
  expect(reference).toMatch(/^RZ\d{8}-[0-9A-F]{6}$/);
  expect(await axeViolations(phone.page)).toEqual([]);
  // A reload on the pensioner's phone still shows it done, and offers nothing else.
  await phone.page.reload();
  await expect(phone.page.getByRole('heading', { level: 1 })).toHaveText('養老金資格認證已經完成');
  await expect(phone.page.locator('.ssc-reference')).toHaveText(reference);

  // The relative's list has followed, and says so politely.
  await expect(asked).toContainText('王秀英 has done the check', LIVE);
  await expect(asked).toContainText(reference);
  await expect(page.locator('#ssc-announcer-polite')).toContainText('王秀英 has done the check');
  await expect(asked.getByRole('button', { name: 'Cancel this request' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(phone.thirdParty()).toEqual([]);
});

/** From Online services, fills the pension check request up to its language page, by keyboard. */
async function askUpToLanguage(page: Page, pensioner: ReturnType<typeof newPerson>): Promise<void> {
  await openLink(page, 'Help a family member with their pension qualification check', 'Who are you asking to do the check?');
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s full name' }), pensioner.name);
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s ID number' }), pensioner.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: 'Pensioner’s mobile number' }), pensioner.phone);
  await pressButton(page, 'Continue');
  await expectScreen(page, 'What are you to the pensioner?');
  await tabTo(page, page.getByRole('radio', { name: 'child', exact: true }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Continue');
  await expectScreen(page, 'Which language should the pensioner’s phone show?');
}

// Issue 20: the pension check's language was the family binding's answer too, and outlived the
// request it was chosen for.
test('the language chosen for one pensioner’s phone is not pre-selected for the next request', async ({ page }) => {
  test.setTimeout(180_000);
  await bindMyCard(page, newPerson());
  await openLink(page, 'Online services', 'Online services');
  await askUpToLanguage(page, newPerson());
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await tabTo(page, page.getByRole('radio', { name: 'English' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'ئۇيغۇرچە' })).toBeChecked();
  await pressButton(page, 'Continue');
  await expectScreen(page, 'Check your answers before you send');
  await pressButton(page, 'Send the request');
  await expectScreen(page, 'Request sent');

  await openLink(page, 'See my applications', 'Online services');
  await askUpToLanguage(page, newPerson());
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
});

test('a request to a family member can be taken back from the list by keyboard: focus stays on it, and it says so', async ({ page }) => {
  await bindMyCard(page, newPerson());
  const pensioner = newPerson();
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const asked = await page.request.post('/api/applications/pension-check/requests', {
    data: { pensionerName: '李秀兰', pensionerIdNumber: pensioner.idNumber, pensionerPhone: pensioner.phone, relationship: 'grandchild', locale: 'zh-Hans' },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(asked.status()).toBe(200);
  await openLink(page, 'Online services', 'Online services');
  const request = page.getByRole('listitem').filter({ hasText: 'Pension qualification check for 李秀兰' });
  await expect(request).toContainText('Waiting for 李秀兰 to confirm on their own phone');
  // Everything said politely from now on: the cancel is said once, not again as news.
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => heard.push(document.getElementById('ssc-announcer-polite')!.textContent?.trim() ?? '')).observe(
      document.getElementById('ssc-announcer-polite')!,
      { childList: true, characterData: true, subtree: true },
    );
  });
  const reloaded = page.waitForResponse((response) => response.url().endsWith('/api/applications') && response.request().method() === 'GET');
  await tabTo(page, request.getByRole('button', { name: 'Cancel this request' }));
  await page.keyboard.press('Enter');
  await expect(request).toContainText('You cancelled this request');
  await expect(request.getByRole('button', { name: 'Cancel this request' })).toHaveCount(0);
  await expect(request.getByRole('heading', { name: 'Pension qualification check for 李秀兰' })).toBeFocused();
  await reloaded;
  // The region gathers what is said close together into one text.
  const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | '));
  await expect.poll(heard).toContain('The check request to 李秀兰 is cancelled');
  expect(await heard()).not.toContain('You cancelled this request');
  expect(await axeViolations(page)).toEqual([]);
});

test('the pension check without the camera allowed: it says what to do (12333 for a home visit), and “Try again” opens the camera once allowed', async ({ page }) => {
  // The pension check's first request for the camera is refused, as when the person says no to
  // the browser's prompt (the binding's face check before it is let through).
  await page.addInitScript(() => {
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    let refused = false;
    navigator.mediaDevices.getUserMedia = (constraints) => {
      if (refused || !location.pathname.includes('pension-check')) return original(constraints);
      refused = true;
      return Promise.reject(new DOMException('refused', 'NotAllowedError'));
    };
  });
  await bindMyCard(page, newPerson());
  await openLink(page, 'Online services', 'Online services');
  await openLink(page, 'Pension qualification check', 'Pension qualification check');
  const told = 'The camera was not allowed. You can allow it in your browser settings and try again, or call 12333 to book a staff visit to your home for the check.';
  await expect(page.locator('main').getByText(told)).toBeVisible();
  // Said after the screen's own announcement, never over it: in whichever region it was queued.
  await expect(page.locator('#ssc-announcer-polite, #ssc-announcer-assertive').filter({ hasText: told })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Start the check' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await pressButton(page, 'Try again');
  await expect(page.getByLabel('Camera picture')).toBeVisible();
  await pressButton(page, 'Start the check');
  await expectScreen(page, 'Pension qualification check done');
});
