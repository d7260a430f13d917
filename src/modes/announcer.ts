// One announcer for status messages (WCAG 4.1.3): two live regions in the document itself,
// never inside a shadow root, created before the first message so screen readers watch them.
//
// Every message the app tells a screen reader goes through here, in one queue, because screen
// readers drop polite speech still queued or being spoken when an assertive message arrives, and
// a message filled in later is overtaken by one filled in sooner. So:
// - messages that arrive close together are said as ONE utterance, in the order they came, in
//   one region: assertive when any of them is;
// - an assertive message that comes while an earlier one is probably still being spoken goes to
//   the polite region instead, so the screen reader says it right after, and drops nothing;
// - a message stays in its region a while before the next replaces it: a screen reader reads an
//   atomic region's text when it gets to the change, not when it happens (Orca 43, busy with a new
//   step's page, read the region up to a second late: a step's announcement emptied for the
//   "no camera" message 300 ms later was never said).
export type Politeness = 'polite' | 'assertive';

const REGION_IDS: Record<Politeness, string> = {
  polite: 'ssc-announcer-polite',
  assertive: 'ssc-announcer-assertive',
};

/** Messages within this long of the first are said together. */
const GATHER_MS = 150;
/**
 * A generous guess at how long a screen reader takes per character, so that a message is taken as
 * still being spoken rather than cut off by an error (a guess too long only means the error is
 * said right after it instead of at once, never lost).
 */
const SPEAKING_MS_PER_CHARACTER = 120;
/** How long a message is left in place, at least, before the next one replaces it. */
export const ANNOUNCE_HOLD_MS = 1000;

function region(politeness: Politeness): HTMLElement {
  const existing = document.getElementById(REGION_IDS[politeness]);
  if (existing) return existing;
  const el = document.createElement('div');
  el.id = REGION_IDS[politeness];
  el.className = 'ssc-visually-hidden';
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  document.body.append(el);
  return el;
}

/** Creates both regions; call at start-up, before anything is announced. */
export function installAnnouncer(): void {
  region('polite');
  region('assertive');
}

let gathered: { message: string; politeness: Politeness; replaces?: string }[] = [];
let gatherTimer: number | undefined;
/** Until when the last utterance is probably still being spoken. */
let speakingUntil = 0;
/** When a region was last filled: it is not emptied again before ANNOUNCE_HOLD_MS have passed. */
let filledAt = -Infinity;

function sayGathered(): void {
  const text = gathered.map((item) => item.message).join(' ');
  const urgent = gathered.some((item) => item.politeness === 'assertive');
  gathered = [];
  gatherTimer = undefined;
  const now = performance.now();
  const politeness: Politeness = urgent && now >= speakingUntil ? 'assertive' : 'polite';
  speakingUntil = Math.max(now, speakingUntil) + text.length * SPEAKING_MS_PER_CHARACTER;
  filledAt = now;
  region(politeness).textContent = text;
}

/** Empties both regions, then says what has gathered a moment later. */
function clearThenSay(): void {
  region('polite').textContent = '';
  region('assertive').textContent = '';
  gatherTimer = window.setTimeout(sayGathered, GATHER_MS);
}

/**
 * Says `message` once, in order with every other message; `replaces` names a kind of message of
 * which only the newest not yet said is kept. Both regions are emptied at once and
 * filled a moment later, so the same sentence twice in a row is still a change that is spoken,
 * and an older message is not found again by a virtual cursor.
 */
export function announce(message: string, politeness: Politeness = 'polite', replaces?: string): void {
  if (message === '') return;
  // A newer count of digits typed makes the one not yet said pointless ("3 of 6", then "4 of 6").
  if (replaces !== undefined) gathered = gathered.filter((item) => item.replaces !== replaces);
  gathered.push({ message, politeness, replaces });
  if (gatherTimer !== undefined) return;
  const held = filledAt + ANNOUNCE_HOLD_MS - performance.now();
  if (held > 0) gatherTimer = window.setTimeout(clearThenSay, held);
  else clearThenSay();
}

/** Forgets what is pending and being spoken (for tests that start from silence). */
export function resetAnnouncer(): void {
  window.clearTimeout(gatherTimer);
  gathered = [];
  gatherTimer = undefined;
  speakingUntil = 0;
  filledAt = -Infinity;
  region('polite').textContent = '';
  region('assertive').textContent = '';
}

/** The text each region holds now (for tests and for the dev panel). */
export function announcedText(politeness: Politeness): string {
  return region(politeness).textContent ?? '';
}
