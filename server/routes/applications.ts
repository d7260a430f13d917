// Applications made with a bound card: treatment in another city, moving social insurance, and the
// yearly pension qualification check. Each is the person's own, found by the session's proof of
// who they are. A relative (bound themself) may ask a pensioner to do the pension check; the
// pensioner confirms on their own phone under the remote-binding consent rules and does the face
// check there. The relative sees that it was done, and its reference, never the pensioner's face.
import type { Context, Hono } from 'hono';
import {
  Application,
  ApplicationRequest,
  ApplicationsResponse,
  AskedPensionCheck,
  FaceCheckRequest,
  PensionCheckAskRequest,
} from '../../src/api/contract.js';
import { checkApplicant } from '../../src/domain/applicant.js';
import { checkTransfer, checkTreatment, chinaDay, pensionCheckValidUntil } from '../../src/domain/applications.js';
import { maskDocumentNumber } from '../../src/domain/document-types.js';
import { audit } from '../audit.js';
import { iso, sessionNow } from '../clock.js';
import { CONSENT_LIFETIME_MS, isClosed, relativeKeyOf, statusOf, type ConsentRequest } from '../consent.js';
import { readBody, refuse, validationError, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { maskPhone } from '../progress.js';
import type { Session } from '../session.js';
import type { Services } from '../services.js';
import { consentLink, refuseOverLimits } from './consent.js';
import { checkFace } from './identity.js';
import { cardOwner } from './my-card.js';

/** Phones are E.164 now; sessions saved before held the 11 mainland digits. */
const e164 = (phone: string) => (phone.startsWith('+') ? phone : `+86${phone}`);

export function registerApplicationRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, consents, applications, outbox } = services;
  const owner = (c: Context<AppEnv>) => cardOwner(c, db, 'online_applications');

  function asked(request: ConsentRequest, now: number, code: string | null = null): AskedPensionCheck {
    return AskedPensionCheck.parse({
      id: request.id,
      pensioner: {
        name: request.cardholder.name,
        idNumberMasked: maskDocumentNumber(request.cardholder.idNumber),
        phoneMasked: maskPhone(request.cardholder.phone),
      },
      relationship: request.relative.relationship,
      status: statusOf(request, now),
      expiresAt: iso(request.expiresAt),
      code,
      reference: applications.byRequest(request.id, now)?.reference ?? null,
    });
  }

  app.get('/api/applications', (c) => {
    const who = owner(c);
    if (who instanceof Response) return who;
    const now = sessionNow(who.session);
    const relativeKey = relativeKeyOf(e164(who.session.state.identity!.phone));
    return c.json(
      ApplicationsResponse.parse({
        applications: applications.of(who.subject, now),
        asked: consents.pensionChecksAskedBy(relativeKey).map((request) => asked(request, now)),
        pensionCheckValidUntil: applications.pensionCheckValidUntil(who.subject, chinaDay(now)),
      }),
    );
  });

  app.post('/api/applications', async (c) => {
    const who = owner(c);
    if (who instanceof Response) return who;
    const body = await readBody(c, ApplicationRequest);
    if (!body.ok) return body.response;
    const now = sessionNow(who.session);
    const input = body.data;
    const checked = input.kind === 'treatment_elsewhere' ? checkTreatment(input, chinaDay(now)) : checkTransfer(input);
    if (!checked.ok) {
      audit(db, who.session, 'application', 'refused', { kind: input.kind, fields: checked.problems });
      return validationError(c, checked.problems as Record<string, string>);
    }
    const application = applications.add(who.subject, { kind: input.kind, ...checked.value } as Parameters<typeof applications.add>[1], now);
    audit(db, who.session, 'application', 'ok', { kind: input.kind, reference: application.reference });
    return c.json(application);
  });

  /** The pension check a relative asked this device's person to do, while it can still be done. */
  function pensionRequestOf(c: Context<AppEnv>, session: Session): ConsentRequest | Response | null {
    const requestId = session.state.pensionCheck?.requestId;
    if (!requestId) return null;
    const request = consents.byId(requestId);
    if (!request) return refuse(c, 404, { code: 'consent_not_found' });
    const status = statusOf(request, sessionNow(session));
    if (status === 'done') return refuse(c, 409, { code: 'already_checked' });
    if (isClosed(status)) return refuse(c, 410, { code: status === 'expired' ? 'consent_expired' : 'consent_closed' });
    return request;
  }

  app.post('/api/applications/pension-check', async (c) => {
    const session = c.get('session');
    const forRelative = session ? pensionRequestOf(c, session) : null;
    if (forRelative instanceof Response) return forRelative;
    const who = forRelative ? null : owner(c);
    if (who instanceof Response) return who;
    const current = (forRelative ? session : who!.session)!;
    const identity = forRelative ? forRelative.cardholder : current.state.identity!;
    const subject = subjectOf(identity.idNumber);
    const now = sessionNow(current);
    const today = chinaDay(now);
    if (applications.pensionCheckValidUntil(subject, today)) return refuse(c, 409, { code: 'already_checked' });
    const body = await readBody(c, FaceCheckRequest);
    if (!body.ok) return body.response;
    const refused = checkFace(c, services, current, identity, body.data.image);
    if (refused) return refused;

    const startedBy = forRelative ? { name: forRelative.relative.name, relationship: forRelative.relative.relationship, requestId: forRelative.id } : null;
    const application = applications.add(subject, { kind: 'pension_check', validUntil: pensionCheckValidUntil(today) }, now, startedBy);
    if (forRelative) {
      forRelative.state = 'done';
      forRelative.closedAt = now;
      consents.save(forRelative);
    }
    audit(db, current, 'pension_check', 'ok', { reference: application.reference, ...(forRelative ? { request: forRelative.id, askedBy: forRelative.relative.relationship } : {}) });
    return c.json(Application.parse(application));
  });

  /** A relative asks a pensioner to do this year's check: a text with a link and a code goes to the pensioner's phone. */
  app.post('/api/applications/pension-check/requests', async (c) => {
    const who = owner(c);
    if (who instanceof Response) return who;
    const body = await readBody(c, PensionCheckAskRequest);
    if (!body.ok) return body.response;
    const now = sessionNow(who.session);
    const input = body.data;
    const relativeIdentity = who.session.state.identity!;
    const pensioner = checkApplicant(
      { document: 'resident_id', name: input.pensionerName, idNumber: input.pensionerIdNumber, phone: input.pensionerPhone, phoneCountry: 'CN' },
      new Date(now),
    );
    const fields: Record<string, string> = {};
    if (!pensioner.ok) {
      if (pensioner.problems.name) fields.pensionerName = pensioner.problems.name;
      if (pensioner.problems.idNumber) fields.pensionerIdNumber = pensioner.problems.idNumber;
      if (pensioner.problems.phone) fields.pensionerPhone = pensioner.problems.phone;
    } else {
      if (subjectOf(pensioner.value.key) === who.subject) fields.pensionerIdNumber = 'own_id';
      if (pensioner.value.phone === e164(relativeIdentity.phone)) fields.pensionerPhone = 'same_as_relative';
    }
    if (!pensioner.ok || Object.keys(fields).length > 0) {
      audit(db, who.session, 'pension_check_request', 'refused', { fields });
      return validationError(c, fields);
    }
    const cardholderSubject = subjectOf(pensioner.value.key);
    const relativeKey = relativeKeyOf(e164(relativeIdentity.phone));
    const overLimit = refuseOverLimits(c, services, who.session, {
      relativeKey,
      cardholderSubject,
      cardholderPhone: pensioner.value.phone,
      action: 'pension_check_request',
    });
    if (overLimit) return overLimit;

    const cardholder = {
      document: 'resident_id' as const,
      name: pensioner.value.name,
      idNumber: pensioner.value.key,
      documentNumber: pensioner.value.documentNumber,
      phone: pensioner.value.phone,
      nationality: null,
    };
    const { request, token, code } = consents.create({
      relativeSession: who.session.id,
      relativeKey,
      relative: { name: relativeIdentity.name, phone: e164(relativeIdentity.phone), relationship: input.relationship },
      cardholderSubject,
      cardholder,
      services: [],
      locale: input.locale,
      createdAt: now,
      expiresAt: now + CONSENT_LIFETIME_MS,
      purpose: 'pension_check',
    });
    const origin = new URL(c.req.url).origin;
    outbox.deliver(
      cardholder.phone,
      code,
      now,
      `【社保卡】${relativeIdentity.name}请您做今年的养老金资格认证（刷脸）。打开 ${origin}${consentLink(request, token)} 或输入确认码 ${code}，24小时内有效。如不认识此人，请不要确认。`,
    );
    audit(db, who.session, 'pension_check_request', 'ok', { relationship: input.relationship, request: request.id, pensioner: maskDocumentNumber(pensioner.value.key) });
    return c.json(asked(request, now, code));
  });

  /** The relative takes back a request the pensioner has not yet acted on. */
  app.post('/api/applications/pension-check/requests/:id/cancel', (c) => {
    const who = owner(c);
    if (who instanceof Response) return who;
    const now = sessionNow(who.session);
    const request = consents.byId(c.req.param('id'));
    // Only the person who asked finds their request; any other id is simply not there.
    if (!request || request.purpose !== 'pension_check' || request.relativeKey !== relativeKeyOf(e164(who.session.state.identity!.phone))) {
      return refuse(c, 404, { code: 'consent_not_found' });
    }
    const status = statusOf(request, now);
    if (status === 'done' || isClosed(status)) return refuse(c, 409, { code: 'consent_closed' });
    request.state = 'cancelled';
    request.closedAt = now;
    consents.save(request);
    audit(db, who.session, 'pension_check_request', 'cancelled', { request: request.id });
    return c.json(asked(request, now));
  });
}
