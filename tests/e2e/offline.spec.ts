import { expect, test } from '../helpers/test.node.js';

test('after one visit online, the app, every language and the manual open offline', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  // The worker has installed and precached everything once it is ready.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  await page.goto('/manual');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('User manual');
  await expect(page.getByRole('table', { name: 'What the vibration cues mean' })).toBeVisible();

  for (const [lang, heading] of [
    ['zh-Hans', '绑定社保卡'],
    ['zh-Hant-HK', '綁定社保卡'],
    ['ug', 'ئىجتىمائىي كاپالەت كارتىسىنى باغلاش'],
  ] as const) {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  // Every app address opens from the precached shell (the flow puts the person where they may be).
  for (const path of ['/identity', '/card', '/bank', '/agreement', '/services', '/my-card', '/review', '/family', '/consent', '/waiting']) {
    await page.goto(`${path}?lang=en`);
    await expect(page.getByRole('banner'), path).toContainText('Social security card binding');
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
  // Answers from the service are never cached: offline, the API is simply unreachable.
  const api = await page.evaluate(() => fetch('/api/health').then((r) => r.status, () => 'unreachable'));
  expect(api).toBe('unreachable');
});

test('the app is installable: a manifest with names, maskable icons, theme colour and standalone display', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ display: 'standalone', theme_color: '#005a30', start_url: '/' });
  expect(String(manifest.name)).toContain('社保卡绑定');
  expect(String(manifest.name)).toContain('Social security card binding');
  const icons = manifest.icons as { src: string; purpose?: string }[];
  expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test('a first visit that loses the network before its language arrives shows the start in Chinese, marked so, and switches once back online', async ({ page, context }) => {
  // The shell arrived; the English words did not (the network went down in between).
  await page.route(/\/assets\/en\.start-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('绑定社保卡');
  // Marked as the language on screen, so a screen reader reads it with the right voice.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('radio', { name: '我自己的社保卡' })).toBeVisible();
  await page.getByRole('radio', { name: '我自己的社保卡' }).check();

  await page.unroute(/\/assets\/en\.start-[^/]+\.js$/);
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bind your social security card');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Nothing chosen is lost on the way.
  await expect(page.getByRole('radio', { name: 'My own card' })).toBeChecked();
});
