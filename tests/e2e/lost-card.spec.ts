// Reporting a lost card from "my card" and lifting the report, as people do it: keyboard only, in
// care mode and in screen-reader mode, at 320 px, in English and Uyghur (right to left).
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { advanceClock, bindCard, bindForCardholder, confirmIdentity, deviceMaker, expectStatus as expectAnswer, startSession } from '../helpers/api.node.js';
import { enterDetails, expectScreen, latestSmsCode, openLink, pressButton, recordAnnouncements, tabTo, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson, newPhone } from '../helpers/people.node.js';

const device = deviceMaker();

/** The heading the page's content changed to has focus, and the page has no axe violations. */
async function expectStatus(page: Page, heading: string): Promise<void> {
  const status = page.locator('#lost-card-status');
  await expect(status).toHaveText(heading);
  await expect(status).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
}

const announcements = (page: Page) => page.locator('#ssc-announcer-polite, #ssc-announcer-assertive');

test('care mode at 320 px: report the card lost from my card, the payment code then says why it stops, and the report is lifted once the card is found', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await bindCard(page.request, baseURL, newPerson());
  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Report your card lost', 'Report your card lost');
  await expect(page).toHaveURL(/\/my-card\/lost$/);
  // What stops and what still works is said before the button.
  await expect(page.getByText('account queries, messages and online services still work')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await pressButton(page, 'Report it lost now');
  await expectStatus(page, 'Your card is reported lost');
  const reference = (await page.locator('.ssc-reference').textContent())!;
  expect(reference).toMatch(/^GS[0-9A-F]{10}$/);
  await expect(announcements(page)).toContainText([/Your card is reported lost\. Report number G S [0-9A-F ,]+\. Paying with the medical insurance code and the card has stopped\./]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await openLink(page, 'Back to My card', 'Your card is bound');
  await expect(page.getByText('Bound, reported lost (paying with the medical insurance code and the card has stopped)')).toBeVisible();
  await openLink(page, 'Medical insurance payments', 'Medical insurance code');
  // No code while the card is reported lost: the reason with its number, and the way to lift it.
  await expect(page.getByText(`Your card is reported lost (report number ${reference}), so the medical insurance code has stopped`)).toBeVisible();
  await expect(page.locator('.ssc-payment-code')).toHaveCount(0);
  await openLink(page, 'Lift the report', 'Report your card lost');
  await pressButton(page, 'Lift the report');
  await expectStatus(page, 'Your card is working normally');
  await expect(page.getByText(new RegExp(`Your last report \\(report number ${reference}\\) was lifted on `))).toBeVisible();
  await expect(announcements(page)).toContainText(['The report is lifted. Paying with the medical insurance code and the card works again.']);
  await openLink(page, 'Back to My card', 'Your card is bound');
  await openLink(page, 'Medical insurance payments', 'Medical insurance code');
  await expect(page.locator('.ssc-payment-code__digits')).toHaveText(/^\d{4} \d{4} \d{4} \d{4} \d{2}$/);
});

test('screen-reader mode in Uyghur care mode: right to left, the report said with its number character by character, no axe violations', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await bindCard(page.request, baseURL, newPerson());
  await page.goto('/my-card?lang=ug&mode=care,screen-reader');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectScreen(page, 'كارتىڭىز باغلاندى');
  await openLink(page, 'كارتىنى يوقالدى دەپ مەلۇم قىلىش', 'كارتىنى يوقالدى دەپ مەلۇم قىلىش');
  await pressButton(page, 'ھازىرلا مەلۇم قىلىش');
  await expectStatus(page, 'كارتىڭىز يوقالدى دەپ مەلۇم قىلىنغان');
  await expect(announcements(page)).toContainText([/كارتىڭىز يوقالدى دەپ مەلۇم قىلىندى، مەلۇمات نومۇرى G S .*، /]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("a relative who helped bind reports the cardholder's card lost from their own phone; the cardholder is texted, and only they can lift it", async ({ page, baseURL }) => {
  const holder = newPerson();
  // The binding made over the API, the relative's side in this page's own session.
  const relative = await startSession(page.request, baseURL);
  const holderPhone = await startSession(await device(baseURL), baseURL);
  await bindForCardholder(relative, holderPhone, holder, { relativePhone: newPhone(), services: ['medical_payment'], locale: 'en' });

  await page.goto('/my-card?lang=en');
  await expectScreen(page, 'Your card is bound');
  await pressButton(page, `Report ${holder.name}’s card lost`);
  const status = page.locator('#report-for-cardholder');
  await expect(status).toHaveText(`${holder.name}’s card is reported lost`);
  await expect(status).toBeFocused();
  await expect(announcements(page)).toContainText([new RegExp(`${holder.name}’s card is reported lost\\. Report number G S [0-9A-F ,]+\\. ${holder.name} gets a text message\\.`)]);
  await expect(page.getByText(`Only ${holder.name} can lift the report, on their own phone.`)).toBeVisible();
  await expect(page.getByRole('button', { name: /Lift/ })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  const texts = (await (await holderPhone.get(`/api/sandbox/sms?phone=${holder.phone}`)).json()) as { messages: { text: string }[] };
  expect(texts.messages[0]!.text).toContain('临时挂失');
  await expectAnswer(holderPhone.get('/api/card/lost'), 200, { lost: true, report: { reportedBy: 'relative' } });
});

test('care mode at 320 px: order a new card by post from the lost-card page, by keyboard; each problem told beside its field with nothing typed lost; the card followed to the door and bound in place', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const api = await bindCard(page.request, baseURL, newPerson());
  const before = ((await (await expectAnswer(api.get('/api/binding'), 200)).json()) as { card: { cardNumberMasked: string } }).card.cardNumberMasked;
  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Report your card lost', 'Report your card lost');
  await pressButton(page, 'Report it lost now');
  await expectStatus(page, 'Your card is reported lost');
  await expect(page.getByText('This is your first new card within a year, so making and posting it are free.')).toBeVisible();
  await openLink(page, 'Order a new card by post', 'Where should we post your new card?');
  await expect(page).toHaveURL(/\/my-card\/lost\/new-card$/);
  expect(await axeViolations(page)).toEqual([]);

  // Nothing chosen, a street too long: both said, in the summary and beside their fields.
  const street = page.getByRole('textbox', { name: 'Street address' });
  const tooLong = `${'科技园南区高新南一道'.repeat(6)}1 号`;
  await tabTo(page, street);
  await page.keyboard.insertText(tooLong);
  await pressButton(page, 'Continue');
  const summary = page.locator('.ssc-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Select a province, region or municipality', 'Street address must be 60 characters or fewer']);
  await expect(page.getByRole('combobox', { name: 'Province, region or municipality' })).toHaveAccessibleDescription(/Error: Select a province, region or municipality/);
  await expect(street).toHaveValue(tooLong);

  // Each list appears once the one before it is answered, and is named in the reader's language.
  const province = page.getByRole('combobox', { name: 'Province, region or municipality' });
  await tabTo(page, province);
  await province.selectOption({ label: 'Guangdong Province' });
  const city = page.getByRole('combobox', { name: 'City', exact: true });
  await expect(city.getByRole('option')).toHaveText(['Choose', 'Guangzhou', 'Shenzhen']);
  await tabTo(page, city);
  await city.selectOption({ label: 'Shenzhen' });
  const district = page.getByRole('combobox', { name: 'District or county' });
  await tabTo(page, district);
  await district.selectOption({ label: 'Nanshan District' });
  await street.fill('');
  await tabTo(page, street);
  await page.keyboard.insertText('高新南一道 1 号 2 栋 301');
  await pressButton(page, 'Continue');

  await expectScreen(page, 'Check the address before we post it');
  await expect(page.locator('.ssc-summary-list dd:not(.ssc-summary-list__action)')).toHaveText(['Nanshan District, Shenzhen, Guangdong Province', '高新南一道 1 号 2 栋 301']);
  await expect(page.getByText('This is your first new card within a year, so making and posting it are free.')).toBeVisible();
  await pressButton(page, 'Order a new card');
  await expectScreen(page, 'New card ordered');
  const reference = (await page.locator('.ssc-reference').textContent())!;
  expect(reference).toMatch(/^BK[0-9A-F]{10}$/);
  await expect(announcements(page)).toContainText([/New card ordered\. Order number B K [0-9A-F ,]+\./]);
  await expect(page.locator('.ssc-task-list__item[aria-current="step"]')).toContainText('Order received');
  await expect(page.locator('.ssc-task-list__item')).toHaveText([/^\s*Order received\s+\w+ \d+, \d{4}\s*$/, /^\s*New card made\s+expected /, /^\s*Posted\s+expected /, /^\s*Delivered\s+expected /]);
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // The lost-card page follows the order; the old card stays stopped, so there is no lift.
  await openLink(page, 'See where your new card is', 'Report your card lost');
  await expect(page.getByText(reference, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lift the report' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // Five days on the sandbox clock: delivered, and the new number is bound in place of the old.
  await advanceClock(api, 5 * 24 * 60 * 60);
  await page.reload();
  await expect(page.locator('#lost-card-status')).toHaveText('Your card is working normally');
  const after = ((await (await expectAnswer(api.get('/api/binding'), 200)).json()) as { card: { cardNumberMasked: string } }).card.cardNumberMasked;
  expect(after).not.toBe(before);
  await expect(page.locator('p', { hasText: 'Your new card (' })).toHaveText(
    new RegExp(`^\\s*Your new card \\(${after.replace('****', '\\*{4}')}\\s*number ending ${after.slice(-3)}\\) arrived on \\w+ \\d+, \\d{4} .+ and is bound here: you do not bind it again\\. The old card no longer works\\.\\s*$`),
  );
  await expect(page.locator('.ssc-masked .ssc-visually-hidden')).toHaveText([`number ending ${after.slice(-3)}`]);
});

test('screen-reader mode in Uyghur care mode: the new-card address in Uyghur, right to left, read back from the district up', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await bindCard(page.request, baseURL, newPerson());
  await page.goto('/my-card?lang=ug&mode=care,screen-reader');
  await expectScreen(page, 'كارتىڭىز باغلاندى');
  await openLink(page, 'كارتىنى يوقالدى دەپ مەلۇم قىلىش', 'كارتىنى يوقالدى دەپ مەلۇم قىلىش');
  await pressButton(page, 'ھازىرلا مەلۇم قىلىش');
  await expectStatus(page, 'كارتىڭىز يوقالدى دەپ مەلۇم قىلىنغان');
  await openLink(page, 'پوچتا ئارقىلىق يېڭى كارتا بۇيرۇتۇش', 'يېڭى كارتىنى قەيەرگە ئەۋەتەيلى؟');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('combobox', { name: 'ئۆلكە، ئاپتونوم رايون ياكى بىۋاسىتە قاراشلىق شەھەر' }).selectOption({ label: 'شىنجاڭ ئۇيغۇر ئاپتونوم رايونى' });
  await page.getByRole('combobox', { name: 'شەھەر', exact: true }).selectOption({ label: 'قەشقەر ۋىلايىتى' });
  await page.getByRole('combobox', { name: 'رايون ياكى ناھىيە' }).selectOption({ label: 'قەشقەر شەھىرى' });
  await page.getByRole('textbox', { name: 'تەپسىلىي ئادرېس' }).fill('ئۆستەڭبويى 12');
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await pressButton(page, 'داۋاملاشتۇرۇش');
  await expectScreen(page, 'ئەۋەتىشتىن بۇرۇن ئادرېسنى تەكشۈرۈڭ');
  await expect(page.locator('.ssc-summary-list dd:not(.ssc-summary-list__action)').first()).toHaveText('قەشقەر شەھىرى، قەشقەر ۋىلايىتى، شىنجاڭ ئۇيغۇر ئاپتونوم رايونى');
  expect(await axeViolations(page)).toEqual([]);
});

test('someone who has not bound their card reports it lost from the first screen, proving who they are by text-message code (no camera needed), at 320 px; then the card step refuses it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const person = newPerson();
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  await expect(page.getByText('Once you have proved who you are, you can report it lost straight away, without binding it first')).toBeVisible();
  await openLink(page, 'Report your card lost', 'Confirm who you are');
  // Not a step of a binding: the caption says what this is for, and there is no "step 2 of 6".
  await expect(page.locator('#ssc-step-position')).toHaveText('Report your card lost');
  await expect(page.locator('.ssc-progress')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Report your card lost: Confirm who you are – /);
  await enterDetails(page, person);
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  await typeInto(page, page.getByRole('textbox', { name: 'Code' }), await latestSmsCode(page, person.phone));
  await page.keyboard.press('Enter');

  await expectScreen(page, 'Report your card lost');
  await expect(page.getByRole('link', { name: 'Back to the start' })).toBeVisible();
  await pressButton(page, 'Report it lost now');
  await expectStatus(page, 'Your card is reported lost');
  const reference = (await page.locator('.ssc-reference').textContent())!;
  // Nothing bound here, so no new card by post: the way to get one is said instead.
  await expect(page.getByRole('link', { name: 'Order a new card by post' })).toHaveCount(0);
  await expect(page.getByText('To get a new card, call 12333.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // A reload comes back to the report, not to the card step.
  await page.reload();
  await expect(page.locator('#lost-card-status')).toHaveText('Your card is reported lost');

  // Binding now: the card step refuses the card, with the report's number.
  await openLink(page, 'Back to the start', 'Bind your social security card');
  await tabTo(page, page.getByRole('radio', { name: 'My own card' }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Start');
  await expectScreen(page, 'Add your card');
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), newCardNumber());
  await page.keyboard.press('Enter');
  await expect(page.locator('.ssc-error-summary')).toContainText(`This card has been reported lost (report number ${reference})`);
});

test('screen-reader mode at 320 px: "was this all you?" opens the activity, a named table with column and row headers, newest first, that scrolls in its own region; something not you leads to reporting the card lost', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const api = await bindCard(page.request, baseURL, newPerson());
  await expectAnswer(api.post('/api/payment-code'), 200);
  await page.goto('/my-card?lang=en&mode=screen-reader');
  await expectScreen(page, 'Your card is bound');
  await expect(page.getByRole('heading', { name: 'Was this all you?', level: 2 })).toBeVisible();
  await openLink(page, 'See your activity', 'Activity');
  await expect(page).toHaveURL(/\/my-card\/activity$/);
  const table = page.getByRole('table', { name: 'What has happened since you bound your card' });
  await expect(table.getByRole('columnheader')).toHaveText(['What happened', 'Time', 'By']);
  await expect(table.getByRole('rowheader')).toHaveText(['Opened the medical insurance code', 'Bound the card']);
  await expect(table.locator('tbody tr td:last-of-type')).toHaveText(['You', 'You']);
  // The table scrolls inside a named region a keyboard can reach; the page itself never scrolls sideways.
  const region = page.getByRole('region', { name: 'What has happened since you bound your card' });
  await tabTo(page, region);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
  await openLink(page, 'Report your card lost', 'Report your card lost');
});

test('care mode at 320 px: sign out everywhere from my card, by keyboard with a confirmation; this phone and the other device are signed out, the card stays bound', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const person = newPerson();
  await bindCard(page.request, baseURL, person);
  const laptop = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(laptop, person, 'sms');
  const heard = await recordAnnouncements(page);
  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await pressButton(page, 'Sign out everywhere');
  const dialog = page.getByRole('dialog', { name: 'Sign out on every device?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This phone too. Your card stays bound');
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, dialog.getByRole('button', { name: 'Sign out everywhere' }));
  await page.keyboard.press('Enter');

  await expectScreen(page, 'Bind your social security card');
  // Said with the first screen's words, or just before them: asserted as said, whichever came first.
  await expect.poll(heard).toContainEqual(expect.stringContaining('Signed out on every device. Your card is still bound; to use it again, confirm who you are first.'));
  await expectAnswer(laptop.get('/api/binding'), 401, { code: 'no_session' });
  // Confirming who they are again opens the same card.
  const again = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(again, person, 'face');
  await expectAnswer(again.get('/api/binding'), 200);
});

test('"was this you?": what a relative who helped bind did, and what the cardholder did, reach the cardholder’s inbox with who and when, each leading to "this wasn’t me"', async ({ page, baseURL }) => {
  const holder = newPerson();
  const relative = await startSession(await device(baseURL), baseURL);
  // The cardholder's side in this page's own session.
  const holderPhone = await startSession(page.request, baseURL);
  const relativePhone = newPhone();
  await bindForCardholder(relative, holderPhone, holder, { relativePhone, services: ['medical_payment', 'benefit_alerts'], locale: 'en' });

  await page.goto('/my-card?lang=en&mode=screen-reader');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Benefit payment alerts', 'Messages');
  const [byRelative, byHolder] = [page.locator('.ssc-notice-item').nth(0), page.locator('.ssc-notice-item').nth(1)];
  await expect(byRelative.getByRole('heading')).toHaveText(/New\s+Did you agree to this\?/);
  await expect(byRelative).toContainText(`Your family member 李明 (${relativePhone.slice(0, 3)}****${relativePhone.slice(-4)}number ending ${relativePhone.slice(-4)}): Bound the card (`);
  await expect(byHolder.getByRole('heading')).toHaveText(/New\s+Was this you\?/);
  await expect(byHolder).toContainText('You: Let a family member help bind the card (');
  await expect(byHolder).toContainText('If it was not you or someone you agreed to, choose “This wasn’t me” now.');
  expect(await axeViolations(page)).toEqual([]);
  // Each link says which notice it is about.
  const link = byRelative.getByRole('link', { name: 'This wasn’t me' });
  await expect(link).toHaveAccessibleDescription(/Did you agree to this\?/);
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Activity');
  await expect(page.getByRole('button', { name: 'This wasn’t me' })).toBeVisible();
});

test('screen-reader mode at 320 px: "this wasn’t me" from the activity, after a confirmation, stops the binding for review: what was done, the review number, what happens next', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const person = newPerson();
  await bindCard(page.request, baseURL, person);
  const heard = await recordAnnouncements(page);
  await page.goto('/my-card?lang=en&mode=screen-reader');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'See your activity', 'Activity');
  await pressButton(page, 'This wasn’t me');
  const dialog = page.getByRole('dialog', { name: 'Are you sure this wasn’t you?' });
  await expect(dialog).toContainText('every device (this phone too) is signed out');
  await tabTo(page, dialog.getByRole('button', { name: 'This wasn’t me' }));
  await page.keyboard.press('Enter');

  await expectScreen(page, 'Binding is on hold for a manual check');
  await expect(page.getByText('You told us something was not you. Paying with your card has stopped')).toBeVisible();
  await expect(page.getByText('12333 will phone you within 1 working day')).toBeVisible();
  const reference = (await page.locator('.ssc-reference').textContent())!;
  expect(reference).toMatch(/^RV[0-9A-F]{10}$/);
  // Said with the new screen's own words, or just before them when that screen is slower to come
  // (then the region holds its words by the time this looks): either way, it was said.
  await expect.poll(heard).toContainEqual(expect.stringMatching(/Stopped\. Review number R V [0-9A-F ,]+\./));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Proving who they are again, the person sees the review, not their card.
  const again = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(again, person, 'face');
  await expectAnswer(again.get('/api/session'), 200, { progress: { frozen: { reason: 'not_me', reviewReference: reference } } });
});
