// The benchmark: bytes, Lighthouse, cold and repeat load against a static floor, and step changes.
// Each test adds its figures to one report, printed at the end and written to
// reports/bench-latest.json (and a dated copy). Budgets are reported as pass or fail; the byte
// budget is also a test in `npm test`.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGETS } from './budgets.js';
import { kb, markFirstScreen, measureFirstScreen, waitForFirstScreen, type FirstScreenBytes } from './first-screen.js';
import { chromiumExecutable } from '../tests/helpers/chromium.node.js';
import { confirmIdentity, giveIdentity, startSession } from '../tests/helpers/api.node.js';
import { addCard, bindThroughIdentity, expectScreen, pressButton, tabTo, typeInto } from '../tests/helpers/flow.node.js';
import { newPerson } from '../tests/helpers/people.node.js';

test.describe.configure({ mode: 'serial' });

const DIST = join(import.meta.dirname, '..', 'dist');
const REPORTS = join(import.meta.dirname, '..', 'reports');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU_SLOWDOWN = 4;
const SANDBOX_PASSWORD = '147258';

interface Check {
  name: string;
  measured: string;
  budget: string;
  pass: boolean;
}
const report: Record<string, unknown> = { date: new Date().toISOString(), chromium: '', runs: RUNS, cpuSlowdown: CPU_SLOWDOWN };
const checks: Check[] = [];

