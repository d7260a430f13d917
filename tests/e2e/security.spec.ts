// What a person's browser sends and runs: only our own origin is ever contacted, nothing breaks the
// page's policy, and hostile text typed into a field is shown back as text, never run.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations, watchPolicyViolations } from '../helpers/axe.node.js';
import { addCard, bindThroughIdentity, enterDetails, expectScreen, latestSmsCode, pressButton, startOwnCard, typeInto } from '../helpers/flow.node.js';
import { newPerson } from '../helpers/people.node.js';

const SANDBOX_PASSWORD = '147258';

test('a whole binding, the manual and the settings contact no origin but the service itself, and break no policy', async ({ page, context, baseURL }) => {
  // Every request of the page and of its service worker, in order.
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const policyViolations = await watchPolicyViolations(page);
  const person = newPerson();

  await bindThroughIdentity(page, person, 'face');
  await addCard(page);
  await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  await page.getByRole('checkbox', { name: /I have read and agree/ }).check();
  await pressButton(page, 'Sign the agreement');
  await page.getByRole('dialog', { name: 'Sign the service agreement?' }).getByRole('button', { name: 'Sign', exact: true }).click();
  await expectScreen(page, 'Choose your services');
  await pressButton(page, 'Bind my card');
  await expectScreen(page, 'Your card is bound');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'ئۇيغۇرچە' }).check();
  await page.keyboard.press('Escape');
  await page.goto('/manual');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const origin = new URL(baseURL!).origin;
  const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(elsewhere, `requests:\n${requests.join('\n')}`).toEqual([]);
  // The list is real: the flow's own calls are in it.
  expect(requests.some((url) => url.endsWith('/api/binding'))).toBe(true);
  expect(await policyViolations()).toEqual([]);
});

/** Text meant to break a page: markup, script, direction overrides, NUL, emoji and sheer length. */
const HOSTILE = {
  markup: '<img src=x onerror="window.__pwned=1"><b>张三</b>',
  script: '"><script>window.__pwned=1</script>',
  'right-to-left override': '张\u202E三',
  NUL: '张\u0000三',
  emoji: '张三😀',
  '10 000 characters': '张'.repeat(10_000),
} as const;

/**
 * `text` typed into every one of `fields` and sent with `button`: the summary takes focus, and each
 * field is marked invalid with its own reason and shows the text back exactly as typed (a 10 000-
 * character paste too): nothing is lost or rewritten.
 */
async function refusedAsTyped(page: Page, fields: readonly { name: string; error: RegExp }[], text: string, button: string): Promise<void> {
  for (const field of fields) await page.getByRole('textbox', { name: field.name }).fill(text);
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('.ssc-error-summary')).toBeFocused();
  for (const field of fields) {
    const box = page.getByRole('textbox', { name: field.name });
    expect(await box.inputValue()).toBe(text);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(field.error);
  }
}

async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main script, main b').count()).toBe(0);
}

