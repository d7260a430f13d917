import './ui/styles.css';
import { installAnnouncer } from './modes/announcer.js';
import { initSettings } from './modes/settings.js';
import { openSession } from './api/client.js';
import { dispatch } from './flow/store.js';
import { SCREEN_PATHS } from './flow/state.js';
import { startRouter } from './app/router.js';
import { registerServiceWorker } from './offline/register-sw.js';
import { keepDrafts, loadDraft } from './offline/drafts.js';
import { setDiscardedDraft } from './app/notices.js';
import './app/ssc-app.js';

// Live regions exist before anything can be announced; the language is loaded and the session
// resumed before the shell renders, so nobody sees a flash of the wrong language or step.
installAnnouncer();
await initSettings();
// A relative's consent link (/consent/<token>) opens the consent screen, whatever else.
if (location.pathname === SCREEN_PATHS.consent || location.pathname.startsWith(`${SCREEN_PATHS.consent}/`)) dispatch({ type: 'open-consent' });
// What the person typed before a reload, a closed tab or an update comes back first; the service
// then says how far they really are. An unreadable or day-old draft is dropped, and they are told.
const restored = await loadDraft().catch(() => null);
if (restored && 'draft' in restored) dispatch({ type: 'restore', screen: restored.draft.screen, actor: restored.draft.actor, answers: restored.draft.answers });
if (restored && 'discarded' in restored) setDiscardedDraft(restored.discarded);
keepDrafts();
// Resume where the service says the person is; if it is slow to answer, show the start rather
// than a blank page, and move on when the answer comes. Offline it fails at once: start at the
// beginning, and requests open a session later.
const resumed = openSession().then(
  (session) => dispatch({ type: 'resume', progress: session.progress }),
  () => undefined,
);
await Promise.race([resumed, new Promise((resolve) => setTimeout(resolve, 2000))]);
startRouter();
document.body.prepend(document.createElement('ssc-app'));
registerServiceWorker();
