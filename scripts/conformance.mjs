#!/usr/bin/env node
// npm run conformance -- --base-url http://127.0.0.1:9000 [playwright options…]: the conformance
// suite (playwright.conformance.config.ts) against that back end; without --base-url, against a
// reference service it starts itself.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const env = { ...process.env };
const rest = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  if (arg === '--base-url') env.CONFORMANCE_BASE_URL = args[++index];
  else if (arg.startsWith('--base-url=')) env.CONFORMANCE_BASE_URL = arg.slice('--base-url='.length);
  else rest.push(arg);
}
if (env.CONFORMANCE_BASE_URL !== undefined && !/^https?:\/\/[^/]+/.test(env.CONFORMANCE_BASE_URL)) {
  console.error(`--base-url must be an http(s) address, not "${env.CONFORMANCE_BASE_URL}"`);
  process.exit(2);
}
env.CONFORMANCE_BASE_URL = env.CONFORMANCE_BASE_URL?.replace(/\/+$/, '');
if (!env.CONFORMANCE_BASE_URL) delete env.CONFORMANCE_BASE_URL;
const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.conformance.config.ts', ...rest], { env, stdio: 'inherit' });
process.exit(run.status ?? 1);