function check(name: string, measured: number, budget: number, unit: (n: number) => string, atLeast = false): void {
  checks.push({ name, measured: unit(measured), budget: `${atLeast ? '≥' : '≤'} ${unit(budget)}`, pass: atLeast ? measured >= budget : measured <= budget });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (n: number) => `${Math.round(n)} ms`;
const times = (n: number) => `${n.toFixed(2)}×`;
const score = (n: number) => String(Math.round(n));

test.afterAll(() => {
  report.checks = checks;
  mkdirSync(REPORTS, { recursive: true });
  const json = JSON.stringify(report, null, 2);
  writeFileSync(join(REPORTS, 'bench-latest.json'), json);
  writeFileSync(join(REPORTS, `bench-${String(report.date).slice(0, 19).replace(/:/g, '')}.json`), json);
  const width = Math.max(...checks.map((c) => c.name.length));
  console.log(`\nBudgets (${String(report.date).slice(0, 10)}, ${String(report.chromium)}):`);
  for (const c of checks) console.log(`  ${c.pass ? 'pass' : 'FAIL'}  ${c.name.padEnd(width)}  ${c.measured.padStart(10)}  (budget ${c.budget})`);
  console.log(`\nFull figures: reports/bench-latest.json`);
});

test('bytes: the first screen in each language, and the precache', async ({ browser }) => {
  report.chromium = `Chromium ${browser.version()}`;
  const languages: Record<string, FirstScreenBytes> = {};
  for (const lang of ['zh-Hans', 'en', 'zh-Hant-HK', 'ug']) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    languages[lang] = await measureFirstScreen(page, lang === 'zh-Hans' ? '/' : `/?lang=${lang}`);
    await context.close();
  }
  // What the service worker stores for offline use: every file named in its precache manifest.
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!.replace(/^\//, ''));
  expect(precached.length).toBeGreaterThan(10);
  const sizes = precached.map((file) => readFileSync(join(DIST, file)));
  const precache = { files: precached.length, raw: sizes.reduce((t, b) => t + b.length, 0), gzip: sizes.reduce((t, b) => t + gzipSync(b, { level: 9 }).length, 0) };
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const allJs = assets.reduce((t, f) => t + statSync(join(DIST, 'assets', f)).size, 0);
  report.bytes = { firstScreen: languages, precache, allScriptsAndStylesRaw: allJs };
  const zh = languages['zh-Hans']!;
  console.log(`first screen (zh-Hans): JS ${kb(zh.js.gzip)} gzip (${kb(zh.js.raw)} raw), CSS ${kb(zh.css.gzip)} gzip (${kb(zh.css.raw)} raw)`);
  for (const [lang, bytes] of Object.entries(languages)) console.log(`  ${lang}: ${kb(bytes.totalGzip)} gzip — ${bytes.files.map((f) => `${f.path.replace('/assets/', '')} ${kb(f.gzip)}`).join(', ')}`);
  console.log(`precache: ${precache.files} files, ${kb(precache.raw)} raw, ${kb(precache.gzip)} gzip`);
  check('first screen JS + CSS, zh-Hans (gzip)', zh.totalGzip, BUDGETS.firstScreenGzipBytes, kb);
  for (const lang of ['en', 'zh-Hant-HK', 'ug']) check(`first screen JS + CSS, ${lang} (gzip)`, languages[lang]!.totalGzip, BUDGETS.firstScreenGzipBytes, kb);
});

/**
 * A person part-way through, in the browser Lighthouse drives: a session that has confirmed who
 * they are (its cookie), and the draft the app keeps of what they typed. Written from a page of
 * the same origin that is not the app, so nothing is cached and no service worker is installed.
 */
async function reachCardStep(baseURL: string, browser: Browser, lighthousePort: number): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const api = await startSession(context.request, baseURL);
  const person = newPerson();
  await giveIdentity(api, person);
  await confirmIdentity(api, person, 'sms');
  const { cookies } = await context.storageState();
  await context.close();
  const lighthouseBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${lighthousePort}`);
  const defaultContext = lighthouseBrowser.contexts()[0]!;
  await defaultContext.addCookies(cookies);
  const page = await defaultContext.newPage();
  await page.goto(`${baseURL}/api/health`);
  await page.evaluate(
    (answers) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ssc-drafts', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction('drafts', 'readwrite');
          write.objectStore('drafts').put({ version: 2, savedAt: Date.now(), screen: 'card', actor: 'self', answers }, 'current');
          write.oncomplete = () => (open.result.close(), resolve());
          // And the marker the app writes beside its drafts store (src/offline/drafts.ts).
          localStorage.setItem('ssc-drafts-store', '1');
        };
      }),
    { document: 'resident_id', name: person.name, idNumber: person.idNumber, phone: person.phone, phoneCountry: 'CN', cardNumber: '', nationality: '', surname: '', givenNames: '', birthDate: '', sex: '', expiryDate: '' },
  );
  await page.close();
  await lighthouseBrowser.close();
}

test('Lighthouse (mobile defaults) on the first screen and the card step', async ({ baseURL, browser }) => {
  const screens = { 'first screen': '/', 'card step': '/card' };
  const results: Record<string, Record<string, number>> = {};
  for (const [name, path] of Object.entries(screens)) {
    // A fresh browser each time: nothing cached, no service worker.
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumExecutable,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      // The card step needs a session that got that far; Lighthouse then keeps its cookie.
      if (path === '/card') await reachCardStep(baseURL!, browser, chrome.port);
      const run = await lighthouse(`${baseURL}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: path === '/card', locale: 'en-US' });
      const lhr = run!.lhr;
      // The whole report, for anyone who wants to see why a score moved (open it in the Lighthouse viewer).
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(join(REPORTS, `lighthouse-${name.replace(/ /g, '-')}.json`), run!.report as string);
      const category = (id: string) => (lhr.categories[id]?.score ?? 0) * 100;
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failed = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      const figures = {
        performance: category('performance'),
        accessibility: category('accessibility'),
        bestPractices: category('best-practices'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      };
      results[name] = figures;
      // The page Lighthouse saw really was the screen we meant.
      expect(new URL(lhr.finalDisplayedUrl).pathname).toBe(path);
      console.log(`Lighthouse ${name} (${lhr.finalDisplayedUrl}): ${JSON.stringify(figures)}${failed.length ? `; audits not passed: ${failed.join(', ')}` : ''}`);
      check(`Lighthouse performance, ${name}`, figures.performance, BUDGETS.lighthouse.performance, score, true);
      check(`Lighthouse accessibility, ${name}`, figures.accessibility, BUDGETS.lighthouse.accessibility, score, true);
      check(`Lighthouse best practices, ${name}`, figures.bestPractices, BUDGETS.lighthouse.bestPractices, score, true);
    } finally {
      chrome.kill();
    }
  }
  report.lighthouse = results;
});

