// Steps 1–2: the session itself, the person's details, and proving it is them (face or SMS code).
import { createHash, randomInt } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  FaceCheckRequest,
  IdentityRequest,
  SessionResponse,
  SessionsEndedResponse,
  SmsSentResponse,
  SmsVerifyRequest,
  VerifiedResponse,
} from '../../src/api/contract.js';
import { validateSmsCode } from '../../src/domain/card.js';
import { checkApplicant } from '../../src/domain/applicant.js';
import { audit } from '../audit.js';
import { MINUTE, secondsUntil, sessionNow } from '../clock.js';
import { readBody, refuse, refuseIfLocked, refuseWrongAnswer, validationError, type AppEnv } from '../http.js';
import { SMS_RESEND_MS, subjectOf } from '../limits.js';
import { identityView, maskPhone, outOfOrder, progressOf } from '../progress.js';
import { isSandboxPhone, SANDBOX } from '../sandbox.js';
import { clearSessionCookie, emptyState, requireSession, sessionExpiresIso, setSessionCookie, type Identity, type Session, SESSION_LIFETIME_MS } from '../session.js';
import type { Services } from '../services.js';

export const SMS_CODE_LIFETIME_MS = 5 * MINUTE;
/** A camera frame smaller than this cannot show a face: a blank or broken capture. */
const MIN_FACE_IMAGE_BYTES = 512;

/** The code is only ever kept as a hash bound to the session that asked for it. */
const hashCode = (session: Session, code: string) => createHash('sha256').update(`${session.id}:${code}`).digest('hex');

/** The image is decoded only to see that it is a real picture; it is never stored or logged. */
function looksLikeImage(dataUrl: string): boolean {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  if (bytes.length < MIN_FACE_IMAGE_BYTES) return false;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  const png = bytes.subarray(0, 4).toString('latin1') === '\x89PNG';
  const webp = bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
  return jpeg || png || webp;
}

/**
 * The face check against `identity`: the refusal (no picture, no match, locked after too many
 * tries), or null when it matched. Also the pension qualification check, which is a face check.
 */
export function checkFace(c: Context<AppEnv>, services: Services, session: Session, identity: Identity, image: string): Response | null {
  const { db, checks } = services;
  const now = sessionNow(session);
  const subject = subjectOf(identity.idNumber);
  const locked = refuseIfLocked(c, { db, session, checks, subject, check: 'face', action: 'face', now });
  if (locked) return locked;
  if (!looksLikeImage(image)) {
    audit(db, session, 'face', 'refused', { problem: 'no_camera_image' });
    return refuse(c, 422, { code: 'no_camera_image' });
  }
  if (services.sandbox && isSandboxPhone(identity.phone, SANDBOX.phoneFaceMismatch)) {
    return refuseWrongAnswer(c, { db, session, checks, subject, check: 'face', action: 'face', code: 'face_mismatch', now });
  }
  checks.recordSuccess(subject, 'face');
  return null;
}

