// What the browser fetches before the first screen is shown: every script and stylesheet the page
// requests until its heading is on screen, with each file's size raw and gzip-compressed.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export interface FetchedFile {
  path: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

export interface FirstScreenBytes {
  files: FetchedFile[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  /** JavaScript + CSS, gzip: what the budget counts. */
  totalGzip: number;
}

function kindOf(url: URL): FetchedFile['kind'] | null {
  if (url.pathname.endsWith('.js')) return 'js';
  if (url.pathname.endsWith('.css')) return 'css';
  return null;
}

/**
 * Records, inside the page, the moment the first screen's heading is added: call before
 * navigating. A mutation observer runs as the heading is inserted, so neither a slow test runner
 * nor work the page defers until after it can move the line.
 */
export async function markFirstScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('main h1')) return;
      (window as unknown as { firstScreenAt?: number }).firstScreenAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Waits for the first screen (see `markFirstScreen`) and returns when it appeared. */
export async function waitForFirstScreen(page: Page): Promise<number> {
  const shown = await page.waitForFunction(() => (window as unknown as { firstScreenAt?: number }).firstScreenAt);
  return (await shown.jsonValue()) as number;
}

/** Opens `path` in a fresh page (nothing cached) and returns what it fetched before the first screen. */
export async function measureFirstScreen(page: Page, path = '/'): Promise<FirstScreenBytes> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  const onResponse = (response: Response) => {
    if (kindOf(new URL(response.url()))) bodies.set(response.url(), response.body().catch(() => null));
  };
  page.on('response', onResponse);
  await markFirstScreen(page);
  await page.goto(path, { waitUntil: 'load' });
  const shownAt = await waitForFirstScreen(page);
  // Only what the page asked for before the heading appeared; work deferred until after it (the
  // service worker, the session warning) is not the first screen's.
  const requested = await page.evaluate(
    (before) => performance.getEntriesByType('resource').filter((entry) => entry.startTime < before).map((entry) => entry.name),
    shownAt,
  );
  page.off('response', onResponse);
  const files: FetchedFile[] = [];
  for (const name of requested) {
    const url = new URL(name);
    const kind = kindOf(url);
    const body = kind ? await bodies.get(name) : null;
    if (kind && body) files.push({ path: url.pathname, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  const sum = (kind: FetchedFile['kind'], key: 'raw' | 'gzip') => files.filter((f) => f.kind === kind).reduce((total, f) => total + f[key], 0);
  const js = { raw: sum('js', 'raw'), gzip: sum('js', 'gzip') };
  const css = { raw: sum('css', 'raw'), gzip: sum('css', 'gzip') };
  return { files, js, css, totalGzip: js.gzip + css.gzip };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
