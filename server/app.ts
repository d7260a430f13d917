// The reference binding service: the API under /api and the built app from the same origin.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { HealthResponse } from '../src/api/contract.js';
import { securityHeaders } from './security.js';

export interface ServiceOptions {
  /** Folder with the built app (vite build output). */
  staticRoot: string;
  sandbox: boolean;
  version: string;
}

export function createApp(options: ServiceOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);

  // Answers about a person's binding must never be kept by a browser or proxy.
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/api/health', (c) =>
    c.json(HealthResponse.parse({ status: 'ok', version: options.version, sandbox: options.sandbox })),
  );
  app.all('/api/*', (c) => c.json({ code: 'not_found' }, 404));

  // Hashed build assets never change; everything else is revalidated so updates arrive.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  app.use('*', serveStatic({ root: options.staticRoot }));
  // Any other page address (no file extension) is a route of the single-page app: answer with
  // its shell. A missing file stays a 404 rather than HTML posing as a script.
  app.get('*', async (c, next) => {
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.text('Not found', 404);
    return serveStatic({ root: options.staticRoot, path: 'index.html' })(c, next);
  });
  return app;
}
