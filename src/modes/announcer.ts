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

let pending: number | undefined;

/**
 * Says `message` once. The region is emptied first and filled on the next frame so that the
 * same sentence twice in a row is still spoken.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const target = region(politeness);
  const other = region(politeness === 'polite' ? 'assertive' : 'polite');
  if (pending !== undefined) clearTimeout(pending);
  target.textContent = '';
  other.textContent = '';
  pending = window.setTimeout(() => {
    target.textContent = message;
    pending = undefined;
  }, 50);
}

/** The text each region holds now (for tests and for the dev panel). */
export function announcedText(politeness: Politeness): string {
  return region(politeness).textContent ?? '';
}
