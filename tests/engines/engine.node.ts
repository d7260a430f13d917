// One page interface for every engine the suite drives besides Chromium: Firefox ESR (puppeteer
// over WebDriver BiDi, firefox.node.ts) and WebKitGTK (selenium over classic WebDriver,
// webkit.node.ts). The specs are written once against it, so each journey runs the same in both.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type EngineName = 'Firefox' | 'WebKit';

/** The keys the journeys press, by their DOM `key` names. */
export type Key = 'Tab' | 'Enter' | ' ' | 'ArrowDown' | 'ArrowUp' | 'Escape';

export interface EnginePage {
  readonly engine: EngineName;
  /** `path` on the service under test, as this engine reaches it. */
  url(path: string): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page (it must not close over anything: it is sent as source). */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Runs a script's source in the page as the driver does (outside the page's CSP): axe. */
  inject(source: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types text as key presses into the focused control. */
  type(text: string): Promise<void>;
  /** Control+A in the focused control, so what is typed next replaces its text. */
  selectAll(): Promise<void>;
  /** Whether the focused element has `role` and accessible name `name` in this engine's accessibility tree. */
  focusedIs(role: string, name: string): Promise<boolean>;
  /** Console and page errors, CSP or Trusted Types violations and third-party requests since the last call. */
  takeProblems(): Promise<string[]>;
  /** No network for this page from now on (`false`: back again), as a phone without signal. */
  setOffline(offline: boolean): Promise<void>;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe in the page: WCAG 2.2 A/AA, best practices and AAA contrast, as the Chromium suite runs it. */
export async function axeViolations(page: EnginePage): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.inject(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'color-contrast-enhanced': { enabled: true } },
    });
    return results.violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Waits until `fn` in the page returns true. */
export async function waitInPage<A extends unknown[]>(page: EnginePage, fn: (...args: A) => boolean, what: string, ...args: A): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    if (await page.evaluate(fn, ...args).catch(() => false)) return;
    if (Date.now() > until) throw new Error(`waited 15 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Waits for the screen whose h1 reads `text`. */
export function waitForHeading(page: EnginePage, text: string): Promise<void> {
  return waitInPage(page, (heading: string) => document.querySelector('main h1')?.textContent?.trim() === heading, `the heading "${text}"`, text);
}

// Waits until the page has loaded and fetched nothing new for half a second. A page left while its
// later modules are still arriving has them cancelled, which Firefox reports as a page error
// when a service worker was answering them.
export async function waitForQuiet(page: EnginePage): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let fetched = -1;
        const check = (): void => {
          const now = performance.getEntriesByType('resource').length;
          if (document.readyState === 'complete' && now === fetched) resolve();
          else {
            fetched = now;
            setTimeout(check, 500);
          }
        };
        check();
      }),
  );
}
