// Keyboard-only helpers for journeys through the binding flow in a real browser.
import { expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.node.js';
import { newCardNumber, type Person } from './people.node.js';

/** Presses Tab (as a keyboard user would) until `target` has focus. */
/**
 * The phone's country is shown as words until its Change button is pressed (a list on the page
 * as it arrives was read out by Orca unasked): presses it by keyboard; the list then has focus.
 */
export async function changePhoneCountry(page: Page, label: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: new RegExp(`${label}$`) }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: label })).toBeFocused();
}

/** The phone's country as the identity step shows it before Change is pressed ("China +86"). */
export function chosenPhoneCountry(page: Page): Locator {
  return page.locator('#identity-phone-country-chosen');
}

export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** A text message that carries a sign-in code (6 digits), not a relative's request (an 8-character confirmation code). */
export function isSignInCode(message: { code: string }): boolean {
  return /^\d{6}$/.test(message.code);
}

/**
 * The newest sandbox sign-in code sent to `phone` (what a real phone would have received). The
 * page may show the code field before the text has gone (it is sent as the page opens), so this
 * waits for it, as a person waits for their phone to buzz. Only codes count: a cardholder's phone
 * already holds the relative's request, whose confirmation code would otherwise be read as the
 * newest text before the sign-in code is written.
 */
export async function latestSmsCode(page: Page, phone: string): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      const response = await page.request.get(`/api/sandbox/sms?phone=${encodeURIComponent(phone)}`);
      expect(response.ok()).toBe(true);
      const { messages } = (await response.json()) as { messages: { code: string }[] };
      code = messages.find(isSignInCode)?.code ?? '';
      return code;
    }, { message: `a text message with a code to ${phone}` })
    .not.toBe('');
  return code;
}

/** The screen's h1 has focus and reads `text`; the page has no axe violations. */
/**
 * Records every message the live regions receive from the next page load on, in order: what a
 * screen reader is given, even a message another replaces a second later (the region's text at
 * the moment a test looks is only the latest). Call before page.goto.
 */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    new MutationObserver(() => {
      for (const id of ['ssc-announcer-polite', 'ssc-announcer-assertive']) {
        const text = document.getElementById(id)?.textContent ?? '';
        if (text && heard.at(-1) !== text) heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
}

export async function expectScreen(page: Page, text: string | RegExp): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(text);
  await expect(heading).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
}


/** Entry: choose "My own card" and start, by keyboard. Ends on the identity details page. */
export async function startOwnCard(page: Page, query = '?lang=en'): Promise<void> {
  await page.goto(`/${query}`);
  await tabTo(page, page.getByRole('radio', { name: 'My own card' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Confirm who you are');
}

/** Identity details typed and sent, by keyboard. Ends on the face check page. */
export async function enterDetails(page: Page, person: Person): Promise<void> {
  await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), person.name);
  await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), person.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: 'Mobile number' }), person.phone);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Face check');
}

/** Presses a button reached by Tab. */
/** Follows a link by keyboard (Tab to it, Enter) to the screen whose heading is `heading`. */
export async function openLink(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('link', { name, exact: true }));
  await page.keyboard.press('Enter');
  await expectScreen(page, heading);
}

export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('button', { name }));
  await page.keyboard.press('Enter');
}

/** Entry → identity details → face check (the fake camera) or SMS code, by keyboard; ends on the card step. */
export async function bindThroughIdentity(page: Page, person: Person, method: 'face' | 'sms' = 'face'): Promise<void> {
  await startOwnCard(page);
  await enterDetails(page, person);
  if (method === 'face') {
    await pressButton(page, 'Start face check');
  } else {
    await pressButton(page, 'Use a text message code instead');
    await expectScreen(page, 'Enter the code we sent you');
    const code = await latestSmsCode(page, person.phone);
    await typeInto(page, page.getByRole('textbox', { name: 'Code' }), code);
    await page.keyboard.press('Enter');
  }
  await expectScreen(page, 'Add your card');
}

/** Card number → confirm the card found, by keyboard; ends on the bank step. */
export async function addCard(page: Page, cardNumber = newCardNumber()): Promise<void> {
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), cardNumber);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Is this your card?');
  await tabTo(page, page.getByRole('button', { name: 'Yes, this is my card' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Confirm your bank account');
}

/** A binding by keyboard, own card by face, up to the last step; ends on "Choose your services". */
export async function bindToServices(page: Page, person: Person, query = '?lang=en'): Promise<void> {
  await startOwnCard(page, query);
  await enterDetails(page, person);
  await pressButton(page, 'Start face check');
  await expectScreen(page, 'Add your card');
  await addCard(page);
  await typeInto(page, page.getByLabel('Bank card payment password'), '147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  await signAgreement(page, 'Choose your services');
}

/** A whole binding by keyboard, own card by face, the services as offered; ends on "my card". */
export async function bindMyCard(page: Page, person: Person, query = '?lang=en'): Promise<void> {
  await bindToServices(page, person, query);
  await pressButton(page, 'Bind my card');
  await expectScreen(page, 'Your card is bound');
}

/** On the agreement page: agree, sign, confirm in the dialog, by keyboard; ends on `next`. */
export async function signAgreement(page: Page, next: string): Promise<void> {
  await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Sign the agreement');
  const sign = page.getByRole('dialog', { name: 'Sign the service agreement?' }).getByRole('button', { name: 'Sign', exact: true });
  await tabTo(page, sign);
  await page.keyboard.press('Enter');
  await expectScreen(page, next);
}
