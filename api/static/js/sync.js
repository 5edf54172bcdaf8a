// The outbox: every write lands on the phone first (IndexedDB) with a client id, then goes to /v1/sync/push
// under an Idempotency-Key, retried with backoff until the server answers. A batch is stored before it is sent
// and resent byte for byte with the same key, so a response lost after the server stored it is replayed,
// never applied twice. Conflicts are kept with both versions until the person chooses.
// Writes the push protocol does not carry go through the same outbox, one request each, after the push:
// flag corrections (PUT /v1/meals/{id}/overrides with If-Match, so another device's change is a conflict) and
// personal food words (POST under the entry's own Idempotency-Key, DELETE).
import { api } from "./api.js";
import { Offline } from "./errors.js";
import { localDay, setZone } from "./clock.js";
import * as store from "./store.js";

export const changes = new EventTarget();
const PLURAL = { meal: "meals", symptom: "symptoms", massage: "massage" };
const PUSHED = new Set(Object.keys(PLURAL));
const MAX_BATCH = 500;
const MAX_DELAY_MS = 60000;
let flushing = null;
let retryTimer = null;
let attempt = 0;

export function configure({ timezone }) { setZone(timezone); }

export { localDay };

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
        const entries = (await store.all("outbox")).filter((e) => PUSHED.has(e.type)).slice(0, MAX_BATCH);
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
    for (const entry of await store.all("outbox")) {
      if (entry.type === "overrides") await sendOverrides(entry);
      if (entry.type === "term") await sendTerm(entry);
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
        // Our own new version: a flag correction waiting behind it still corrects what the person saw.
        const correction = result.type === "meal" ? await t.get("outbox", store.keyOf("overrides", result.id)) : null;
        if (correction) t.put("outbox", { ...correction, base_version: result.version });
        // A tombstone keeps its version, so an undo can bring the item back against it.
        if (record) t.put("records", { ...record, version: result.version, pending: correction ? "outbox" : null,
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
        const corrected = store.keyOf("overrides", change.id);
        const [queued, conflict, known, correction, corrConflict] = await Promise.all([
          t.get("outbox", key), t.get("conflicts", key), t.get("records", key),
          change.type === "meal" ? t.get("outbox", corrected) : null,
          change.type === "meal" ? t.get("conflicts", corrected) : null]);
        // The phone's own edit waits to be pushed (or chosen) first.
        if (queued || conflict || correction || corrConflict) continue;
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
    const recordKey = conflict.type === "overrides" ? store.keyOf("meal", conflict.id) : conflict.key;
    const record = await t.get("records", recordKey);
    t.remove("conflicts", conflict.key);
    if (conflict.type === "term") return;  // a refused word: the person read why and let it go
    if (conflict.type === "overrides") {
      const meal = conflict.theirs;
      if (!meal) { if (record) t.put("records", { ...record, deleted: true, pending: null }); return; }
      const mine = choice === "mine";
      if (mine) {
        t.put("outbox", { key: conflict.key, type: "overrides", id: conflict.id, rev: 1, base_version: meal.version,
                          fields: conflict.mine, queued_at: new Date().toISOString() });
      }
      t.put("records", { key: recordKey, type: "meal", id: conflict.id, version: meal.version,
                         data: mine ? withOverrides(meal, conflict.mine) : meal, deleted: false,
                         pending: mine ? "outbox" : null, day: dayOf("meal", conflict.id, meal) });
      return;
    }
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

// ---------------------------------------------------------------- flag corrections

// The person's corrections applied to the checker's answer, as the server computes them (domain/groups.py),
// so a correction made offline shows at once.
export function withOverrides(meal, { dismissed, added }) {
  const engine = meal.engine || { definite: meal.definite || [], possible: meal.possible || [] };
  const definite = [...new Set([...engine.definite.filter((g) => !dismissed.includes(g)), ...added])];
  const possible = engine.possible.filter((g) => !dismissed.includes(g) && !definite.includes(g));
  return { ...meal, overrides: { dismissed, added }, definite, possible, excluded: definite.length > 0 };
}

// Correct a synced meal's flags: on the phone at once, sent against the version the person saw.
export async function correctFlags(mealId, overrides) {
  const recordKey = store.keyOf("meal", mealId);
  const key = store.keyOf("overrides", mealId);
  await store.atomically(["records", "outbox"], async (t) => {
    const [record, queued, edit] = await Promise.all([t.get("records", recordKey), t.get("outbox", key),
                                                      t.get("outbox", recordKey)]);
    t.put("outbox", { key, type: "overrides", id: mealId, rev: (queued ? queued.rev : 0) + 1,
                      base_version: queued ? queued.base_version : edit ? edit.base_version : record.version,
                      fields: overrides, queued_at: new Date().toISOString() });
    t.put("records", { ...record, data: withOverrides(record.data, overrides), pending: "outbox" });
  });
  emit("change");
  flush();
}

const sameOverrides = (a, b) => ["dismissed", "added"].every((k) => [...a[k]].sort().join() === [...b[k]].sort().join());

async function sendOverrides(entry) {
  const recordKey = store.keyOf("meal", entry.id);
  if (await store.get("outbox", recordKey)) return;  // the meal's own edit goes first, in a later push
  const local = await store.get("records", recordKey);
  if (local && local.deleted) {
    // The person deleted the meal on this phone after correcting it: the correction has nothing left to say.
    await store.atomically(["outbox"], async (t) => { t.remove("outbox", entry.key); });
    return;
  }
  let meal = null;
  let conflict = null;
  try {
    meal = await api("PUT", `/v1/meals/${entry.id}/overrides`,
                     { json: entry.fields, headers: { "If-Match": `"${entry.base_version}"` } });
  } catch (error) {
    if (error.status === 412) {
      // Changed meanwhile: by another device, or by this very correction whose answer was lost on the way.
      const current = await api("GET", `/v1/meals/${entry.id}`);
      if (sameOverrides(current.overrides, entry.fields)) meal = current;
      else conflict = { kind: "conflict", theirs: current, version: current.version };
    } else if (error.status === 404) {
      conflict = { kind: "conflict", theirs: null, version: null };
    } else if (error.status === 422) {
      conflict = { kind: "invalid", theirs: null, reason: error.message, version: null };
    } else throw error;
  }
  await store.atomically(["outbox", "records", "conflicts"], async (t) => {
    const [now, record] = await Promise.all([t.get("outbox", entry.key), t.get("records", recordKey)]);
    if (conflict) {
      t.remove("outbox", entry.key);
      t.put("conflicts", { key: entry.key, type: "overrides", id: entry.id, mine: entry.fields,
                           meal: record ? record.data : null, at: new Date().toISOString(), ...conflict });
      if (record) t.put("records", { ...record, pending: conflict.kind });
      return;
    }
    const newer = now && now.rev !== entry.rev;
    if (newer) t.put("outbox", { ...now, base_version: meal.version });
    else t.remove("outbox", entry.key);
    t.put("records", { key: recordKey, type: "meal", id: entry.id, version: meal.version,
                       data: newer ? withOverrides(meal, now.fields) : meal, deleted: false,
                       pending: newer ? "outbox" : null, day: dayOf("meal", entry.id, meal) });
  });
  emit("change");
}

// ---------------------------------------------------------------- personal food words

// The words as the phone last heard them from the server, with the ones not yet sent.
export async function termsOnPhone() {
  const known = (await store.meta("terms")) || [];
  const queued = (await store.all("outbox")).filter((e) => e.type === "term");
  const refused = (await store.all("conflicts")).filter((c) => c.type === "term");
  const deleting = new Set(queued.filter((e) => e.deleted).map((e) => e.id));
  return [...known.map((term) => ({ ...term, pending: null, deleting: deleting.has(term.id) })),
          ...queued.filter((e) => !e.deleted).map((e) => ({ id: e.id, ...e.fields, pending: "outbox" })),
          ...refused.map((c) => ({ id: c.id, ...c.mine, pending: "invalid", conflict: c }))];
}

export async function refreshTerms() {
  await store.setMeta("terms", await api("GET", "/v1/foods/terms"));
}

// Add a word (`fields`) or delete one (`fields` null); a word not yet sent is simply taken out of the outbox.
export async function writeTerm(id, fields) {
  const key = store.keyOf("term", id);
  await store.atomically(["outbox"], async (t) => {
    const queued = await t.get("outbox", key);
    if (!fields && queued && !queued.deleted) { t.remove("outbox", key); return; }
    t.put("outbox", { key, type: "term", id, rev: 1, fields, deleted: !fields, queued_at: new Date().toISOString() });
  });
  emit("change");
  flush();
}

async function sendTerm(entry) {
  let added = null;
  let refused = null;
  try {
    if (entry.deleted) await api("DELETE", `/v1/foods/terms/${entry.id}`);
    else added = await api("POST", "/v1/foods/terms", { json: entry.fields, headers: { "Idempotency-Key": entry.id } });
  } catch (error) {
    if (entry.deleted && error.status === 404) { /* already gone: what the person wanted */ }
    else if (error.status === 409) refused = "You already have that word.";
    else if (error.status === 422) refused = error.message;
    else throw error;
  }
  const known = ((await store.meta("terms")) || []).filter((term) => term.id !== entry.id);
  if (added) known.push(added);
  await store.atomically(["outbox", "conflicts", "meta"], async (t) => {
    const now = await t.get("outbox", entry.key);
    if (now && now.rev === entry.rev && now.deleted === entry.deleted) t.remove("outbox", entry.key);
    if (refused) {
      t.put("conflicts", { key: entry.key, type: "term", id: entry.id, kind: "invalid", reason: refused,
                           mine: entry.fields, theirs: null, at: new Date().toISOString() });
    }
    t.put("meta", { name: "terms", value: known });
  });
  emit("change");
}

window.addEventListener("online", () => { attempt = 0; flush(); });
