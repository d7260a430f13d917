// "Having trouble?": booking a visit at a service counter, and asking 12333 to call back. For
// people whose check cannot work (no camera, a face not matched, a code that never comes), so
// the details they entered are enough; it is their own appointment, so never a relative's to make.
// Every booking is texted to the phone in those details; one that replaces a booking made with
// another phone is told to that phone too ("was this you?"), since the details are not proved.
import type { Context, Hono } from 'hono';
import { CallbackRequest, CallbackResponse, CallbackWindowsResponse, CountersResponse, VisitDaysResponse, VisitRequest, VisitResponse, type ToBring } from '../../src/api/contract.js';
import { maskE164, validatePhone } from '../../src/domain/phone.js';
import { audit } from '../audit.js';
import { sessionNow } from '../clock.js';
import { bookVisit, callbackWindows, chineseDay, countersIn, requestCallback, upcomingCallback, upcomingVisit, visitDays } from '../help-desk.js';
import { readBody, refuse, validationError, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { isCity } from '../regions.js';
import { requireSession, type Identity, type Session } from '../session.js';
import type { Services } from '../services.js';

interface Asker {
  session: Session;
  identity: Identity;
  subject: string;
  /** E.164: sessions saved before international numbers held the 11 mainland digits. */
  phone: string;
}

const BRING_WORDS: Record<ToBring, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  permanent_resident: '外国人永久居留身份证',
  work_permit: '外国人工作许可证',
  permit_hk: '港澳台居民居住证',
  permit_mo: '港澳台居民居住证',
  permit_tw: '港澳台居民居住证',
  ssc_card: '社保卡',
};

export function registerHelpRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, outbox } = services;

  /** Who is asking: details entered (proved or not), and not a relative acting for the cardholder. */
  const asker = (c: Context<AppEnv>, action: string): Asker | Response => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    if (session.state.remote?.role === 'relative') {
      if (c.req.method !== 'GET') audit(db, session, action, 'refused', { problem: 'not_yours' });
      return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
    }
    const identity = session.state.identity;
    if (!identity) return refuse(c, 409, { code: 'out_of_order' });
    const phone = identity.phone.startsWith('+') ? identity.phone : `+86${identity.phone}`;
    return { session, identity, subject: subjectOf(identity.idNumber), phone };
  };

  /**
   * A booking is shown to a session that proved who it is, or whose details carry the phone it was
   * texted to: typing someone's ID number alone does not say where and when they will be.
   */
  const mayShow = (who: Asker, ownerPhone: string): boolean => who.session.state.identityVerifiedBy !== null || ownerPhone === who.phone;

  // Public, like the address lists: where the counters are and when they have room.
  app.get('/api/help/counters', (c) => {
    const city = c.req.query('city') ?? '';
    if (!isCity(city)) return refuse(c, 404, { code: 'not_found' });
    return c.json(CountersResponse.parse({ counters: countersIn(city) }));
  });

  app.get('/api/help/counters/:id/days', (c) => {
    const days = visitDays(db, c.req.param('id'), sessionNow(c.get('session')));
    if (!days) return refuse(c, 404, { code: 'not_found' });
    return c.json(VisitDaysResponse.parse({ days }));
  });

  app.get('/api/help/visits', (c) => {
    const who = asker(c, 'counter_visit');
    if (who instanceof Response) return who;
    const found = upcomingVisit(db, who.subject, sessionNow(who.session));
    return c.json(VisitResponse.parse({ visit: found && mayShow(who, found.ownerPhone) ? found.visit : null }));
  });

  app.post('/api/help/visits', async (c) => {
    const who = asker(c, 'counter_visit');
    if (who instanceof Response) return who;
    const body = await readBody(c, VisitRequest);
    if (!body.ok) return body.response;
    const now = sessionNow(who.session);
    const outcome = bookVisit(db, { subject: who.subject, phone: who.phone, document: who.identity.document ?? 'resident_id' }, body.data, now);
    if ('unknown' in outcome) return validationError(c, { [outcome.unknown]: 'unknown' });
    if ('refused' in outcome) {
      audit(db, who.session, 'counter_visit', 'refused', { problem: outcome.refused, counter: body.data.counter, date: body.data.date, from: body.data.from });
      return refuse(c, 409, { code: outcome.refused });
    }
    const { booked: visit, replaced } = outcome;
    audit(db, who.session, 'counter_visit', 'ok', { reference: visit.reference, counter: visit.counter.id, date: visit.date, from: visit.from, ...(replaced ? { replaced: replaced.reference } : {}) });
    const bring = visit.bring.map((item) => BRING_WORDS[item]).join('和');
    outbox.deliver(
      who.phone,
      '',
      now,
      `【社保卡】您已预约${chineseDay(visit.date)} ${visit.from}–${visit.to}到${visit.counter.name}（${visit.counter.address}）办理社保卡业务，预约号 ${visit.reference}。请带上${bring}原件。如需改约，请重新预约，原预约自动取消。`,
    );
    if (replaced && replaced.ownerPhone !== who.phone) {
      outbox.deliver(replaced.ownerPhone, '', now, `【社保卡】您的网点预约（预约号 ${replaced.reference}）已被新的预约取代。如不是您本人操作，请拨打12333。`);
    }
    return c.json(VisitResponse.parse({ visit }));
  });

  app.get('/api/help/callback-windows', (c) => c.json(CallbackWindowsResponse.parse({ windows: callbackWindows(db, sessionNow(c.get('session'))) })));

  app.get('/api/help/callbacks', (c) => {
    const who = asker(c, 'callback');
    if (who instanceof Response) return who;
    const found = upcomingCallback(db, who.subject, sessionNow(who.session));
    return c.json(CallbackResponse.parse({ callback: found && mayShow(who, found.ownerPhone) ? found.callback : null }));
  });

  app.post('/api/help/callbacks', async (c) => {
    const who = asker(c, 'callback');
    if (who instanceof Response) return who;
    const body = await readBody(c, CallbackRequest);
    if (!body.ok) return body.response;
    const phone = validatePhone(body.data.phone, body.data.phoneCountry);
    if (!phone.ok) return validationError(c, { phone: phone.reason });
    const now = sessionNow(who.session);
    const outcome = requestCallback(db, { subject: who.subject, phone: who.phone }, { phone: phone.value.e164, date: body.data.date, from: body.data.from }, now);
    if ('unknown' in outcome) return validationError(c, { window: 'unknown' });
    if ('refused' in outcome) {
      audit(db, who.session, 'callback', 'refused', { problem: outcome.refused, window: { date: body.data.date, from: body.data.from } });
      return refuse(c, 409, { code: outcome.refused });
    }
    const { booked: callback, replaced } = outcome;
    // The audit keeps the window, never the number.
    audit(db, who.session, 'callback', 'ok', { reference: callback.reference, window: callback.window, ...(replaced ? { replaced: replaced.reference } : {}) });
    // Only the phone in the person's details is texted: the number to call may be anyone's.
    outbox.deliver(
      who.phone,
      '',
      now,
      `【社保卡】12333 将在${chineseDay(callback.window.date)} ${callback.window.from}–${callback.window.to}给您回电话（${maskE164(phone.value.e164)}），回电编号 ${callback.reference}。如需改时间，请重新申请，原申请自动取消。`,
    );
    if (replaced && replaced.ownerPhone !== who.phone) {
      outbox.deliver(replaced.ownerPhone, '', now, `【社保卡】您的 12333 回电申请（回电编号 ${replaced.reference}）已被新的申请取代。如不是您本人操作，请拨打12333。`);
    }
    return c.json(CallbackResponse.parse({ callback }));
  });
}
