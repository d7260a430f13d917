// The conformance suite: the API specs that check the contract's rules (tests/helpers/
// conformance.node.ts), against any back end: `npm run conformance -- --base-url https://…`. Without
// a base URL it starts the reference service, as npm test does. What a back end offers for tests
// beyond the contract (test people, the SMS outbox, a clock, a cashier…) it declares in GET
// /api/health `capabilities`; a test that needs one it lacks is skipped, and says which.
import { defineConfig } from '@playwright/test';
import { OWN_SERVICE_TESTS, REFERENCE_SERVICE_SPECS } from './tests/helpers/conformance.node.js';

const port = Number(process.env.CONFORMANCE_PORT ?? 8201);
const baseURL = process.env.CONFORMANCE_BASE_URL;
const dataDir = `.tmp/conformance-data-${port}`;

export default defineConfig({
  testDir: 'tests/e2e/api',
  testIgnore: REFERENCE_SERVICE_SPECS,
  // A test that starts a reference service of its own says nothing about another back end.
  grepInvert: baseURL ? OWN_SERVICE_TESTS : undefined,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  use: { baseURL: baseURL ?? `http://127.0.0.1:${port}` },
  webServer: baseURL
    ? undefined
    : {
        command: `rm -rf ${dataDir} && tsx server/main.ts`,
        url: `http://127.0.0.1:${port}/api/health`,
        env: { PORT: String(port), DATA_DIR: dataDir, SANDBOX: '1', CLIENT_PEOPLE_PER_HOUR: '100000' },
        reuseExistingServer: false,
        timeout: 60_000,
      },
});
