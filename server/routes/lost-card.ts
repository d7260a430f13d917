// Reporting the card lost (临时挂失) and lifting the report. Someone who lost their card may not
// have bound it: proving who they are (face or text-message code) is enough to report it. A
// relative who helped bind may report it for the cardholder, who is told by text at once; only
// the cardholder lifts it.
import type { Context, Hono } from 'hono';
import { audit } from '../audit.js';
import { liftReport, lostCardStatus, reportLost } from '../card-reports.js';
import { sessionNow } from '../clock.js';
import { statusOf } from '../consent.js';
import { refuse, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { requireSession, type Session } from '../session.js';
import type { Services } from '../services.js';

interface Reporter {
  session: Session;
  subject: string;
  by: 'cardholder' | 'relative';
  /** The cardholder's phone, when a relative reports: they are told. */
  cardholderPhone: string | null;
}

export function registerLostCardRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, consents, outbox } = services;

  /** Whose card this session may report lost: the checked person's own, or the cardholder's for a relative whose binding is in force. */
  const reporter = (c: Context<AppEnv>): Reporter | Response => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const identity = session.state.identity;
    const remote = session.state.remote;
    if (remote?.role === 'relative') {
      const request = consents.byId(remote.requestId);
      if (!identity || !request || request.accessRevoked || statusOf(request, sessionNow(session)) !== 'bound') return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
      return { session, subject: subjectOf(identity.idNumber), by: 'relative', cardholderPhone: identity.phone };
    }
    if (!identity || !session.state.identityVerifiedBy) return refuse(c, 409, { code: 'out_of_order' });
    return { session, subject: subjectOf(identity.idNumber), by: 'cardholder', cardholderPhone: null };
  };

  app.get('/api/card/lost', (c) => {
    const who = reporter(c);
    if (who instanceof Response) return who;
    return c.json(lostCardStatus(db, who.subject, sessionNow(who.session)));
  });

  app.post('/api/card/lost', (c) => {
    const who = reporter(c);
    if (who instanceof Response) return who;
    const now = sessionNow(who.session);
    const { reference, created } = reportLost(db, who.subject, who.by, now);
    // Payments stop at once: a code already on a screen no longer pays.
    db.prepare('DELETE FROM payment_codes WHERE subject = ?').run(who.subject);
    if (created) {
      audit(db, who.session, 'card_lost', 'ok', { reference, by: who.by });
      if (who.cardholderPhone) {
        outbox.deliver(who.cardholderPhone, '', now, `【社保卡】您的家人已为您的社保卡办理临时挂失，挂失编号 ${reference}。社保卡支付已暂停，7天后自动解除。如不是您要求的，请拨打12333。`);
      }
    }
    return c.json(lostCardStatus(db, who.subject, now));
  });

  app.post('/api/card/lost/lift', (c) => {
    const who = reporter(c);
    if (who instanceof Response) return who;
    // Lifting lets the card pay again: the holder's own decision, never a relative's.
    if (who.by === 'relative') {
      audit(db, who.session, 'card_lost_lift', 'refused', { problem: 'not_yours' });
      return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
    }
    const now = sessionNow(who.session);
    const reference = liftReport(db, who.subject, now);
    if (!reference) return refuse(c, 409, { code: 'card_not_lost' });
    audit(db, who.session, 'card_lost_lift', 'ok', { reference });
    return c.json(lostCardStatus(db, who.subject, now));
  });
}
