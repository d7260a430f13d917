// Registers the service worker. Under Trusted Types (our CSP) a worker URL must come from a
// policy; this one admits only our own worker's address.
import { Workbox } from 'workbox-window';

const WORKER_URL = '/sw.js';

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
}

export function registerServiceWorker(): Workbox | undefined {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return undefined;
  const policy = (window as TrustedTypesWindow).trustedTypes?.createPolicy('ssc-sw', {
    createScriptURL(url) {
      if (url !== WORKER_URL) throw new TypeError(`Not our service worker: ${url}`);
      return url;
    },
  });
  // Workbox accepts a TrustedScriptURL where the browser has Trusted Types.
  const workbox = new Workbox((policy?.createScriptURL(WORKER_URL) ?? WORKER_URL) as string, { scope: '/' });
  void workbox.register();
  return workbox;
}
