// Other engines than Chromium, one project each, the same specs (tests/engines/fixture.node.ts),
// and the real screen reader (project orca):
// - Firefox ESR (Debian's firefox-esr) over WebDriver BiDi with puppeteer-core. Playwright's own
//   Firefox needs its patched build (a download), and its BiDi mode sends commands Firefox 153 ESR
//   does not know, so @playwright/test is only the runner here (fixtures, expect, the service).
// - WebKitGTK (Debian's webkit2gtk-driver) over classic WebDriver with selenium-webdriver, on an
//   Xvfb display of its own (tests/engines/webkit.node.ts).
import { defineConfig } from '@playwright/test';
import type { EngineName } from './tests/engines/engine.node.js';

const port = Number(process.env.ENGINES_PORT ?? 8191);
const dataDir = `.tmp/engines-data-${port}`;

export default defineConfig<object, { engineName: EngineName }>({
  testMatch: '*.spec.ts',
  // One browser at a time: each is heavy, and the machine CI runs on has two cores.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  use: { baseURL: `http://127.0.0.1:${port}` },
  projects: [
    { name: 'firefox', testDir: 'tests/engines', use: { engineName: 'Firefox' } },
    { name: 'webkit', testDir: 'tests/engines', use: { engineName: 'WebKit' } },
    // A real screen reader (tests/screen-reader/orca.node.ts): Orca in a headful Chromium on Xvfb.
    { name: 'orca', testDir: 'tests/screen-reader' },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && tsx server/main.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    env: { PORT: String(port), DATA_DIR: dataDir, SANDBOX: '1', CLIENT_PEOPLE_PER_HOUR: '100000' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
