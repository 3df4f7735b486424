// The workbench's service worker: caches every workbench file on the first visit, so the tools keep working offline.
// The build bundles this file with the list of files (PRECACHE, relative to this worker) and a version that changes
// with them; a new version replaces the old cache. Every request goes to the network first and refreshes the cache, and
// the cache answers only when the network fails: a rebuilt site never mixes old scripts (some names carry no hash, such
// as tools/ocop.js) with new pages.
/// <reference lib="webworker" />

declare const PRECACHE: readonly string[];
declare const VERSION: string;
declare const self: ServiceWorkerGlobalScope;

const CACHE = `ntm-workbench-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, self.location.href).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('ntm-workbench-') && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(request));
});