export function registerIdentityRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, sessions, checks, smsLimits, outbox } = services;

  app.get('/api/session', (c) => {
    let session = c.get('session');
    if (!session) {
      const created = sessions.create();
      session = created.session;
      setSessionCookie(c, created.cookie);
    }
    return c.json(
      SessionResponse.parse({
        csrfToken: session.csrfToken,
        sandbox: services.sandbox,
        expiresAt: sessionExpiresIso(session),
        idleTimeoutSeconds: SESSION_LIFETIME_MS / 1000,
        progress: progressOf(services, session),
      }),
    );
  });

  // "Clear my data" on a shared phone: the session ends here too, so whoever picks the phone up
  // next cannot carry on as this person. What was confirmed for good (a binding) stays.
  app.delete('/api/session', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    audit(db, session, 'session_end', 'ok');
    sessions.end(session);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  // "Sign out everywhere": every session of this person ends, this one included (a phone lost or
  // left signed in somewhere). The binding stays; so does a relative's own session and access.
  app.post('/api/sessions/end-all', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const identity = session.state.identity;
    if (session.state.remote?.role === 'relative') return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
    if (!identity || !session.state.identityVerifiedBy) return refuse(c, 409, { code: 'out_of_order' });
    // Saved first, so this session is found with the others even if it was never saved since its check.
    sessions.save(session);
    const ended = sessions.endAllOf(subjectOf(identity.idNumber));
    audit(db, session, 'sessions_end_all', 'ok', { ended });
    clearSessionCookie(c);
    return c.json(SessionsEndedResponse.parse({ ended }));
  });

  app.post('/api/identity', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const body = await readBody(c, IdentityRequest);
    if (!body.ok) return body.response;

    const checked = checkApplicant(body.data, new Date(sessionNow(session)));
    if (!checked.ok) {
      const fields = checked.problems as Record<string, string>;
      audit(db, session, 'identity', 'refused', { document: body.data.document, fields });
      return validationError(c, fields);
    }

    // New details: everything confirmed after this step no longer holds. A frozen card stays frozen.
    const applicant = checked.value;
    const identity = {
      document: applicant.document,
      name: applicant.name,
      idNumber: applicant.key,
      documentNumber: applicant.documentNumber,
      phone: applicant.phone,
      nationality: applicant.nationality,
    };
    session.state = { ...emptyState(), frozen: session.state.frozen, identity };
    sessions.save(session);
    audit(db, session, 'identity', 'ok', { document: applicant.document });
    return c.json(identityView(session.state.identity!));
  });

  app.post('/api/identity/face', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const identity = session.state.identity;
    if (!identity) return outOfOrder(c);
    const body = await readBody(c, FaceCheckRequest);
    if (!body.ok) return body.response;

    const refused = checkFace(c, services, session, identity, body.data.image);
    if (refused) return refused;
    session.state.identityVerifiedBy = 'face';
    sessions.save(session);
    audit(db, session, 'face', 'ok');
    return c.json(VerifiedResponse.parse({ verified: true, method: 'face' }));
  });

  app.post('/api/identity/sms', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const identity = session.state.identity;
    if (!identity) return outOfOrder(c);

    const now = sessionNow(session);
    const locked = refuseIfLocked(c, { db, session, checks, subject: subjectOf(identity.idNumber), check: 'sms', action: 'sms_send', now });
    if (locked) return locked;
    const decision = smsLimits.decide(identity.phone, now);
    if (!decision.ok) {
      const retryAfter = secondsUntil(now + decision.retryAfterMs, now);
      audit(db, session, 'sms_send', 'refused', { problem: decision.code, retryAfter });
      return decision.code === 'sms_too_soon'
        ? refuse(c, 429, { code: 'sms_too_soon', retryAfter })
        : refuse(c, 429, { code: 'sms_hourly_limit', retryAfter, lockedUntil: new Date(decision.lockedUntil).toISOString() });
    }

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    smsLimits.record(identity.phone, now);
    outbox.deliver(identity.phone, code, now);
    session.state.sms = { codeHash: hashCode(session, code), sentAt: now, expiresAt: now + SMS_CODE_LIFETIME_MS };
    sessions.save(session);
    audit(db, session, 'sms_send', 'ok', { phone: maskPhone(identity.phone) });
    return c.json(
      SmsSentResponse.parse({
        phoneMasked: maskPhone(identity.phone),
        resendAfter: SMS_RESEND_MS / 1000,
        expiresIn: SMS_CODE_LIFETIME_MS / 1000,
      }),
    );
  });

  app.post('/api/identity/sms/verify', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const identity = session.state.identity;
    if (!identity) return outOfOrder(c);
    const body = await readBody(c, SmsVerifyRequest);
    if (!body.ok) return body.response;
    const code = validateSmsCode(body.data.code);
    if (!code.ok) return validationError(c, { code: code.reason });

    const now = sessionNow(session);
    const subject = subjectOf(identity.idNumber);
    const locked = refuseIfLocked(c, { db, session, checks, subject, check: 'sms', action: 'sms_verify', now });
    if (locked) return locked;
    const sent = session.state.sms;
    if (!sent) {
      audit(db, session, 'sms_verify', 'refused', { problem: 'no_code' });
      return refuse(c, 422, { code: 'no_code' });
    }
    if (now >= sent.expiresAt) {
      audit(db, session, 'sms_verify', 'refused', { problem: 'code_expired' });
      return refuse(c, 422, { code: 'code_expired' });
    }
    if (hashCode(session, code.value) !== sent.codeHash) {
      return refuseWrongAnswer(c, {
        db,
        session,
        checks,
        subject,
        check: 'sms',
        action: 'sms_verify',
        code: 'code_wrong',
        now,
        // A locked check's outstanding code is void: a new one must be sent after the lock.
        onLock: () => {
          session.state.sms = null;
          sessions.save(session);
        },
      });
    }
    checks.recordSuccess(subject, 'sms');
    // Single use: the code is gone once it has been accepted.
    session.state.sms = null;
    session.state.identityVerifiedBy = 'sms';
    sessions.save(session);
    audit(db, session, 'sms_verify', 'ok');
    return c.json(VerifiedResponse.parse({ verified: true, method: 'sms' }));
  });
}
