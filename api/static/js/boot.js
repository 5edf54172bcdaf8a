// Runs before the modules (a classic script in the page's head): it starts opening the signed-in account's
// IndexedDB, a slow step on a busy phone, so that it overlaps fetching and compiling the modules instead of
// following them. The database's layout is stated here, once; store.js opens every database through this.
"use strict";
(() => {
  const VERSION = 1;
  const opening = new Map();

  function openAccountDatabase(userId) {
    const name = `diet-tracker-${userId}`;
    if (!opening.has(name)) {
      opening.set(name, new Promise((resolve, reject) => {
        const request = indexedDB.open(name, VERSION);
        request.onupgradeneeded = () => {
          const db = request.result;
          const records = db.createObjectStore("records", { keyPath: "key" });
          records.createIndex("day", ["type", "day"]);
          records.createIndex("type", "type");
          db.createObjectStore("outbox", { keyPath: "key" });
          db.createObjectStore("conflicts", { keyPath: "key" });
          db.createObjectStore("meta", { keyPath: "name" });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => { opening.delete(name); reject(request.error); };
      }));
    }
    return opening.get(name);
  }

  self.accountDatabase = { open: openAccountDatabase, forget: (name) => opening.delete(name) };
  const user = localStorage.getItem("user");
  if (user && user !== "pending" && localStorage.getItem("token") && self.indexedDB) {
    // The first read of a database costs most (the browser loads its files): done now, the start-up's reads
    // of the settings and the day's records find it ready.
    openAccountDatabase(user).then((db) => { db.transaction(["meta", "records"]).objectStore("meta").get("me"); })
      .catch(() => {});
  }
})();
