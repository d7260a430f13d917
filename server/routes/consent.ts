// Remote binding: a relative asks (details, services, the cardholder's language); the cardholder
// opens the link or types the short code on their own device, sees who asks and for what, and
// confirms or refuses. Single use, 24 hours, cancellable by either side, revocable afterwards.
import type { Context, Hono } from 'hono';
import { ConsentCreateRequest, ConsentKey, ConsentView } from '../../src/api/contract.js';
import { checkApplicant } from '../../src/domain/applicant.js';
import { maskDocumentNumber } from '../../src/domain/document-types.js';
import { issuerCityOf } from '../../src/domain/card-issuers.js';
import { validateName } from '../../src/domain/identity.js';
import { validatePhone } from '../../src/domain/phone.js';
import { audit } from '../audit.js';
import { beijingClock, secondsUntil, sessionNow } from '../clock.js';
import {
  CONSENT_LIFETIME_MS,
  isClosed,
  MAX_RELATIVES,
  MAX_REQUESTS_PER_CARDHOLDER_PER_DAY,
  REFUSAL_COOLDOWN_MS,
  relativeKeyOf,
  statusOf,
  type ConsentRequest,
} from '../consent.js';
import { readBody, refuse, refuseIfLocked, refuseWrongAnswer, validationError, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { maskPhone } from '../progress.js';
import { qrSvg } from '../qr.js';
import { emptyState, requireSession, type Session } from '../session.js';
import type { Services } from '../services.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The limits on asking a cardholder anything (to bind, or to do a pension check): at most 8
 * relatives each, no asking again within a day of a refusal, 5 requests a day per cardholder.
 */
export function refuseOverLimits(
  c: Context<AppEnv>,
  { db, consents }: Services,
  session: Session,
  ask: { relativeKey: string; cardholderSubject: string; cardholderPhone: string; action: string },
): Response | null {
  const now = sessionNow(session);
  if (consents.relativesActedFor(ask.relativeKey, now, ask.cardholderSubject) >= MAX_RELATIVES) {
    audit(db, session, ask.action, 'refused', { problem: 'relative_limit' });
    return refuse(c, 429, { code: 'relative_limit' });
  }
  const refusedAt = consents.lastRefusal(ask.relativeKey, ask.cardholderSubject);
  if (refusedAt !== null && now - refusedAt < REFUSAL_COOLDOWN_MS) {
    audit(db, session, ask.action, 'refused', { problem: 'refused_recently' });
    return refuse(c, 429, { code: 'refused_recently', retryAfter: secondsUntil(refusedAt + REFUSAL_COOLDOWN_MS, now) });
  }
  const recent = consents.requestsFor(ask.cardholderSubject, ask.cardholderPhone, now - DAY_MS);
  if (recent.count >= MAX_REQUESTS_PER_CARDHOLDER_PER_DAY) {
    audit(db, session, ask.action, 'refused', { problem: 'cardholder_limit' });
    return refuse(c, 429, { code: 'cardholder_limit', retryAfter: secondsUntil((recent.oldest ?? now) + DAY_MS, now) });
  }
  return null;
}

/** The link opens on the cardholder's device in care mode and the language the relative chose; both can be changed there. */
export function consentLink(request: ConsentRequest, token: string): string {
  return `/consent/${token}?lang=${encodeURIComponent(request.locale)}&mode=care`;
}

export function registerConsentRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, sessions, consents, checks, outbox } = services;

  function view(request: ConsentRequest, session: Session): ConsentView {
    const invite = session.id === request.relativeSession ? session.state.remote?.invite : undefined;
    const role = session.id === request.relativeSession ? 'relative' : session.id === request.cardholderSession ? 'cardholder' : 'viewer';
    return ConsentView.parse({
      role,
      status: statusOf(request, sessionNow(session)),
      expiresAt: new Date(request.expiresAt).toISOString(),
      relative: { name: request.relative.name, relationship: request.relative.relationship, phoneMasked: maskPhone(request.relative.phone) },
      cardholder: {
        name: request.cardholder.name,
        idNumberMasked: maskDocumentNumber(request.cardholder.idNumber),
        phoneMasked: maskPhone(request.cardholder.phone),
      },
      services: request.services,
      locale: request.locale,
      ...(invite ? { link: consentLink(request, invite.token), code: invite.code } : {}),
      card: request.progress.card
        ? { cardNumberMasked: `${request.progress.card.number.slice(0, 1)}****${request.progress.card.number.slice(-4)}`, holderName: request.progress.card.holderName, issuer: issuerCityOf(request.progress.card.issuer), issuedOn: request.progress.card.issuedOn }
        : null,
      bindingReference: request.progress.bindingReference,
      accessRevoked: request.accessRevoked,
      purpose: request.purpose,
    });
  }

  /** The request a link or code opens, for someone other than the relative; or the refusal. */
  async function openable(c: Context<AppEnv>, session: Session): Promise<ConsentRequest | Response> {
    const body = await readBody(c, ConsentKey);
    if (!body.ok) return body.response;
    const now = sessionNow(session);
    const client = `client:${session.id}`;
    const locked = refuseIfLocked(c, { db, session, checks, subject: client, check: 'consent_code', action: 'consent_open', now });
    if (locked) return locked;
    const request = consents.byKey(body.data);
    if (!request) {
      // Guessing codes is limited per device, like any other secret.
      return refuseWrongAnswer(c, { db, session, checks, subject: client, check: 'consent_code', action: 'consent_open', code: 'consent_not_found', now });
    }
    if (request.relativeSession === session.id) {
      audit(db, session, 'consent_open', 'refused', { problem: 'consent_own_request', request: request.id });
      return refuse(c, 403, { code: 'consent_own_request' });
    }
    if (request.cardholderSession !== null && request.cardholderSession !== session.id) {
      audit(db, session, 'consent_open', 'refused', { problem: 'consent_used', request: request.id });
      return refuse(c, 410, { code: 'consent_used' });
    }
    const status = statusOf(request, now);
    if (isClosed(status)) {
      audit(db, session, 'consent_open', 'refused', { problem: status, request: request.id });
      return refuse(c, 410, { code: status === 'expired' ? 'consent_expired' : 'consent_closed' });
    }
    return request;
  }

  app.post('/api/consent', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    if (session.state.remote?.role === 'cardholder') return refuse(c, 409, { code: 'out_of_order' });
    const body = await readBody(c, ConsentCreateRequest);
    if (!body.ok) return body.response;
    const now = sessionNow(session);
    const input = body.data;

    const fields: Record<string, string> = {};
    const holder = checkApplicant({ document: 'resident_id', name: input.holderName, idNumber: input.holderIdNumber, phone: input.holderPhone, phoneCountry: 'CN' }, new Date(now));
    if (!holder.ok) {
      if (holder.problems.name) fields.holderName = holder.problems.name;
      if (holder.problems.idNumber) fields.holderIdNumber = holder.problems.idNumber;
      if (holder.problems.phone) fields.holderPhone = holder.problems.phone;
    }
    const relativeName = validateName(input.relativeName);
    if (!relativeName.ok) fields.relativeName = relativeName.reason;
    const relativePhone = validatePhone(input.relativePhone, 'CN');
    if (!relativePhone.ok) fields.relativePhone = relativePhone.reason;
    else if (holder.ok && relativePhone.value.e164 === holder.value.phone) fields.relativePhone = 'same_as_holder';
    if (!holder.ok || !relativeName.ok || !relativePhone.ok || Object.keys(fields).length > 0) {
      audit(db, session, 'consent_request', 'refused', { fields });
      return validationError(c, fields);
    }

    const cardholderSubject = subjectOf(holder.value.key);
    const relativeKey = relativeKeyOf(relativePhone.value.e164);
    const overLimit = refuseOverLimits(c, services, session, { relativeKey, cardholderSubject, cardholderPhone: holder.value.phone, action: 'consent_request' });
    if (overLimit) return overLimit;

    const cardholder = { document: 'resident_id' as const, name: holder.value.name, idNumber: holder.value.key, documentNumber: holder.value.documentNumber, phone: holder.value.phone, nationality: null };
    const { request, token, code } = consents.create({
      relativeSession: session.id,
      relativeKey,
      relative: { name: relativeName.value, phone: relativePhone.value.e164, relationship: input.relationship },
      cardholderSubject,
      cardholder,
      services: input.services,
      locale: input.locale,
      createdAt: now,
      expiresAt: now + CONSENT_LIFETIME_MS,
      purpose: 'binding',
    });
    // The relative's session now works on the cardholder's binding, as the relative.
    session.state = { ...emptyState(), identity: cardholder, remote: { requestId: request.id, role: 'relative', invite: { token, code } } };
    sessions.save(session);
    const origin = new URL(c.req.url).origin;
    outbox.deliver(
      cardholder.phone,
      code,
      now,
      `【社保卡】${relativeName.value}请您确认绑定社保卡。打开 ${origin}${consentLink(request, token)} 或输入确认码 ${code}，24小时内有效。如不认识此人，请不要确认。`,
    );
    audit(db, session, 'consent_request', 'ok', { relationship: input.relationship, services: input.services, locale: input.locale });
    return c.json(view(request, session));
  });

  app.get('/api/consent', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const request = session.state.remote ? consents.byId(session.state.remote.requestId) : null;
    if (!request) return refuse(c, 404, { code: 'consent_not_found' });
    return c.json(view(request, session));
  });

  /** The link as a QR code, for the cardholder's phone camera: only for the relative who asked. */
  app.get('/api/consent/qr.svg', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const invite = session.state.remote?.role === 'relative' ? session.state.remote.invite : undefined;
    if (!invite) return refuse(c, 404, { code: 'consent_not_found' });
    const request = consents.byId(session.state.remote!.requestId);
    if (!request) return refuse(c, 404, { code: 'consent_not_found' });
    const svg = await qrSvg(`${new URL(c.req.url).origin}${consentLink(request, invite.token)}`);
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
  });

  app.post('/api/consent/open', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const request = await openable(c, session);
    if (request instanceof Response) return request;
    audit(db, session, 'consent_open', 'ok', { request: request.id });
    return c.json(view(request, session));
  });

  app.post('/api/consent/accept', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const request = await openable(c, session);
    if (request instanceof Response) return request;
    // Single use: this device is now the cardholder's for this request, and no other can be.
    request.cardholderSession = session.id;
    consents.save(request);
    session.state =
      request.purpose === 'pension_check'
        ? { ...emptyState(), identity: request.cardholder, pensionCheck: { requestId: request.id } }
        : { ...emptyState(), identity: request.cardholder, remote: { requestId: request.id, role: 'cardholder' } };
    sessions.save(session);
    audit(db, session, 'consent', 'ok', { relationship: request.relative.relationship, services: request.services, purpose: request.purpose });
    // "Was this you?": the cardholder's own phone is told who was let in, in case the link reached someone else.
    const now = sessionNow(session);
    const task = request.purpose === 'pension_check' ? '做养老金资格认证' : '绑定社保卡';
    outbox.deliver(request.cardholder.phone, '', now, `【社保卡】您已于${beijingClock(now)}同意家人${request.relative.name}（${maskPhone(request.relative.phone)}）帮您${task}。如不是您本人同意的，请拨打12333。`);
    return c.json(view(request, session));
  });

  app.post('/api/consent/refuse', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const request = await openable(c, session);
    if (request instanceof Response) return request;
    request.state = 'refused';
    request.closedAt = sessionNow(session);
    consents.save(request);
    audit(db, session, 'consent', 'refused', { request: request.id, relationship: request.relative.relationship });
    return c.json(view(request, session));
  });

  /** Either side may stop the request before the card is bound. */
  app.post('/api/consent/cancel', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const request = session.state.remote ? consents.byId(session.state.remote.requestId) : null;
    if (!request) return refuse(c, 404, { code: 'consent_not_found' });
    const status = statusOf(request, sessionNow(session));
    if (status === 'bound' || isClosed(status)) return refuse(c, 409, { code: 'consent_closed' });
    request.state = 'cancelled';
    request.closedAt = sessionNow(session);
    consents.save(request);
    audit(db, session, 'consent', 'cancelled');
    return c.json(view(request, session));
  });

  /** After binding, the cardholder can take the relative's access away. */
  app.post('/api/consent/revoke', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const request = session.state.remote ? consents.byId(session.state.remote.requestId) : null;
    if (!request || session.state.remote?.role !== 'cardholder') return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
    if (statusOf(request, sessionNow(session)) !== 'bound') return refuse(c, 409, { code: 'out_of_order' });
    request.accessRevoked = true;
    consents.save(request);
    audit(db, session, 'consent', 'revoked');
    return c.json(view(request, session));
  });
}
