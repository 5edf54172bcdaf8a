// The outbox: every write lands on the phone first (IndexedDB) with a client id, then goes to /v1/sync/push
// under an Idempotency-Key, retried with backoff until the server answers. A batch is stored before it is sent
// and resent byte for byte with the same key, so a response lost after the server stored it is replayed,
// never applied twice. Conflicts are kept with both versions until the person chooses.
import { api } from "./api.js";
import { Offline } from "./errors.js";
import * as store from "./store.js";

export const changes = new EventTarget();
const PLURAL = { meal: "meals", symptom: "symptoms", massage: "massage" };
const MAX_BATCH = 500;
const MAX_DELAY_MS = 60000;
let zone = "UTC";
let flushing = null;
let retryTimer = null;
let attempt = 0;

export function configure({ timezone }) { zone = timezone || "UTC"; }

export function localDay(instant) {
  return new Date(instant).toLocaleDateString("en-CA", { timeZone: zone });
}

function dayOf(type, id, data) {
  if (type === "symptom") return id;
  return data ? localDay(type === "meal" ? data.eaten_at : data.performed_at) : null;
}

function emit(kind) { changes.dispatchEvent(new Event(kind)); }

// Store a create, replace or delete on the phone and queue it; the returned record is what screens show.
export async function write(type, id, fields, { deleted = false, baseVersion } = {}) {
  const key = store.keyOf(type, id);
  const local = await store.atomically(["records", "outbox"], async (t) => {
    const [record, queued] = await Promise.all([t.get("records", key), t.get("outbox", key)]);
    const stored = queue(type, id, fields, { deleted, baseVersion, record, queued });
    t.put("outbox", stored.entry);
    t.put("records", stored.local);
    return stored.local;
  });
  emit("change");
  flush();
  return local;
}

function queue(type, id, fields, { deleted, baseVersion, record, queued }) {
  const key = store.keyOf(type, id);
  const base = baseVersion !== undefined ? baseVersion : queued ? queued.base_version : record ? record.version : null;
  const entry = { key, type, id, rev: (queued ? queued.rev : 0) + 1, base_version: base, fields, deleted,
                  queued_at: new Date().toISOString() };
  const previous = record && record.data ? record.data : {};
  const keepsFlags = type === "meal" && previous.description === fields.description
    && JSON.stringify(previous.ingredients || []) === JSON.stringify(fields.ingredients || []);
  const data = { ...previous, ...fields, id: type === "symptom" ? undefined : id,
                 flags: keepsFlags ? previous.flags : [], local_only: !keepsFlags && type === "meal" };
  const local = { key, type, id, version: record ? record.version : null, data, deleted, pending: "outbox",
                  day: dayOf(type, id, data) };
  return { entry, local };
}

export async function unsyncedCount() {
  const [queued, conflicts] = await Promise.all([store.count("outbox"), store.count("conflicts")]);
  return queued + conflicts;
}

function scheduleRetry() {
  clearTimeout(retryTimer);
  const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempt) * (0.75 + Math.random() / 2);
  attempt += 1;
  retryTimer = setTimeout(flush, delay);
}

// A write made while a round is under way (say, during its pull) gets a round of its own right after.
let again = false;
export function flush() {
  if (flushing) { again = true; return flushing; }
  flushing = sendAll().finally(() => {
    flushing = null;
    if (again) { again = false; flush(); }
  });
  return flushing;
}

async function sendAll() {
  clearTimeout(retryTimer);
  try {
    for (;;) {
      let batch = await store.meta("inflight");
      if (!batch) {
        const entries = (await store.all("outbox")).slice(0, MAX_BATCH);
        if (!entries.length) break;
        batch = { key: crypto.randomUUID(), body: { meals: [], symptoms: [], massage: [] }, revs: {} };
        for (const entry of entries) {
          const item = { ...(entry.type === "symptom" ? { date: entry.id } : { id: entry.id }),
                         ...(entry.deleted ? {} : entry.fields) };
          if (entry.base_version !== null && entry.base_version !== undefined) item.base_version = entry.base_version;
          if (entry.deleted) item.deleted = true;
          batch.body[PLURAL[entry.type]].push(item);
          batch.revs[entry.key] = entry.rev;
        }
        await store.setMeta("inflight", batch);
      }
      emit("status");
      const answer = await api("POST", "/v1/sync/push", { json: batch.body, headers: { "Idempotency-Key": batch.key } });
      await settle(batch, answer.results);
    }
    attempt = 0;
    await pull();
  } catch (error) {
    if (error.status === 422 || error.status === 400 || error.status === 413) {
      // The batch as a whole was refused (it never will be accepted as it is): rebuild it from the outbox.
      await store.remove("meta", "inflight");
    }
    if (error.status !== 401) scheduleRetry();
    if (!(error instanceof Offline) && error.status !== 401) console.warn("sync:", error.message);
  }
  emit("status");
}

