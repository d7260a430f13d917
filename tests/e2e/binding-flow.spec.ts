import { expect, test } from '../helpers/test.node.js';
import { addCard, bindThroughIdentity, enterDetails, expectScreen, latestSmsCode, pressButton, startOwnCard, tabTo, typeInto } from '../helpers/flow.node.js';
import { newPerson, newSandboxPhone } from '../helpers/people.node.js';
import { axeViolations } from '../helpers/axe.node.js';

const SANDBOX_PASSWORD = '147258';

test('happy path, keyboard only: six steps to a reference number, then my card and unbind', async ({ page }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'face');
  await addCard(page);

  await expect(page.getByText('**** ', { exact: false }).first()).toBeVisible();
  await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');

  // Check your answers: every answer with a change link named after what it changes.
  await expect(page.getByRole('link', { name: 'Change Full name' })).toBeVisible();
  await expect(page.getByText(person.name)).toBeVisible();
  const agreement = page.getByRole('region');
  await expect(agreement.getByRole('heading', { level: 2 })).toBeVisible();
  await tabTo(page, agreement);
  await page.keyboard.press('PageDown');
  await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Sign the agreement' }));
  await page.keyboard.press('Enter');
  // Signing cannot be undone: it is confirmed in plain words first.
  const confirm = page.getByRole('dialog', { name: 'Sign the service agreement?' });
  await expect(confirm).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, confirm.getByRole('button', { name: 'Sign', exact: true }));
  await page.keyboard.press('Enter');

  await expectScreen(page, 'Choose your services');
  await expect(page.getByRole('checkbox', { name: 'Medical insurance payments' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Bind my card' }));
  await page.keyboard.press('Enter');

  await expectScreen(page, 'Your card is bound');
  await expect(page.locator('.ssc-reference')).toHaveText(/^BD/);
  const status = await page.request.get('/api/binding');
  expect(status.status()).toBe(200);
  expect(await page.title()).toBe('Your card is bound – Social security card binding');

  await tabTo(page, page.getByRole('button', { name: 'Unbind' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Unbind your card?' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, dialog.getByRole('button', { name: 'Unbind' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  expect((await page.request.get('/api/binding')).status()).toBe(404);
});

test('every identity field gets its own translated error beside it and in the summary, and nothing typed is lost', async ({ page }) => {
  await startOwnCard(page);
  await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), '张三<b>');
  await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), '110105194902300028');
  await typeInto(page, page.getByRole('textbox', { name: 'Mobile number' }), '1234');
  await pressButton(page, 'Continue');

  await expect(page.locator('.ssc-error-summary')).toBeFocused();
  const summary = page.locator('.ssc-error-summary');
  await expect(summary.getByRole('link')).toHaveText([
    'Your name can only contain Chinese characters, letters and the middle dot (·), as on your ID card',
    'The date of birth in your ID number is not a real date; check it',
    'Enter an 11-digit mobile number, like 13812345678',
  ]);
  await expect(page.getByRole('textbox', { name: 'ID number' })).toHaveAccessibleDescription(
    /18 characters; the last may be X Error:\s?The date of birth/,
  );
  expect(await page.title()).toMatch(/^Error: Step 2 of 6: Confirm who you are/);
  expect(await axeViolations(page)).toEqual([]);

  // Switching language keeps every value and shows the errors in the new language.
  // Follow the summary's link to the field it names.
  await tabTo(page, page.getByRole('link', { name: 'Enter an 11-digit mobile number, like 13812345678' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Mobile number' })).toBeFocused();

  await pressButton(page, 'Settings');
  await tabTo(page, page.getByRole('radio', { name: 'English' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue('张三<b>');
  await expect(page.getByRole('textbox', { name: '身份證號碼' })).toHaveValue('110105194902300028');
  await expect(page.getByRole('textbox', { name: '手機號碼' })).toHaveValue('1234');
  await expect(page.locator('.ssc-error-summary').getByRole('link')).toHaveCount(3);
});

test('face check refused by the sandbox: message, then SMS code works', async ({ page }) => {
  const person = { ...newPerson(), phone: newSandboxPhone('faceMismatch') };
  await startOwnCard(page);
  await enterDetails(page, person);
  await pressButton(page, 'Start face check');
  await expect(page.locator('.ssc-error-summary')).toContainText('The face check did not pass. You can use a text message code instead.');
  await expect(page.locator('.ssc-error-summary')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, page.getByRole('link', { name: /The face check did not pass/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Use a text message code instead' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Enter the code we sent you');
  await expect(page.getByText(/You can ask for a new code in \d+ seconds/)).toBeVisible();
  const code = page.getByRole('textbox', { name: 'Code' });
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(code).toHaveAttribute('inputmode', 'numeric');
  // Pasting the code with a space in the middle works.
  const sent = await latestSmsCode(page, person.phone);
  await typeInto(page, code, `${sent.slice(0, 3)} ${sent.slice(3)}`);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Add your card');
});

test('no camera (refused): the SMS code is offered as the main way', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const person = newPerson();
  await startOwnCard(page);
  await enterDetails(page, person);
  await expect(page.getByRole('main').getByText('The camera was not allowed. You can use a text message code instead.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start face check' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Use a text message code instead' })).toHaveClass(/ssc-button(?! ssc-button--secondary)/);
});

test('wrong codes say how many tries are left, then when to try again', async ({ page }) => {
  const person = newPerson();
  await startOwnCard(page);
  await enterDetails(page, person);
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  const right = await latestSmsCode(page, person.phone);
  const wrong = right === '000000' ? '111111' : '000000';
  const code = page.getByRole('textbox', { name: 'Code' });
  const expected = ['You can try 4 more times.', 'You can try 3 more times.', 'You can try 2 more times.', 'You can try 1 more time, then you must wait 15 minutes.'];
  for (const sentence of expected) {
    await typeInto(page, code, wrong);
    await pressButton(page, 'Confirm');
    await expect(page.locator('.ssc-error-summary')).toContainText(`That code is not right. ${sentence}`);
    // A wrong code is cleared, ready for the next try.
    await expect(code).toHaveValue('');
  }
  await typeInto(page, code, wrong);
  await pressButton(page, 'Confirm');
  await expect(page.locator('.ssc-error-summary')).toContainText(/Too many tries, so this is locked for now\. Try again after \d\d:\d\d\./);
  expect(await axeViolations(page)).toEqual([]);
});

test('bank: wrong password, forgot password, then the right one', async ({ page }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'face');
  await addCard(page);
  const password = page.getByLabel('Bank card payment password');
  await expect(password).toHaveAttribute('type', 'password');
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await typeInto(page, password, '123456');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ssc-error-summary')).toContainText('That payment password is not right. You can try 4 more times.');
  await expect(password).toHaveValue('');
  expect(await axeViolations(page)).toEqual([]);

  await tabTo(page, page.getByText('Forgotten your payment password?'));
  await page.keyboard.press('Enter');
  const reset = page.getByRole('link', { name: 'Reset your password at the bank (opens in a new window)' });
  await expect(reset).toHaveAttribute('target', '_blank');
  await expect(page.getByText('Then come back here to carry on. The steps you have done are kept.')).toBeVisible();

  await typeInto(page, password, SANDBOX_PASSWORD);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
});

test('bank: the reserved phone differs, and the person is told how to fix it', async ({ page }) => {
  const person = { ...newPerson(), phone: newSandboxPhone('bankMismatch') };
  await bindThroughIdentity(page, person, 'face');
  await addCard(page);
  await expect(page.getByRole('heading', { name: "Your mobile number does not match the bank's" })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go back to step 2 to change the number' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('service busy: announced automatic retry, the alternate channel offered, nothing retyped', async ({ page }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'face');
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), 'A00000503');
  const started = Date.now();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The service is busy; trying again' })).toBeVisible();
  await expect(page.locator('#ssc-announcer-polite')).toContainText(
    'The service is busy. We are trying again by ourselves. You can also continue through the alternate channel.',
  );
  const alternate = page.getByRole('button', { name: 'Continue through the alternate channel' });
  await expect(alternate).toBeVisible();
  expect(Date.now() - started).toBeLessThan(30_000);
  await expect(page.getByRole('button', { name: 'Working…' })).toHaveAttribute('aria-disabled', 'true');
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, alternate);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Is this your card?');
});

for (const { card, reason } of [
  { card: 'A00000001', reason: 'This card has been reported lost or stolen.' },
  { card: 'A00000002', reason: 'This card is already bound to another account.' },
]) {
  test(`theft risk (${card}): frozen for manual review, told plainly, nothing binds`, async ({ page }) => {
    const person = newPerson();
    await bindThroughIdentity(page, person, 'face');
    await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), card);
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Binding is on hold for a manual check');
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.locator('.ssc-reference')).not.toBeEmpty();
    await expect(page.getByText('call 12333 and give your review number.')).toBeVisible();
    expect((await page.request.get('/api/binding')).status()).toBe(404);
    // A reload keeps the person on the review screen: the freeze is the service's decision.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Binding is on hold for a manual check');
  });
}

test('a reload mid-flow resumes at the step the service has confirmed', async ({ page }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'face');
  await addCard(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your bank account');
  await expect(page).toHaveURL(/\/bank$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Confirm your bank account');
});

test('card by QR: the scanner speaks its guidance, and a photo of the card is read by the self-hosted decoder', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const person = newPerson();
  await bindThroughIdentity(page, person, 'face');
  await tabTo(page, page.getByRole('button', { name: 'Scan the QR code or upload a photo' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Scan the QR code on your card');
  await expect(page.locator('#ssc-announcer-polite')).toContainText(
    'The camera is on. Hold the QR code on the back of your card in the middle of the picture, about 20 cm away.',
  );
  await page.getByLabel('Upload a photo of the back of your card').setInputFiles('tests/fixtures/card-qr.png');
  await expectScreen(page, 'Is this your card?');
  await expect(page.getByRole('main').getByText('Q1****678')).toBeVisible();
  // The decoder and its WebAssembly came from this origin, never a CDN.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
});

test('card, agreement and services errors: specific, beside the field and in the summary, with no axe violations', async ({ page }) => {
  const person = newPerson();
  await bindThroughIdentity(page, person, 'face');
  const cardField = page.getByRole('textbox', { name: 'Card number' });
  await typeInto(page, cardField, 'A1234');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ssc-error-summary')).toContainText('The card number is 9 characters, usually a letter and 8 digits, like A12345678');
  await expect(cardField).toHaveAccessibleDescription(/Error:\s?The card number is 9 characters/);
  expect(await axeViolations(page)).toEqual([]);
  await typeInto(page, cardField, 'A00000404');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ssc-error-summary')).toContainText('We could not find this card; check the card number');
  await expect(cardField).toHaveValue('A00000404');
  expect(await axeViolations(page)).toEqual([]);

  await addCard(page);
  await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  await pressButton(page, 'Sign the agreement');
  await expect(page.locator('.ssc-error-summary')).toContainText('Read the service agreement, then tick "I have read and agree"');
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Sign the agreement');
  await pressButton(page, /^Sign$/);

  await expectScreen(page, 'Choose your services');
  for (const name of ['Medical insurance payments', 'Pension and account queries', 'Benefit payment alerts', 'Online services']) {
    await tabTo(page, page.getByRole('checkbox', { name }));
    await page.keyboard.press('Space');
  }
  await pressButton(page, 'Bind my card');
  await expect(page.locator('.ssc-error-summary')).toContainText('Choose at least one service');
  expect(await axeViolations(page)).toEqual([]);
  expect((await page.request.get('/api/binding')).status()).toBe(404);
});
