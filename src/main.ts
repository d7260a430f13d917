import './ui/styles.css';
import { installAnnouncer } from './modes/announcer.js';
import { initSettings } from './modes/settings.js';
import { wantLaterWords, withLaterWords } from './modes/locale.js';
import { openSession } from './api/client.js';
import type { SessionResponse } from './api/contract.js';
import { dispatch, getFlowState } from './flow/store.js';
import { isCardScreen, SCREEN_PATHS } from './flow/state.js';
import { screenFromPath, startRouter } from './app/router.js';
import { registerServiceWorker } from './offline/register-sw.js';
import { hasDraftStore, keepDrafts, loadDraft, mayHaveDraftStore, type DraftLoad } from './offline/drafts.js';
import { setDiscardedDraft } from './app/notices.js';
import { loadScreen } from './app/screens.js';
import './app/ssc-app.js';

// No top-level await: modules loaded during start-up (a language, the contract) import from this
// chunk, and would wait forever for a module that is itself waiting for them.
void start();

async function start(): Promise<void> {
  // Live regions exist before anything can be announced; the language is loaded and the session
  // resumed before the shell renders, so nobody sees a flash of the wrong language or step.
  installAnnouncer();
  // A relative's consent link (/consent/<token>) opens the consent screen, whatever else.
  const consentLink = location.pathname === SCREEN_PATHS.consent || location.pathname.startsWith(`${SCREEN_PATHS.consent}/`);
  // A browser that never kept a draft here is on its first visit: there is nothing to resume, so
  // the start is shown first and the service asked once it is up (the start needs no service;
  // the first request of a later step opens a session if this has not). Anyone else's session is
  // asked at once, while the language and the draft load. A marker in local storage tells them
  // apart at once; IndexedDB is asked only after the first screen, in case the marker was lost.
  const firstVisit = !consentLink && !mayHaveDraftStore();
  // Asked now, answered after the first screen: whether a store exists that no marker announced.
  const unmarkedStore = firstVisit ? hasDraftStore() : Promise.resolve(false);
  const session = firstVisit ? null : openSession();
  session?.catch(() => undefined);
  // A returning visitor is likely to resume a later step: all of their language's words load at
  // once. A first visit fetches only the first screen's (src/modes/locale.ts).
  if (!firstVisit) wantLaterWords();
  const settings = initSettings();
  // What the person typed before a reload, a closed tab or an update comes back first; the service
  // then says how far they really are. An unreadable or day-old draft is dropped, and they are told.
  // The restored step's code is fetched as soon as the draft names it, alongside the language and
  // the service's answer, not after them.
  const draft = firstVisit ? Promise.resolve(null) : loadDraft().catch(() => null);
  if (consentLink) loadScreen('consent').catch(() => undefined);
  else void draft.then((restored) => restored && 'draft' in restored && loadScreen(restored.draft.screen).catch(() => undefined));
  await settings;
  if (consentLink) dispatch({ type: 'open-consent' });
  restoreDraft(await draft);
  keepDrafts();
  // Resume where the service says the person is; if it is slow to answer, show the start rather
  // than a blank page, and move on when the answer comes. Offline it fails at once: start at the
  // beginning, and requests open a session later.
  const resume = (answer: SessionResponse) => dispatch({ type: 'resume', progress: answer.progress });
  if (session) await Promise.race([session.then(resume, () => undefined), new Promise((resolve) => setTimeout(resolve, 2000))]);
  // A reload on what the card unlocks (the payment code, the accounts) stays there once the
  // service says the card is bound; the flow refuses it otherwise.
  const wanted = screenFromPath(location.pathname);
  if (wanted && isCardScreen(wanted)) dispatch({ type: 'open', screen: wanted });
  startRouter();
  // A reload mid-flow shows that step at once, not an empty page while its code arrives.
  await loadScreen(getFlowState().screen).catch(() => undefined);
  document.body.prepend(document.createElement('ssc-app'));
  // What the first screen does not need waits until the page has loaded and the browser is idle:
  // the session warning comes minutes later, and the service worker caches for the next visit.
  afterFirstScreen(() => {
    if (firstVisit) void draftWithoutMarker(unmarkedStore).then(() => openSession().then(resume, () => undefined));
    withLaterWords(() => import('./app/ssc-session-timeout.js')).catch(() => undefined);
    void registerServiceWorker();
  });
}

function restoreDraft(restored: DraftLoad): void {
  if (restored && 'draft' in restored) dispatch({ type: 'restore', screen: restored.draft.screen, actor: restored.draft.actor, answers: restored.draft.answers });
  if (restored && 'discarded' in restored) setDiscardedDraft(restored.discarded);
}

/**
 * A draft kept before the marker existed (an earlier version) or whose marker was cleared: found
 * after the first screen, and brought back then, so nothing typed is lost.
 */
async function draftWithoutMarker(unmarkedStore: Promise<boolean>): Promise<void> {
  if (!(await unmarkedStore.catch(() => false))) return;
  const restored = await loadDraft().catch(() => null);
  if (restored && 'draft' in restored) await loadScreen(restored.draft.screen).catch(() => undefined);
  // Only onto an untouched start: what the person has begun since is newer than the draft.
  const now = getFlowState();
  if (now.screen === 'entry' && now.actor === null) restoreDraft(restored);
}

function afterFirstScreen(work: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
