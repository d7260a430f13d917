// The sandbox: special values that make every unhappy path reachable on purpose, the outbox that
// stands in for a phone, and test aids (session clock, audit trail). All of /api/sandbox is 404
// when the service runs with SANDBOX=0.
import type { Hono } from 'hono';
import {
  SandboxAuditResponse,
  SandboxCallbacksResponse,
  SandboxClockRequest,
  SandboxClockResponse,
  SandboxReviewCloseRequest,
  SandboxReviewCloseResponse,
  SandboxSmsResponse,
} from '../src/api/contract.js';
import { validatePhone } from '../src/domain/phone.js';
import { SECOND, iso, sessionNow } from './clock.js';
import { auditFor, auditForSession } from './audit.js';
import { closeReview } from './reviews.js';
import { loggedCallbacks } from './help-desk.js';
import { readBody, refuse, type AppEnv } from './http.js';
import { requireSession } from './session.js';
import type { Services } from './services.js';

/** Phones and card numbers with a special meaning in the sandbox. */
export const SANDBOX = {
  /** The face check never matches this person. */
  phoneFaceMismatch: '13800000001',
  /** The bank has a different phone reserved for this person. */
  phoneBankMismatch: '13800000002',
  cardNotFound: 'A00000404',
  cardReportedStolen: 'A00000001',
  cardBoundElsewhere: 'A00000002',
  cardBusy: 'A00000503',
  /** The only payment password the sandbox bank accepts. */
  paymentPassword: '147258',
  /** A card's QR code holds this prefix and the card number. */
  qrPrefix: 'SSCQR:',
} as const;

/**
 * Is this stored phone (E.164, or 11 digits in an older session) the special mainland number, or
 * one of its family: 13801 and any six digits act as 13800000001, 13802… as 13800000002. Tests
 * that run at once each take a number of their own, so none reads another's text messages or
 * meets another's limits on that number.
 */
export function isSandboxPhone(phone: string, special: string): boolean {
  const digits = phone.startsWith('+86') ? phone.slice(3) : phone;
  return digits === special || (digits.length === 11 && digits.startsWith(`1380${special.slice(-1)}`));
}

export interface OutboxMessage {
  phone: string;
  text: string;
  code: string;
  sentAt: string;
}

/**
 * The sandbox's stand-in for people's phones. Deliberately kept in memory only: it plays the part
 * of the phone network, and the service itself keeps nothing but a hash of each code.
 */
export class SmsOutbox {
  private readonly messages: OutboxMessage[] = [];

  deliver(phone: string, code: string, sentAt: number, text = `【社保卡】您的验证码是 ${code}，5分钟内有效。请勿告诉他人。`): void {
    this.messages.push({ phone, code, sentAt: iso(sentAt), text });
    // Bounded, so a long-running sandbox does not grow without end.
    if (this.messages.length > 5000) this.messages.splice(0, this.messages.length - 5000);
  }

  forPhone(phone: string): OutboxMessage[] {
    return this.messages.filter((message) => message.phone === phone).reverse();
  }
}

export function registerSandboxRoutes(app: Hono<AppEnv>, services: Services): void {
  if (!services.sandbox) return;

  app.get('/api/sandbox/sms', (c) => {
    const raw = c.req.query('phone') ?? '';
    // Testers ask with the number as they typed it: mainland digits or any +code.
    const phone = validatePhone(raw, 'CN');
    const messages = services.outbox.forPhone(phone.ok ? phone.value.e164 : raw);
    return c.json(SandboxSmsResponse.parse({ messages }));
  });

  app.post('/api/sandbox/clock', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const body = await readBody(c, SandboxClockRequest);
    if (!body.ok) return body.response;
    session.clockOffsetMs += body.data.advanceSeconds * SECOND;
    services.sessions.save(session);
    return c.json(SandboxClockResponse.parse({ now: iso(sessionNow(session)) }));
  });

  app.get('/api/sandbox/audit', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const limit = Math.min(500, Math.max(1, Number(c.req.query('limit') ?? 50) || 50));
    return c.json(SandboxAuditResponse.parse({ entries: auditForSession(services.db, session.id, limit) }));
  });

  // 12333's list of call backs to make, as its staff would see it (the numbers masked here).
  // 12333's side of "this wasn't me": the adviser has spoken to the person and closes the review.
  // The person is told by text and sees it in their activity; the audit row is theirs.
  app.post('/api/sandbox/reviews/close', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const body = await readBody(c, SandboxReviewCloseRequest);
    if (!body.ok) return body.response;
    const { reference, outcome } = body.data;
    const now = sessionNow(session);
    const closed = closeReview(services.db, reference, outcome, now);
    if (!closed) return refuse(c, 404, { code: 'not_found' });
    auditFor(services.db, { sessionId: session.id, person: closed.person ?? '', subject: closed.subject }, now, outcome === 'restored' ? 'review_restored' : 'review_unbound', 'ok', { reviewReference: reference });
    if (closed.phone) {
      services.outbox.deliver(
        closed.phone,
        '',
        now,
        outcome === 'restored'
          ? `【社保卡】审核编号 ${reference} 已结束：您的社保卡已恢复使用，核实身份后就可以再用医保码付款。家人的权限仍已取消，需要时请重新邀请。`
          : `【社保卡】审核编号 ${reference} 已结束：为保护您的账户，原来的绑定已解除。请在应用中重新绑定社保卡。`,
      );
    }
    return c.json(SandboxReviewCloseResponse.parse({ reference, outcome, closedAt: iso(now) }));
  });

  app.get('/api/sandbox/callbacks', (c) => c.json(SandboxCallbacksResponse.parse({ callbacks: loggedCallbacks(services.db) })));

  // Keep refusals for unknown sandbox paths in the contract's shape.
  app.all('/api/sandbox/*', (c) => refuse(c, 404, { code: 'not_found' }));
}
