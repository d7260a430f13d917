// Whether the device has a network, as the browser knows it; one listener list for the shell and
// the steps, so "offline" is said once and requests wait for the network instead of failing.
const listeners = new Set<(online: boolean) => void>();

export function isOnline(): boolean {
  return navigator.onLine;
}

export function onNetworkChange(listener: (online: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

window.addEventListener('online', () => listeners.forEach((listener) => listener(true)));
window.addEventListener('offline', () => listeners.forEach((listener) => listener(false)));

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
