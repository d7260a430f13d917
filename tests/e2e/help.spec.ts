// "Having trouble?" as people use it when the face check cannot work: a visit booked at a counter
// and a call back from 12333, by keyboard, at 320 px, in English, and in Chinese in care and
// screen-reader mode; errors beside the fields and in the summary, nothing typed lost.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { giveIdentity, startSession } from '../helpers/api.node.js';
import { enterDetails, expectScreen, openLink, pressButton, startOwnCard, tabTo, typeInto } from '../helpers/flow.node.js';
import { newPerson, newPhone } from '../helpers/people.node.js';

async function refuseCamera(page: Page): Promise<void> {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
}

const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
const announcements = (page: Page) => page.locator('#ssc-announcer-polite, #ssc-announcer-assertive');

test('no camera, at 320 px by keyboard: "Having trouble?" books a visit at a counter: city, counter, day and hour, each question with its error; the booking number, what to bring, a text; then back to the face check', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await refuseCamera(page);
  const person = newPerson();
  await startOwnCard(page);
  await enterDetails(page, person);
  await expect(page.getByRole('heading', { name: 'Having trouble?', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ask 12333 to call you', exact: true })).toBeVisible();
  await openLink(page, 'Book a visit to a social security service counter', 'Which city would you like to visit a counter in?');
  await expect(page).toHaveURL(/\/help\/counter-visit$/);

  // Nothing chosen: the error beside the list and in the summary.
  await pressButton(page, 'Continue');
  const province = page.getByRole('combobox', { name: 'Province, region or municipality' });
  await expect(page.locator('.ssc-error-summary')).toContainText('Select a province, region or municipality');
  await expect(province).toHaveAccessibleDescription(/Error: Select a province, region or municipality/);
  await tabTo(page, province);
  await province.selectOption({ label: 'Beijing' });
  const city = page.getByRole('combobox', { name: 'City', exact: true });
  await tabTo(page, city);
  await city.selectOption({ label: 'Beijing' });
  await pressButton(page, 'Continue');

  await expectScreen(page, 'Choose a counter');
  const counters = page.getByRole('radio');
  expect(await counters.count()).toBeGreaterThanOrEqual(2);
  // Each counter says where it is, when it opens and whether it has steps.
  await expect(counters.first()).toHaveAccessibleDescription(/Monday to Friday \d{2}:\d{2}–\d{2}:\d{2}.*(Step-free, with a lowered desk|Steps at the entrance)/);
  await pressButton(page, 'Continue');
  await expect(page.locator('.ssc-error-summary')).toContainText('Choose a counter');
  await tabTo(page, counters.first());
  await page.keyboard.press('Space');
  await pressButton(page, 'Continue');

  await expectScreen(page, 'Which day?');
  await noSidewaysScroll(page);
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await pressButton(page, 'Continue');
  await expectScreen(page, 'What time?');
  await expect(page.getByRole('radio').first()).toHaveAccessibleDescription(/\d places? left/);
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await pressButton(page, 'Continue');

  await expectScreen(page, 'Check your booking');
  await expect(page.locator('.ssc-summary-list dt')).toHaveText(['City', 'Counter', 'Address', 'Date', 'Time']);
  await pressButton(page, 'Book the visit');
  await expectScreen(page, 'Your visit is booked');
  const reference = (await page.locator('.ssc-reference').textContent())!;
  await expect(announcements(page)).toContainText([/Your visit is booked, booking number [A-Z0-9 ,]+\./]);
  await expect(page.getByRole('list').filter({ hasText: 'original' }).getByRole('listitem')).toHaveText([
    'Your Mainland China resident ID card (the original)',
    'Your social security card (if you still have it)',
  ]);
  await noSidewaysScroll(page);
  const outbox = (await (await page.request.get(`/api/sandbox/sms?phone=${person.phone}`)).json()) as { messages: { text: string }[] };
  expect(outbox.messages.some((message) => message.text.includes(reference))).toBe(true);

  // Done: back where the person was stuck, the face check, with the other ways still there.
  await openLink(page, 'Done', 'Face check');
  await expect(page.getByRole('button', { name: 'Use a text message code instead' })).toBeVisible();
});

test('care and screen-reader mode in Chinese at 320 px: ask 12333 to call back: the number with its error, kept across a reload; a time window; the call back said with the number as its ending, never in full', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await refuseCamera(page);
  const person = newPerson();
  await giveIdentity(await startSession(page.request, baseURL), person);
  await page.goto('/identity?lang=zh-Hans&mode=care,screen-reader');
  await expectScreen(page, '刷脸核验');
  await expect(page.getByRole('heading', { name: '遇到困难？', level: 2 })).toBeVisible();
  await openLink(page, '请 12333 给您回电话', '12333 打哪个号码给您？');

  const phone = page.getByRole('textbox', { name: '12333 打哪个号码给您？' });
  await pressButton(page, '继续');
  await expect(page.locator('.ssc-error-summary')).toContainText('请输入手机号码');
  await expect(phone).toHaveAccessibleDescription(/错误：\s*请输入手机号码/);
  await typeInto(page, phone, '1380013');
  await pressButton(page, '继续');
  await expect(phone).toHaveAccessibleDescription(/错误：/);
  await expect(phone, 'what was typed stays').toHaveValue('1380013');
  const number = newPhone();
  await phone.fill('');
  await typeInto(page, phone, number);
  await pressButton(page, '继续');
  await expectScreen(page, '什么时间打给您方便？');
  // A reload stays on the question, with the number kept.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('什么时间打给您方便？');
  const windows = page.getByRole('radio');
  await expect(windows.first()).toHaveAccessibleName(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}–\d{2}:\d{2}/);
  await tabTo(page, windows.first());
  await page.keyboard.press('Space');
  await pressButton(page, '继续');
  await expectScreen(page, '请核对回电信息');
  await expect(page.locator('.ssc-summary-list')).toContainText(number);
  await pressButton(page, '请 12333 回电');
  await expectScreen(page, '12333 会给您回电话');
  await noSidewaysScroll(page);
  const said = (await announcements(page).allTextContents()).join(' ');
  expect(said).toContain(`尾号 ${number.slice(-4)}`);
  expect(said, 'the number is said by its ending, never in full or with its stars').not.toMatch(/\*|•|\d{11}/);
  const logged = (await (await page.request.get('/api/sandbox/callbacks')).json()) as { callbacks: { reference: string }[] };
  const reference = (await page.locator('.ssc-reference').textContent())!;
  expect(logged.callbacks.map((callback) => callback.reference)).toContain(reference);
  expect(await axeViolations(page)).toEqual([]);
});
