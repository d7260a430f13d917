// The `test` every engine spec uses: the project names the engine (playwright.engines.config.ts);
// one browser host per worker; a fresh page per test; and three checks after every test: no
// console or page error, no Content-Security-Policy or Trusted Types violation, no request to a
// third party.
import { test as base, expect } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import type { EngineName, EnginePage } from './engine.node.js';
import { launchFirefox, openFirefoxPage } from './firefox.node.js';
import { openWebKitPage, startWebKit, type WebKitHost } from './webkit.node.js';

type Host = { engine: 'Firefox'; browser: Browser } | { engine: 'WebKit'; webkit: WebKitHost };

export const test = base.extend<{ tab: EnginePage }, { engineName: EngineName; host: Host }>({
  engineName: ['Firefox', { option: true, scope: 'worker' }],
  host: [
    async ({ engineName }, use) => {
      if (engineName === 'Firefox') {
        const browser = await launchFirefox();
        await use({ engine: 'Firefox', browser });
        await browser.close();
      } else {
        const webkit = await startWebKit();
        await use({ engine: 'WebKit', webkit });
        await webkit.stop();
      }
    },
    { scope: 'worker' },
  ],
  tab: async ({ host, baseURL }, use) => {
    const opened = host.engine === 'Firefox' ? await openFirefoxPage(host.browser, baseURL!) : await openWebKitPage(host.webkit, baseURL!);
    try {
      await use(opened.page);
      expect(await opened.page.takeProblems(), 'console errors, policy violations or third-party requests').toEqual([]);
    } finally {
      await opened.close();
    }
  },
});

export { expect };
