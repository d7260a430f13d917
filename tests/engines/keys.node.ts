// Keyboard-only journeys for puppeteer-driven engines, the same moves as tests/helpers/flow.node.ts
// (which is written for Playwright): Tab to a control found by its role and accessible name, then
// Space or Enter, as a person would.
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from '@playwright/test';
import { axeViolations } from './firefox.node.js';
import { newCardNumber, type Person } from '../helpers/people.node.js';

/** The element with this role and accessible name (puppeteer's ARIA selector, the browser's own tree). */
export async function byRole(page: Page, role: string, name: string): Promise<ElementHandle<Element>> {
  const selector = `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
  await page.waitForSelector(selector, { timeout: 15_000 });
  return (await page.$(selector))!;
}

async function isFocused(element: ElementHandle<Element>): Promise<boolean> {
  return element.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab until the control with `role` and `name` has focus. */
export async function tabTo(page: Page, role: string, name: string, limit = 40): Promise<void> {
  await tabToElement(page, await byRole(page, role, name), `${role} "${name}"`, limit);
}

/** Presses Tab until `target` has focus (a password field has no ARIA role to find it by). */
export async function tabToElement(page: Page, target: ElementHandle<Element>, what: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(target), `${what} reached by Tab`).toBe(true);
}

export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, 'textbox', name);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

export async function pressButton(page: Page, name: string): Promise<void> {
  await tabTo(page, 'button', name);
  await page.keyboard.press('Enter');
}

/** The screen's h1 reads `text` and has focus; the page has no axe violations. */
export async function expectScreen(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      return `${h1?.textContent?.trim()}|${h1 === document.activeElement}`;
    }), { message: `the screen "${text}" with its heading focused`, timeout: 15_000 })
    .toBe(`${text}|true`);
  expect(await axeViolations(page), `axe on "${text}"`).toEqual([]);
}

/** The newest sandbox text message's code for `phone`, waited for as a person waits for their phone. */
export async function latestSmsCode(origin: string, phone: string): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      const response = await fetch(`${origin}/api/sandbox/sms?phone=${encodeURIComponent(phone)}`);
      const { messages } = (await response.json()) as { messages: { code: string }[] };
      code = messages[0]?.code ?? '';
      return code;
    }, { message: `a text message to ${phone}` })
    .not.toBe('');
  return code;
}

export async function startOwnCard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await tabTo(page, 'radio', 'My own card');
  await page.keyboard.press(' ');
  await pressButton(page, 'Start');
  await expectScreen(page, 'Confirm who you are');
}

export async function enterDetails(page: Page, person: Person): Promise<void> {
  await typeInto(page, 'Full name', person.name);
  await typeInto(page, 'ID number', person.idNumber);
  await typeInto(page, 'Mobile number', person.phone);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Face check');
}

export async function addCard(page: Page, cardNumber = newCardNumber()): Promise<void> {
  await typeInto(page, 'Card number', cardNumber);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Is this your card?');
  await pressButton(page, 'Yes, this is my card');
  await expectScreen(page, 'Confirm your bank account');
}
