// One announcer for status messages (WCAG 4.1.3): two live regions in the document itself,
// never inside a shadow root, created before the first message so screen readers watch them.
export type Politeness = 'polite' | 'assertive';

const REGION_IDS: Record<Politeness, string> = {
  polite: 'ssc-announcer-polite',
  assertive: 'ssc-announcer-assertive',
};

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

const pending: Record<Politeness, { timer: number | undefined; messages: string[] }> = {
  polite: { timer: undefined, messages: [] },
  assertive: { timer: undefined, messages: [] },
};

/**
 * Says `message` once. The region is emptied first and filled a moment later so that the same
 * sentence twice in a row is still spoken. Messages that arrive in that moment are said together
 * in order, so a quick answer never swallows the "checking…" before it.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const target = region(politeness);
  const otherPoliteness: Politeness = politeness === 'polite' ? 'assertive' : 'polite';
  // An older message left in the other region would be found again by a virtual cursor.
  if (pending[otherPoliteness].timer === undefined) region(otherPoliteness).textContent = '';
  const queue = pending[politeness];
  queue.messages.push(message);
  if (queue.timer !== undefined) return;
  target.textContent = '';
  queue.timer = window.setTimeout(() => {
    target.textContent = queue.messages.join(' ');
    queue.messages = [];
    queue.timer = undefined;
  }, 50);
}

/** The text each region holds now (for tests and for the dev panel). */
export function announcedText(politeness: Politeness): string {
  return region(politeness).textContent ?? '';
}
