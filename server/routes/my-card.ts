// After binding: the services the card unlocks. Each answer is about the person whose face or
// code this session checked, found by that alone: no request names another person, so nobody can
// ask for someone else's accounts. A relative who helped bind sees none of it.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  ActivityResponse,
  NotMeResponse,
  AccountsResponse,
  Binding,
  PaymentCode,
  Receipt,
  ReceiptsResponse,
  SandboxPayRequest,
  SERVICE_IDS,
  ServicesUpdateRequest,
  type ServiceId,
} from '../../src/api/contract.js';
import { accountsOf } from '../accounts.js';
import { activityOf } from '../activity.js';
import { openReviewOf, stopForReview } from '../reviews.js';
import { pensionRecordOf } from '../pension-record.js';
import { contributionsOf } from '../contributions.js';
import { audit, auditFor, maskSubject } from '../audit.js';
import { currentBinding } from '../bindings.js';
import { beijingClock, iso, SECOND, sessionNow } from '../clock.js';
import { readBody, refuse, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { qrSvg } from '../qr.js';
import { clearSessionCookie, requireSession, type Session } from '../session.js';
import type { Services } from '../services.js';
import type { Db } from '../db.js';
import { reportInForce } from '../card-reports.js';

/** A payment code lasts a minute: long enough to show, too short to be of use if seen. */
export const PAYMENT_CODE_LIFETIME_MS = 60 * SECOND;

const hashCode = (code: string) => createHash('sha256').update(`payment:${code}`).digest('hex');

interface Owner {
  session: Session;
  subject: string;
  person: string;
  binding: Binding;
}

interface PaymentRow {
  id: string;
  paid_at: string;
  merchant: string;
  total: number;
  medical_account: number;
  out_of_pocket: number;
}

const toReceipt = (row: PaymentRow): Receipt =>
  Receipt.parse({ id: row.id, paidAt: row.paid_at, merchant: row.merchant, total: row.total, medicalAccount: row.medical_account, outOfPocket: row.out_of_pocket });

/** The bound person this session has proved to be (with `needs` turned on), or the refusal. */
export function cardOwner(c: Context<AppEnv>, db: Db, needs?: ServiceId): Owner | Response {
  const session = requireSession(c);
  if (session instanceof Response) return session;
  // The relative's session carries the cardholder's checks for the binding; it is not them.
  if (session.state.remote?.role === 'relative') return refuse(c, 403, { code: 'not_yours', whose: 'cardholder' });
  const identity = session.state.identity;
  if (!identity || !session.state.identityVerifiedBy) return refuse(c, 409, { code: 'not_bound' });
  const subject = subjectOf(identity.idNumber);
  const binding = currentBinding(db, subject, sessionNow(session));
  if (!binding) return refuse(c, 409, { code: 'not_bound' });
  if (needs && !binding.services.includes(needs)) return refuse(c, 409, { code: 'service_off' });
  return { session, subject, person: maskSubject(identity.idNumber), binding };
}

/** A card reported lost or stopped for review neither pays nor proves who someone is: the refusal, or null when it may. */
export function refuseStoppedCard(c: Context<AppEnv>, db: Db, subject: string, now: number): Response | null {
  const lost = reportInForce(db, subject, now);
  if (lost) return refuse(c, 409, { code: 'card_lost', reportReference: lost.reference });
  const review = openReviewOf(db, subject);
  if (review) return refuse(c, 409, { code: 'card_frozen', reason: 'not_me', reviewReference: review.reference });
  return null;
}

export function registerMyCardRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, outbox } = services;

  const owner = (c: Context<AppEnv>, needs?: ServiceId) => cardOwner(c, db, needs);

  app.put('/api/binding/services', async (c) => {
    const who = owner(c);
    if (who instanceof Response) return who;
    const body = await readBody(c, ServicesUpdateRequest);
    if (!body.ok) return body.response;
    // In the order the service lists them, each once.
    const chosen = new Set(body.data.services);
    const services = SERVICE_IDS.filter((id) => chosen.has(id));
    db.prepare('UPDATE bindings SET services = ? WHERE subject = ?').run(JSON.stringify(services), who.subject);
    const changed = services.join() !== who.binding.services.join();
    // Saved unchanged, it is audited as a repeat: not "services changed" in the activity or the inbox.
    audit(db, who.session, 'services', 'ok', { before: who.binding.services, after: services, ...(changed ? {} : { repeated: true }) });
    const phone = who.session.state.identity?.phone;
    if (phone && changed) {
      outbox.deliver(phone, '', sessionNow(who.session), `【社保卡】您的社保卡开通的服务已于${beijingClock(sessionNow(who.session))}更改。如不是您本人操作，请在应用中选择“查看账户活动”→“这不是我做的”，或拨打12333。`);
    }
    return c.json(Binding.parse({ ...who.binding, services }));
  });

  // The record the pension estimate starts from (the app does the sum, so every figure can be changed).
  app.get('/api/pension/record', (c) => {
    const who = owner(c, 'account_queries');
    if (who instanceof Response) return who;
    audit(db, who.session, 'pension_record', 'ok');
    return c.json(pensionRecordOf(db, who.subject, who.session.state.identity!.idNumber, sessionNow(who.session)));
  });

  // The contributions record (缴费记录), month by month: the app draws the table and makes the CSV
  // from it, in the person's language.
  app.get('/api/contributions', (c) => {
    const who = owner(c, 'account_queries');
    if (who instanceof Response) return who;
    audit(db, who.session, 'contributions', 'ok');
    return c.json(contributionsOf(who.subject, sessionNow(who.session)));
  });

  app.post('/api/payment-code', async (c) => {
    const who = owner(c, 'medical_payment');
    if (who instanceof Response) return who;
    const now = sessionNow(who.session);
    const stopped = refuseStoppedCard(c, db, who.subject, now);
    if (stopped) return stopped;
    const code = `${randomInt(1, 10)}${Array.from({ length: 17 }, () => randomInt(0, 10)).join('')}`;
    // A new code replaces the person's earlier ones: only the code on screen can pay.
    db.prepare('DELETE FROM payment_codes WHERE subject = ?').run(who.subject);
    db.prepare('INSERT INTO payment_codes (code_hash, subject, person, session_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      hashCode(code),
      who.subject,
      who.person,
      who.session.id,
      now,
      now + PAYMENT_CODE_LIFETIME_MS,
    );
    const svg = await qrSvg(code);
    audit(db, who.session, 'payment_code', 'ok');
    return c.json(
      PaymentCode.parse({
        code,
        qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
        issuedAt: iso(now),
        expiresAt: iso(now + PAYMENT_CODE_LIFETIME_MS),
        lifetimeSeconds: PAYMENT_CODE_LIFETIME_MS / SECOND,
      }),
    );
  });

  // "This wasn't me": the binding stops for review at once, relatives lose their access, and every
  // session of it ends, this one included; the answer is the review's reference for 12333.
  app.post('/api/binding/not-me', (c) => {
    const who = owner(c);
    if (who instanceof Response) return who;
    const now = sessionNow(who.session);
    // Saved first, so this session is found and ended with the person's others.
    services.sessions.save(who.session);
    const outcome = stopForReview(db, services.sessions, who.subject, now, { person: who.person, phone: who.session.state.identity?.phone ?? null });
    audit(db, who.session, 'not_me', 'ok', { reviewReference: outcome.reference, relativesRevoked: outcome.relativesRevoked, sessionsEnded: outcome.sessionsEnded });
    const phone = who.session.state.identity?.phone;
    if (phone) {
      services.outbox.deliver(phone, '', now, `【社保卡】您报告了不是本人的操作。社保卡支付已暂停，家人的权限已取消，所有设备已退出。审核编号 ${outcome.reference}，12333 会在 1 个工作日内联系您。`);
    }
    clearSessionCookie(c);
    return c.json(NotMeResponse.parse({ reviewReference: outcome.reference }));
  });

  // What happened to this binding, for the person to check it was them (never a relative's view).
  app.get('/api/activity', (c) => {
    const who = owner(c);
    if (who instanceof Response) return who;
    return c.json(ActivityResponse.parse({ entries: activityOf(db, services.consents, who.subject) }));
  });

  app.get('/api/receipts', (c) => {
    const who = owner(c, 'medical_payment');
    if (who instanceof Response) return who;
    const rows = db.prepare('SELECT * FROM payments WHERE subject = ? ORDER BY paid_at DESC LIMIT 50').all(who.subject) as PaymentRow[];
    return c.json(ReceiptsResponse.parse({ receipts: rows.map(toReceipt) }));
  });

  app.get('/api/accounts', (c) => {
    const who = owner(c, 'account_queries');
    if (who instanceof Response) return who;
    const accounts = accountsOf(db, who.subject, sessionNow(who.session));
    audit(db, who.session, 'accounts', 'ok');
    return c.json(
      AccountsResponse.parse({
        pension: { balance: accounts.pensionBalance },
        medical: { balance: accounts.medicalBalance },
        months: accounts.months,
        statement: accounts.statement,
        currency: 'CNY',
      }),
    );
  });

  if (!services.sandbox) return;

  /**
   * Sandbox: a clinic's cashier scans the code. The personal medical account pays what it can; the
   * rest is paid by the person. Recorded in the payer's audit trail, not the cashier's.
   */
  app.post('/api/sandbox/pay', async (c) => {
    const cashier = requireSession(c);
    if (cashier instanceof Response) return cashier;
    const body = await readBody(c, SandboxPayRequest);
    if (!body.ok) return body.response;
    const now = sessionNow(cashier);
    const row = db.prepare('SELECT * FROM payment_codes WHERE code_hash = ?').get(hashCode(body.data.code.replace(/\s/g, ''))) as
      | { subject: string; person: string; session_id: string; expires_at: number }
      | undefined;
    if (!row || row.expires_at <= now) return refuse(c, 404, { code: 'code_unknown' });
    // One payment per code.
    db.prepare('DELETE FROM payment_codes WHERE code_hash = ?').run(hashCode(body.data.code.replace(/\s/g, '')));
    const balance = accountsOf(db, row.subject, now).medicalBalance;
    const medicalAccount = Math.min(balance, body.data.amount);
    const payment: PaymentRow = {
      id: `R${iso(now).slice(0, 10).replaceAll('-', '')}${randomBytes(4).toString('hex').toUpperCase()}`,
      paid_at: iso(now),
      merchant: body.data.merchant ?? '社区卫生服务中心',
      total: body.data.amount,
      medical_account: medicalAccount,
      out_of_pocket: body.data.amount - medicalAccount,
    };
    db.prepare('INSERT INTO payments (id, subject, paid_at, merchant, total, medical_account, out_of_pocket) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      payment.id,
      row.subject,
      payment.paid_at,
      payment.merchant,
      payment.total,
      payment.medical_account,
      payment.out_of_pocket,
    );
    auditFor(db, { sessionId: row.session_id, person: row.person, subject: row.subject }, now, 'payment', 'ok', {
      receipt: payment.id,
      total: payment.total,
      medicalAccount,
      outOfPocket: payment.out_of_pocket,
    });
    return c.json(toReceipt(payment));
  });
}
