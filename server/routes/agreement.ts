// Steps 5–6: reading and signing the agreement, then binding (and unbinding) the card.
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { AgreementResponse, BindRequest, Binding, SignRequest, SignResponse } from '../../src/api/contract.js';
import { maskCardNumber } from '../../src/domain/card.js';
import { agreementIn, AGREEMENT_VERSION } from '../agreement-text.js';
import { audit } from '../audit.js';
import { bindingOfSubject, cardBoundBy, currentBinding, removeBindingOfSubject, saveBinding } from '../bindings.js';
import { reviewReference } from '../cards.js';
import { beijingClock, iso, sessionNow } from '../clock.js';
import { readBody, refuse, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { cardView, frozenRefusal, outOfOrder } from '../progress.js';
import { requireSession } from '../session.js';
import type { Services } from '../services.js';

/** BD20261103K4Z9QX: the date it was bound and six characters people can read out on the phone. */
function bindingReference(now: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I to mix up
  const random = [...randomBytes(6)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `BD${iso(now).slice(0, 10).replaceAll('-', '')}${random}`;
}

export function registerAgreementRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, sessions, outbox } = services;

  // The text names the document this session proved who it is with (no session, or none yet: the ID card).
  app.get('/api/agreement', (c) => c.json(AgreementResponse.parse(agreementIn(c.req.query('lang'), c.get('session')?.state.identity?.document))));

  app.post('/api/agreement/sign', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const frozen = frozenRefusal(c, session);
    if (frozen) return frozen;
    if (!session.state.bankVerified) return outOfOrder(c);
    const body = await readBody(c, SignRequest);
    if (!body.ok) return body.response;
    if (body.data.version !== AGREEMENT_VERSION) {
      audit(db, session, 'agreement', 'refused', { problem: 'agreement_outdated', version: body.data.version });
      return refuse(c, 409, { code: 'agreement_outdated' });
    }
    session.state.agreement = { version: AGREEMENT_VERSION, signedAt: iso(sessionNow(session)) };
    sessions.save(session);
    audit(db, session, 'agreement', 'ok', { version: AGREEMENT_VERSION, signedBy: session.state.identity?.name ?? null });
    return c.json(SignResponse.parse(session.state.agreement));
  });

  app.post('/api/binding', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const frozen = frozenRefusal(c, session);
    if (frozen) return frozen;
    const { identity, card, agreement } = session.state;
    if (!identity || !card || !session.state.bankVerified || !agreement) return outOfOrder(c);
    const body = await readBody(c, BindRequest);
    if (!body.ok) return body.response;

    const subject = subjectOf(identity.idNumber);
    // Someone else may have bound this card since it was looked up.
    const boundBy = cardBoundBy(db, card.number);
    if (boundBy !== null && boundBy !== subject) {
      session.state.frozen = { reason: 'bound_elsewhere', reviewReference: reviewReference() };
      sessions.save(session);
      audit(db, session, 'bind', 'frozen', { card: maskCardNumber(card.number), reason: 'bound_elsewhere' });
      return frozenRefusal(c, session)!;
    }
    // One card per person: binding a new card replaces the person's earlier binding.
    const previous = bindingOfSubject(db, subject);
    if (previous && boundBy === null) removeBindingOfSubject(db, subject);

    // The same person binding the same card again (a second tab, a press repeated after an answer
    // was lost) keeps the binding they have: one reference, only the services as now chosen.
    const existing = boundBy === subject ? bindingOfSubject(db, subject) : null;
    const now = sessionNow(session);
    const binding = Binding.parse({
      reference: existing?.reference ?? bindingReference(now),
      boundAt: existing?.boundAt ?? iso(now),
      services: [...new Set(body.data.services)],
      card: cardView(card),
    });
    saveBinding(db, subject, card.number, binding);
    audit(db, session, 'bind', 'ok', { card: binding.card.cardNumberMasked, reference: binding.reference, services: binding.services, ...(existing ? { repeated: true } : {}) });
    // "Was this you?": the cardholder's own phone hears of a new binding, whoever made it.
    if (!existing) {
      const byRelative = session.state.remote?.role === 'relative' ? '，由您的家人代办' : '';
      outbox.deliver(identity.phone, '', now, `【社保卡】您的社保卡（${binding.card.cardNumberMasked}）已于${beijingClock(now)}绑定到社保卡服务${byRelative}，绑定编号 ${binding.reference}。如不是您本人同意的，请在应用中选择“查看账户活动”→“这不是我做的”，或拨打12333。`);
    }
    return c.json(binding);
  });

  app.get('/api/binding', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    // Typing someone's ID number is not proof of being them: a binding is shown only after the
    // face check or the text message code.
    const identity = session.state.identityVerifiedBy ? session.state.identity : null;
    const binding = identity ? currentBinding(db, subjectOf(identity.idNumber), sessionNow(session)) : null;
    return binding ? c.json(binding) : refuse(c, 404, { code: 'not_bound' });
  });

  app.delete('/api/binding', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    // Nor removed: an ID number printed on a stolen card must not be enough to unbind it.
    const identity = session.state.identity;
    if (!identity || !session.state.identityVerifiedBy) return outOfOrder(c);
    const cardNumber = removeBindingOfSubject(db, subjectOf(identity.idNumber));
    if (!cardNumber) return refuse(c, 404, { code: 'not_bound' });
    audit(db, session, 'unbind', 'ok', { card: maskCardNumber(cardNumber) });
    return c.body(null, 204);
  });
}
