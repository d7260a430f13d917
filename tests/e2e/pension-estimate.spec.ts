// The pension estimate as people use it: from the accounts, by keyboard, at 320 px, in care mode in
// English and in screen-reader mode in Chinese; the figures from the person's own record, the
// sum shown, each figure changeable with its error beside it and nothing typed lost.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindCard, deviceMaker, expectStatus } from '../helpers/api.node.js';
import { expectScreen, openLink, pressButton, tabTo, typeInto } from '../helpers/flow.node.js';
import { newPerson, newPhone } from '../helpers/people.node.js';
import { idCheckCharacter } from '../../src/domain/identity.js';
import { estimatePension, projectToRetirement, retirementAge } from '../../src/domain/pension.js';

const device = deviceMaker();

/** A resident ID number for someone born on `birth` (YYYYMMDD); an odd 17th digit is a man. */
function idNumberFor(birth: string, sex: 'male' | 'female'): string {
  const sequence = `${Math.floor(Math.random() * 90) + 10}${sex === 'male' ? 3 : 4}`;
  const first17 = `110105${birth}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

const announcements = (page: Page) => page.locator('#ssc-announcer-polite, #ssc-announcer-assertive');
const yuan = (fen: number, locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);

interface Record {
  born: { year: number; month: number };
  group: 'male' | 'female_50' | 'female_55';
  monthsContributed: number;
  averageIndex: number;
  balance: number;
  monthlyPersonal: number;
  averageWage: { fen: number; year: number };
  asOf: string;
}

test('care mode at 320 px in English: the estimate from the person’s record, as a sentence and a table with the sum in words; wrong figures told beside their fields and kept; a hand-worked example', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const person = { ...newPerson(), idNumber: idNumberFor('19700115', 'male') };
  const api = await bindCard(page.request, baseURL, person);
  const record = (await (await expectStatus(api.get('/api/pension/record'), 200)).json()) as Record;
  expect(record).toMatchObject({ born: { year: 1970, month: 1 }, group: 'male' });

  await page.goto('/my-card?lang=en&mode=care');
  await expectScreen(page, 'Your card is bound');
  await openLink(page, 'Pension and account queries', 'My accounts');
  await openLink(page, 'Estimate your monthly pension when you retire', 'Pension estimate');

  // What the record gives, carried on to retirement in May 2031 at 61 years 4 months (the 2025 rule).
  const retires = retirementAge(record.born, record.group);
  expect(retires).toMatchObject({ years: 61, months: 4, retiresIn: { year: 2031, month: 5 } });
  const [year, month] = record.asOf.split('-').map(Number) as [number, number];
  const projected = projectToRetirement({ monthsContributed: record.monthsContributed, balanceFen: record.balance, monthlyPersonalFen: record.monthlyPersonal, asOf: { year, month } }, retires.retiresIn);
  const expected = estimatePension({ averageWageFen: record.averageWage.fen, averageIndex: record.averageIndex, years: projected.years, balanceFen: projected.balanceFen, retirementAgeYears: 61 });
  const result = page.locator('.ssc-estimate');
  await expect(result).toContainText('When you retire in May 2031 (aged 61 and 4 months), at today’s figures you would get about');
  await expect(result).toContainText(yuan(expected.totalFen, 'en'));
  const table = page.getByRole('table', { name: 'Monthly pension (estimate)' });
  await expect(table.getByRole('rowheader')).toHaveText(['Basic pension', 'Personal account pension', 'Total']);
  await expect(table.getByRole('row', { name: /Basic pension/ })).toContainText(yuan(expected.basicFen, 'en'));
  await expect(table.getByRole('row', { name: /Personal account pension/ })).toContainText(yuan(expected.accountFen, 'en'));
  await expect(page.getByText('÷ the months it is paid over, 132 (retiring at 61)')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Years of contributions when you retire' })).toHaveValue(String(projected.years));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The table fits the screen at 200 % text: nothing of it is only seen by scrolling its region.
  const region = page.getByRole('region', { name: 'Monthly pension (estimate)' });
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);

  // Wrong figures: each told in the summary and beside its field, what was typed kept, the result unchanged.
  const years = page.getByRole('textbox', { name: 'Years of contributions when you retire' });
  const index = page.getByRole('textbox', { name: 'Average contribution index' });
  await typeInto(page, years, '30 years');
  await typeInto(page, index, '5');
  await pressButton(page, 'Estimate again');
  const summary = page.locator('.ssc-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Years of contributions must be from 0 to 50, with at most one decimal place, like 25.5',
    'The average contribution index must be from 0.6 to 3, with at most two decimal places, like 1.2',
  ]);
  await expect(years).toHaveAccessibleDescription(/Error: Years of contributions must be from 0 to 50/);
  await expect(years).toHaveValue('30 years');
  await expect(index).toHaveValue('5');
  await expect(result).toContainText(yuan(expected.totalFen, 'en'));
  expect(await axeViolations(page)).toEqual([]);

  // Worked by hand: ¥10 000 × (1 + 1) ÷ 2 × 30 × 1% = ¥3 000; ¥139 000 ÷ 132 = ¥1 053.03; ¥4 053.03 a month.
  await typeInto(page, years, '30');
  await typeInto(page, index, '1');
  await typeInto(page, page.getByRole('textbox', { name: 'Personal account balance when you retire (yuan)' }), '139000');
  await typeInto(page, page.getByRole('textbox', { name: 'Local average monthly wage last year (yuan)' }), '10000');
  await pressButton(page, 'Estimate again');
  await expect(page.getByRole('heading', { name: 'Your estimate' })).toBeFocused();
  await expect(summary).toHaveCount(0);
  await expect(result).toContainText('4,053.03');
  await expect(table.getByRole('row', { name: /Basic pension/ })).toContainText('3,000.00');
  await expect(table.getByRole('row', { name: /Personal account pension/ })).toContainText('1,053.03');
  await expect(announcements(page)).toContainText([/When you retire in May 2031 \(aged 61 and 4 months\), at today’s figures you would get about .*4,053\.03/]);

  // A woman whose age was 50, born the same month, retires sooner: the radio changes the age.
  await tabTo(page, page.getByRole('radio', { name: 'A man (the age used to be 60)' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'A woman whose age used to be 50' })).toBeChecked();
  await pressButton(page, 'Estimate again');
  await expect(result).toContainText('When you retire in');
  await expect(result).toContainText('(aged 50)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('screen-reader mode in Chinese: too few years for the year they retire is said plainly, with no table; the rules’ sources named; only the person’s own record, and only with account queries on', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // A woman born March 1980 retires in November 2032 (age 50 before) or October 2037 (55 before), when 16.5 or 19 years are needed.
  const person = { ...newPerson(), phone: newPhone(), idNumber: idNumberFor('19800310', 'female') };
  const api = await bindCard(page.request, baseURL, person);
  const record = (await (await expectStatus(api.get('/api/pension/record'), 200)).json()) as Record;
  const retires = retirementAge(record.born, record.group);

  await page.goto('/my-card?lang=zh-Hans&mode=screen-reader');
  await expectScreen(page, '社保卡绑定成功');
  await openLink(page, '养老金和账户查询', '我的账户');
  await openLink(page, '测算退休后每月能领多少养老金', '养老金测算');
  await typeInto(page, page.getByRole('textbox', { name: /^退休时的缴费年限/ }), '10');
  await pressButton(page, '重新测算');
  const result = page.locator('.ssc-estimate');
  await expect(result).toContainText(`缴费年限 10 年，不到那一年要求的最少 ${retires.retiresIn.year < 2030 ? 15 : Math.min(20, 15 + (retires.retiresIn.year - 2029) / 2)} 年，到时还不能按月领取养老金`);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '规则来源' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '国发〔2005〕38 号' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Another person, an unproved session, and a person with account queries off read nothing.
  const stranger = await device(baseURL);
  await expect((await stranger.get('/api/pension/record')).status()).toBe(401);
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment'] }), 200);
  await expectStatus(api.get('/api/pension/record'), 409, { code: 'service_off' });
});
