// Vibration cues: a distinct pattern for each cue, silent where the device cannot vibrate.
import type { Cue } from './cues.js';

/** Patterns in ms (on, off, on…): short for a step, long-short-long for an error, a tick while waiting, two for success. */
export const VIBRATION_PATTERNS: Record<Cue, number[]> = {
  step: [60],
  error: [200, 100, 200],
  waiting: [30],
  success: [80, 60, 80],
};

export function vibrate(kind: Cue): void {
  if ('vibrate' in navigator) navigator.vibrate(VIBRATION_PATTERNS[kind]);
}
