// The contributions record as people use it: from the accounts, by keyboard, at 320 px, in care
// mode in English and in screen-reader mode in Uyghur; a year's months with the gap said as a gap,
// the sums as a sentence and in the table's last row, the table scrolling in its own region while
// the page does not, and the year as a CSV file in the person's language.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindCard, expectStatus } from '../helpers/api.node.js';
import { expectScreen, openLink, tabTo } from '../helpers/flow.node.js';
import { newPerson, newPhone } from '../helpers/people.node.js';
import { formatFen } from '../../src/domain/money.js';

type Parts = { employer: number; personal: number };
type Month = { month: string; paid: null | { base: number; pension: Parts; medical: Parts; unemployment: Parts } };

const announcements = (page: Page) => page.locator('#ssc-announcer-polite, #ssc-announcer-assertive');
const yuan = (fen: number, locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);
const sum = (months: Month[], pick: (paid: NonNullable<Month['paid']>) => number) => months.reduce((fen, m) => fen + (m.paid ? pick(m.paid) : 0), 0);

/** The year with the person's gap in it, and its months. */
function gapYear(months: Month[]): { year: string; inYear: Month[] } {
  const year = months.find((m) => !m.paid)!.month.slice(0, 4);
  return { year, inYear: months.filter((m) => m.month.startsWith(year)) };
}

test('care mode at 320 px in English: a year chosen by keyboard, its gap said as a gap, the sums in a sentence and the last row, the table scrolled by arrow keys in its region, the CSV in English', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const api = await bindCard(page.request, baseURL, newPerson());
  const { months } = (await (await expectStatus(api.get('/api/contributions'), 200)).json()) as { months: Month[] };
  const { year, inYear } = gapYear(months);
  const gapCount = inYear.filter((m) => !m.paid).length;

  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Pension and account queries', 'My accounts');
  await openLink(page, 'See your contributions month by month', 'Your contributions');
  const latest = months.at(-1)!.month.slice(0, 4);
  await expect(page.getByRole('table', { name: `Contributions in ${latest} (yuan)` })).toBeVisible();

  const select = page.getByRole('combobox', { name: 'Year to show' });
  await tabTo(page, select);
  await select.selectOption(year);
  const employer = sum(inYear, (p) => p.pension.employer + p.medical.employer + p.unemployment.employer);
  const personal = sum(inYear, (p) => p.pension.personal + p.medical.personal + p.unemployment.personal);
  const sentence = `In ${year}: months paid, ${inYear.length - gapCount}; months with nothing paid, ${gapCount}. Your employer paid ${formatFen(employer, ['en'])} and you paid ${formatFen(personal, ['en'])}.`;
  await expect(page.locator('.ssc-panel')).toHaveText(sentence);
  await expect(announcements(page)).toContainText([sentence]);

  const table = page.getByRole('table', { name: `Contributions in ${year} (yuan)` });
  await expect(table.locator('thead th[scope="colgroup"]')).toHaveText(['Pension insurance', 'Medical insurance', 'Unemployment insurance']);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(inYear.length);
  const gapMonth = inYear.find((m) => !m.paid)!;
  const gapName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(`${gapMonth.month}-01T00:00:00Z`));
  await expect(table.getByRole('row', { name: new RegExp(`^${gapName}`) })).toContainText('Nothing paid');
  const totals = table.locator('tfoot tr');
  await expect(totals.locator('th')).toHaveText('Total');
  await expect(totals.locator('td').first()).toHaveText(yuan(sum(inYear, (p) => p.pension.employer), 'en'));
  await expect(totals.locator('td').last()).toHaveText(yuan(sum(inYear, (p) => p.unemployment.personal), 'en'));

  // The page never scrolls sideways; the table does, inside its labelled region, by arrow keys.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const region = page.getByRole('region', { name: `Contributions in ${year} (yuan)` });
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeGreaterThan(0);
  await tabTo(page, region);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: `Download the ${year} contributions as a CSV file` }));
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe(`contributions-${year}.csv`);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Month,Status,Contribution base (yuan),"Pension insurance, Employer (yuan)","Pension insurance, You (yuan)","Medical insurance, Employer (yuan)","Medical insurance, You (yuan)","Unemployment insurance, Employer (yuan)","Unemployment insurance, You (yuan)"');
  expect(lines).toHaveLength(inYear.length + 1);
  expect(lines).toContain(`${gapMonth.month},Not paid,,,,,,,`);
  const paidMonth = inYear.find((m) => m.paid)!;
  expect(lines).toContain(`${paidMonth.month},Paid,${(paidMonth.paid!.base / 100).toFixed(2)},${(paidMonth.paid!.pension.employer / 100).toFixed(2)},${(paidMonth.paid!.pension.personal / 100).toFixed(2)},${(paidMonth.paid!.medical.employer / 100).toFixed(2)},${(paidMonth.paid!.medical.personal / 100).toFixed(2)},${(paidMonth.paid!.unemployment.employer / 100).toFixed(2)},${(paidMonth.paid!.unemployment.personal / 100).toFixed(2)}`);
  await expect(announcements(page)).toContainText(['The CSV file has been downloaded.']);
});

test('screen-reader mode in Uyghur, right to left: the table named by its caption, two rows of headers, figures left to right; a year change said in Uyghur; the CSV’s headers in Uyghur', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const api = await bindCard(page.request, baseURL, { ...newPerson(), phone: newPhone() });
  const { months } = (await (await expectStatus(api.get('/api/contributions'), 200)).json()) as { months: Month[] };
  const { year, inYear } = gapYear(months);

  await page.goto('/my-card?lang=ug&mode=screen-reader');
  await expectScreen(page, 'كارتىڭىز باغلاندى');
  await openLink(page, 'پېنسىيە ۋە ھېسابات سۈرۈشتۈرۈش', 'ھېساباتلىرىم');
  await openLink(page, 'ھەر ئايلىق تۆلەم خاتىرىسىنى كۆرۈش', 'تۆلەم خاتىرىسى');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const select = page.getByRole('combobox', { name: 'قايسى يىلنى كۆرسىتىدۇ' });
  await tabTo(page, select);
  // The year with the gap may be the one shown first: another year first, so the choice is a change.
  await select.selectOption(year === '2021' ? '2022' : '2021');
  await select.selectOption(year);
  await expect(announcements(page)).toContainText([new RegExp(`${year}-يىلى: تۆلەنگەن ئاي سانى ${inYear.filter((m) => m.paid).length}، تۆلەنمىگەن ئاي سانى \\d\\.`)]);
  const table = page.getByRole('table', { name: `${year}-يىلىدىكى تۆلەملەر (يۈەن)` });
  await expect(table.locator('thead tr')).toHaveCount(2);
  await expect(table.getByRole('columnheader', { name: 'ئورۇن تۆلىگىنى' })).toHaveCount(3);
  await expect(table.locator('tbody td.ssc-number').first()).toHaveAttribute('dir', 'ltr');
  await expect(table.getByText('ھېچنېمە تۆلەنمىگەن').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: `${year}-يىلىنى CSV ھۆججىتى قىلىپ چۈشۈرۈش` }));
  await page.keyboard.press('Enter');
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv.slice(1).split('\r\n')[0]).toMatch(/^ئاي,ھالىتى,تۆلەم ئاساسى \(يۈەن\),/);
});
