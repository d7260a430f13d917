// Remote binding in the request pipeline. A session that takes part in a relative's request sees
// the request's shared progress as its own state (so the ordinary step routes work unchanged), may
// only do its own part, and writes what it changes back to the request for the other side.
import type { MiddlewareHandler } from 'hono';
import { BindRequest } from '../src/api/contract.js';
import { sessionNow } from './clock.js';
import { isClosed, statusOf, type ConsentRequest, type SharedProgress } from './consent.js';
import { refuse, type AppEnv } from './http.js';
import type { Session } from './session.js';
import type { Services } from './services.js';

type Role = 'relative' | 'cardholder';

/**
 * Whose part each step is. The cardholder proves who they are, gives the payment password and
 * signs; the relative adds the card and binds. The details themselves were fixed by the request.
 */
function partOf(method: string, path: string): Role | 'nobody' | null {
  if (method === 'GET' && path !== '/api/bank') return null;
  if (path === '/api/identity') return 'nobody';
  if (path.startsWith('/api/identity/') || path.startsWith('/api/bank') || path === '/api/agreement/sign') return 'cardholder';
  if (path === '/api/binding') return method === 'POST' ? 'relative' : 'cardholder';
  if (path === '/api/card') return 'relative';
  return null;
}

const SHARED_KEYS = ['identity', 'identityVerifiedBy', 'card', 'bankVerified', 'agreement'] as const;

function shared(session: Session): Omit<SharedProgress, 'bindingReference'> {
  const { identity, identityVerifiedBy, card, bankVerified, agreement } = session.state;
  return { identity, identityVerifiedBy, card, bankVerified, agreement };
}

function overlay(session: Session, request: ConsentRequest): void {
  for (const key of SHARED_KEYS) (session.state as unknown as Record<string, unknown>)[key] = request.progress[key];
}

export function remoteBinding(services: Services): MiddlewareHandler<AppEnv> {
  const { consents } = services;
  return async (c, next) => {
    const session = c.get('session');
    const remote = session?.state.remote;
    const request = remote ? consents.byId(remote.requestId) : null;
    if (!session || !remote || !request || c.req.path.startsWith('/api/consent') || c.req.path.startsWith('/api/sandbox')) return next();

    const part = partOf(c.req.method, c.req.path);
    const status = statusOf(request, sessionNow(session));
    if (part !== null) {
      if (isClosed(status)) return refuse(c, 410, { code: status === 'expired' ? 'consent_expired' : 'consent_closed' });
      if (part === 'nobody') return refuse(c, 409, { code: 'out_of_order' });
      if (part !== remote.role) return refuse(c, 403, { code: 'not_yours', whose: part });
      if (status === 'pending') return refuse(c, 409, { code: 'out_of_order' });
    }
    // The relative binds only the services the cardholder agreed to.
    if (remote.role === 'relative' && c.req.method === 'POST' && c.req.path === '/api/binding') {
      const body = BindRequest.safeParse(await c.req.json().catch(() => null));
      if (body.success && body.data.services.some((service) => !request.services.includes(service))) return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
    }

    overlay(session, request);
    const before = JSON.stringify(shared(session));
    await next();
    const after = shared(session);
    const bound = remote.role === 'relative' && c.req.method === 'POST' && c.req.path === '/api/binding' && c.res.status === 200;
    if (JSON.stringify(after) === before && !bound) return;
    // Read again: the other side may have written since this request began.
    const latest = consents.byId(request.id);
    if (!latest) return;
    latest.progress = { ...latest.progress, ...after };
    if (bound) {
      const binding = (await c.res.clone().json()) as { reference: string };
      latest.progress.bindingReference = binding.reference;
      latest.state = 'bound';
    }
    consents.save(latest);
  };
}
