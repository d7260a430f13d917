// The `test` every browser spec uses: Playwright's, plus one check on every test. Whatever a test
// does (its page, its service worker, any tab it opens), the browser contacts no origin but the
// service under test. So every journey in the suite, not one chosen path, shows that nothing
// reaches a third party. The services tests start themselves all run on this machine.
import { test as base, expect, type BrowserContext } from '@playwright/test';

/** Anything not served from this machine: a third party. Inline data and blobs never leave it. */
export function isElsewhere(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return false;
  return hostname !== '127.0.0.1' && hostname !== 'localhost';
}

/** Records every request `context` makes (service workers included) that goes elsewhere. */
export function watchOrigins(context: BrowserContext): () => string[] {
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    if (isElsewhere(request.url())) elsewhere.push(request.url());
  });
  return () => elsewhere;
}

export const test = base.extend<{ onlyOwnOrigin: void }>({
  onlyOwnOrigin: [
    async ({ context }, use) => {
      const elsewhere = watchOrigins(context);
      await use();
      expect(elsewhere(), 'requests to a third party').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
