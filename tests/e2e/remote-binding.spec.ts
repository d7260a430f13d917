// A relative binds a family member's card from their own phone; the cardholder consents and does
// the checks only they may do on theirs. Two browser contexts, keyboard only on both sides.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { expect, test, watchOrigins } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { FAULTS, failNext } from '../helpers/faults.node.js';
import { expectScreen, latestSmsCode, pressButton, signAgreement, tabTo, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson, newPhone, type Person } from '../helpers/people.node.js';

const LIVE = { timeout: 15_000 };

// Each phone is a context of its own, outside the test's: each gets the same third-party check.
// A context made by hand outlives its test unless closed: phones left open (polling the service
// every few seconds) would pile up in the worker's browser and slow every later test.
const thirdPartyRequests: (() => string[])[] = [];
const devices: BrowserContext[] = [];
test.afterEach(async () => {
  const elsewhere = thirdPartyRequests.splice(0).flatMap((requests) => requests());
  await Promise.all(devices.splice(0).map((context) => context.close()));
  expect(elsewhere, 'requests to a third party').toEqual([]);
});

async function newDevice(browser: Browser, baseURL: string | undefined, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, ...options });
  devices.push(context);
  thirdPartyRequests.push(watchOrigins(context));
  return context.newPage();
}

/** The relative fills in the request by keyboard and sends it; returns the link the page shows. */
async function sendRequest(page: Page, holder: Person, relativePhone = newPhone()): Promise<string> {
  await page.goto('/?lang=en');
  // Tab reaches the radio group once; the arrow key moves to (and chooses) the second option.
  await tabTo(page, page.getByRole('radio', { name: 'My own card' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: "A family member's card" })).toBeChecked();
  await pressButton(page, 'Start');
  await expectScreen(page, "Bind a family member's card");
  await typeInto(page, page.getByRole('textbox', { name: "Cardholder's full name" }), holder.name);
  await typeInto(page, page.getByRole('textbox', { name: "Cardholder's ID number" }), holder.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: "Cardholder's mobile number" }), holder.phone);
  await typeInto(page, page.getByRole('textbox', { name: 'Your full name' }), '李明');
  await typeInto(page, page.getByRole('textbox', { name: 'Your mobile number' }), relativePhone);
  await tabTo(page, page.getByRole('radio', { name: 'child', exact: true }));
  await page.keyboard.press('Space');
  // The cardholder's phone opens in English (the relative's choice here); large text is the default there.
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await pressButton(page, 'Send the request');
  await expectScreen(page, `Waiting for ${holder.name} to confirm`);
  await expect(page.getByRole('img', { name: 'QR code of the confirmation link' })).toBeVisible();
  expect(await page.getByRole('img', { name: 'QR code of the confirmation link' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('.ssc-consent-code')).toHaveText(/^[A-Z2-9]{4} [A-Z2-9]{4}$/);
  return (await page.locator('.ssc-link-text').textContent())!;
}

test('happy path: the relative types, the cardholder consents and does their checks, both screens follow live; the relative never receives a code or password', async ({
  browser,
  baseURL,
}) => {
  const holder = newPerson();
  const relative = await newDevice(browser, baseURL);
  // Everything the relative's page sends and receives, to prove no secret ever reaches it.
  const traffic: string[] = [];
  relative.on('request', (request) => traffic.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  relative.on('response', async (response) => {
    if (response.url().includes('/api/')) traffic.push(await response.text().catch(() => ''));
  });
  const link = await sendRequest(relative, holder);
  expect(link).toContain('?lang=en&mode=care');

  // The cardholder opens the link on their own phone: care mode, in the language chosen for them.
  const cardholder = await newDevice(browser, baseURL);
  await cardholder.goto(link);
  await expectScreen(cardholder, '李明 asks you to confirm binding your card');
  await expect(cardholder.locator('html')).toHaveAttribute('data-care', '');
  await expect(cardholder.getByRole('definition').first()).toContainText('李明 (your child)');
  await expect(cardholder.getByText('Medical insurance payments')).toBeVisible();
  await pressButton(cardholder, 'Yes, I agree');
  await expectScreen(cardholder, 'Face check');
  await expect(relative.getByRole('listitem').filter({ hasText: 'Agree to the request' })).toContainText('Done', LIVE);

  await pressButton(cardholder, 'Use a text message code instead');
  await expectScreen(cardholder, 'Enter the code we sent you');
  await typeInto(cardholder, cardholder.getByRole('textbox', { name: 'Code' }), await latestSmsCode(cardholder, holder.phone));
  await cardholder.keyboard.press('Enter');
  await expectScreen(cardholder, 'Waiting for 李明 to add your card');
  await expect(cardholder.locator('[aria-current="step"]')).toContainText('Add the card (李明)');

  // The relative's page moves on by itself: it is their turn.
  await expect(relative.getByRole('heading', { level: 1 })).toHaveText(`Add ${holder.name}'s card`, LIVE);
  expect(await axeViolations(relative)).toEqual([]);
  await typeInto(relative, relative.getByRole('textbox', { name: 'Card number' }), newCardNumber());
  await relative.keyboard.press('Enter');
  await expect(relative.getByText(`Waiting for ${holder.name} to enter the bank card payment password`).first()).toBeVisible(LIVE);

  await expect(cardholder.getByRole('heading', { level: 1 })).toHaveText('Confirm your bank account', LIVE);
  await expect(cardholder.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await axeViolations(cardholder)).toEqual([]);
  await typeInto(cardholder, cardholder.getByLabel('Bank card payment password'), '147258');
  await cardholder.keyboard.press('Enter');
  await expectScreen(cardholder, 'Read and sign the service agreement');
  await tabTo(cardholder, cardholder.getByRole('checkbox', { name: /I have read and agree/ }));
  await cardholder.keyboard.press('Space');
  await pressButton(cardholder, 'Sign the agreement');
  const sign = cardholder.getByRole('dialog', { name: 'Sign the service agreement?' });
  await tabTo(cardholder, sign.getByRole('button', { name: 'Sign', exact: true }));
  await cardholder.keyboard.press('Enter');
  await expectScreen(cardholder, 'Waiting for 李明 to finish binding');

  await expect(relative.getByRole('heading', { level: 1 })).toHaveText(`Finish binding ${holder.name}'s card`, LIVE);
  await pressButton(relative, 'Finish binding');
  await expectScreen(relative, 'Your card is bound');
  await expect(relative.getByText(`You helped ${holder.name} bind their card.`)).toBeVisible();
  await expect(relative.getByRole('button', { name: 'Unbind' })).toHaveCount(0);

  await expect(cardholder.getByRole('heading', { level: 1 })).toHaveText('Your card is bound', LIVE);
  await expect(cardholder.getByText('李明 (your child) helped you bind this card.')).toBeVisible();
  await pressButton(cardholder, "Remove 李明's access");
  const revoke = cardholder.getByRole('dialog', { name: "Remove 李明's access?" });
  await expect(revoke).toBeVisible();
  expect(await axeViolations(cardholder)).toEqual([]);
  await tabTo(cardholder, revoke.getByRole('button', { name: 'Remove access' }));
  await cardholder.keyboard.press('Enter');
  await expect(cardholder.getByText("You have removed 李明's access.")).toBeVisible();

  // The relative's page never asked for, sent or received a code, the password or its ciphertext.
  const outbox = (await (await cardholder.request.get(`/api/sandbox/sms?phone=${holder.phone}`)).json()) as { messages: { code: string; text: string }[] };
  const smsCodes = outbox.messages.filter((message) => message.text.includes('验证码')).map((message) => message.code);
  expect(smsCodes.length).toBeGreaterThan(0);
  for (const line of traffic) {
    for (const code of smsCodes) expect(line).not.toContain(code);
    expect(line).not.toContain('147258');
    expect(line).not.toMatch(/\/api\/(identity|bank)|ciphertext/);
  }
});

test('the cardholder refuses: the relative sees it live, nothing is bound', async ({ browser, baseURL }) => {
  const holder = newPerson();
  const relative = await newDevice(browser, baseURL);
  const link = await sendRequest(relative, holder);
  const cardholder = await newDevice(browser, baseURL);
  await cardholder.goto(link);
  await expectScreen(cardholder, '李明 asks you to confirm binding your card');
  await pressButton(cardholder, 'No, I do not agree');
  await expectScreen(cardholder, 'You did not agree');
  await expect(cardholder.getByText('Nothing has been bound. 李明 will see that you did not agree.')).toBeVisible();
  await expect(relative.getByRole('heading', { level: 1 })).toHaveText(`${holder.name} did not agree`, LIVE);
  await expect(relative.getByText(`${holder.name} did not agree. Nothing has been bound`).first()).toBeVisible();
  expect(await axeViolations(relative)).toEqual([]);
});

test('an expired request, a used request opened again, and a code typed by the relative themself are all refused plainly', async ({ browser, baseURL }) => {
  const relative = await newDevice(browser, baseURL);
  const link = await sendRequest(relative, newPerson());
  const code = (await relative.locator('.ssc-consent-code').textContent())!;

  // The relative cannot confirm their own request by typing its code.
  await relative.goto('/consent?lang=en');
  // A fresh page load leaves focus at the top of the page (no heading focus), as on any first screen.
  await expect(relative.getByRole('heading', { level: 1 })).toHaveText('Enter the confirmation code');
  expect(await axeViolations(relative)).toEqual([]);
  await typeInto(relative, relative.getByRole('textbox', { name: 'Confirmation code' }), code);
  await relative.keyboard.press('Enter');
  await expectScreen(relative, 'This request can no longer be used');
  await expect(relative.getByRole('main').getByText('This is your own request. The cardholder must confirm it on their own phone.')).toBeVisible();

  // Someone guessing a code is told it is wrong and how many tries are left.
  const guesser = await newDevice(browser, baseURL);
  await guesser.goto('/consent?lang=en');
  await expect(guesser.getByRole('heading', { level: 1 })).toHaveText('Enter the confirmation code');
  await typeInto(guesser, guesser.getByRole('textbox', { name: 'Confirmation code' }), 'AAAA 2222');
  await guesser.keyboard.press('Enter');
  await expect(guesser.locator('.ssc-error-summary')).toBeFocused();
  await expect(guesser.locator('.ssc-error-summary').getByRole('link')).toHaveText([
    'No request has that code. Check the code in the text message. You can try 4 more times.',
  ]);
  expect(await axeViolations(guesser)).toEqual([]);

  // The cardholder takes it; anyone else opening the same link afterwards is turned away.
  const cardholder = await newDevice(browser, baseURL);
  await cardholder.goto(link);
  await pressButton(cardholder, 'Yes, I agree');
  await expectScreen(cardholder, 'Face check');
  const stranger = await newDevice(browser, baseURL);
  await stranger.goto(link);
  await expectScreen(stranger, 'This request can no longer be used');
  await expect(stranger.getByRole('main').getByText(/already been opened on another phone/)).toBeVisible();

  // A day later the link no longer works.
  const late = await newDevice(browser, baseURL);
  const link2 = await sendRequest(await newDevice(browser, baseURL), newPerson());
  const session = (await (await late.request.get('/api/session')).json()) as { csrfToken: string };
  const moved = await late.request.post('/api/sandbox/clock', {
    data: { advanceSeconds: 24 * 3600 + 60 },
    headers: { 'x-csrf-token': session.csrfToken, origin: new URL(baseURL!).origin },
  });
  expect(moved.status()).toBe(200);
  await late.goto(link2);
  await expectScreen(late, 'This request can no longer be used');
  await expect(late.getByRole('main').getByText(/This request has expired/)).toBeVisible();
});

test('the relative cancels: their page says so, and the link no longer opens on the cardholder\'s phone', async ({ browser, baseURL }) => {
  const relative = await newDevice(browser, baseURL);
  const link = await sendRequest(relative, newPerson());
  await pressButton(relative, 'Cancel the request');
  await expectScreen(relative, 'The request has ended');
  await expect(relative.getByRole('main').getByText('This request was cancelled. Nothing has been bound').first()).toBeVisible();
  await expect(relative.getByRole('button', { name: 'Back to the start' })).toBeVisible();
  // Help from this page opens the manual at the section about binding for a family member.
  await tabTo(relative, relative.getByRole('link', { name: 'Help with this step' }));
  await relative.keyboard.press('Enter');
  await expect(relative.getByRole('heading', { name: 'Binding for a family member' })).toBeFocused();
  const cardholder = await newDevice(browser, baseURL);
  await cardholder.goto(link);
  await expectScreen(cardholder, 'This request can no longer be used');
  await expect(cardholder.getByRole('main').getByText('This request was refused or cancelled. Nothing has been bound.')).toBeVisible();
});

/** No sideways scrolling at this width, and no axe violations. */
async function expectFits(page: Page, where: string): Promise<void> {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scrollWidth, `${where}: no sideways scrolling`).toBeLessThanOrEqual(clientWidth);
  expect(await axeViolations(page), where).toEqual([]);
}

test('both sides in Uyghur, care mode, at 320 px: right to left, nothing scrolls sideways, no axe violations', async ({ browser, baseURL }) => {
  const holder = newPerson();
  const small = { viewport: { width: 320, height: 640 }, baseURL };
  const relative = await newDevice(browser, baseURL, small);
  await relative.goto('/?lang=ug&mode=care');
  await expect(relative.locator('html')).toHaveAttribute('dir', 'rtl');
  await relative.locator('#actor-relative').check();
  await relative.locator('ssc-entry-step button[type=submit]').click();
  await expect(relative.locator('#relative-holder-name')).toBeVisible();
  await expectFits(relative, 'request form');
  await relative.locator('ssc-relative-screen button[type=submit]').click();
  await expect(relative.locator('.ssc-error-summary')).toBeFocused();
  await expectFits(relative, 'request form with errors');
  await relative.locator('#relative-holder-name').fill(holder.name);
  await relative.locator('#relative-holder-id-number').fill(holder.idNumber);
  await relative.locator('#relative-holder-phone').fill(holder.phone);
  await relative.locator('#relative-name').fill('李明');
  await relative.locator('#relative-phone').fill(newPhone());
  await relative.locator('#relative-relationship-grandchild').check();
  await relative.locator('ssc-relative-screen button[type=submit]').click();
  await expect(relative.locator('.ssc-consent-code')).toBeVisible();
  await expectFits(relative, 'waiting for consent (QR, code, link)');
  // The code and link read left to right inside the right-to-left page.
  await expect(relative.locator('.ssc-consent-code')).toHaveAttribute('dir', 'ltr');
  const link = (await relative.locator('.ssc-link-text').textContent())!;
  expect(link).toContain('lang=ug&mode=care');

  const cardholder = await newDevice(browser, baseURL, small);
  await cardholder.goto(link);
  await expect(cardholder.locator('#consent-yes')).toBeVisible();
  await expect(cardholder.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectFits(cardholder, 'consent');
  await cardholder.locator('#consent-yes').click();
  await expect(cardholder.locator('#identity-use-sms')).toBeVisible();
  await cardholder.locator('#identity-use-sms').click();
  await cardholder.locator('#identity-code').fill(await latestSmsCode(cardholder, holder.phone));
  await cardholder.locator('ssc-identity-step button[type=submit]').click();
  await expect(cardholder.locator('ssc-waiting-screen .ssc-task-list')).toBeVisible();
  await expectFits(cardholder, 'cardholder waiting');
  await expect(relative.locator('#relative-card-number')).toBeVisible(LIVE);
  await expectFits(relative, 'add the card');
});

test('faults on both phones: the request survives a reload and a failed send and goes once; lost answers and a busy service on either side carry on; one binding', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const holder = newPerson();
  const relative = await newDevice(browser, baseURL);
  await relative.goto('/?lang=en');
  await tabTo(relative, relative.getByRole('radio', { name: 'My own card' }));
  await relative.keyboard.press('ArrowDown');
  await pressButton(relative, 'Start');
  await expectScreen(relative, "Bind a family member's card");
  const typed = [
    { field: "Cardholder's full name", value: holder.name },
    { field: "Cardholder's ID number", value: holder.idNumber },
    { field: "Cardholder's mobile number", value: holder.phone },
    { field: 'Your full name', value: '李明' },
    { field: 'Your mobile number', value: newPhone() },
  ];
  for (const { field, value } of typed) await typeInto(relative, relative.getByRole('textbox', { name: field }), value);
  await tabTo(relative, relative.getByRole('radio', { name: 'child', exact: true }));
  await relative.keyboard.press('Space');
  await tabTo(relative, relative.getByRole('checkbox', { name: /Pension and account queries/ }));
  await relative.keyboard.press('Space');
  const kept = async () => {
    for (const { field, value } of typed) await expect(relative.getByRole('textbox', { name: field })).toHaveValue(value);
    await expect(relative.getByRole('radio', { name: 'child', exact: true })).toBeChecked();
    await expect(relative.getByRole('checkbox', { name: /Pension and account queries/ })).toBeChecked();
    await expect(relative.getByRole('checkbox', { name: 'Medical insurance payments' })).toBeChecked();
  };

  // A reload (or a closed tab) brings the form back as it was.
  // (Once the draft has been written: it is written a moment after typing stops.)
  const draftedServices = () =>
    relative.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('ssc-drafts');
          open.onsuccess = () => {
            const read = open.result.transaction('drafts').objectStore('drafts').get('current');
            read.onsuccess = () => resolve(String((read.result as { answers?: { requestServices?: string } } | undefined)?.answers?.requestServices));
            read.onerror = () => resolve('');
          };
          open.onerror = () => resolve('');
        }),
    );
  await expect.poll(draftedServices).toBe('medical_payment,account_queries');
  await relative.reload();
  await expect(relative.getByRole('heading', { level: 1 })).toHaveText("Bind a family member's card");
  await kept();

  // The request fails to send: told, kept, and sent exactly once when pressed again.
  const requests = await failNext(relative, '/api/consent', '500');
  await pressButton(relative, 'Send the request');
  await expect(relative.locator('.ssc-error-summary')).toContainText(FAULTS['500'].told);
  await kept();
  await pressButton(relative, 'Send the request');
  await expectScreen(relative, `Waiting for ${holder.name} to confirm`);
  expect(requests()).toBe(2);
  const outbox = (await (await relative.request.get(`/api/sandbox/sms?phone=${holder.phone}`)).json()) as { messages: { text: string }[] };
  expect(outbox.messages).toHaveLength(1);
  const link = (await relative.locator('.ssc-link-text').textContent())!;

  // The cardholder agrees; the answer is lost on the way back. Pressing again carries on.
  const cardholder = await newDevice(browser, baseURL);
  await cardholder.goto(link);
  await expectScreen(cardholder, '李明 asks you to confirm binding your card');
  const accepts = await failNext(cardholder, '/api/consent/accept', 'lost answer');
  await pressButton(cardholder, 'Yes, I agree');
  await expect(cardholder.locator('.ssc-error-summary')).toContainText(FAULTS['lost answer'].told);
  await pressButton(cardholder, 'Yes, I agree');
  await expectScreen(cardholder, 'Face check');
  expect(accepts()).toBe(2);

  await pressButton(cardholder, 'Use a text message code instead');
  await expectScreen(cardholder, 'Enter the code we sent you');
  await typeInto(cardholder, cardholder.getByRole('textbox', { name: 'Code' }), await latestSmsCode(cardholder, holder.phone));
  await cardholder.keyboard.press('Enter');
  await expectScreen(cardholder, 'Waiting for 李明 to add your card');

  // The relative adds the card, and the answer is lost: told so, the number stays; the page then
  // follows the service, which has the card, and the problem (about a field now gone) goes with it.
  await expect(relative.getByRole('heading', { level: 1 })).toHaveText(`Add ${holder.name}'s card`, LIVE);
  const cardNumber = newCardNumber();
  await typeInto(relative, relative.getByRole('textbox', { name: 'Card number' }), cardNumber);
  const lookups = await failNext(relative, '/api/card', 'lost answer');
  await relative.keyboard.press('Enter');
  await expect(relative.locator('.ssc-error-summary')).toContainText(FAULTS['lost answer'].told);
  await expect(relative.getByRole('textbox', { name: 'Card number' })).toHaveValue(cardNumber);
  await expect(relative.getByText(`Waiting for ${holder.name} to enter the bank card payment password`).first()).toBeVisible(LIVE);
  await expect(relative.locator('.ssc-error-summary')).toHaveCount(0);
  expect(await axeViolations(relative)).toEqual([]);
  expect(lookups()).toBe(1);

  await expect(cardholder.getByRole('heading', { level: 1 })).toHaveText('Confirm your bank account', LIVE);
  await typeInto(cardholder, cardholder.getByLabel('Bank card payment password'), '147258');
  await cardholder.keyboard.press('Enter');
  await expectScreen(cardholder, 'Read and sign the service agreement');
  await signAgreement(cardholder, 'Waiting for 李明 to finish binding');

  // The service is busy when the relative binds: it retries by itself and ends on one binding.
  await expect(relative.getByRole('heading', { level: 1 })).toHaveText(`Finish binding ${holder.name}'s card`, LIVE);
  const binds = await failNext(relative, '/api/binding', '503');
  await pressButton(relative, 'Finish binding');
  await expect(relative.locator('#ssc-busy-notice')).toContainText(FAULTS['503'].told);
  await expect(relative.getByRole('heading', { level: 1 })).toHaveText('Your card is bound', { timeout: 15_000 });
  expect(binds()).toBe(2);
  await expect(cardholder.getByRole('heading', { level: 1 })).toHaveText('Your card is bound', LIVE);
  const binding = await cardholder.evaluate(() => fetch('/api/binding').then((response) => response.json() as Promise<{ reference: string; card: { cardNumberMasked: string } }>));
  expect(binding.card.cardNumberMasked).toBe(`${cardNumber.slice(0, 2)}****${cardNumber.slice(-3)}`);
  await expect(relative.getByText(binding.reference)).toBeVisible();
  await expect(cardholder.getByText(binding.reference)).toBeVisible();
});
