import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { expectScreen, latestSmsCode, pressButton, recordAnnouncements, tabTo, typeInto } from '../helpers/flow.node.js';
import { newCardNumber, newPerson } from '../helpers/people.node.js';

/** Records every vibration pattern the page asks for. */
async function recordVibration(page: Page): Promise<() => Promise<number[][]>> {
  await page.addInitScript(() => {
    const patterns: number[][] = [];
    (window as unknown as { __vibrations: number[][] }).__vibrations = patterns;
    Object.defineProperty(navigator, 'vibrate', {
      value: (pattern: number | number[]) => {
        patterns.push(Array.isArray(pattern) ? pattern : [pattern]);
        return true;
      },
    });
  });
  return () => page.evaluate(() => (window as unknown as { __vibrations: number[][] }).__vibrations);
}

test('screen-reader mode: focus lands on each step heading and each step\'s accessibility tree matches the reviewed snapshot', async ({ page }) => {
  const person = newPerson();
  const main = page.locator('main');
  await page.goto('/?lang=en&mode=screen-reader');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph: Step 1 of 6
      - heading "Bind your social security card" [level=1]
      - group "Whose card are you binding?":
        - radio "My own card"
        - text: My own card
        - radio "A family member's card"
        - text: A family member's card
      - button "Start"
      - paragraph: "Once your card is bound, you can use your phone to:"
      - list:
        - listitem: pay at hospitals and pharmacies with your medical insurance code
        - listitem: check your pension and medical insurance accounts
        - listitem: get an alert when a benefit is paid
        - listitem: apply for social security services online, without queuing
      - heading "What you need" [level=2]
      - list:
        - listitem: your social security card (the physical card)
        - listitem: the mobile phone you use
        - listitem: the 6-digit payment password of your card's bank account
      - paragraph: It takes about 5 minutes.
      - heading "Lost your card?" [level=2]
      - paragraph: Once you have proved who you are, you can report it lost straight away, without binding it first, so nobody who finds the card can pay with it.
      - paragraph:
        - link "Report your card lost"
      - paragraph:
        - link "Help with this step"
  `);
  // A hint is its control's description (read with it), not a text read again after it.
  await expect(page.getByRole('radio', { name: "A family member's card" })).toHaveAccessibleDescription('They confirm on their own phone');
  await tabTo(page, page.getByRole('radio', { name: 'My own card' }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Start');
  await expectScreen(page, 'Confirm who you are');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 2 of 6
      - heading "Confirm who you are" [level=1]
      - paragraph: Enter the details of the cardholder, exactly as on their identity document.
      - group "Which document will you use?":
        - radio "Mainland China resident ID card" [checked]
        - text: Mainland China resident ID card
        - radio "Passport"
        - text: Passport
        - radio "Foreign permanent resident ID card"
        - text: Foreign permanent resident ID card
        - radio "Residence permit for Hong Kong residents"
        - text: Residence permit for Hong Kong residents
        - radio "Residence permit for Macao residents"
        - text: Residence permit for Macao residents
        - radio "Residence permit for Taiwan residents"
        - text: Residence permit for Taiwan residents
      - text: Full name
      - textbox "Full name"
      - text: ID number
      - textbox "ID number"
      - paragraph: Country or region of your mobile number
      - paragraph:
        - text: China +86
        - button "Change Country or region of your mobile number"
      - text: Mobile number
      - textbox "Mobile number"
      - button "Continue"
      - paragraph:
        - link "Help with this step"
  `);
  await expect(page.getByRole('radio', { name: 'Passport' })).toHaveAccessibleDescription('Foreign nationals can bind with a passport');
  await expect(page.getByRole('textbox', { name: 'ID number' })).toHaveAccessibleDescription('18 characters; the last may be X');
  await expect(page.getByRole('textbox', { name: 'Mobile number' })).toHaveAccessibleDescription('For security codes; best the number your bank has');
  await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), person.name);
  await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), person.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: 'Mobile number' }), person.phone);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Face check');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 2 of 6
      - heading "Face check" [level=1]
      - paragraph: Hold your phone in front of your face, with your face in the middle of the picture and good light. When you are ready, choose "Start face check" and hold still.
      - button "Start face check"
      - button "Use a text message code instead"
      - paragraph:
        - link "Help with this step"
  `);
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 2 of 6
      - heading "Enter the code we sent you" [level=1]
      - textbox "Enter the code we sent you"
      - button "Confirm"
      - paragraph: /We have sent a 6-digit code to number ending \\d{4} \\. It lasts 5 minutes\\./
      - heading "Not received the code?" [level=2]
      - paragraph: /You can ask for a new code in \\d+ seconds/
      - paragraph:
        - link "Change the mobile number"
      - group: "Sandbox: show the text messages sent"
      - paragraph:
        - link "Help with this step"
  `);
  await expect(page.getByLabel('Enter the code we sent you', { exact: true })).toHaveAccessibleDescription('6 digits; you can paste the whole message');
  await typeInto(page, page.getByLabel('Enter the code we sent you', { exact: true }), await latestSmsCode(page, person.phone));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Add your card');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 3 of 6
      - heading "Add your card" [level=1]
      - text: Card number
      - textbox "Card number"
      - button "Find my card"
      - paragraph: You can also scan the QR code on the back of the card, or upload a photo of it.
      - button "Scan the QR code or upload a photo"
      - paragraph:
        - link "Help with this step"
  `);
  await expect(page.getByRole('textbox', { name: 'Card number' })).toHaveAccessibleDescription('Printed on the front of the card, 9 characters, like A12345678');
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), newCardNumber());
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Is this your card?');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 3 of 6
      - heading "Is this your card?" [level=1]
      - term: Cardholder
      - definition: ${person.name}
      - term: Card number
      - definition: /number ending \\d{3}/
      - term: Issued in
      - definition: /.+/
      - term: Issued on
      - definition: /\\d{4}-\\d{2}-\\d{2}/
      - button "Yes, this is my card"
      - button "No, it is not"
      - paragraph:
        - link "Help with this step"
  `);
  await pressButton(page, 'Yes, this is my card');
  await expectScreen(page, 'Confirm your bank account');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 4 of 6
      - heading "Confirm your bank account" [level=1]
      - text: Bank card payment password
      - textbox "Bank card payment password"
      - button "Confirm"
      - paragraph: Your password is encrypted on your phone before it is sent; we cannot see it and never keep it.
      - term: Bank
      - definition: /.+/
      - term: Account
      - definition: /number ending \\d{4}/
      - group: Forgotten your payment password?
      - paragraph:
        - link "Help with this step"
  `);
  await expect(page.getByLabel('Bank card payment password')).toHaveAccessibleDescription('6 digits');
  await typeInto(page, page.getByLabel('Bank card payment password'), '147258');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 5 of 6
      - heading "Read and sign the service agreement" [level=1]
      - heading "Check your answers" [level=2]
      - term: Full name
      - definition: ${person.name}
      - definition:
        - link "Change Full name"
      - term: ID number
      - definition: /number ending \\d{3}[\\dX]/
      - definition:
        - link "Change ID number"
      - term: Mobile number
      - definition: /number ending \\d{4}/
      - definition:
        - link "Change Mobile number"
      - term: Checked by
      - definition: Text message code
      - definition:
        - link "Change Checked by"
      - term: Social security card
      - definition: /number ending \\d{3} · .+/
      - definition:
        - link "Change Social security card"
      - region /agreement/
      - paragraph: Agreement version 2026-11
      - group "Agreement":
        - checkbox "I have read and agree to the service agreement above"
        - text: I have read and agree to the service agreement above
      - button "Sign the agreement"
      - paragraph:
        - link "Help with this step"
  `);
  await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Sign the agreement');
  await pressButton(page, /^Sign$/);
  await expectScreen(page, 'Choose your services');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - paragraph:
        - link "Back"
      - paragraph: Step 6 of 6
      - group "Choose your services":
        - heading "Choose your services" [level=1]
        - checkbox "Medical insurance payments" [checked]
        - text: Medical insurance payments
        - checkbox "Pension and account queries" [checked]
        - text: Pension and account queries
        - checkbox "Benefit payment alerts" [checked]
        - text: Benefit payment alerts
        - checkbox "Online services" [checked]
        - text: Online services
      - button "Bind my card"
      - paragraph:
        - link "Help with this step"
  `);
  await expect(page.getByRole('group', { name: 'Choose your services' })).toHaveAccessibleDescription('You can turn them on or off at any time in "My card".');
  await expect(page.getByRole('checkbox', { name: 'Online services' })).toHaveAccessibleDescription('Apply online, for example to register for treatment in another city');
  await pressButton(page, 'Bind my card');
  await expectScreen(page, 'Your card is bound');
  await expect(main).toMatchAriaSnapshot(`
    - main:
      - heading "Your card is bound" [level=1]
      - paragraph: Your reference number
      - paragraph: /^B D \\d \\d(, [0-9A-Z] [0-9A-Z] [0-9A-Z] [0-9A-Z]){3}$/
      - button "Copy"
      - heading "What happens next" [level=2]
      - list:
        - listitem: You can use your medical insurance code at hospitals and pharmacies now.
        - listitem: We will send you a text message to confirm.
        - listitem: If you have questions, call 12333 and give your reference number.
      - heading "My card" [level=2]
      - term: Status
      - definition: Bound
      - term: Social security card
      - definition: /number ending \\d{3}/
      - term: Bound on
      - definition: /.+/
      - term: Services turned on
      - definition:
        - list:
          - listitem: Medical insurance payments
          - listitem: Pension and account queries
          - listitem: Benefit payment alerts
          - listitem: Online services
      - button "Unbind"
      - paragraph:
        - link "Help with this step"
  `);
});

test('screen-reader mode: the live regions say where the person is, every wait and outcome, the digit count, never a digit', async ({ page }) => {
  const heard = await recordAnnouncements(page);
  const person = newPerson();
  await page.goto('/?lang=en&mode=screen-reader');
  await tabTo(page, page.getByRole('radio', { name: 'My own card' }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Start');
  await expectScreen(page, 'Confirm who you are');
  await typeInto(page, page.getByRole('textbox', { name: 'Full name' }), person.name);
  await typeInto(page, page.getByRole('textbox', { name: 'ID number' }), person.idNumber);
  await typeInto(page, page.getByRole('textbox', { name: 'Mobile number' }), person.phone);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Face check');
  await pressButton(page, 'Use a text message code instead');
  await expectScreen(page, 'Enter the code we sent you');
  const code = await latestSmsCode(page, person.phone);
  // A wrong code first: the refusal comes fast, and is still heard after the wait, not before it.
  await typeInto(page, page.getByRole('textbox', { name: 'Code' }), code === '000000' ? '111111' : '000000');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await heard()).join('\n')).toContain('That code is not right');
  const saidSoFar = (await heard()).join('\n');
  expect(saidSoFar.indexOf('Checking the code…'), saidSoFar).toBeGreaterThan(-1);
  expect(saidSoFar.indexOf('Checking the code…'), saidSoFar).toBeLessThan(saidSoFar.indexOf('There is a problem. That code is not right'));
  await typeInto(page, page.getByRole('textbox', { name: 'Code' }), code.slice(0, 3));
  await expect.poll(async () => (await heard()).at(-1)).toBe('3 of 6 digits entered');
  await page.keyboard.type(code.slice(3));
  await expect.poll(async () => (await heard()).at(-1)).toBe('6 of 6 digits entered');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Add your card');
  await typeInto(page, page.getByRole('textbox', { name: 'Card number' }), newCardNumber());
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Is this your card?');
  await pressButton(page, 'Yes, this is my card');
  await expectScreen(page, 'Confirm your bank account');
  await typeInto(page, page.getByLabel('Bank card payment password'), '147258');
  await expect.poll(async () => (await heard()).at(-1)).toBe('6 of 6 digits entered');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  // The step's arrival is said a moment after it shows: the announcer leaves the digit count in
  // place a second first (ANNOUNCE_HOLD_MS), then says the check and the step as one.
  await expect.poll(async () => (await heard()).join('\n')).toContain('Step 5 of 6, Read and sign the service agreement');

  const log = await heard();
  for (const expected of [
    'Step 2 of 6, Confirm who you are. Enter the details of the cardholder',
    'Checking your details…',
    'Step 2 of 6, Face check',
    'Step 2 of 6, Enter the code we sent you',
    'Code sent to ',
    'Checking the code…',
    'Step 3 of 6, Add your card',
    'Looking for your card…',
    'Step 4 of 6, Confirm your bank account',
    'Checking your payment password with the bank…',
    'Step 5 of 6, Read and sign the service agreement',
  ]) {
    expect(log.some((line) => line.includes(expected)), `heard "${expected}" in\n${log.join('\n')}`).toBe(true);
  }
  for (const line of log) {
    expect(line).not.toContain(code);
    expect(line).not.toContain('147258');
    expect(line).not.toMatch(/\d{6}/);
  }
});

test('vibration: a distinct pattern for step, waiting, error and success, and none when switched off', async ({ page }) => {
  const vibrations = await recordVibration(page);
  const person = newPerson();
  await page.goto('/?lang=en');
  await page.getByRole('radio', { name: 'My own card' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(vibrations).toContainEqual([60]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(vibrations).toContainEqual([200, 100, 200]);
  await page.getByRole('textbox', { name: 'Full name' }).fill(person.name);
  await page.getByRole('textbox', { name: 'ID number' }).fill(person.idNumber);
  await page.getByRole('textbox', { name: 'Mobile number' }).fill(person.phone);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(vibrations).toContainEqual([30]);
  await page.getByRole('button', { name: 'Start face check' }).click();
  await expect.poll(vibrations).toContainEqual([80, 60, 80]);

  // The legend in the manual explains each pattern.
  await page.getByRole('link', { name: 'Help with this step' }).click();
  await expect(page.getByRole('table', { name: /vibration/i })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your binding' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Vibration cues' }).uncheck();
  await page.keyboard.press('Escape');
  const before = (await vibrations()).length;
  await page.getByRole('textbox', { name: 'Card number' }).fill('A1');
  await page.getByRole('button', { name: 'Find my card' }).click();
  await expect(page.locator('.ssc-error-summary')).toBeVisible();
  expect((await vibrations()).length).toBe(before);
});

for (const lang of ['zh-Hans', 'en', 'zh-Hant-HK', 'ug'] as const) {
  test(`the manual in ${lang}: no axe violations, headings never skip a level, help opens at the step`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator('#actor-self').check();
    await page.locator('ssc-entry-step button[type=submit]').click();
    await page.locator('#identity-name').fill('阿依古丽');
    await page.locator('.ssc-help-link a').click();
    await expect(page).toHaveURL(/\/manual#step-identity$/);
    await expect(page.locator('#step-identity')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    const levels = await page.locator('main').evaluate((main) => [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    // Back to the flow: the step and what was typed are still there.
    await page.goBack();
    await expect(page.locator('#identity-name')).toHaveValue('阿依古丽');
  });
}

test('the manual downloads as plain text for braille transcription', async ({ page }) => {
  await page.goto('/manual?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('User manual');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as plain text (for braille)' }).click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(download.suggestedFilename()).toBe('manual-en.txt');
  expect(text).toMatch(/^User manual\n=+\n/);
  expect(text).toContain('\nUsing a keyboard\n');
  expect(text).not.toContain('<');
});
