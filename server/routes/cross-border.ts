// Cross-border payment limits: people who bound with a foreign document see and set them, within
// the service's bounds. Stored per person, so they follow the person to any session.
import type { Context, Hono } from 'hono';
import { CrossBorderLimits, CrossBorderLimitsResponse } from '../../src/api/contract.js';
import { checkCrossBorderLimits, CROSS_BORDER_BOUNDS, DEFAULT_CROSS_BORDER_LIMITS, hasCrossBorderLimits } from '../../src/domain/cross-border.js';
import { audit } from '../audit.js';
import { bindingOfSubject } from '../bindings.js';
import { iso, sessionNow } from '../clock.js';
import { readBody, refuse, validationError, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { requireSession, type Session } from '../session.js';
import type { Services } from '../services.js';

interface LimitsRow {
  per_transaction: number;
  daily: number;
  updated_at: string;
}

export function registerCrossBorderRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db } = services;

  /** The bound person this session acts for, or the refusal: only after binding, only for foreign documents. */
  function boundForeignSubject(c: Context<AppEnv>): { session: Session; subject: string } | Response {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const identity = session.state.identity;
    if (!identity || !session.state.identityVerifiedBy) return refuse(c, 409, { code: 'not_bound' });
    const subject = subjectOf(identity.idNumber);
    if (!bindingOfSubject(db, subject)) return refuse(c, 409, { code: 'not_bound' });
    if (!hasCrossBorderLimits(identity.document ?? 'resident_id')) return refuse(c, 409, { code: 'not_applicable' });
    return { session, subject };
  }

  function view(subject: string) {
    const row = db.prepare('SELECT per_transaction, daily, updated_at FROM cross_border_limits WHERE subject = ?').get(subject) as LimitsRow | undefined;
    return CrossBorderLimitsResponse.parse({
      limits: row ? { perTransaction: row.per_transaction, daily: row.daily } : DEFAULT_CROSS_BORDER_LIMITS,
      bounds: CROSS_BORDER_BOUNDS,
      currency: 'CNY',
      updatedAt: row?.updated_at ?? null,
    });
  }

  app.get('/api/cross-border-limits', (c) => {
    const who = boundForeignSubject(c);
    if (who instanceof Response) return who;
    return c.json(view(who.subject));
  });

  app.put('/api/cross-border-limits', async (c) => {
    const who = boundForeignSubject(c);
    if (who instanceof Response) return who;
    const body = await readBody(c, CrossBorderLimits);
    if (!body.ok) return body.response;
    const checked = checkCrossBorderLimits(body.data);
    if (!checked.ok) {
      audit(db, who.session, 'cross_border_limits', 'refused', { fields: checked.problems });
      return validationError(c, checked.problems as Record<string, string>);
    }
    db.prepare(
      `INSERT INTO cross_border_limits (subject, per_transaction, daily, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (subject) DO UPDATE SET per_transaction = excluded.per_transaction, daily = excluded.daily, updated_at = excluded.updated_at`,
    ).run(who.subject, checked.value.perTransaction, checked.value.daily, iso(sessionNow(who.session)));
    audit(db, who.session, 'cross_border_limits', 'ok', { ...checked.value });
    return c.json(view(who.subject));
  });
}
