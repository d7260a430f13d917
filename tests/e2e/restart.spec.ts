// The service restarts while a person is mid-binding, with their page open. Sessions live in
// SQLite, so nothing the service confirmed is lost; the page must lose nothing either. This file
// runs its own service (on its own port and data) so that killing it touches no other test.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { expectScreen, pressButton, startOwnCard, tabTo, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';
import { OWN_SERVICE_OFFSET, ownService } from '../helpers/service.node.js';

const SANDBOX_PASSWORD = '147258';
const service = ownService(OWN_SERVICE_OFFSET.flowRestart, { CLIENT_PEOPLE_PER_HOUR: '100000' });

test.use({ baseURL: service.origin });
test.beforeAll(() => service.start());
test.afterAll(() => service.dispose());

interface Kept {
  field: string;
  value: string;
}

/** The service is killed and started again, then the page is reloaded: the same step comes back, with what was typed. */
async function restartAndReload(page: Page, heading: string, kept: Kept[] = []): Promise<void> {
  await service.stopHard();
  await service.start();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  for (const { field, value } of kept) await expect(page.getByLabel(field, { exact: true })).toHaveValue(value);
}

/**
 * The service is down when the person presses: they are told it is busy and that nothing is lost,
 * and once it is back the step carries on by itself, without a second press.
 */
async function pressWhileDown(page: Page, press: () => Promise<void>, next: string, kept: Kept[] = []): Promise<void> {
  await service.stopHard();
  await press();
  const notice = page.locator('#ssc-busy-notice');
  await expect(notice).toContainText('The service is busy; trying again');
  await expect(notice).toContainText('Everything you entered is kept; you do not need to type it again.');
  for (const { field, value } of kept) await expect(page.getByLabel(field, { exact: true })).toHaveValue(value);
  await service.start();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(next, { timeout: 20_000 });
  await expectScreen(page, next);
}

test('the service restarts at every step with the page open: a reload comes back to the same step with what was typed, and a press while it is down carries on once it is back', async ({ page }) => {
  test.setTimeout(240_000);
  const person = newPerson();
  const cardNumber = newCardNumber();
  await startOwnCard(page);

  await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), person.name);
  await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), person.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: 'Mobile number' }), person.phone);
  const identity = [
    { field: 'Full name', value: person.name },
    { field: 'ID number', value: person.idNumber },
    { field: 'Mobile number', value: person.phone },
  ];
  await restartAndReload(page, 'Confirm who you are', identity);
  await pressWhileDown(page, () => pressButton(page, 'Continue'), 'Face check', identity);

  await restartAndReload(page, 'Face check');
  await pressWhileDown(page, () => pressButton(page, 'Start face check'), 'Add your card');

  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), cardNumber);
  const card = [{ field: 'Card number', value: cardNumber }];
  await restartAndReload(page, 'Add your card', card);
  await pressWhileDown(page, () => pressButton(page, 'Find my card'), 'Is this your card?', card);
  await pressButton(page, 'Yes, this is my card');
  await expectScreen(page, 'Confirm your bank account');

  // The password is never kept, on screen or off: after the reload it is typed again.
  await restartAndReload(page, 'Confirm your bank account', [{ field: 'Bank card payment password', value: '' }]);
  await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
  await pressWhileDown(page, () => pressButton(page, 'Confirm'), 'Read and sign the service agreement');

  await restartAndReload(page, 'Read and sign the service agreement');
  await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Sign the agreement');
  await pressWhileDown(
    page,
    () => page.getByRole('dialog', { name: 'Sign the service agreement?' }).getByRole('button', { name: 'Sign', exact: true }).press('Enter'),
    'Choose your services',
  );

  await restartAndReload(page, 'Choose your services');
  await expect(page.getByRole('checkbox', { name: 'Medical insurance payments' })).toBeChecked();
  await pressWhileDown(page, () => pressButton(page, 'Bind my card'), 'Your card is bound');

  // One binding on the service, the one on screen, and it survives one more restart.
  await restartAndReload(page, 'Your card is bound');
  const binding = await page.evaluate(() => fetch('/api/binding').then((response) => response.json() as Promise<{ reference: string; card: { cardNumberMasked: string } }>));
  expect(binding.card.cardNumberMasked).toBe(`${cardNumber.slice(0, 2)}****${cardNumber.slice(-3)}`);
  await expect(page.getByText(binding.reference)).toBeVisible();
});
