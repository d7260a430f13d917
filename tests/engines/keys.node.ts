// Keyboard-only journeys for the engines driven through EnginePage, the same moves as
// tests/helpers/flow.node.ts (which is written for Playwright): Tab to a control found by its role
// and accessible name in the engine's own accessibility tree, then Space or Enter, as a person would.
import { expect } from '@playwright/test';
import { axeViolations, waitInPage, type EnginePage } from './engine.node.js';
import { newCardNumber, type Person } from '../helpers/people.node.js';

/** Presses Tab until the control with `role` and `name` has focus. */
export async function tabTo(page: EnginePage, role: string, name: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.focusedIs(role, name)) return;
    await page.press('Tab');
  }
  expect(await page.focusedIs(role, name), `${role} "${name}" reached by Tab`).toBe(true);
}

/** Presses Tab until the element matching `selector` has focus (a password field has no ARIA role to find it by). */
export async function tabToSelector(page: EnginePage, selector: string, limit = 40): Promise<void> {
  const focused = () => page.evaluate((css: string) => document.activeElement?.matches(css) ?? false, selector);
  for (let i = 0; i < limit; i += 1) {
    if (await focused()) return;
    await page.press('Tab');
  }
  expect(await focused(), `${selector} reached by Tab`).toBe(true);
}

export async function typeInto(page: EnginePage, name: string, text: string): Promise<void> {
  await tabTo(page, 'textbox', name);
  await page.selectAll();
  await page.type(text);
}

export async function pressButton(page: EnginePage, name: string): Promise<void> {
  await tabTo(page, 'button', name);
  await page.press('Enter');
}

/** The screen's h1 reads `text`, has focus and shows its focus ring; the page has no axe violations. */
export async function expectScreen(page: EnginePage, text: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      return `${h1?.textContent?.trim()}|${h1 === document.activeElement}`;
    }), { message: `the screen "${text}" with its heading focused`, timeout: 15_000 })
    .toBe(`${text}|true`);
  // A sighted keyboard user must see where focus went: the heading shows the focus ring.
  expect(
    await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    }),
    `the focus ring on "${text}"`,
  ).toBe(true);
  expect(await axeViolations(page), `axe on "${text}"`).toEqual([]);
}

/** The newest sandbox text message's code for `phone`, waited for as a person waits for their phone. */
export async function latestSmsCode(origin: string, phone: string): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      const response = await fetch(`${origin}/api/sandbox/sms?phone=${encodeURIComponent(phone)}`);
      const { messages } = (await response.json()) as { messages: { code: string }[] };
      code = messages.find((message) => /^\d{6}$/.test(message.code))?.code ?? '';
      return code;
    }, { message: `a text message to ${phone}` })
    .not.toBe('');
  return code;
}

export async function startOwnCard(page: EnginePage, url: string): Promise<void> {
  await page.goto(url);
  await waitInPage(page, () => document.querySelector('main h1') !== null, 'the first screen');
  await tabTo(page, 'radio', 'My own card');
  await page.press(' ');
  await pressButton(page, 'Start');
  await expectScreen(page, 'Confirm who you are');
}

export async function enterDetails(page: EnginePage, person: Person): Promise<void> {
  await typeInto(page, 'Full name', person.name);
  await typeInto(page, 'ID number', person.idNumber);
  await typeInto(page, 'Mobile number', person.phone);
  await page.press('Enter');
  await expectScreen(page, 'Face check');
}

export async function addCard(page: EnginePage, cardNumber = newCardNumber()): Promise<void> {
  await typeInto(page, 'Card number', cardNumber);
  await page.press('Enter');
  await expectScreen(page, 'Is this your card?');
  await pressButton(page, 'Yes, this is my card');
  await expectScreen(page, 'Confirm your bank account');
}
