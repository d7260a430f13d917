// The `test` every Firefox spec uses: one Firefox ESR per worker, a fresh browser context (its own
// storage, drafts and service worker) per test, and three checks after every test: no console
// error, no Content-Security-Policy or Trusted Types violation, no request to a third party.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { isElsewhere } from '../helpers/test.node.js';

export const firefoxExecutable = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface FirefoxPage {
  page: Page;
  context: BrowserContext;
  /** `path` on the service under test. */
  url(path: string): string;
}

export const test = base.extend<{ firefox: FirefoxPage }, { firefoxBrowser: Browser }>({
  firefoxBrowser: [
    async ({}, use) => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxExecutable,
        headless: true,
        extraPrefsFirefox: {
          // A fake camera that needs no permission prompt (the face check and the card scan).
          'media.navigator.streams.fake': true,
          'media.navigator.permission.disabled': true,
          // This machine's network is closed: no update, telemetry or safe-browsing requests.
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'intl.accept_languages': 'zh-CN,en',
        },
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ firefoxBrowser: browser, baseURL }, use) => {
    const context = await browser.createBrowserContext();
    // A new page, never the first tab: that one never has focus, so Space and Enter do nothing there.
    const page = await context.newPage();
    await page.setViewport({ width: 320, height: 640 });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('request', (request) => {
      if (isElsewhere(request.url())) problems.push(`third party: ${request.url()}`);
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use({ page, context, url: (path) => new URL(path, baseURL).href });
    expect(problems, 'console errors, policy violations or third-party requests').toEqual([]);
    await context.close();
  },
});

export { expect };

/** axe in the page: WCAG 2.2 A/AA, best practices and AAA contrast, as the Chromium suite runs it. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'color-contrast-enhanced': { enabled: true } },
    });
    return results.violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
