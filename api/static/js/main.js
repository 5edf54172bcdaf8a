// diet-tracker web app: plain ES modules over the public JSON API, local-first through IndexedDB.
// Only Today's modules are loaded up front (index.html preloads that graph); every other screen's module is
// imported when first shown, or once the phone is idle after the first screen is drawn.
import { api, auth, onSignedOut } from "./api.js";
import { $, $$, button, clearFeedback, element, feedback } from "./dom.js";
import * as store from "./store.js";
import { changes, configure as configureSync, flush, pull, unsyncedCount } from "./sync.js";
import * as today from "./today.js";

const app = { me: null, scales: null, techniques: null, ready: false, page: null };
const LATER = {
  massage: () => import("./massage.js"), trends: () => import("./trends.js"),
  challenges: () => import("./challenges.js"), profile: () => import("./profile.js"),
  terms: () => import("./terms.js"), share: () => import("./share.js"),
};
const loaded = {};  // screen name -> its module, once imported and configured with the current settings

const settingsFor = (name) => (name === "massage" ? app.techniques : app.scales);

async function screen(name) {
  if (loaded[name]) return loaded[name];
  const module = await LATER[name]();
  if (loaded[name]) return loaded[name];  // an idle preload and a tap raced; the first one configured it
  if (module.configure) module.configure(settingsFor(name));
  if (name === "profile") module.onProfileChange((me) => { app.me = me; app.ready = false; });
  loaded[name] = module;
  return module;
}

const SCREENS = {
  today: () => today.show(), more: async () => {},
  massage: async () => (await screen("massage")).show(), trends: async () => (await screen("trends")).show(),
  challenges: async () => (await screen("challenges")).show(),
  profile: async () => (await screen("profile")).show(app.me),
  terms: async () => (await screen("terms")).show(), share: async () => (await screen("share")).show(),
};
const TAB_OF = { profile: "more", terms: "more", share: "more" };

// ---------------------------------------------------------------- start-up

function configure(me, scales, techniques) {
  Object.assign(app, { me, scales, techniques });
  configureSync({ timezone: me.timezone });
  today.configure(me, scales);
  for (const [name, module] of Object.entries(loaded)) if (module.configure) module.configure(settingsFor(name));
}

// The other screens' modules, fetched and compiled once the first screen is drawn and the phone is idle.
function loadTheRestLater() {
  const idle = window.requestIdleCallback || ((run) => setTimeout(run, 1500));
  idle(async () => {
    await Promise.all(Object.keys(LATER).map((name) => screen(name).catch(() => {})));
    if (app.ready && navigator.onLine && app.page !== "trends") loaded.trends?.prefetch().catch(() => {});
  }, { timeout: 5000 });
}

// The profile and the catalogues, fresh from the server, kept on the phone for the next (maybe offline) start.
async function fetchSettings() {
  const [me, scales, techniques] = await Promise.all([api("GET", "/v1/me"), api("GET", "/v1/symptoms/scales"),
                                                      api("GET", "/v1/massage/techniques")]);
  store.setSettings(auth.userId, { me, scales, techniques });
  return [me, scales, techniques];
}

// Open from what the phone holds when it has it; the network waits until the first screen is drawn.
async function start() {
  await store.open(auth.userId);
  let kept = ["me", "scales", "techniques"].map((name) => store.settings(auth.userId)[name]);
  if (!kept.every(Boolean)) {
    // Kept by an earlier version of the app in IndexedDB: still good for opening offline.
    kept = await Promise.all(["me", "scales", "techniques"].map((name) => store.meta(name)));
  }
  if (kept.every(Boolean)) {
    configure(...kept);
    app.refresh = () => fetchSettings().then(([me, scales, techniques]) => {
      // A zone changed on another device re-draws once known.
      if (me.timezone === kept[0].timezone) { app.me = me; return; }
      configure(me, scales, techniques);
      route();
    }).catch(() => {});
  } else {
    configure(...(await fetchSettings()));
    app.refresh = () => {};
  }
  app.ready = true;
}

// After the first screen: fresh settings and the outbox (whatever waits goes first; a pull follows every
// push), then the other screens' modules and Trends. None of it competes with drawing that screen on a slow
// phone, and the first sync does not wait behind the extras.
function afterFirstScreen() {
  app.refresh();
  flush().finally(loadTheRestLater);
}

// ---------------------------------------------------------------- routing

