// Faults at every step of a binding: the service fails (500), is busy (503), never answers, or
// acts and its answer is lost on the way back (a proxy's 502). At each step the person is told
// plainly, keeps what they typed, goes on by pressing again (or by themselves when busy), and the
// binding ends in exactly one state on the service.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { FAULTS, failNext, type Fault } from '../helpers/faults.node.js';
import { addCard, bindThroughIdentity, enterDetails, expectScreen, latestSmsCode, startOwnCard, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';

const SANDBOX_PASSWORD = '147258';

/**
 * Presses `act` with `path` failing once: the person is told, what they typed is still there,
 * and the step goes on to `next` (pressing again when the person must).
 */
async function survives(page: Page, fault: Fault, path: string, act: () => Promise<void>, next: string, kept: { field: string; value: string }[] = []): Promise<void> {
  const calls = await failNext(page, path, fault);
  await act();
  const { told, pressAgain } = FAULTS[fault];
  if (pressAgain) {
    await expect(page.locator('.ssc-error-summary')).toContainText(told);
    for (const { field, value } of kept) await expect(page.getByLabel(field, { exact: true })).toHaveValue(value);
    await act();
  } else {
    const notice = page.locator('#ssc-busy-notice');
    await expect(notice).toContainText(told);
    await expect(notice).toContainText('Everything you entered is kept; you do not need to type it again.');
    for (const { field, value } of kept) await expect(page.getByLabel(field, { exact: true })).toHaveValue(value);
    // The retry comes by itself, a few seconds later.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(next, { timeout: 15_000 });
  }
  await expectScreen(page, next);
  // Sent once more after the fault, never more: nothing is submitted twice.
  expect(calls()).toBe(2);
  await page.unroute(`**${path}`);
}

for (const fault of Object.keys(FAULTS) as Fault[]) {
  test(`a ${fault} at every step: told plainly, nothing typed is lost, and the binding ends in exactly one state`, async ({ page }) => {
    test.setTimeout(120_000);
    const person = newPerson();
    const cardNumber = newCardNumber();
    await startOwnCard(page);

    await page.getByRole('textbox', { name: 'Full name' }).fill(person.name);
    await page.getByRole('textbox', { name: 'ID number' }).fill(person.idNumber);
    await page.getByRole('textbox', { name: 'Mobile number' }).fill(person.phone);
    const identityKept = [
      { field: 'Full name', value: person.name },
      { field: 'ID number', value: person.idNumber },
      { field: 'Mobile number', value: person.phone },
    ];
    await survives(page, fault, '/api/identity', () => page.getByRole('button', { name: 'Continue' }).click(), 'Face check', identityKept);

    await survives(page, fault, '/api/identity/face', () => page.getByRole('button', { name: 'Start face check' }).click(), 'Add your card');

    await page.getByRole('textbox', { name: 'Card number' }).fill(cardNumber);
    await survives(page, fault, '/api/card', () => page.getByRole('button', { name: 'Find my card' }).click(), 'Is this your card?', [{ field: 'Card number', value: cardNumber }]);
    await page.getByRole('button', { name: 'Yes, this is my card' }).click();
    await expectScreen(page, 'Confirm your bank account');

    await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
    // The password is never kept on screen after a failure to send it: it is typed again.
    await survives(page, fault, '/api/bank/verify', async () => {
      const password = page.getByLabel('Bank card payment password');
      if ((await password.inputValue()) === '') await typeInto(page, password, SANDBOX_PASSWORD);
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    }, 'Read and sign the service agreement');

    await page.getByRole('checkbox', { name: /I have read and agree/ }).check();
    await survives(page, fault, '/api/agreement/sign', async () => {
      await page.getByRole('button', { name: 'Sign the agreement' }).click();
      await page.getByRole('dialog', { name: 'Sign the service agreement?' }).getByRole('button', { name: 'Sign', exact: true }).click();
    }, 'Choose your services');
    await expect(page.getByRole('checkbox', { name: 'Medical insurance payments' })).toBeChecked();

    await survives(page, fault, '/api/binding', () => page.getByRole('button', { name: 'Bind my card' }).click(), 'Your card is bound');

    // Exactly one binding on the service, for this card, and the screen shows its reference.
    const binding = await page.evaluate(() => fetch('/api/binding').then((response) => response.json() as Promise<{ reference: string; card: { cardNumberMasked: string } }>));
    expect(binding.card.cardNumberMasked).toBe(`${cardNumber.slice(0, 2)}****${cardNumber.slice(-3)}`);
    await expect(page.getByText(binding.reference)).toBeVisible();
  });
}

test('the network drops at every step: told plainly, nothing typed is lost, it carries on by itself once back, and each step reaches the service once', async ({ page, context }) => {
  test.setTimeout(120_000);
  const person = newPerson();
  const cardNumber = newCardNumber();
  /**
   * With the network gone `button` is pressed: the page waits, keeps everything, ignores a second
   * press, and goes on to `next` when the network is back.
   */
  const offlineAt = async (button: Locator, next: string, kept: { field: string; value: string }[] = []) => {
    await context.setOffline(true);
    await button.click();
    await expect(page.locator('#ssc-waiting-for-network')).toContainText('Waiting for the network');
    for (const { field, value } of kept) await expect(page.getByLabel(field, { exact: true })).toHaveValue(value);
    // Pressed again while it waits (it says it is working, and is only aria-disabled).
    if (await button.isVisible()) await button.click({ force: true });
    await context.setOffline(false);
    await expectScreen(page, next);
  };
  await startOwnCard(page);
  await page.getByRole('textbox', { name: 'Full name' }).fill(person.name);
  await page.getByRole('textbox', { name: 'ID number' }).fill(person.idNumber);
  await page.getByRole('textbox', { name: 'Mobile number' }).fill(person.phone);
  const main = page.getByRole('main');
  await offlineAt(main.locator('button[type="submit"]'), 'Face check', [
    { field: 'Full name', value: person.name },
    { field: 'ID number', value: person.idNumber },
    { field: 'Mobile number', value: person.phone },
  ]);
  await offlineAt(page.getByRole('button', { name: 'Start face check' }), 'Add your card');
  await page.getByRole('textbox', { name: 'Card number' }).fill(cardNumber);
  await offlineAt(main.locator('button[type="submit"]'), 'Is this your card?', [{ field: 'Card number', value: cardNumber }]);
  await page.getByRole('button', { name: 'Yes, this is my card' }).click();
  await expectScreen(page, 'Confirm your bank account');
  await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
  await offlineAt(main.locator('button[type="submit"]'), 'Read and sign the service agreement');
  await page.getByRole('checkbox', { name: /I have read and agree/ }).check();
  await page.getByRole('button', { name: 'Sign the agreement' }).click();
  await offlineAt(page.getByRole('dialog', { name: 'Sign the service agreement?' }).getByRole('button', { name: 'Sign', exact: true }), 'Choose your services');
  await offlineAt(main.locator('button[type="submit"]'), 'Your card is bound');

  // The service saw each step exactly once: nothing was sent twice.
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const audit = (await (await page.request.get('/api/sandbox/audit?limit=200', { headers: { 'x-csrf-token': session.csrfToken } })).json()) as {
    entries: { action: string; outcome: string }[];
  };
  const done = audit.entries.filter((entry) => entry.outcome === 'ok').map((entry) => entry.action).reverse();
  expect(done).toEqual(['identity', 'face', 'card', 'password', 'agreement', 'bind']);
});

test('two tabs on the same binding: both end on the same binding, and the service holds exactly one', async ({ page, context }) => {
  await bindThroughIdentity(page, newPerson(), 'face');
  await addCard(page);
  await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expectScreen(page, 'Read and sign the service agreement');
  await page.getByRole('checkbox', { name: /I have read and agree/ }).check();
  await page.getByRole('button', { name: 'Sign the agreement' }).click();
  await page.getByRole('dialog', { name: 'Sign the service agreement?' }).getByRole('button', { name: 'Sign', exact: true }).click();
  await expectScreen(page, 'Choose your services');

  // The same binding opened in a second tab comes to the same step.
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Choose your services');

  await page.getByRole('button', { name: 'Bind my card' }).click();
  await expectScreen(page, 'Your card is bound');
  await second.getByRole('button', { name: 'Bind my card' }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Your card is bound');

  const binding = await page.evaluate(() => fetch('/api/binding').then((response) => response.json() as Promise<{ reference: string }>));
  await expect(page.getByText(binding.reference)).toBeVisible();
  await expect(second.getByText(binding.reference)).toBeVisible();
});

test('the code was accepted but its answer was lost: the code is still there, and pressing again carries on', async ({ page }) => {
  const person = newPerson();
  await startOwnCard(page);
  await enterDetails(page, person);
  await page.getByRole('button', { name: 'Use a text message code instead' }).click();
  await expectScreen(page, 'Enter the code we sent you');
  const code = await latestSmsCode(page, person.phone);

  // The service checks the code and accepts it; the answer never reaches the phone.
  let calls = 0;
  await page.route('**/api/identity/sms/verify', async (route) => {
    calls += 1;
    const answer = await route.fetch();
    if (calls === 1) return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Bad gateway' });
    return route.fulfill({ response: answer });
  });
  const field = page.getByRole('textbox', { name: 'Code' });
  await field.fill(code);
  await field.press('Enter');
  await expect(page.locator('.ssc-error-summary')).toContainText('Something went wrong; try again later. What you entered is kept.');
  await expect(field).toHaveValue(code);

  // Pressing again is not told "get a code first": the service says the code was accepted.
  await field.press('Enter');
  await expectScreen(page, 'Add your card');
  expect(calls).toBe(2);
});
