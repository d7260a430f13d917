/// <reference lib="webworker" />
// The service worker: the app shell, every language and the manual are precached, so every app
// address opens without a network. Answers from the service are never cached.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any page address (a step, the manual) gets the precached shell, which routes itself; the
// counter's check page (/counter/verify) is the service's own, never the app.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//, /^\/counter\//] }));

// A new version waits until the person agrees to it (registerType "prompt"): the page says when.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
