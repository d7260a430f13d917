// Each screen's code loads when the screen is first needed, so a phone on a weak network
// downloads the first screen only (issue 9's 35 KB budget). The shell renders the screen's tag at
// once; the browser upgrades it in place when its module arrives. A screen the person is likely to
// reach next is fetched while they work on the current one, so moving on does not wait for it.
import type { Screen } from '../flow/state.js';
import { withLaterWords } from '../modes/locale.js';
// The first screen most people see comes with the shell itself.
import '../features/binding/ssc-entry-step.js';

const SCREEN_MODULES: Record<Screen, () => Promise<unknown>> = {
  entry: () => Promise.resolve(),
  identity: () => import('../features/binding/ssc-identity-step.js'),
  card: () => import('../features/binding/ssc-card-step.js'),
  bank: () => import('../features/binding/ssc-bank-step.js'),
  agreement: () => import('../features/binding/ssc-agreement-step.js'),
  services: () => import('../features/binding/ssc-services-step.js'),
  done: () => import('../features/my-card/ssc-done-screen.js'),
  frozen: () => import('../features/binding/ssc-frozen-screen.js'),
  relative: () => import('../features/family/ssc-relative-screen.js'),
  consent: () => import('../features/family/ssc-consent-screen.js'),
  waiting: () => import('../features/family/ssc-waiting-screen.js'),
  pay: () => import('../features/my-card/ssc-pay-screen.js'),
  accounts: () => import('../features/my-card/ssc-accounts-screen.js'),
  inbox: () => import('../features/my-card/ssc-inbox-screen.js'),
  applications: () => import('../features/applications/ssc-applications-screen.js'),
  'apply-treatment': () => import('../features/applications/ssc-apply-screen.js'),
  'apply-transfer': () => import('../features/applications/ssc-apply-screen.js'),
  'apply-pension': () => import('../features/applications/ssc-pension-check-screen.js'),
  'apply-family': () => import('../features/applications/ssc-ask-pension-screen.js'),
  'pension-check': () => import('../features/applications/ssc-pension-check-screen.js'),
  'lost-card': () => import('../features/lost-card/ssc-lost-card-screen.js'),
  replacement: () => import('../features/lost-card/ssc-replacement-screen.js'),
  activity: () => import('../features/my-card/ssc-activity-screen.js'),
  'pension-estimate': () => import('../features/records/ssc-pension-estimate-screen.js'),
  contributions: () => import('../features/records/ssc-contributions-screen.js'),
  'insurance-proof': () => import('../features/records/ssc-insurance-proof-screen.js'),
  'show-card': () => import('../features/my-card/ssc-show-card-screen.js'),
  'counter-visit': () => import('../features/help/ssc-counter-visit-screen.js'),
  callback: () => import('../features/help/ssc-callback-screen.js'),
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
