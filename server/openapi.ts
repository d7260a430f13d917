// The OpenAPI 3.1 document, built from the one contract: every schema is zod's own JSON Schema
// output (zod 4's toJSONSchema, draft 2020-12, which OpenAPI 3.1 takes as it is) of the schema the
// app and this service parse with, and every route from src/api/routes.ts. Nothing is copied, so
// the document cannot drift from what the service checks. Served at /api/openapi.json.
import { toJSONSchema, type $ZodType } from 'zod/v4/core';
import * as contract from '../src/api/contract.js';
import { CSRF_HEADER, CHANNEL_HEADER } from '../src/api/headers.js';
import { ROUTES, type RouteDoc } from '../src/api/routes.js';
import { SESSION_COOKIE } from './session.js';

type Json = Record<string, unknown>;

const BINDING_STEPS = new Set<RouteDoc['tag']>(['Identity', 'Card and bank', 'Agreement and binding']);

const STATUS_WORDS: Record<number, string> = {
  400: 'Bad request',
  401: 'No session: open one with GET /api/session first',
  403: 'Refused: not this session’s to do, or the anti-forgery check failed',
  404: 'Not found',
  409: 'Not now: a step out of order, or the card’s state does not allow it',
  410: 'Gone: the request was used, refused, cancelled or has expired',
  413: 'The body is too large',
  422: 'The input was checked and is wrong',
  423: 'Locked after too many wrong answers, until lockedUntil',
  429: 'Too many: wait retryAfter seconds (also the Retry-After header)',
  503: 'Busy: try again after Retry-After seconds; the app retries by itself and offers the alternate channel',
};

/** Every refusal a route may give ("409 not_bound"): those of its kind, and its own. */
export function refusalsOf(route: RouteDoc): string[] {
  const unsafe = route.method !== 'get';
  const refusals: string[] = [];
  if (route.access !== 'public' || unsafe) refusals.push('401 no_session');
  if (unsafe && route.path.startsWith('/api/') && route.path !== '/api/csp-report') refusals.push('403 csrf', '413 too_large');
  if (route.access === 'proved') refusals.push('409 out_of_order');
  // The binding's steps: one before its turn, a card frozen in the session, and in a binding by a
  // relative the other person's part or a request that has closed (server/remote.ts).
  if (BINDING_STEPS.has(route.tag) && unsafe) refusals.push('409 out_of_order', '409 card_frozen', '403 not_yours', '410 consent_expired', '410 consent_closed');
  if (route.access === 'bound') refusals.push('403 not_yours', '409 not_bound');
  if (route.service) refusals.push('409 service_off');
  if (route.body) refusals.push('422 validation');
  return [...new Set([...refusals, ...(route.refusals ?? [])])];
}

function contractSchema(name: string): $ZodType {
  const schema = (contract as unknown as Record<string, unknown>)[name];
  if (!schema || typeof schema !== 'object' || !('_zod' in schema)) throw new Error(`The contract has no schema ${name}`);
  return schema as $ZodType;
}

/** The schema as JSON Schema: an answer as it is sent (`output`), a request as it may be written (`input`: defaults may be left out). */
function schemaOf(name: string, io: 'input' | 'output' = 'output'): Json {
  const json = toJSONSchema(contractSchema(name), { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete json.$schema;
  return json;
}

function operationOf(route: RouteDoc, schemas: Json): Json {
  const ref = (name: string, io: 'input' | 'output') => {
    const key = io === 'input' ? `${name}Input` : name;
    schemas[key] ??= schemaOf(name, io);
    return { $ref: `#/components/schemas/${key}` };
  };
  const responses: Json = {};
  const answer = route.response;
  if (typeof answer === 'string') responses['200'] = { description: 'OK', content: { 'application/json': { schema: ref(answer, 'output') } } };
  else if ('noContent' in answer) responses['204'] = { description: 'Done' };
  else responses['200'] = { description: answer.description, content: { [answer.contentType]: {} } };

  const byStatus = new Map<number, string[]>();
  for (const refusal of refusalsOf(route)) {
    const [status, code] = refusal.split(' ') as [string, string];
    byStatus.set(Number(status), [...(byStatus.get(Number(status)) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const retry = status === 429 || status === 503;
    responses[String(status)] = {
      description: `${STATUS_WORDS[status] ?? 'Refused'}. code: ${codes.join(', ')}`,
      ...(retry ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
      content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/ApiError' }, { properties: { code: { enum: codes } } }] } } },
    };
  }
  schemas.ApiError ??= schemaOf('ApiError');

  const parameters: Json[] = [
    ...Object.entries(route.params ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
    ...Object.entries(route.query ?? {}).map(([name, query]) => ({ name, in: 'query', required: query.required ?? false, description: query.description, schema: { type: 'string' } })),
  ];
  if (route.path === '/api/card') parameters.push({ $ref: '#/components/parameters/Channel' });
  const unsafe = route.method !== 'get' && route.path.startsWith('/api/') && route.path !== '/api/csp-report';
  const security = unsafe ? [{ session: [], antiForgery: [] }] : route.access === 'public' ? [] : [{ session: [] }];
  return {
    tags: [route.tag],
    summary: route.summary,
    operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    ...(parameters.length ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body, 'input') } } } } : {}),
    responses,
    security,
    ...(route.sandbox ? { 'x-sandbox-only': true } : {}),
    ...(route.access !== 'public' ? { 'x-access': route.access } : {}),
    ...(route.service ? { 'x-service': route.service } : {}),
  };
}

export function openApiDocument(version: string): Json {
  const schemas: Json = {};
  const paths: Record<string, Json> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method] = operationOf(route, schemas);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Social security card binding service',
      version,
      description:
        'The contract between the app and any back end that serves it. Every body is JSON in UTF-8. A state-changing request carries the session cookie, the anti-forgery token from GET /api/session in the x-csrf-token header, and the page’s own Origin. Every refusal is an ApiError with a stable code the app maps to translated words; 429 and 503 carry Retry-After. Routes marked x-sandbox-only exist only in the sandbox.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'HttpOnly, SameSite=Strict, Secure over HTTPS; set by GET /api/session.' },
        antiForgery: { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: 'The csrfToken from GET /api/session, on every POST, PUT and DELETE.' },
      },
      headers: { RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } } },
      parameters: { Channel: { name: CHANNEL_HEADER, in: 'header', required: false, description: 'alternate: the request goes by the alternate channel the app offers when the primary one is busy.', schema: { type: 'string', enum: ['primary', 'alternate'] } } },
    },
    tags: [...new Set(ROUTES.map((route) => route.tag))].map((name) => ({ name })),
  };
}
