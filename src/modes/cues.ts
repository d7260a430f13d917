// One vocabulary for what the app tells a person, so a single event gives the right signal in
// every mode: the announcer for screen readers, the voice in care mode, vibration on phones.
import { announce } from './announcer.js';
import { getSettings } from './settings.js';
import { speak } from './speech.js';
import { vibrate } from './vibration.js';
import { readMasked } from '../ui/masked.js';

export type Cue = 'step' | 'error' | 'waiting' | 'success';

/**
 * Tells the person `text` as a `cue`: errors assertively, everything else politely. `announce:
 * false` when the text already reaches screen readers another way (a dialog that takes focus
 * reads itself), so it is not heard twice.
 */
export function cue(kind: Cue, shown: string, options: { announce?: boolean } = {}): void {
  // A masked number is said as the digits it shows (138****0001 → "number ending 0001"), never as a number.
  const text = readMasked(shown);
  if (options.announce !== false) announce(text, kind === 'error' ? 'assertive' : 'polite');
  const settings = getSettings();
  if (settings.voice) speak(text, settings.locale, settings.speechRate);
  if (settings.vibration) vibrate(kind);
}
