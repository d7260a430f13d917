import './ui/styles.css';
import { installAnnouncer } from './modes/announcer.js';
import { initSettings } from './modes/settings.js';
import { openSession } from './api/client.js';
import { dispatch } from './flow/store.js';
import { startRouter } from './app/router.js';
import { registerServiceWorker } from './offline/register-sw.js';
import './app/ssc-app.js';

// Live regions exist before anything can be announced; the language is loaded and the session
// resumed before the shell renders, so nobody sees a flash of the wrong language or step.
installAnnouncer();
await initSettings();
try {
  const session = await openSession();
  dispatch({ type: 'resume', progress: session.progress });
} catch {
  // No service yet (offline, or it is restarting): start at the beginning; requests retry later.
}
startRouter();
document.body.prepend(document.createElement('ssc-app'));
registerServiceWorker();
