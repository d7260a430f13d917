// The proof of insurance as people get it: from My accounts, by keyboard, at 320 px, in care mode
// in English and in screen-reader mode in Uyghur; the button replaced by the result, its heading
// focused and read, the check code shown left to right, and the PDF downloaded is the very file
// the public page calls genuine, in Chinese and the person's language.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindCard } from '../helpers/api.node.js';
import { expectScreen, openLink, recordAnnouncements, tabTo } from '../helpers/flow.node.js';
import { newPerson } from '../helpers/people.node.js';
import { readPdf } from '../helpers/pdf.node.js';


async function download(page: Page, name: RegExp): Promise<{ fileName: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await tabTo(page, page.getByRole('link', { name }));
  await page.keyboard.press('Enter');
  const file = await started;
  return { fileName: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('care mode at 320 px in English: the proof made by keyboard, its heading focused, the code and validity shown, the PDF in Chinese then English and genuine on the check page', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const person = newPerson();
  await bindCard(page.request, baseURL, person);
  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Pension and account queries', 'My accounts');
  await openLink(page, 'Get a proof of insurance (PDF file)', 'Proof of insurance');
  await expect(page.getByText('The proof is in Chinese, followed by the same in English.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await tabTo(page, page.getByRole('button', { name: 'Get a proof of insurance' }));
  await page.keyboard.press('Enter');
  const ready = page.getByRole('heading', { name: 'Your proof of insurance is ready' });
  await expect(ready).toBeFocused();
  const code = (await page.locator('.ssc-summary-list dd').first().textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.locator('.ssc-summary-list')).toContainText('Valid until');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);

  const file = await download(page, /^Download your proof of insurance \(PDF file, \d+ KB\)$/);
  expect(file.fileName).toMatch(/^proof-of-insurance-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readPdf(file.bytes);
  expect(pdf.pages[0]).toContain(`姓名 ${person.name}`);
  expect(pdf.pages[1]).toContain(`Full name ${person.name}`);
  expect(pdf.pages[1]).toContain(`Check code ${code}`);

  // Whoever is given the file checks it on the public page: the same bytes are genuine.
  const checked = await page.request.post('/verify/proof?lang=en', { multipart: { code, file: { name: file.fileName, mimeType: 'application/pdf', buffer: file.bytes } } });
  const answer = await checked.text();
  expect(answer).toContain('Genuine: the social security card service issued this proof');
  expect(answer).toContain('The file you uploaded is exactly the one issued: it has not been changed.');
});

test('screen-reader mode in Uyghur, right to left: the result heading focused and read, the code left to right, the PDF in Chinese then Uyghur', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await bindCard(page.request, baseURL, newPerson());
  const heard = await recordAnnouncements(page);
  await page.goto('/my-card?lang=ug&mode=screen-reader');
  await expectScreen(page, 'كارتىڭىز باغلاندى');
  await openLink(page, 'پېنسىيە ۋە ھېسابات سۈرۈشتۈرۈش', 'ھېساباتلىرىم');
  await openLink(page, 'سۇغۇرتىغا قاتناشقانلىق ئىسپاتى ئېلىش (PDF ھۆججىتى)', 'سۇغۇرتىغا قاتناشقانلىق ئىسپاتى');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await tabTo(page, page.getByRole('button', { name: 'سۇغۇرتىغا قاتناشقانلىق ئىسپاتى ئېلىش' }));
  await page.keyboard.press('Enter');
  await expect.poll(heard).toContainEqual(expect.stringContaining('سۇغۇرتىغا قاتناشقانلىق ئىسپاتى تەييارلىنىۋاتىدۇ…'));
  await expect(page.getByRole('heading', { name: 'سۇغۇرتىغا قاتناشقانلىق ئىسپاتى تەييار' })).toBeFocused();
  await expect(page.locator('.ssc-summary-list dd').first()).toHaveAttribute('dir', 'ltr');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);

  const file = await download(page, /^سۇغۇرتىغا قاتناشقانلىق ئىسپاتىنى چۈشۈرۈش/);
  const pdf = await readPdf(file.bytes);
  expect(pdf.trees.map((tree) => JSON.stringify(tree).match(/"lang":"([^"]+)"/)?.[1])).toEqual(['zh-Hans', 'ug']);
  expect(pdf.actualTexts.join('')).toContain('سۇغۇرتىغا قاتناشقانلىق ئىسپاتى');
});
