// The reference binding service: the API under /api and the built app from the same origin.
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { HealthResponse, TEST_CAPABILITIES } from '../src/api/contract.js';
import type { Db } from './db.js';
import { refuse, type AppEnv } from './http.js';
import { clientOf } from './limits.js';
import { registerAgreementRoutes } from './routes/agreement.js';
import { registerBankRoutes } from './routes/bank.js';
import { registerCardRoutes } from './routes/card.js';
import { registerCrossBorderRoutes } from './routes/cross-border.js';
import { registerIdentityRoutes } from './routes/identity.js';
import { registerSandboxRoutes } from './sandbox.js';
import { securityHeaders } from './security.js';
import { registerCspReportRoutes } from './csp-reports.js';
import { createServices } from './services.js';
import { sessionGuard } from './session.js';
import { remoteBinding } from './remote.js';
import { registerConsentRoutes } from './routes/consent.js';
import { registerMyCardRoutes } from './routes/my-card.js';
import { registerCredentialRoutes } from './routes/credential.js';
import { openApiDocument } from './openapi.js';
import { openApiPage } from './openapi-page.js';
import { registerInsuranceProofRoutes } from './routes/insurance-proof.js';
import { registerLostCardRoutes } from './routes/lost-card.js';
import { registerNoticeRoutes } from './routes/notices.js';
import { registerApplicationRoutes } from './routes/applications.js';
import { registerHelpRoutes } from './routes/help.js';

/** Every API body is small JSON, except a camera frame for the face check. */
const API_BODY_LIMIT = 16 * 1024;
const FACE_BODY_LIMIT = 2.5 * 1024 * 1024;

export interface ServiceOptions {
  /** Folder with the built app (vite build output). */
  staticRoot: string;
  sandbox: boolean;
  version: string;
  /** The opened database (see openDatabase); tests may pass their own. */
  database: Db;
  /** Behind a proxy that sets X-Forwarded-For (and strips any the client sent): trust its first address. */
  trustProxy?: boolean;
  /** People one client may get wrong answers about per hour (limits.ts); the test suite raises it. */
  clientPeoplePerHour?: number;
}

/** Where a request came from: the proxy's word when there is a trusted one, else the socket's. */
function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by Node (an in-process test calling app.fetch): one client.
    return 'unknown';
  }
}

export function createApp(options: ServiceOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const services = createServices(options.database, options.sandbox, options.clientPeoplePerHour);
  app.use('*', securityHeaders);
  app.use('/api/*', async (c, next) => {
    c.set('client', clientOf(clientAddress(c, options.trustProxy ?? false)));
    await next();
  });

  // Answers about a person's binding must never be kept by a browser or proxy.
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/api/health', (c) =>
    c.json(HealthResponse.parse({ status: 'ok', version: options.version, sandbox: options.sandbox, capabilities: options.sandbox ? TEST_CAPABILITIES : [] })),
  );

  // A refusal sent before a large body was read (too large, or a step out of order): Node closes
  // such a connection soon after answering, and a request already sent on it would get no answer.
  // Saying so makes the browser open a new connection for the next one.
  app.use('/api/*', async (c, next) => {
    await next();
    if (Number(c.req.header('content-length') ?? 0) > 64 * 1024 && !c.req.raw.bodyUsed) c.header('Connection', 'close');
  });
  const tooLarge = bodyLimit({ maxSize: API_BODY_LIMIT, onError: (c) => refuse(c, 413, { code: 'too_large' }) });
  const faceTooLarge = bodyLimit({ maxSize: FACE_BODY_LIMIT, onError: (c) => refuse(c, 413, { code: 'too_large' }) });
  app.use('/api/*', (c, next) => (c.req.path === '/api/identity/face' ? faceTooLarge(c, next) : tooLarge(c, next)));
  // Reports come from the browser itself, with no session or anti-forgery token.
  registerCspReportRoutes(app, options.sandbox);
  app.use('/api/*', sessionGuard(services.sessions, services.db));
  app.use('/api/*', remoteBinding(services));

  registerIdentityRoutes(app, services);
  registerCardRoutes(app, services);
  registerBankRoutes(app, services);
  registerAgreementRoutes(app, services);
  registerCrossBorderRoutes(app, services);
  registerConsentRoutes(app, services);
  registerMyCardRoutes(app, services);
  registerCredentialRoutes(app, services);
  registerInsuranceProofRoutes(app, services);
  registerLostCardRoutes(app, services);
  registerNoticeRoutes(app, services);
  registerApplicationRoutes(app, services);
  registerHelpRoutes(app, services);
  registerSandboxRoutes(app, services);
  // The contract as OpenAPI 3.1, and as a page to read: built once, from the schemas themselves.
  const openApi = openApiDocument(options.version);
  app.get('/api/openapi.json', (c) => c.json(openApi));
  app.get('/docs/api', (c) => c.html(openApiPage(openApi)));
  app.all('/api/*', (c) => refuse(c, 404, { code: 'not_found' }));

  // Hashed build assets never change; everything else is revalidated so updates arrive.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  // The build writes Brotli and gzip copies of each text file (vite.config.ts): sent when accepted.
  app.use('*', serveStatic({ root: options.staticRoot, precompressed: true }));
  // Any other page address (no file extension) is a route of the single-page app: answer with
  // its shell. A missing file stays a 404 rather than HTML posing as a script.
  app.get('*', async (c, next) => {
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.text('Not found', 404);
    return serveStatic({ root: options.staticRoot, path: 'index.html', precompressed: true })(c, next);
  });
  return app;
}