for (const [kind, text] of Object.entries(HOSTILE)) {
  test(`hostile text (${kind}) in every identity field: refused with a reason beside the field, kept as typed, never run`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const policyViolations = await watchPolicyViolations(page);
    await startOwnCard(page);
    const fields = [
      { name: 'Full name', error: /can only contain Chinese characters, letters and the middle dot|must be 50 characters or fewer/ },
      { name: 'ID number', error: /must be 18 characters|can only contain digits/ },
      { name: 'Mobile number', error: /Enter an 11-digit mobile number/ },
    ];
    await refusedAsTyped(page, fields, text, 'Continue');
    await expect(page.locator('.ssc-error-summary').getByRole('link')).toHaveCount(3);
    await nothingRan(page);
    expect(dialogs).toEqual([]);
    expect(await policyViolations()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('hostile text as a card number is refused with its reason, kept as typed, and never run', async ({ page }) => {
  const policyViolations = await watchPolicyViolations(page);
  await bindThroughIdentity(page, newPerson(), 'face');
  const card = page.getByRole('textbox', { name: 'Card number' });
  for (const text of Object.values(HOSTILE)) {
    await card.fill(text);
    await page.getByRole('button', { name: 'Find my card' }).click();
    await expect(page.locator('.ssc-error-summary')).toContainText('9 characters');
    expect(await card.inputValue()).toBe(text);
    await nothingRan(page);
  }
  expect(await policyViolations()).toEqual([]);
});

test('a network paused for trying many people is told so plainly, in Uyghur care mode at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const person = newPerson();
  await startOwnCard(page);
  await enterDetails(page, person);
  await page.getByRole('button', { name: 'Use a text message code instead' }).click();
  await expectScreen(page, 'Enter the code we sent you');
  await page.getByRole('textbox', { name: 'Code' }).fill(await latestSmsCode(page, person.phone));
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Care mode' }).check();
  await page.getByRole('radio', { name: 'ئۇيغۇرچە' }).check();
  await page.getByRole('button', { name: 'تامام' }).click();

  // What the service answers once this network has had wrong answers about too many people.
  const lockedUntil = new Date(Date.now() + 60 * 60_000).toISOString();
  await page.route('**/api/identity/sms/verify', (route) =>
    route.fulfill({ status: 429, headers: { 'retry-after': '3600' }, json: { code: 'client_limited', lockedUntil, retryAfter: 3600 } }),
  );
  await page.locator('#identity-code').press('Enter');
  const summary = page.locator('.ssc-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('ھەممەيلەننىڭ بىخەتەرلىكى ئۈچۈن بۇ يەردىكى دەلىللەش توختىتىلدى');
  await expect(summary).toContainText('12333');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  expect(await axeViolations(page)).toEqual([]);
});

/**
 * Each hostile text typed into `field` and sent with `button`: refused beside the field and in the
 * summary with `error`, shown back exactly as typed, and never run.
 */
async function refusesHostileText(page: Page, field: string, button: string, error: RegExp, texts: string[] = Object.values(HOSTILE)): Promise<void> {
  const box = page.getByLabel(field, { exact: true });
  for (const text of texts) {
    await box.fill(text);
    await page.getByRole('button', { name: button, exact: true }).click();
    const summary = page.locator('.ssc-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([error]);
    expect(await box.inputValue()).toBe(text);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(error);
    await nothingRan(page);
  }
  expect(await axeViolations(page)).toEqual([]);
}

test('hostile text in the text message code, the payment password and the confirmation code is refused beside the field before it is sent, and never run', async ({ page }) => {
  test.setTimeout(90_000);
  const policyViolations = await watchPolicyViolations(page);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') sent.push(new URL(request.url()).pathname);
  });
  const person = newPerson();
  await startOwnCard(page);
  await enterDetails(page, person);
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  await refusesHostileText(page, 'Enter the code we sent you', 'Confirm', /The code is 6 digits/);
  // None of it cost a try: the right code still goes through first time.
  await typeInto(page, page.getByRole('textbox', { name: 'Code' }), await latestSmsCode(page, person.phone));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Add your card');

  await addCard(page);
  await refusesHostileText(page, 'Bank card payment password', 'Confirm', /The payment password is 6 digits/);

  await page.goto('/consent?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the confirmation code');
  // Markup as long as a code is refused too (it cannot be one), and so is a code with a letter O.
  await refusesHostileText(page, 'Confirmation code', 'Continue', /The confirmation code (has 8 letters and digits|has only letters and the digits 2 to 9)/, [
    ...Object.values(HOSTILE),
    '<i>a</i>',
    'K4Z9 QX7O',
  ]);

  // Refused on the phone: nothing typed above ever reached the service.
  expect(sent.filter((path) => ['/api/identity/sms/verify', '/api/bank/verify', '/api/consent/open'].includes(path))).toEqual(['/api/identity/sms/verify']);
  expect(await policyViolations()).toEqual([]);
});

test("hostile text in every field of a relative's request is refused beside each field before anything is sent, kept as typed, and never run", async ({ page }) => {
  const policyViolations = await watchPolicyViolations(page);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') sent.push(new URL(request.url()).pathname);
  });
  await page.goto('/?lang=en');
  await page.getByRole('radio', { name: "A family member's card" }).check();
  await pressButton(page, 'Start');
  await expectScreen(page, "Bind a family member's card");
  const fields = [
    { name: "Cardholder's full name", error: /can only contain Chinese characters, letters and the middle dot|must be 50 characters or fewer/ },
    { name: "Cardholder's ID number", error: /must be 18 characters|can only contain digits/ },
    { name: "Cardholder's mobile number", error: /Enter an 11-digit mobile number/ },
    { name: 'Your full name', error: /can only contain Chinese characters, letters and the middle dot|must be 50 characters or fewer/ },
    { name: 'Your mobile number', error: /Enter an 11-digit mobile number/ },
  ];
  for (const text of Object.values(HOSTILE)) {
    await refusedAsTyped(page, fields, text, 'Send the request');
    await nothingRan(page);
  }
  expect(sent.filter((path) => path.startsWith('/api/consent'))).toEqual([]);
  expect(await policyViolations()).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
