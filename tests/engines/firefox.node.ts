// Firefox ESR (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core: one browser per
// worker, a fresh browser context (its own storage, drafts and service worker) per test.
import puppeteer, { type Browser, type KeyInput } from 'puppeteer-core';
import { waitForQuiet, type EnginePage, type Key } from './engine.node.js';
import { isElsewhere } from '../helpers/test.node.js';

export const firefoxExecutable = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
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
}

export interface OpenedPage {
  page: EnginePage;
  close(): Promise<void>;
}

export async function openFirefoxPage(browser: Browser, baseURL: string): Promise<OpenedPage> {
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
  const enginePage: EnginePage = {
    engine: 'Firefox',
    url: (path) => new URL(path, baseURL).href,
    // A page is left only once it has finished loading (see waitForQuiet).
    goto: async (url) => {
      await waitForQuiet(enginePage);
      await page.goto(url);
    },
    reload: async () => {
      await waitForQuiet(enginePage);
      await page.reload();
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    inject: async (source) => void (await page.evaluate(source)),
    press: (key: Key) => page.keyboard.press(key as KeyInput),
    type: (text) => page.keyboard.type(text),
    selectAll: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
    },
    focusedIs: async (role, name) => {
      // puppeteer's ARIA selector asks the browser's own accessibility tree.
      const matches = await page.$$(`::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`);
      for (const element of matches) if (await element.evaluate((el) => el === document.activeElement).catch(() => false)) return true;
      return false;
    },
    setOffline: (offline) => page.setOfflineMode(offline),
    takeProblems: async () => problems.splice(0),
  };
  return { page: enginePage, close: () => context.close() };
}
