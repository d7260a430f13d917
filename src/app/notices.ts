// Notices the shell shows above every screen that come from outside the flow: a draft that could
// not be brought back after an update or a day away.
let discarded: 'expired' | 'unreadable' | null = null;

export function setDiscardedDraft(reason: 'expired' | 'unreadable'): void {
  discarded = reason;
}

export function discardedDraft(): 'expired' | 'unreadable' | null {
  return discarded;
}

export function dismissDiscardedDraft(): void {
  discarded = null;
}
