// The binding as data: which screen, who acts, and what the service has confirmed. Transitions
// are plain functions of (state, event) → state, so tests call them without a browser and steps
// never decide where the flow goes.
import type { Binding, Card, FrozenReason, IdentityResponse, Progress } from '../api/contract.js';
import { emptyAnswers, type Answers } from './answers.js';

export const STEPS = ['entry', 'identity', 'card', 'bank', 'agreement', 'services'] as const;
export type StepId = (typeof STEPS)[number];
/** What a bound card unlocks, each a page of its own reached from "my card" (done). */
export const CARD_SCREENS = ['pay', 'accounts', 'inbox', 'applications', 'apply-treatment', 'apply-transfer', 'apply-pension', 'apply-family', 'lost-card', 'replacement', 'activity', 'pension-estimate', 'contributions', 'insurance-proof', 'show-card'] as const;
export type CardScreen = (typeof CARD_SCREENS)[number];
/**
 * "Having trouble?": the ways round a check that cannot work on this phone, open to anyone whose
 * details the service has (bound or not): a visit booked at a counter, a call back from 12333.
 */
export const HELP_SCREENS = ['counter-visit', 'callback'] as const;
export type HelpScreen = (typeof HELP_SCREENS)[number];
/** Screens outside the numbered steps: the confirmation and "my card", a frozen binding, what the card unlocks, help. */
export type Screen = StepId | 'done' | 'frozen' | 'relative' | 'consent' | 'waiting' | 'pension-check' | CardScreen | HelpScreen;

/** Each screen's address: links carry it (open in a new tab, copy), the router keeps it in sync. */
export const SCREEN_PATHS: Record<Screen, string> = {
  entry: '/',
  identity: '/identity',
  card: '/card',
  bank: '/bank',
  agreement: '/agreement',
  services: '/services',
  done: '/my-card',
  frozen: '/review',
  // Remote binding: the relative's page, the cardholder's consent link (/consent/<token>), and the
  // cardholder's page while the relative does their part.
  relative: '/family',
  consent: '/consent',
  waiting: '/waiting',
  pay: '/my-card/pay',
  accounts: '/my-card/accounts',
  inbox: '/my-card/inbox',
  applications: '/my-card/applications',
  'apply-treatment': '/my-card/apply/treatment-elsewhere',
  'apply-transfer': '/my-card/apply/transfer',
  'apply-pension': '/my-card/apply/pension-check',
  'apply-family': '/my-card/apply/family-pension-check',
  'lost-card': '/my-card/lost',
  replacement: '/my-card/lost/new-card',
  activity: '/my-card/activity',
  'pension-estimate': '/my-card/accounts/pension-estimate',
  contributions: '/my-card/accounts/contributions',
  'insurance-proof': '/my-card/accounts/proof',
  'show-card': '/my-card/show-card',
  // The pensioner's own check, asked for by a relative and confirmed on the pensioner's phone.
  'pension-check': '/pension-check',
  'counter-visit': '/help/counter-visit',
  callback: '/help/call-back',
};

/**
 * Who is here, and for what: the cardholder binding their own card, a relative binding on their
 * behalf, or the cardholder reporting their card lost before (or without) binding it: they prove
 * who they are (face or code) and go straight to the report, not on to the card step.
 */
export type Actor = 'self' | 'relative' | 'lost-card';
export const ACTORS: readonly Actor[] = ['self', 'relative', 'lost-card'];

export { emptyAnswers, type Answers } from './answers.js';

export interface FlowState {
  readonly screen: Screen;
  readonly answers: Answers;
  readonly actor: Actor | null;
  /** What the service has confirmed; the source of truth after a reload or restart. */
  readonly progress: Progress;
  /** The screen a help page was opened from: its Back link returns there. */
  readonly helpFrom?: Screen;
}

