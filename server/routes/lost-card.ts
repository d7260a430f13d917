// Reporting the card lost (临时挂失) and lifting the report. Someone who lost their card may not
// have bound it: proving who they are (face or text-message code) is enough to report it. A
// relative who helped bind may report it for the cardholder, who is told by text at once; only
// the cardholder lifts it or orders a replacement by post.
import type { Context, Hono } from 'hono';
import { audit } from '../audit.js';
import { ReplacementRequest, RegionsResponse } from '../../src/api/contract.js';
import { checkStreet } from '../../src/domain/address.js';
import { bindingOfSubject } from '../bindings.js';
import { liftReport, lostCardStatus, orderReplacement, reportLost } from '../card-reports.js';
import { beijingClock, sessionNow } from '../clock.js';
import { statusOf } from '../consent.js';
import { readBody, refuse, validationError, type AppEnv } from '../http.js';
import { districtPath, regionExists, regionsWithin } from '../regions.js';
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

  /** A replacement is the holder's own to order, for a card they have bound (it is posted to them). */
  const mayOrder = (who: Reporter): boolean => who.by === 'cardholder' && bindingOfSubject(db, who.subject) !== null;

  app.get('/api/card/lost', (c) => {
    const who = reporter(c);
    if (who instanceof Response) return who;
    return c.json(lostCardStatus(db, who.subject, sessionNow(who.session), mayOrder(who)));
  });

  // The lists a postal address is chosen from: provinces, a province's cities, a city's districts.
  app.get('/api/regions', (c) => {
    const within = c.req.query('within') ?? null;
    if (within !== null && !regionExists(within)) return refuse(c, 404, { code: 'not_found' });
    return c.json(RegionsResponse.parse({ regions: regionsWithin(within) }));
  });

  app.post('/api/card/replacement', async (c) => {
    const who = reporter(c);
    if (who instanceof Response) return who;
    if (who.by === 'relative') {
      audit(db, who.session, 'card_replacement', 'refused', { problem: 'not_yours' });
      return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
    }
    const body = await readBody(c, ReplacementRequest);
    if (!body.ok) return body.response;
    const path = districtPath(body.data.district);
    const street = checkStreet(body.data.street);
    if (!path || !street.ok) {
      return validationError(c, { ...(path ? {} : { district: body.data.district === '' ? 'empty' : 'unknown' }), ...(street.ok ? {} : { street: street.problem }) });
    }
    const now = sessionNow(who.session);
    const outcome = orderReplacement(db, who.subject, { ...path, street: street.value }, now);
    if ('refused' in outcome) return refuse(c, 409, { code: outcome.refused });
    if (outcome.created) {
      audit(db, who.session, 'card_replacement', 'ok', { reference: outcome.ordered.reference, district: path.district.code, feeFen: outcome.ordered.feeFen });
      const phone = who.session.state.identity?.phone;
      if (phone) outbox.deliver(phone, '', now, `【社保卡】您的新社保卡已受理，补卡编号 ${outcome.ordered.reference}，将邮寄到${path.city.name}${path.district.name}。寄出后会再发短信告诉您快递单号。`);
    }
    return c.json(lostCardStatus(db, who.subject, now, true));
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
      // "Was this you?": the cardholder's own phone is told whoever reported it.
      if (who.cardholderPhone) {
        outbox.deliver(who.cardholderPhone, '', now, `【社保卡】您的家人已为您的社保卡办理临时挂失，挂失编号 ${reference}。社保卡支付已暂停，7天后自动解除。如不是您要求的，请拨打12333。`);
      } else if (who.session.state.identity) {
        outbox.deliver(who.session.state.identity.phone, '', now, `【社保卡】您的社保卡已于${beijingClock(now)}临时挂失，挂失编号 ${reference}。社保卡支付已暂停，7天后自动解除。如不是您本人操作，请在应用中选择“查看账户活动”→“这不是我做的”，或拨打12333。`);
      }
    }
    return c.json(lostCardStatus(db, who.subject, now, mayOrder(who)));
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
    const outcome = liftReport(db, who.subject, now);
    if ('refused' in outcome) return refuse(c, 409, { code: outcome.refused });
    audit(db, who.session, 'card_lost_lift', 'ok', { reference: outcome.lifted });
    return c.json(lostCardStatus(db, who.subject, now, mayOrder(who)));
  });
}