/** Slows the page's CPU as a cheap phone would be; set before each navigation. */
async function slowCpu(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** When the largest content was painted: the moment the screen looks ready to a person. */
async function largestPaint(page: Page): Promise<number> {
  await waitForFirstScreen(page);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

test('cold and repeat load of the first screen, against the same screen as static HTML (CPU 4× slower)', async ({ browser }) => {
  // The floor: the first screen exactly as the app draws it, as plain HTML with the same
  // stylesheet and no script. Served by the same service, with the same headers.
  {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await markFirstScreen(page);
    await page.goto('/');
    await waitForFirstScreen(page);
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]').forEach((el) => el.remove());
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    writeFileSync(join(DIST, 'bench-floor.html'), html);
    await context.close();
  }
  const cold = { app: [] as number[], floor: [] as number[] };
  const repeat: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    for (const [kind, path] of [['floor', '/bench-floor.html'], ['app', '/']] as const) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await slowCpu(context, page);
      await markFirstScreen(page);
      await page.goto(path);
      cold[kind].push(await largestPaint(page));
      if (kind === 'app') {
        // Repeat visit: the service worker has installed and now serves the app from its cache.
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          if (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 100));
          return registration.active?.state;
        });
        await page.goto('/');
        await waitForFirstScreen(page);
        await page.goto('/');
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
        repeat.push(await largestPaint(page));
      }
      await context.close();
    }
  }
  const result = {
    coldAppMs: median(cold.app),
    coldFloorMs: median(cold.floor),
    ratio: median(cold.app) / median(cold.floor),
    repeatAppMs: median(repeat),
    samples: { cold, repeat },
  };
  report.load = result;
  console.log(`cold load (LCP, median of ${RUNS}): app ${ms(result.coldAppMs)}, static floor ${ms(result.coldFloorMs)}, ratio ${times(result.ratio)}; repeat load ${ms(result.repeatAppMs)}`);
  check('cold load ÷ static floor (CPU 4×)', result.ratio, BUDGETS.coldLoadRatioToStaticFloor, times);
  check('repeat load, service worker warm (CPU 4×)', result.repeatAppMs, BUDGETS.repeatLoadMs, ms);
});

test('step change: from pressing Continue to the next heading having focus, over a whole binding', async ({ page }) => {
  // Timed inside the page: the press is the click (Enter on a button is one too), the end is the
  // moment the next screen's heading receives focus.
  await page.addInitScript(() => {
    const timings: { heading: string; ms: number }[] = [];
    (window as unknown as { stepTimings: typeof timings }).stepTimings = timings;
    let pressedAt: number | null = null;
    document.addEventListener('click', (event) => {
      if ((event.target as Element).closest('button')) pressedAt = performance.now();
    }, true);
    document.addEventListener('focusin', (event) => {
      const target = event.target as Element;
      if (target.matches('main h1') && pressedAt !== null) {
        timings.push({ heading: (target.textContent ?? '').trim(), ms: performance.now() - pressedAt });
        pressedAt = null;
      }
    }, true);
  });
  const all: { heading: string; ms: number }[] = [];
  const collect = async () => {
    all.push(...(await page.evaluate(() => (window as unknown as { stepTimings: { heading: string; ms: number }[] }).stepTimings)));
  };
  await bindThroughIdentity(page, newPerson(), 'sms');
  await addCard(page);
  await typeInto(page, page.getByLabel('Bank card payment password'), SANDBOX_PASSWORD);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Read and sign the service agreement');
  await tabTo(page, page.getByRole('checkbox', { name: /I have read and agree/ }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Sign the agreement');
  const confirm = page.getByRole('dialog', { name: 'Sign the service agreement?' });
  await tabTo(page, confirm.getByRole('button', { name: 'Sign', exact: true }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Choose your services');
  await pressButton(page, 'Bind my card');
  await expectScreen(page, 'Your card is bound');
  await collect();
  expect(all.length).toBeGreaterThanOrEqual(6);
  const result = { medianMs: median(all.map((t) => t.ms)), steps: all };
  report.stepChange = result;
  console.log(`step change (median of ${all.length}): ${ms(result.medianMs)} — ${all.map((t) => `${t.heading} ${ms(t.ms)}`).join(', ')}`);
  check('step change, median over the flow', result.medianMs, BUDGETS.stepChangeMs, ms);
});
