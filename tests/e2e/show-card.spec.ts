// Show my card (亮证) as people use it: by keyboard in care mode at 320 px, the QR a counter's
// scanner reads and checks, the name and number masked unless shown in full (and forgotten on
// leaving), the screen kept awake while shown, a new QR each minute said at most once, and
// offline a plain word that a new one needs the network.
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindCard, deviceMaker, expectStatus } from '../helpers/api.node.js';
import { expectScreen, openLink, pressButton, tabTo } from '../helpers/flow.node.js';
import { newPerson } from '../helpers/people.node.js';
import { readQrCode } from '../helpers/qr.node.js';
import { maskHolderName } from '../../src/domain/card.js';

const device = deviceMaker();

test('care mode at 320 px in English: a QR the counter reads as genuine, masked details shown in full only on request and forgotten on leaving, the screen kept awake, a new QR a minute on, and offline said plainly', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  // The wake lock the page asks for and lets go of.
  await page.addInitScript(() => {
    const record = { requested: 0, released: 0 };
    (window as unknown as { wakeLocks: typeof record }).wakeLocks = record;
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async () => {
          record.requested += 1;
          const sentinel = new EventTarget() as EventTarget & { release(): Promise<void> };
          sentinel.release = async () => {
            record.released += 1;
          };
          return sentinel;
        },
      },
    });
  });
  const wakeLocks = () => page.evaluate(() => (window as unknown as { wakeLocks: { requested: number; released: number } }).wakeLocks);
  await page.clock.install();
  const person = { ...newPerson(), name: '欧阳明月' };
  await bindCard(page.request, baseURL, person);
  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Show my card', 'Show my card');

  const qr = page.getByRole('img', { name: 'Social security card QR code, for the staff to scan' });
  await expect(qr).toBeVisible();
  const details = page.locator('.ssc-credential');
  await expect(details).toContainText(maskHolderName(person.name));
  await expect(details).not.toContainText(person.name);
  await expect(page.getByText('While this page is open, the screen stays on.')).toBeVisible();
  expect(await wakeLocks()).toEqual({ requested: 1, released: 0 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);

  // What a counter's scanner reads is a QR the service says is genuine, with the masked name only.
  const token = await readQrCode(await qr.screenshot());
  const counter = await device(baseURL);
  expect(await (await expectStatus(counter.get(`/api/credential/verify?token=${encodeURIComponent(token)}`), 200)).json()).toMatchObject({
    status: 'valid',
    holder: { nameMasked: maskHolderName(person.name) },
  });

  // The counter's own page says so too, first under its heading; nothing on it fails axe.
  const counterPage = await context.newPage();
  await counterPage.setViewportSize({ width: 320, height: 640 });
  await counterPage.goto(`/counter/verify?lang=en&code=${encodeURIComponent(token)}`);
  await expect(counterPage.getByRole('heading', { level: 2 })).toHaveText('Valid: the social security card service issued this, and it has not expired.');
  await expect(counterPage.getByRole('textbox', { name: 'What the QR holds' })).toHaveValue(token);
  expect(await counterPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(counterPage)).toEqual([]);
  await counterPage.close();

  // In full on request, said; masked again on the next visit.
  const full = page.getByRole('button', { name: 'Show my full name and card number' });
  await tabTo(page, full);
  await page.keyboard.press('Enter');
  await expect(full).toHaveAttribute('aria-pressed', 'true');
  await expect(details).toContainText(person.name);
  await expect(details).toContainText(/[A-Z]\d{8}/);
  await expect(page.locator('#ssc-announcer-polite')).toContainText('Your full name and card number are showing.');
  await openLink(page, 'Back to My card', 'Your card is bound');
  expect(await wakeLocks()).toEqual({ requested: 1, released: 1 });
  await openLink(page, 'Show my card', 'Show my card');
  await expect(details).toContainText(maskHolderName(person.name));
  await expect(details).not.toContainText(person.name);
  await expect(page.getByRole('button', { name: 'Show my full name and card number' })).toHaveAttribute('aria-pressed', 'false');

  // A minute on, a new QR by itself.
  const first = await qr.getAttribute('src');
  await page.clock.fastForward('01:01');
  await expect.poll(() => qr.getAttribute('src')).not.toBe(first);

  // Offline: the QR on screen stays for its minute, then goes, and the page says a new one needs the network.
  await context.setOffline(true);
  await page.clock.fastForward('01:01');
  await expect(qr).toHaveCount(0);
  await expect(page.locator('#show-card-time-left')).toHaveText('This QR code has expired. A new one needs the network: connect, then try again.');
  await context.setOffline(false);
  // Back online, a new QR comes by itself; a request caught by the switch is retried after 5 s
  // (the busy path), so a slow machine may take that long and more.
  await expect(qr).toBeVisible({ timeout: 15_000 });
  await pressButton(page, 'New QR code now');
  await expect(page.locator('#ssc-announcer-polite')).toContainText('A new QR code is showing, valid for 60 seconds');
});

test('screen-reader mode in Uyghur: right to left, the QR named, a new one said in words and never its contents; a card reported lost is not shown', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const api = await bindCard(page.request, baseURL, newPerson());
  await page.goto('/my-card?lang=ug&mode=screen-reader');
  await expectScreen(page, 'كارتىڭىز باغلاندى');
  await openLink(page, 'كارتامنى كۆرسىتىش', 'كارتامنى كۆرسىتىش');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('img', { name: 'ئىجتىمائىي كاپالەت كارتىسى QR كودى، خىزمەتچى سكانېرلايدۇ' })).toBeVisible();
  await pressButton(page, 'QR كودنى ھازىر يېڭىلاش');
  const polite = page.locator('#ssc-announcer-polite');
  await expect(polite).toContainText('يېڭى QR كود كۆرسىتىلدى، 60 سېكۇنت ئىچىدە كۈچكە ئىگە، ئاندىن ئۆزلۈكىدىن يېڭىلىنىدۇ.');
  expect(await polite.textContent()).not.toContain('SSC1');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);

  await expectStatus(api.post('/api/card/lost'), 200);
  await page.reload();
  // A page just loaded starts at its top (the skip link first), so the heading is not focused.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('كارتامنى كۆرسىتىش');
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('كارتىڭىز يوقالدى دەپ مەلۇم قىلىنغان، شۇڭا كۆرسەتكىلى بولمايدۇ.');
});
