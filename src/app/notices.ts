// Notices the shell shows above every screen that come from outside the flow: a draft that could
// not be brought back after an update or a day away.
let discarded: 'expired' | 'unreadable' | null = null;
const listeners = new Set<(reason: 'expired' | 'unreadable') => void>();

/** Usually known before the shell renders; a draft found after the first screen is told then. */
export function setDiscardedDraft(reason: 'expired' | 'unreadable'): void {
  discarded = reason;
  for (const listener of listeners) listener(reason);
}

export function onDiscardedDraft(listener: (reason: 'expired' | 'unreadable') => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function discardedDraft(): 'expired' | 'unreadable' | null {
  return discarded;
}

export function dismissDiscardedDraft(): void {
  discarded = null;
}
