// Registers the service worker and tells the page when a new version is waiting. Under Trusted
// Types (our CSP) a worker URL must come from a policy; this one admits only our own worker.
// Updates wait for the person (registerType "prompt"): the draft is saved first, then the new
// version takes over and the page reloads to the same step with the same answers.
import type { Workbox } from 'workbox-window';
import { saveDraft } from './drafts.js';

const WORKER_URL = '/sw.js';
/** A tab left open still hears of a new version: the page asks now and then, and on coming back. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
}

let workbox: Workbox | undefined;
let updateWaiting = false;
const updateListeners = new Set<() => void>();

export function isUpdateWaiting(): boolean {
  return updateWaiting;
}

export function onUpdateWaiting(listener: () => void): () => void {
  updateListeners.add(listener);
  return () => updateListeners.delete(listener);
}

/** Asks the server whether there is a new version (also what the periodic check does). */
export async function checkForUpdate(): Promise<void> {
  await workbox?.update();
}

/** The person agreed: keep their answers, let the new version take over, reload into it. */
export async function applyUpdate(): Promise<void> {
  await saveDraft();
  workbox?.addEventListener('controlling', () => location.reload());
  workbox?.messageSkipWaiting();
}

/** Registers after the first screen is up: workbox-window is fetched then, not before. */
export async function registerServiceWorker(): Promise<Workbox | undefined> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return undefined;
  // The import fails when the page is left while it loads, or on a flaky network: the worker
  // registered on an earlier visit keeps serving, and the next page load registers again.
  const loaded = await import('workbox-window').catch(() => undefined);
  if (!loaded) return undefined;
  const { Workbox } = loaded;
  const policy = (window as TrustedTypesWindow).trustedTypes?.createPolicy('ssc-sw', {
    createScriptURL(url) {
      if (url !== WORKER_URL) throw new TypeError(`Not our service worker: ${url}`);
      return url;
    },
  });
  // Workbox accepts a TrustedScriptURL where the browser has Trusted Types.
  workbox = new Workbox((policy?.createScriptURL(WORKER_URL) ?? WORKER_URL) as string, { scope: '/' });
  workbox.addEventListener('waiting', () => {
    updateWaiting = true;
    updateListeners.forEach((listener) => listener());
  });
  void workbox.register();
  window.setInterval(() => void checkForUpdate(), UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });
  return workbox;
}
