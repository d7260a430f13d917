// What the app may show of the session: masked views of what has been confirmed, and the order rule.
import { type Card, type IdentityResponse, Progress } from '../src/api/contract.js';
import { maskCardNumber } from '../src/domain/card.js';
import { issuerCityOf } from '../src/domain/card-issuers.js';
import { maskDocumentNumber } from '../src/domain/document-types.js';
import { maskE164 } from '../src/domain/phone.js';
import type { Context } from 'hono';
import { currentBinding } from './bindings.js';
import { openReviewOf } from './reviews.js';
import { refuse } from './http.js';
import { subjectOf } from './limits.js';
import type { Identity, Session, StoredCard } from './session.js';
import type { Services } from './services.js';
import { statusOf } from './consent.js';
import { sessionNow } from './clock.js';

export function identityView(identity: Identity): IdentityResponse {
  return {
    document: identity.document ?? 'resident_id',
    name: identity.name,
    idNumberMasked: maskDocumentNumber(identity.documentNumber ?? identity.idNumber),
    phoneMasked: maskPhone(identity.phone),
  };
}

/** Phones are E.164 now; sessions saved before held the 11 mainland digits. */
export function maskPhone(phone: string): string {
  return maskE164(phone.startsWith('+') ? phone : `+86${phone}`);
}

export function cardView(card: StoredCard): Card {
  return { cardNumberMasked: maskCardNumber(card.number), holderName: card.holderName, issuer: issuerCityOf(card.issuer), issuedOn: card.issuedOn };
}

export function progressOf(services: Services, session: Session): Progress {
  const { state } = session;
  return Progress.parse({
    identity: state.identity && identityView(state.identity),
    identityVerifiedBy: state.identity ? state.identityVerifiedBy : null,
    card: state.card && cardView(state.card),
    bankVerified: state.bankVerified,
    agreement: state.agreement,
    // Only to someone who has proved who they are (face or code), not to whoever typed the number.
    binding: state.identity && state.identityVerifiedBy ? currentBinding(services.db, subjectOf(state.identity.idNumber), sessionNow(session)) : null,
    // Frozen in this session at the card step, or the person's binding stopped for review ("this wasn't me").
    frozen: state.frozen ?? reviewOf(services, state),
    remote: remoteProgress(services, session),
    pensionCheck: pensionCheckProgress(services, session),
  });
}

function remoteProgress(services: Services, session: Session): Progress['remote'] {
  const remote = session.state.remote;
  const request = remote ? services.consents.byId(remote.requestId) : null;
  return remote && request ? { role: remote.role, status: statusOf(request, sessionNow(session)) } : null;
}

/** A pension check a relative asked for, on the pensioner's device: who asked, where it stands. */
function pensionCheckProgress(services: Services, session: Session): Progress['pensionCheck'] {
  const requestId = session.state.pensionCheck?.requestId;
  const request = requestId ? services.consents.byId(requestId) : null;
  if (!request) return null;
  const now = sessionNow(session);
  return {
    status: statusOf(request, now),
    relative: { name: request.relative.name, relationship: request.relative.relationship },
    reference: services.applications.byRequest(request.id, now)?.reference ?? null,
  };
}

/** 409 out_of_order: an earlier step has not been confirmed. */
export function outOfOrder(c: Context): Response {
  return refuse(c, 409, { code: 'out_of_order' });
}

function reviewOf(services: Services, state: Session['state']): Progress['frozen'] {
  if (!state.identity || !state.identityVerifiedBy || state.remote?.role === 'relative') return null;
  const review = openReviewOf(services.db, subjectOf(state.identity.idNumber));
  return review ? { reviewReference: review.reference, reason: 'not_me' } : null;
}

/** 409 card_frozen: once a card is frozen in this session, nothing more can be bound in it. */
export function frozenRefusal(c: Context, session: Session): Response | null {
  const frozen = session.state.frozen;
  return frozen ? refuse(c, 409, { code: 'card_frozen', reason: frozen.reason, reviewReference: frozen.reviewReference }) : null;
}
