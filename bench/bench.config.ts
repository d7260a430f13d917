// `npm run bench`: the performance benchmark (issue 9), run by Playwright against the built app
// served by the reference service, one test at a time so measurements do not disturb each other.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/helpers/chromium.node.js';

const port = Number(process.env.BENCH_PORT ?? 8282);
const dataDir = `.tmp/bench-data-${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  timeout: 10 * 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
  },
  webServer: {
    command: `rm -rf ${dataDir} && tsx server/main.ts`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    env: { PORT: String(port), DATA_DIR: dataDir, SANDBOX: '1' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