async function route() {
  const wanted = (location.hash || "#today").slice(1);
  const signedIn = Boolean(auth.token && auth.userId);
  const page = !signedIn ? "signin" : SCREENS[wanted] ? wanted : "today";
  clearFeedback();
  for (const section of $$("main > section")) section.hidden = section.id !== `page-${page}`;
  $("#tabs").hidden = !signedIn;
  for (const tab of $$("#tabs a")) {
    if (tab.getAttribute("href") === `#${TAB_OF[page] || page}`) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  if (page === "signin") {
    const { fillZones } = await import("./zones.js");
    await fillZones($("#signup-form").timezone);
    return;
  }
  const first = !app.ready;
  try {
    if (LATER[page] && !loaded[page]) LATER[page]().catch(() => {});  // fetch and compile it while start-up reads
    if (first) await start();
    await SCREENS[page]();
  } catch (error) {
    feedback($(`#page-${page} h2`), error.message, { kind: "error" });
  }
  if (first && app.ready) afterFirstScreen();
  if (app.page !== page) {
    const heading = $(`#page-${page} h2`);
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
  app.page = page;
}

// Local or pulled changes redraw the screen on show, so a second device's edits appear without a reload.
changes.addEventListener("change", () => {
  if (app.page === "today") today.render({ background: true });
  if (app.page === "massage" && loaded.massage) loaded.massage.render();
  if (app.page === "terms" && loaded.terms) loaded.terms.render();
  showSyncState();
});
changes.addEventListener("status", showSyncState);

let stateAsked = 0;
async function showSyncState() {
  if (!app.ready) { $("#sync-state").textContent = ""; return; }
  const asked = ++stateAsked;
  const waiting = await unsyncedCount();
  if (asked !== stateAsked) return;  // a later count is on its way; this one may be stale
  const line = $("#sync-state");
  line.className = `sync-state ${waiting ? "waiting" : "done"}`;
  line.replaceChildren(element("span", { text: waiting
    ? `${waiting} change${waiting === 1 ? "" : "s"} on this phone${navigator.onLine ? ", syncing…" : "; they sync when you're online"}`
    : "All synced" }));
  if (waiting && navigator.onLine) line.append(button("Sync now", () => flush(), { class: "link" }));
}
window.addEventListener("offline", showSyncState);
window.addEventListener("online", showSyncState);
document.addEventListener("visibilitychange", () => { if (!document.hidden && app.ready) flush(); });
// A phone left open on a screen still picks up the other device's changes.
const PULL_EVERY_MS = 60000;
setInterval(() => { if (!document.hidden && app.ready && navigator.onLine) flush(); }, PULL_EVERY_MS);

// ---------------------------------------------------------------- sign in, sign up, sign out

async function signIn(email, password) {
  const token = await api("POST", "/v1/auth/token", { form: { username: email, password } });
  auth.set(token.access_token, "pending");
  const me = await api("GET", "/v1/me");
  auth.set(token.access_token, me.id);
  app.ready = false;
  location.hash = "#today";
  await route();
  await pull().catch(() => {});
}

$("#signin-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  const submit = event.target.querySelector("button[type=submit]");
  try { await signIn(data.get("email"), data.get("password")); }
  catch (error) { auth.clear(); feedback(submit, error.status === 401 ? "Wrong email or password." : error.message, { kind: "error" }); }
});

$("#signup-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  const submit = event.target.querySelector("button[type=submit]");
  try {
    const account = { email: data.get("email"), password: data.get("password"), timezone: data.get("timezone") };
    if (data.get("invitation_code")) account.invitation_code = data.get("invitation_code");
    await api("POST", "/v1/auth/signup", { json: account });
    await signIn(data.get("email"), data.get("password"));
    feedback($("#today-title"), "Welcome! Log what you eat, score your day, and watch the windows fill.");
  } catch (error) { auth.clear(); feedback(submit, error.message, { kind: "error" }); }
});

async function signOut({ force = false } = {}) {
  const trigger = $("#sign-out");
  const waiting = app.ready ? await unsyncedCount() : 0;
  if (waiting && !force) {
    feedback(trigger, `${waiting} change${waiting === 1 ? " is" : "s are"} only on this phone. Signing out now loses ${waiting === 1 ? "it" : "them"}.`,
             { kind: "warn", action: { label: "Sign out anyway", run: () => signOut({ force: true }) } });
    return;
  }
  api("POST", "/v1/auth/logout").catch(() => {});
  auth.clear();
  await store.drop();
  app.ready = false; app.me = null; app.page = null;
  location.hash = "#signin";
  await route();
  feedback($("#signin-title"), "Signed out.");
}
$("#sign-out").addEventListener("click", () => signOut());

// The session ended on the server: keep everything on the phone and ask to sign in again.
onSignedOut(async () => {
  localStorage.removeItem("token");
  app.ready = false;
  location.hash = "#signin";
  await route();
  feedback($("#signin-title"), "Your session ended; sign in again. Anything on this phone is kept and syncs then.", { kind: "warn" });
});

// ---------------------------------------------------------------- installable: the service worker

async function registerWorker() {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  const offer = (worker) => {
    if (!worker || !navigator.serviceWorker.controller) return;
    $("#new-version").hidden = false;
    $("#reload-app").onclick = () => worker.postMessage("skip-waiting");
  };
  offer(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker.addEventListener("statechange", () => { if (worker.state === "installed") offer(worker); });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || $("#new-version").hidden) return;
    reloading = true;
    location.reload();
  });
  document.addEventListener("visibilitychange", () => { if (!document.hidden) registration.update().catch(() => {}); });
}

window.addEventListener("hashchange", route);
route();
registerWorker().catch(() => {});
