// Vibration cues: a distinct pattern for each cue, silent where the device cannot vibrate.
import type { Cue } from './cues.js';

/** Patterns in ms (on, off, on…): short for a step, long-short-long for an error, a tick while waiting, two for success. */
export const VIBRATION_PATTERNS: Record<Cue, number[]> = {
  step: [60],
  error: [200, 100, 200],
  waiting: [30],
  success: [80, 60, 80],
};

/**
 * Browsers refuse to vibrate before the person has touched the page (and log it); a cue then,
 * such as a reload resuming at a later step, is silently skipped.
 */
export function vibrate(kind: Cue): void {
  if (!('vibrate' in navigator)) return;
  if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
  navigator.vibrate(VIBRATION_PATTERNS[kind]);
}
