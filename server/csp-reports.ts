// Content-Security-Policy violation reports (the policy's report-uri): the browser posts one for
// every script, style, connection or Trusted Types sink the policy blocked. They are kept in
// memory, the newest 200, and logged; a sandbox reads them back so a test in an engine without a
// console channel (WebKit over classic WebDriver) still sees every violation.
import type { Hono } from 'hono';
import type { AppEnv } from './http.js';

export const CSP_REPORT_PATH = '/api/csp-report';
const KEPT = 200;

export function registerCspReportRoutes(app: Hono<AppEnv>, sandbox: boolean): void {
  const reports: unknown[] = [];
  app.post(CSP_REPORT_PATH, async (c) => {
    const text = await c.req.text();
    let report: unknown;
    try {
      report = (JSON.parse(text) as { 'csp-report'?: unknown })['csp-report'] ?? JSON.parse(text);
    } catch {
      return c.body(null, 400);
    }
    reports.push(report);
    if (reports.length > KEPT) reports.shift();
    console.warn('CSP violation', JSON.stringify(report).slice(0, 500));
    return c.body(null, 204);
  });
  if (sandbox) app.get('/api/sandbox/csp-reports', (c) => c.json({ reports }));
}
