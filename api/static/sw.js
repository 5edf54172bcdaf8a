// diet-tracker's service worker: the app shell from a versioned cache, so the app opens with no network.
// The API (/v1/...) is never cached here: the app keeps its data in IndexedDB and syncs it itself.
"use strict";

const VERSION = "__VERSION__";
const SHELL = ["__SHELL__"];
const CACHE = `shell-${VERSION}`;

self.addEventListener("install", (event) => {
  // Where the browser has static routing (Chromium 123+), requests skip this worker's JavaScript: the API
  // goes straight to the network and the shell's files straight to this version's cache. Otherwise each one
  // waits for the worker's fetch event, a round trip that costs most on a busy phone.
  if (event.addRoutes && typeof URLPattern === "function") {
    const shell = SHELL.map((path) => ({ condition: { urlPattern: new URLPattern({ pathname: path }) },
                                         source: { cacheName: CACHE } }));
    event.waitUntil(event.addRoutes([{ condition: { urlPattern: new URLPattern({ pathname: "/v1/*" }) },
                                       source: "network" }, ...shell]).catch(() => {}));
  }
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith("shell-") && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// The page asks a waiting worker to take over once the person chose "Reload" on the new-version notice.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  if (event.data === "version" && event.source) event.source.postMessage({ version: VERSION });
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!SHELL.includes(url.pathname)) return;
  event.respondWith(caches.match(url.pathname, { cacheName: CACHE }).then((hit) => hit || fetch(event.request)));
});
