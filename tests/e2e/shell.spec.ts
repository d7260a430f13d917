import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';

test('the service answers /api/health and serves the app with its security headers', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', sandbox: true });
  expect(health.headers()['cache-control']).toBe('no-store');

  const page = await request.get('/');
  const headers = page.headers();
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  // Any app route answers with the shell; a missing file is a real 404.
  expect((await request.get('/bind/identity')).status()).toBe(200);
  expect((await request.get('/assets/missing.js')).status()).toBe(404);
  expect((await request.get('/api/nothing-here')).status()).toBe(404);
});

test('the app is sent compressed to a browser that accepts it (a third of the bytes on a weak network)', async ({ request }) => {
  const shell = await (await request.get('/')).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(shell)![1]!;
  const brotli = await request.get(script, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['vary']).toContain('Accept-Encoding');
  expect(brotli.headers()['content-type']).toContain('javascript');
  const raw = (await brotli.body()).length;
  expect(Number(brotli.headers()['content-length'])).toBeLessThan(raw / 2);
  // gzip for a browser without Brotli; as is for one that accepts neither.
  expect((await request.get(script, { headers: { 'accept-encoding': 'gzip' } })).headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(script, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).length).toBe(raw);
});

test('keyboard only: skip link, settings from every screen, language and care mode kept after reload', async ({ page }) => {
  await page.goto('/?lang=zh-Hans');
  // The shell renders once the language and session are ready; only then is there a skip link.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await page.keyboard.press('Tab');
  const settingsButton = page.getByRole('button', { name: '设置' });
  await expect(settingsButton).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: '设置' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Tab'); // Close
  await page.keyboard.press('Tab'); // the chosen language
  await expect(page.getByRole('radio', { name: '简体中文' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Care mode' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
});

test('a link preset for a parent opens in their language and modes', async ({ page }) => {
  await page.goto('/?lang=zh-Hant-HK&mode=care,screen-reader');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'zh-Hant-HK');
  await expect(html).toHaveAttribute('data-care', '');
  await expect(html).toHaveAttribute('data-screen-reader', '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('綁定社保卡');
});

test('choosing nothing gives a specific error in the summary and beside the question, and changing language keeps the answer', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Start' }).click();
  const summary = page.locator('.ssc-error-summary');
  await expect(summary).toBeFocused();
  await expect(page.locator('.ssc-error-summary')).toContainText('There is a problem');
  await expect(page.getByRole('link', { name: 'Select whose card you are binding' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Whose card are you binding?' })).toHaveAccessibleDescription(
    /Error:\s?Select whose card you are binding/,
  );
  expect(await page.title()).toMatch(/^Error: Step 1 of 6: Bind your social security card/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Select whose card you are binding' }).click();
  await expect(page.getByRole('radio', { name: 'My own card' })).toBeFocused();
  await page.getByRole('radio', { name: "A family member's card" }).check();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'ئۇيغۇرچە' }).check();
  await page.getByRole('button', { name: 'تامام' }).click();
  await expect(page.getByRole('radio', { name: 'ئائىلە ئەزاسىنىڭ كارتىسى' })).toBeChecked();
  // The error is still shown, now in Uyghur.
  await expect(page.getByRole('link', { name: 'كىمنىڭ كارتىسىنى باغلايدىغانلىقىڭىزنى تاللاڭ' })).toBeVisible();
});
