// Care mode at the fold: on a phone 320 px wide and 640 px tall, with text at 200 %, a page that
// asks something shows its question and the box for the answer on the first screen, without
// scrolling: the header, the step indicator and the voice buttons must not push them down.
// One page per language walks the whole binding and the application questions, by the controls'
// ids (the same walk in every language).
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { FIRST_SCREEN_LANGUAGES as LANGUAGES } from '../helpers/languages.shared.js';
import { latestSmsCode } from '../helpers/flow.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';

test.use({ viewport: { width: 320, height: 640 } });

interface AtTheFold {
  /** The page's first field: a box, or the first choice of a group. */
  field?: string;
  /**
   * The page's main button, checked where the page has one field (a box to fill in). After a list
   * of choices (documents, services, reasons) it comes where the list ends.
   */
  button?: string;
}

/**
 * Where the h1, the field and the button are when the page opens: each must lie inside the
 * viewport, and the page must not have scrolled to show them. Problems are collected, so one run
 * names every page that fails.
 */
async function checkFold(page: Page, where: string, { field, button }: AtTheFold, problems: string[]): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  if (field) await expect(page.locator(field).first()).toBeVisible();
  const report = await page.evaluate(
    ({ field, button }) => {
      const box = (selector: string) => {
        const el = document.querySelector(selector);
        if (!el) return null;
        const rect = el.getBoundingClientRect();
        return { top: Math.round(rect.top), bottom: Math.round(rect.bottom) };
      };
      return {
        scrollY: window.scrollY,
        innerHeight: window.innerHeight,
        boxes: { h1: box('h1'), ...(field ? { field: box(field) } : {}), ...(button ? { button: box(button) } : {}) },
      };
    },
    { field, button },
  );
  if (report.scrollY !== 0) problems.push(`${where}: scrolled by ${report.scrollY}`);
  for (const [name, rect] of Object.entries(report.boxes)) {
    if (!rect) problems.push(`${where}: no ${name}`);
    else if (rect.top < 0 || rect.bottom > report.innerHeight) problems.push(`${where}: ${name} at ${rect.top}–${rect.bottom}, viewport ${report.innerHeight}`);
  }
}

const SUBMIT = 'main form button[type=submit]';

/** Presses the page's button and waits for what the next page shows first. */
async function next(page: Page, shows: string, button = SUBMIT): Promise<void> {
  await page.locator(button).first().click();
  await expect(page.locator(shows).first()).toBeVisible();
  // The heading takes focus once the page has rendered; what is measured is what shows then.
  await expect(page.locator('h1')).toBeFocused();
}

for (const { lang } of LANGUAGES) {
  test(`care mode at 320×640 in ${lang}: every question page and binding step shows its heading, its field and its button on the first screen`, async ({ page }) => {
    test.setTimeout(180_000);
    const person = newPerson();
    const problems: string[] = [];
    await page.goto(`/?lang=${lang}&mode=care`);
    await expect(page.locator('html')).toHaveAttribute('data-care', '');

    await checkFold(page, 'entry', { field: '#actor-self' }, problems);
    await page.locator('#actor-self').check();
    await next(page, '#identity-document-resident_id', 'ssc-entry-step button[type=submit]');

    // Identity details: one question a page in care mode.
    await checkFold(page, 'identity: document', { field: '#identity-document-resident_id' }, problems);
    await next(page, '#identity-name');
    await checkFold(page, 'identity: name', { field: '#identity-name', button: SUBMIT }, problems);
    await page.locator('#identity-name').fill(person.name);
    await next(page, '#identity-id-number');
    await checkFold(page, 'identity: ID number', { field: '#identity-id-number', button: SUBMIT }, problems);
    await page.locator('#identity-id-number').fill(person.idNumber);
    await next(page, '#identity-phone');
    await checkFold(page, 'identity: phone', { field: '#identity-phone-country-chosen' }, problems);
    await page.locator('#identity-phone').fill(person.phone);
    await next(page, '#identity-use-sms');

    await checkFold(page, 'identity: face check', {}, problems);
    await next(page, '#identity-code', '#identity-use-sms');
    await checkFold(page, 'identity: code', { field: '#identity-code', button: SUBMIT }, problems);
    await page.locator('#identity-code').fill(await latestSmsCode(page, person.phone));
    await next(page, '#card-number');

    await checkFold(page, 'card', { field: '#card-number', button: SUBMIT }, problems);
    await page.locator('#card-number').fill(newCardNumber());
    await next(page, 'ssc-card-step .ssc-summary-list');
    await checkFold(page, 'card found', {}, problems);
    await next(page, '#bank-password');

    await checkFold(page, 'bank', { field: '#bank-password', button: SUBMIT }, problems);
    await page.locator('#bank-password').fill('147258');
    await next(page, '#agree-yes');

    // The agreement is read before it is agreed to: its heading is on the first screen, the
    // checkbox after the text.
    await checkFold(page, 'agreement', {}, problems);
    await page.locator('#agree-yes').check();
    await page.locator(SUBMIT).click();
    await page.locator('#sign-dialog .ssc-button:not(.ssc-button--secondary)').click();
    await expect(page.locator('ssc-services-step input').first()).toBeVisible();
    await expect(page.locator('h1')).toBeFocused();

    await checkFold(page, 'services', { field: 'ssc-services-step input' }, problems);
    await next(page, 'ssc-done-screen');

    // The application questions, one a page (the service knows the card is bound now).
    for (const [path, pages] of [
      ['/my-card/apply/treatment-elsewhere', [{ field: '#apply-city', fill: 'select' }, { field: 'input[name=apply-reason]', fill: 'radio' }, { field: '#apply-start' }]],
      ['/my-card/apply/transfer', [{ field: '#apply-from', fill: 'select' }, { field: '#apply-to', fill: 'select' }, { field: 'input[name=apply-insurances]' }]],
    ] as const) {
      await page.goto(path);
      for (const [index, question] of pages.entries()) {
        const last = index === pages.length - 1;
        await expect(page.locator(question.field).first()).toBeVisible();
        await checkFold(page, `${path} question ${index + 1}`, { field: question.field, button: question.field.startsWith('#') && question.field !== '#apply-start' ? SUBMIT : undefined }, problems);
        if (last) break;
        if ('fill' in question && question.fill === 'select') await page.locator(question.field).selectOption({ index: index + 1 });
        else await page.locator(question.field).first().check();
        await next(page, pages[index + 1]!.field);
      }
    }

    expect(problems).toEqual([]);
  });
}
