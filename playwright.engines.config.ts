// Other engines than Chromium: Firefox ESR (Debian's firefox-esr) driven over WebDriver BiDi by
// puppeteer-core. Playwright's own Firefox needs its patched build (a download), and its BiDi
// mode sends commands Firefox 153 ESR does not know, so @playwright/test is only the runner here
// (fixtures, expect, the service) and puppeteer drives the browser.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.ENGINES_PORT ?? 8191);
const dataDir = `.tmp/engines-data-${port}`;

export default defineConfig({
  testDir: 'tests/engines',
  testMatch: '*.spec.ts',
  // One browser at a time: Firefox is heavy, and the machine CI runs on has two cores.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  use: { baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `rm -rf ${dataDir} && tsx server/main.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    env: { PORT: String(port), DATA_DIR: dataDir, SANDBOX: '1', CLIENT_PEOPLE_PER_HOUR: '100000' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