export type FlowEvent =
  | { type: 'start'; actor: Actor }
  | { type: 'answers'; answers: Partial<Answers> }
  | { type: 'identity-entered'; identity: IdentityResponse }
  | { type: 'identity-verified'; method: 'face' | 'sms' }
  | { type: 'card-confirmed'; card: Card }
  | { type: 'bank-verified' }
  | { type: 'agreement-signed'; version: string; signedAt: string }
  | { type: 'bound'; binding: Binding }
  | { type: 'frozen'; reviewReference: string; reason: FrozenReason }
  | { type: 'change'; step: StepId }
  | { type: 'back' }
  | { type: 'resume'; progress: Progress }
  | { type: 'unbound' }
  /** The cardholder opened a relative's consent link (or wants to type its code). */
  | { type: 'open-consent' }
  /** A saved draft (after a reload, a closed tab or an update): its answers, and its step until the service says more. */
  | { type: 'restore'; screen: Screen; actor: Actor | null; answers: Answers }
  /** From "my card" to what the card unlocks, and back ('done'). */
  | { type: 'open'; screen: CardScreen | 'done' }
  /** Back to the first screen from a report made before binding; what was typed stays. */
  | { type: 'home' }
  /** "Having trouble?": a help page, from the screen the person is stuck on; and back to it. */
  | { type: 'get-help'; screen: HelpScreen }
  | { type: 'leave-help' };

export const emptyProgress: Progress = {
  identity: null,
  identityVerifiedBy: null,
  card: null,
  bankVerified: false,
  agreement: null,
  binding: null,
  frozen: null,
  remote: null,
  pensionCheck: null,
};

export const initialFlowState: FlowState = { screen: 'entry', actor: null, answers: emptyAnswers, progress: emptyProgress };

export const TOTAL_STEPS = STEPS.length;

export function stepNumber(step: StepId): number {
  return STEPS.indexOf(step) + 1;
}

export function isCardScreen(screen: Screen): screen is CardScreen {
  return (CARD_SCREENS as readonly string[]).includes(screen);
}

export function isHelpScreen(screen: Screen): screen is HelpScreen {
  return (HELP_SCREENS as readonly string[]).includes(screen);
}

/**
 * Help is for the person whose details the service has (a counter visit and a call back are
 * theirs), never for a relative acting for them: the cardholder asks on their own phone.
 */
export function mayGetHelp(progress: Progress): boolean {
  return progress.identity !== null && progress.remote?.role !== 'relative';
}

export function isStep(screen: Screen): screen is StepId {
  return (STEPS as readonly string[]).includes(screen);
}

/** The furthest screen the confirmed progress allows: where a reload or a restart resumes. */
export function furthestScreen(progress: Progress): Screen {
  if (progress.frozen) return 'frozen';
  // A pension check a relative asked for, confirmed on this phone: it is all this device does.
  if (progress.pensionCheck) return 'pension-check';
  const remote = progress.remote;
  if (remote?.role === 'relative') return remote.status === 'bound' ? 'done' : 'relative';
  if (remote?.role === 'cardholder') return cardholderScreen(remote.status);
  if (progress.binding) return 'done';
  if (progress.agreement) return 'services';
  if (progress.bankVerified) return 'agreement';
  if (progress.card) return 'bank';
  if (progress.identityVerifiedBy) return 'card';
  if (progress.identity) return 'identity';
  return 'entry';
}

/**
 * The cardholder's screen in a relative's request: they prove who they are, give the payment
 * password and sign; while the relative adds the card or binds, they wait (and can cancel).
 */
function cardholderScreen(status: NonNullable<Progress['remote']>['status']): Screen {
  switch (status) {
    case 'consented':
      return 'identity';
    case 'card_added':
      return 'bank';
    case 'bank_verified':
      return 'agreement';
    case 'bound':
      return 'done';
    default:
      return 'waiting';
  }
}

/** A step may be revisited ("change") only when everything before it is confirmed. */
export function canVisit(step: StepId, progress: Progress): boolean {
  const furthest = furthestScreen(progress);
  if (!isStep(furthest)) return false;
  return stepNumber(step) <= stepNumber(furthest);
}

/** A step confirmed in a relative's request moves the request's status on with it. */
function withStatus(progress: Progress, status: NonNullable<Progress['remote']>['status']): Progress {
  return progress.remote ? { ...progress, remote: { ...progress.remote, status } } : progress;
}

