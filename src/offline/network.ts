// Whether the app can reach its service; one listener list for the shell and the steps, so
// "offline" is said once and requests wait for the network instead of failing.
//
// The browser's navigator.onLine only knows whether the device has a network at all. A phone on
// Wi-Fi without internet, or in a lift, says online while every request fails. So a request that
// gets no answer at all asks the service's health address once; if that fails too, the app counts
// as offline ("cannot reach the service") until the service answers again. The page cannot tell a
// lost network from a service that is down, and the words say so.
const listeners = new Set<(online: boolean) => void>();

/** How often, while the service cannot be reached, the app asks whether it can again. */
export const REACH_PROBE_MS = 3000;

let unreachable = false;
let probeTimer: number | undefined;

export type OfflineReason = 'no-network' | 'unreachable';

/** Why the app is offline now, or null when it is not. */
export function offlineReason(): OfflineReason | null {
  if (!navigator.onLine) return 'no-network';
  return unreachable ? 'unreachable' : null;
}

export function isOnline(): boolean {
  return offlineReason() === null;
}

export function onNetworkChange(listener: (online: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(online: boolean): void {
  listeners.forEach((listener) => listener(online));
}

window.addEventListener('online', () => {
  if (!unreachable) tell(true);
  else void probe();
});
window.addEventListener('offline', () => tell(false));

async function serviceAnswers(): Promise<boolean> {
  try {
    return (await fetch('/api/health', { cache: 'no-store', credentials: 'same-origin' })).ok;
  } catch {
    return false;
  }
}

async function probe(): Promise<void> {
  if (!(await serviceAnswers())) return;
  window.clearInterval(probeTimer);
  probeTimer = undefined;
  unreachable = false;
  if (navigator.onLine) tell(true);
}

/**
 * A request got no answer at all (not even an error page): if the service's health address does
 * not answer either, the app is offline until it does.
 */
export async function requestGotNoAnswer(): Promise<void> {
  if (unreachable || !navigator.onLine) return;
  if (await serviceAnswers()) return;
  if (unreachable) return;
  unreachable = true;
  tell(false);
  probeTimer = window.setInterval(() => void probe(), REACH_PROBE_MS);
}

/** Resolves when the network is back (at once if it is there). */
export function waitForNetwork(): Promise<void> {
  if (isOnline()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = onNetworkChange((online) => {
      if (!online) return;
      stop();
      resolve();
    });
  });
}
