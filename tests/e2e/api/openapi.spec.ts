// The OpenAPI document a back-end team builds against: every route the service has is in it and
// nothing else is (sandbox routes only in the sandbox), every refusal a handler gives is among its
// answers, every schema it names is there, it is what the service serves, and its reference page
// is a page anyone can read (axe, headings, tables, no script).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createApp } from '../../../server/app.js';
import { openDatabase } from '../../../server/db.js';
import { openApiDocument } from '../../../server/openapi.js';
import { axeViolations } from '../../helpers/axe.node.js';

// A JSON document walked by key: its shape is OpenAPI's, checked by the tests, not by types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE']);

/** The routes a service built with these options answers, as OpenAPI writes them: "get /api/notices/{id}/read". */
function routesOf(sandbox: boolean): string[] {
  const app = createApp({ staticRoot: 'dist', sandbox, version: 'test', database: openDatabase(mkdtempSync(join(tmpdir(), 'ssc-openapi-'))) });
  const routes = app.routes
    .filter((route) => METHODS.has(route.method) && !route.path.includes('*'))
    .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

const documented = (document: Json, sandbox: boolean) =>
  Object.entries(document.paths as Record<string, Json>)
    .flatMap(([path, methods]) => Object.entries(methods as Record<string, Json>).filter(([, operation]) => sandbox || !operation['x-sandbox-only']).map(([method]) => `${method} ${path}`))
    .sort();

test('every route the service answers is in the document, and nothing else; the sandbox’s own routes marked and absent from a real service', () => {
  const document: Json = openApiDocument('test');
  expect(document.openapi).toBe('3.1.0');
  expect(documented(document, true)).toEqual(routesOf(true));
  expect(documented(document, false)).toEqual(routesOf(false));
});

test('every refusal a route’s handler writes out is among that route’s documented answers, with Retry-After on 429 and 503', () => {
  const document: Json = openApiDocument('test');
  const files = ['server', 'server/routes'].flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.ts')).map((name) => join(folder, name)));
  let checked = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    // A handler runs from its registration to the next thing registered (a route or middleware).
    const boundaries = [...source.matchAll(/app\.(use|all|get|post|put|delete)\(|register[A-Za-z]+\(app/g)].map((match) => match.index);
    for (const registration of source.matchAll(/app\.(get|post|put|delete)\(\s*'([^']+)'/g)) {
      const [method, path] = [registration[1]!, registration[2]!.replace(/:([A-Za-z]+)/g, '{$1}')];
      const handler = source.slice(registration.index, boundaries.find((boundary) => boundary > registration.index) ?? source.length);
      for (const [, status, code] of handler.matchAll(/refuse\(c, (\d+), \{ code: '([a-z_]+)'/g)) {
        const answer = document.paths[path]?.[method]?.responses?.[status!];
        expect(answer, `${method.toUpperCase()} ${path} refuses ${status} ${code}`).toBeDefined();
        expect(answer.content['application/json'].schema.allOf[1].properties.code.enum, `${method.toUpperCase()} ${path} refuses ${status} ${code}`).toContain(code);
        if (status === '429' || status === '503') expect(answer.headers['Retry-After']).toBeDefined();
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(20);
});

test('every schema named is in the document, the session cookie and anti-forgery header are its security, and the service serves this document', async ({ request }) => {
  const document: Json = openApiDocument((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/([a-zA-Z]+)\/([A-Za-z]+)"/g)];
  for (const [, kind, name] of refs) expect(document.components[kind!][name!], `${kind}/${name}`).toBeDefined();
  expect(Object.keys(document.components.schemas).length).toBeGreaterThan(50);
  expect(document.components.securitySchemes).toEqual({
    session: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'ssc_session' }),
    antiForgery: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }),
  });
  const bind = document.paths['/api/binding'].post;
  expect(bind.security).toEqual([{ session: [], antiForgery: [] }]);
  expect(bind.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/BindRequestInput');
  expect(document.components.schemas.Binding.required).toEqual(expect.arrayContaining(['services']));
  expect(Object.keys(bind.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '409', '413', '422']));
  const served = await request.get('/api/openapi.json');
  expect(served.status()).toBe(200);
  expect(await served.json()).toEqual(document);
});

test('the reference page: one h1, a section per tag, each operation a heading with tables named by captions, no script, axe 0', async ({ page }) => {
  await page.goto('/docs/api');
  await expect(page.locator('h1')).toHaveText(/^API reference: /);
  await expect(page.getByRole('heading', { level: 3, name: 'POST /api/insurance-proofs' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Answers of POST /api/card', exact: true })).toContainText('card_not_found');
  await expect(page.getByRole('table', { name: 'Fields of InsuranceProof', exact: true })).toContainText('sha256');
  expect(await page.locator('script').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});
