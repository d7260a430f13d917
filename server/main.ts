// `npm start` / `npm run serve`: the reference service with the built app on one origin.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { openDatabase } from './db.js';
import { purgeExpired } from './retention.js';
import { SessionStore } from './session.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const sandbox = process.env.SANDBOX !== '0';
const dataDir = process.env.DATA_DIR ?? './data';
// DIST_DIR: another build to serve (the update test serves a copy it can change).
const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : fileURLToPath(new URL('../dist', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

if (!existsSync(`${distDir}/index.html`)) {
  console.error('The app is not built yet: run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}

const database = openDatabase(dataDir);
// Ended sessions and data kept long enough (retention.ts) go at start and every few minutes.
const sweep = () => {
  new SessionStore(database).sweep();
  purgeExpired(database);
};
sweep();
const sweeper = setInterval(sweep, 5 * 60_000);
sweeper.unref();

const app = createApp({
  // serveStatic resolves its root against the working directory.
  staticRoot: relative(process.cwd(), distDir) || '.',
  sandbox,
  version: packageJson.version,
  database,
  trustProxy: process.env.TRUST_PROXY === '1',
  clientPeoplePerHour: process.env.CLIENT_PEOPLE_PER_HOUR ? Number(process.env.CLIENT_PEOPLE_PER_HOUR) : undefined,
});

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Social security card binding is running at http://${host}:${info.port}/ (sandbox ${sandbox ? 'on' : 'off'})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () =>
    server.close(() => {
      database.close();
      process.exit(0);
    }),
  );
}