async function settle(batch, results) {
  await store.atomically(["outbox", "records", "conflicts", "meta"], async (t) => {
    for (const result of results) {
      const key = store.keyOf(result.type, result.id);
      const [entry, record] = await Promise.all([t.get("outbox", key), t.get("records", key)]);
      if (!entry) continue;
      if (result.status === "conflict" || result.status === "invalid") {
        t.put("conflicts", { key, type: result.type, id: result.id, kind: result.status, reason: result.reason,
                             mine: entry.deleted ? null : entry.fields, theirs: result.current,
                             version: result.version, at: new Date().toISOString() });
        t.remove("outbox", key);
        if (record) t.put("records", { ...record, pending: result.status });
      } else if (entry.rev === batch.revs[key]) {
        t.remove("outbox", key);
        // A tombstone keeps its version, so an undo can bring the item back against it.
        if (record) t.put("records", { ...record, version: result.version, pending: null,
                                       deleted: Boolean(result.deleted || entry.deleted) });
      } else {
        // Edited again while this batch was on its way: the newer edit goes next, against the new version.
        t.put("outbox", { ...entry, base_version: result.version });
        if (record) t.put("records", { ...record, version: result.version });
      }
    }
    t.remove("meta", "inflight");
  });
  emit("change");
}

export async function pull() {
  let cursor = (await store.meta("cursor")) || "";
  for (;;) {
    const page = await api("GET", `/v1/sync/pull?limit=500&cursor=${encodeURIComponent(cursor)}`);
    await store.atomically(["outbox", "records", "conflicts", "meta"], async (t) => {
      for (const change of page.changes) {
        const key = store.keyOf(change.type, change.id);
        const [queued, conflict, known] = await Promise.all([t.get("outbox", key), t.get("conflicts", key),
                                                             t.get("records", key)]);
        if (queued || conflict) continue;  // the phone's own edit waits to be pushed (or chosen) first
        t.put("records", { key, type: change.type, id: change.id, version: change.version,
                           data: change.deleted ? (known ? known.data : null) : change.data, deleted: change.deleted,
                           pending: null, day: change.deleted ? (known ? known.day : null)
                             : dayOf(change.type, change.id, change.data) });
      }
      t.put("meta", { name: "cursor", value: page.next_cursor });
    });
    cursor = page.next_cursor;
    if (!page.has_more) break;
  }
  emit("change");
}

// The person chose between the phone's version and the server's.
export async function resolve(conflict, choice) {
  await store.atomically(["outbox", "records", "conflicts"], async (t) => {
    const record = await t.get("records", conflict.key);
    t.remove("conflicts", conflict.key);
    if (choice === "mine") {
      const { entry, local } = queue(conflict.type, conflict.id, conflict.mine || {}, {
        deleted: conflict.mine === null, baseVersion: conflict.version, record, queued: null });
      t.put("outbox", entry);
      t.put("records", local);
    } else if (conflict.theirs) {
      t.put("records", { key: conflict.key, type: conflict.type, id: conflict.id, version: conflict.version,
                         data: conflict.theirs, deleted: false, pending: null,
                         day: dayOf(conflict.type, conflict.id, conflict.theirs) });
    } else if (record) {
      t.put("records", { ...record, version: conflict.version, deleted: true, pending: null });
    }
  });
  emit("change");
  flush();
}

// A record the server changed outside the outbox (flag overrides): keep the phone's copy current.
export async function remember(type, data) {
  const id = type === "symptom" ? data.date : data.id;
  await store.put("records", { key: store.keyOf(type, id), type, id, version: data.version, data, deleted: false,
                               pending: null, day: dayOf(type, id, data) });
  emit("change");
}

window.addEventListener("online", () => { attempt = 0; flush(); });
