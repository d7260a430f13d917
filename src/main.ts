import './ui/styles.css';
import { installAnnouncer } from './modes/announcer.js';
import { initSettings } from './modes/settings.js';
import './app/ssc-app.js';

// Live regions exist before anything can be announced; the language is loaded before the
// shell renders, so nobody sees a flash of the wrong language.
installAnnouncer();
await initSettings();
document.body.prepend(document.createElement('ssc-app'));
