// Reporting a lost card from "my card" and lifting the report, as people do it: keyboard only, in
// care mode and in screen-reader mode, at 320 px, in English and Uyghur (right to left).
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindCard, deviceMaker, encryptPassword, expectStatus as expectAnswer, fakeCameraFrame, startSession } from '../helpers/api.node.js';
import { expectScreen, pressButton, tabTo } from '../helpers/flow.node.js';
import { newCardNumber, newPerson, newPhone } from '../helpers/people.node.js';

const device = deviceMaker();

async function openLink(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('link', { name, exact: true }));
  await page.keyboard.press('Enter');
  await expectScreen(page, heading);
}

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
  const asked = await expectAnswer(
    relative.post('/api/consent', { holderName: holder.name, holderIdNumber: holder.idNumber, holderPhone: holder.phone, relativeName: '李明', relativePhone: newPhone(), relationship: 'child', services: ['medical_payment'], locale: 'en' }),
    200,
  );
  const token = ((await asked.json()) as { link: string }).link.replace('/consent/', '').split('?')[0]!;
  await expectAnswer(holderPhone.post('/api/consent/open', { token }), 200);
  await expectAnswer(holderPhone.post('/api/consent/accept', { token }), 200);
  await expectAnswer(holderPhone.post('/api/identity/face', { image: fakeCameraFrame() }), 200);
  await expectAnswer(relative.post('/api/card', { cardNumber: newCardNumber() }), 200);
  const bank = (await (await expectAnswer(holderPhone.get('/api/bank'), 200)).json()) as { keyId: string; publicKey: string };
  await expectAnswer(holderPhone.post('/api/bank/verify', { keyId: bank.keyId, ciphertext: encryptPassword('147258', bank.publicKey) }), 200);
  await expectAnswer(holderPhone.post('/api/agreement/sign', { version: '2026-11', agreed: true }), 200);
  await expectAnswer(relative.post('/api/binding', { services: ['medical_payment'] }), 200);

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
