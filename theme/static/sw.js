// The service worker: keeps the site's pages and assets so it works offline after the first visit.
// sw-manifest.js, written by the build, sets SITE_VERSION (a hash of every built file) and SITE_FILES.
// A new deploy changes the manifest, so the browser installs this worker again into a new cache; the new
// worker takes over once no open tab uses the old one, and then deletes the old cache.
importScripts('sw-manifest.js');

const CACHE = 'hamstringback-' + self.SITE_VERSION;
const ASSETS = new URL('assets/', self.registration.scope).href;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(self.SITE_FILES.map(f => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k.startsWith('hamstringback-') && k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// Fingerprinted assets never change: cache first. Pages and scripts: network first, so a new deploy shows
// at once, and the cached copy when offline.
self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  // `preview`'s live-reload stream and script (/__preview/…) never exist online and must not be cached.
  if (request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/__preview/')) return;
  event.respondWith(request.url.startsWith(ASSETS) ? cacheFirst(request) : networkFirst(request, event));
});

async function cacheFirst(request) {
  return (await caches.match(request)) ?? fetch(request);
}

async function networkFirst(request, event) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(cache => cache.put(request, copy)));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
