// IndexedDB, one database per account: the person's records (filled by /v1/sync/pull and by local writes),
// the outbox of writes not yet acknowledged, the conflicts waiting for a choice, and small settings (meta).
// boot.js opens the database (and holds its layout), already while the modules load.

let database = null;

export const keyOf = (type, id) => `${type}:${id}`;

let owner = null;

export async function open(userId) {
  if (database && database.name === `diet-tracker-${userId}`) return;
  database = await self.accountDatabase.open(userId);
  owner = userId;
}

export async function drop() {
  if (!database) return;
  const name = database.name;
  self.accountDatabase.forget(name);
  localStorage.removeItem(settingsKey(owner));
  database.close();
  database = null;
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

function run(stores, mode, work) {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(stores, mode);
    let result;
    const pending = work(transaction);
    if (pending) pending.onsuccess = () => { result = pending.result; };
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export const get = (store, key) => run([store], "readonly", (t) => t.objectStore(store).get(key));
export const all = (store) => run([store], "readonly", (t) => t.objectStore(store).getAll());
export const count = (store) => run([store], "readonly", (t) => t.objectStore(store).count());
export const put = (store, value) => run([store], "readwrite", (t) => t.objectStore(store).put(value));
export const remove = (store, key) => run([store], "readwrite", (t) => t.objectStore(store).delete(key));
export const ofType = (type) => run(["records"], "readonly", (t) => t.objectStore("records").index("type").getAll(type));
export const ofDay = (type, day) => run(["records"], "readonly",
  (t) => t.objectStore("records").index("day").getAll([type, day]));

const settled = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

// Read and write in one transaction, so a local edit and a sync answer about the same item never interleave
// (IndexedDB runs read-write transactions over the same stores one after another). `work` may await only
// the reads it is given, nothing else, or the transaction closes under it.
export function atomically(stores, work) {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(stores, "readwrite");
    const ops = {
      get: (store, key) => settled(transaction.objectStore(store).get(key)),
      put: (store, value) => { transaction.objectStore(store).put(value); },
      remove: (store, key) => { transaction.objectStore(store).delete(key); },
    };
    let result;
    Promise.resolve().then(() => work(ops)).then((value) => { result = value; },
                                                 (error) => { transaction.abort(); reject(error); });
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export async function meta(name) { const row = await get("meta", name); return row ? row.value : undefined; }

// The settings every start needs (the profile, the symptom scales, the massage techniques) are kept in
// localStorage, not here: read synchronously, they spare the first screen a round trip to the browser's
// storage, which on a busy phone took longer than drawing Today. drop() removes them with the database.
const settingsKey = (userId) => `settings-${userId}`;

export function settings(userId) {
  try { return JSON.parse(localStorage.getItem(settingsKey(userId))) || {}; } catch { return {}; }
}

export function setSettings(userId, values) {
  localStorage.setItem(settingsKey(userId), JSON.stringify({ ...settings(userId), ...values }));
}
export const setMeta = (name, value) => put("meta", { name, value });
