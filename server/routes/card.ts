// Step 3: finding the card, by number or by the QR code printed on it.
import type { Hono } from 'hono';
import { CHANNEL_HEADER, CardLookupRequest } from '../../src/api/contract.js';
import { maskCardNumber, validateCardNumber } from '../../src/domain/card.js';
import { audit } from '../audit.js';
import { cardBoundBy } from '../bindings.js';
import { cardFor, reviewReference } from '../cards.js';
import { readBody, refuse, validationError, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { cardView, frozenRefusal, outOfOrder } from '../progress.js';
import { SANDBOX } from '../sandbox.js';
import { requireSession, type FrozenReason } from '../session.js';
import { replacedCard, reportInForce } from '../card-reports.js';
import { openReviewOf } from '../reviews.js';
import { sessionNow } from '../clock.js';
import type { Services } from '../services.js';

const BUSY_RETRY_SECONDS = 5;

export function registerCardRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, sessions } = services;

  app.post('/api/card', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const frozen = frozenRefusal(c, session);
    if (frozen) return frozen;
    const identity = session.state.identity;
    if (!identity || !session.state.identityVerifiedBy) return outOfOrder(c);
    const body = await readBody(c, CardLookupRequest);
    if (!body.ok) return body.response;
    // Under review after "this wasn't me": nothing is bound until 12333 has closed it.
    const review = openReviewOf(db, subjectOf(identity.idNumber));
    if (review) return refuse(c, 409, { code: 'card_frozen', reason: 'not_me', reviewReference: review.reference });
    // A card reported lost binds again once the report is lifted (or a replacement arrives).
    const lost = reportInForce(db, subjectOf(identity.idNumber), sessionNow(session));
    if (lost) {
      audit(db, session, 'card', 'refused', { problem: 'card_lost', reference: lost.reference });
      return refuse(c, 409, { code: 'card_lost', reportReference: lost.reference });
    }

    let cardNumber: string;
    if ('cardNumber' in body.data) {
      const valid = validateCardNumber(body.data.cardNumber);
      if (!valid.ok) return validationError(c, { cardNumber: valid.reason });
      cardNumber = valid.value;
    } else {
      // The QR payload is opaque to the app; only this service knows how to read it.
      const token = body.data.qrToken;
      const valid = token.startsWith(SANDBOX.qrPrefix) ? validateCardNumber(token.slice(SANDBOX.qrPrefix.length)) : null;
      if (!valid?.ok) {
        audit(db, session, 'card', 'refused', { problem: 'card_not_found', via: 'qr' });
        return refuse(c, 422, { code: 'card_not_found' });
      }
      cardNumber = valid.value;
    }
    const masked = maskCardNumber(cardNumber);

    if (services.sandbox && cardNumber === SANDBOX.cardNotFound) {
      audit(db, session, 'card', 'refused', { problem: 'card_not_found', card: masked });
      return refuse(c, 422, { code: 'card_not_found' });
    }
    if (services.sandbox && cardNumber === SANDBOX.cardBusy && c.req.header(CHANNEL_HEADER) !== 'alternate') {
      audit(db, session, 'card', 'busy', { card: masked });
      return refuse(c, 503, { code: 'busy', retryAfter: BUSY_RETRY_SECONDS });
    }

    // An old card whose replacement has arrived: the new card's number binds instead.
    if (replacedCard(db, cardNumber)) {
      audit(db, session, 'card', 'refused', { problem: 'card_replaced', card: masked });
      return refuse(c, 409, { code: 'card_replaced' });
    }

    const boundBy = cardBoundBy(db, cardNumber);
    let frozenReason: FrozenReason | null = null;
    if (services.sandbox && cardNumber === SANDBOX.cardReportedStolen) frozenReason = 'reported_stolen';
    else if (services.sandbox && cardNumber === SANDBOX.cardBoundElsewhere) frozenReason = 'bound_elsewhere';
    else if (boundBy !== null && boundBy !== subjectOf(identity.idNumber)) frozenReason = 'bound_elsewhere';
    if (frozenReason) {
      // From here on nothing can be bound in this session: a person must call 12333 with the reference.
      session.state.frozen = { reason: frozenReason, reviewReference: reviewReference() };
      session.state.card = null;
      session.state.bankVerified = false;
      session.state.agreement = null;
      sessions.save(session);
      audit(db, session, 'card', 'frozen', { card: masked, reason: frozenReason, reviewReference: session.state.frozen.reviewReference });
      return frozenRefusal(c, session)!;
    }

    // A different card: the bank and agreement steps must be done again for it.
    session.state.card = cardFor(cardNumber, identity);
    session.state.bankVerified = false;
    session.state.agreement = null;
    sessions.save(session);
    audit(db, session, 'card', 'ok', { card: masked, channel: c.req.header(CHANNEL_HEADER) === 'alternate' ? 'alternate' : 'primary' });
    return c.json(cardView(session.state.card));
  });
}
