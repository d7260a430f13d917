// Each screen's code loads when the screen is first needed, so a phone on a weak network
// downloads the first screen only (issue 9's 35 KB budget). The shell renders the screen's tag at
// once; the browser upgrades it in place when its module arrives. A screen the person is likely to
// reach next is fetched while they work on the current one, so moving on does not wait for it.
import type { Screen } from '../flow/state.js';
import { withLaterWords } from '../modes/locale.js';
// The first screen most people see comes with the shell itself.
import '../flow/ssc-entry-step.js';

const SCREEN_MODULES: Record<Screen, () => Promise<unknown>> = {
  entry: () => Promise.resolve(),
  identity: () => import('../flow/ssc-identity-step.js'),
  card: () => import('../flow/ssc-card-step.js'),
  bank: () => import('../flow/ssc-bank-step.js'),
  agreement: () => import('../flow/ssc-agreement-step.js'),
  services: () => import('../flow/ssc-services-step.js'),
  done: () => import('../flow/ssc-done-screen.js'),
  frozen: () => import('../flow/ssc-frozen-screen.js'),
  relative: () => import('../flow/ssc-relative-screen.js'),
  consent: () => import('../flow/ssc-consent-screen.js'),
  waiting: () => import('../flow/ssc-waiting-screen.js'),
  pay: () => import('../flow/ssc-pay-screen.js'),
  accounts: () => import('../flow/ssc-accounts-screen.js'),
  inbox: () => import('../flow/ssc-inbox-screen.js'),
  applications: () => import('../flow/ssc-applications-screen.js'),
  'apply-treatment': () => import('../flow/ssc-apply-screen.js'),
  'apply-transfer': () => import('../flow/ssc-apply-screen.js'),
  'apply-pension': () => import('../flow/ssc-pension-check-screen.js'),
  'apply-family': () => import('../flow/ssc-ask-pension-screen.js'),
  'pension-check': () => import('../flow/ssc-pension-check-screen.js'),
};

/** Where each screen usually leads: fetched ahead while the person is still on the screen. */
const LIKELY_NEXT: Partial<Record<Screen, readonly Screen[]>> = {
  entry: ['identity', 'relative'],
  identity: ['card', 'waiting'],
  card: ['bank'],
  bank: ['agreement'],
  agreement: ['services', 'waiting'],
  services: ['done'],
  done: ['pay', 'accounts', 'applications'],
  applications: ['apply-treatment', 'apply-family'],
  consent: ['identity', 'pension-check'],
  waiting: ['bank', 'done'],
  relative: ['done'],
};

const loading = new Map<Screen, Promise<unknown>>();

/** Loads a screen's code once; a failed load (offline, no cache yet) is tried again next time. */
export function loadScreen(screen: Screen): Promise<unknown> {
  let pending = loading.get(screen);
  if (!pending) {
    pending = (screen === 'entry' ? Promise.resolve() : withLaterWords(SCREEN_MODULES[screen])).catch((error: unknown) => {
      loading.delete(screen);
      throw error;
    });
    loading.set(screen, pending);
  }
  return pending;
}

/** Fetches the screens that usually follow `screen`, without waiting or complaining. */
export function prefetchNext(screen: Screen): void {
  for (const next of LIKELY_NEXT[screen] ?? []) loadScreen(next).catch(() => undefined);
}

export function loadManual(): Promise<unknown> {
  return withLaterWords(() => import('./ssc-manual.js'));
}