export function transition(state: FlowState, event: FlowEvent): FlowState {
  const progress = state.progress;
  switch (event.type) {
    case 'start': {
      if (state.screen !== 'entry') return state;
      // Who they are is already checked in this session (a report made first): binding goes on from there.
      const checked = event.actor === 'self' && progress.identityVerifiedBy !== null && !progress.remote;
      return { ...state, actor: event.actor, screen: event.actor === 'relative' ? 'relative' : checked ? furthestScreen(progress) : 'identity' };
    }
    case 'open-consent':
      return { ...state, screen: 'consent' };
    case 'restore':
      return { ...state, answers: event.answers, actor: event.actor, screen: state.screen === 'consent' ? 'consent' : event.screen };
    case 'answers':
      return { ...state, answers: { ...state.answers, ...event.answers } };
    case 'identity-entered':
      // New details invalidate everything confirmed after them.
      return { ...state, progress: { ...emptyProgress, identity: event.identity } };
    case 'identity-verified': {
      const verified = { ...progress, identityVerifiedBy: event.method };
      const next = progress.remote ? furthestScreen(withStatus(verified, 'identity_verified')) : state.actor === 'lost-card' ? 'lost-card' : 'card';
      return { ...state, screen: next, progress: withStatus(verified, 'identity_verified') };
    }
    case 'card-confirmed':
      return { ...state, screen: 'bank', progress: { ...progress, card: event.card, bankVerified: false, agreement: null } };
    case 'bank-verified':
      return { ...state, screen: 'agreement', progress: withStatus({ ...progress, bankVerified: true }, 'bank_verified') };
    case 'agreement-signed': {
      // In a relative's request the relative binds next: the cardholder waits for that.
      const signed = withStatus({ ...progress, agreement: { version: event.version, signedAt: event.signedAt } }, 'signed');
      return { ...state, screen: progress.remote ? 'waiting' : 'services', progress: signed };
    }
    case 'bound':
      return { ...state, screen: 'done', progress: { ...progress, binding: event.binding } };
    case 'frozen':
      return { ...state, screen: 'frozen', progress: { ...progress, frozen: { reviewReference: event.reviewReference, reason: event.reason } } };
    case 'change':
      return canVisit(event.step, progress) && !progress.binding ? { ...state, screen: event.step } : state;
    case 'back': {
      // The relative's request form goes back to the start until the request is made.
      if (state.screen === 'relative' && !progress.remote) return { ...state, screen: 'entry' };
      if (!isStep(state.screen)) return state;
      const index = STEPS.indexOf(state.screen);
      return index > 0 ? { ...state, screen: STEPS[index - 1]! } : state;
    }
    case 'resume': {
      // Someone opening a consent link stays on it until they have answered.
      const furthest = furthestScreen(event.progress);
      // A restored draft's step stands when the service allows it (identity needs only a start).
      // So does a relative's request form, until the request is sent.
      const keep =
        !event.progress.remote &&
        isStep(furthest) &&
        ((state.screen === 'relative' && state.actor === 'relative') ||
          (isStep(state.screen) &&
            state.screen !== 'entry' &&
            (stepNumber(state.screen) <= stepNumber(furthest) || (state.screen === 'identity' && state.actor !== null))));
      const answered = event.progress.remote?.role === 'cardholder' || Boolean(event.progress.pensionCheck);
      // Someone reporting a lost card who has proved who they are is back on the report.
      const reporting = state.actor === 'lost-card' && event.progress.identityVerifiedBy !== null && !event.progress.remote && !event.progress.frozen;
      // A help page stays open across a reload for as long as the service knows who is asking.
      const helping = isHelpScreen(state.screen) && mayGetHelp(event.progress);
      const screen = state.screen === 'consent' && !answered ? 'consent' : helping ? state.screen : reporting ? 'lost-card' : keep ? state.screen : furthest;
      return { ...state, progress: event.progress, screen, actor: state.actor ?? (screen === 'entry' ? null : 'self') };
    }
    case 'unbound':
      return { ...initialFlowState };
    case 'get-help':
      if (!mayGetHelp(progress)) return state;
      return { ...state, screen: event.screen, helpFrom: isHelpScreen(state.screen) ? state.helpFrom : state.screen };
    case 'leave-help':
      if (!isHelpScreen(state.screen)) return state;
      return { ...state, screen: state.helpFrom ?? furthestScreen(progress), helpFrom: undefined };
    case 'home':
      return state.actor === 'lost-card' && !progress.binding ? { ...state, screen: 'entry', actor: null } : state;
    case 'open':
      // Only the cardholder's own bound card opens these; a relative who helped sees "done" only.
      // From here on the person uses their bound card: a report made from the first screen is behind them.
      return progress.binding && progress.remote?.role !== 'relative' && (state.screen === 'done' || isCardScreen(state.screen))
        ? { ...state, screen: event.screen, actor: state.actor === 'lost-card' ? 'self' : state.actor }
        : state;
  }
}
