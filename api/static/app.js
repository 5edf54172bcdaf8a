// diet-tracker web app: plain JavaScript over the public JSON API (nothing here is closed to other clients).
// User text is only ever inserted with textContent, never as HTML.
"use strict";

const state = { token: localStorage.getItem("token"), me: null, scales: [], techniques: [], cursor: null };
const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function say(message) { $("#status").textContent = message; }

async function api(method, path, { json, form, headers = {}, raw = false } = {}) {
  const options = { method, headers: { ...headers } };
  if (state.token) options.headers.Authorization = `Bearer ${state.token}`;
  if (json !== undefined) { options.headers["Content-Type"] = "application/json"; options.body = JSON.stringify(json); }
  if (form) options.body = new URLSearchParams(form);
  const response = await fetch(path, options);
  if (response.status === 401 && state.token) { signOut("Your session ended; please sign in again."); throw new Error("401"); }
  if (raw) { if (!response.ok) throw new Error(`${response.status}`); return response; }
  const body = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new Error(body && body.error ? body.error.message : `${response.status}`);
  return body;
}

function localDate(date = new Date()) {
  return date.toLocaleDateString("en-CA", { timeZone: state.me ? state.me.timezone : undefined });
}

function localDateTimeValue(date = new Date()) {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return shifted.toISOString().slice(0, 16);
}

// ---------------------------------------------------------------- routing

const pages = ["signin", "today", "trends", "history", "share"];

async function route() {
  const wanted = (location.hash || "#today").slice(1);
  const page = !state.token ? "signin" : pages.includes(wanted) && wanted !== "signin" ? wanted : "today";
  for (const name of pages) $(`#page-${name}`).hidden = name !== page;
  $("#nav").hidden = !state.token;
  try {
    if (state.token && !state.me) await loadProfile();
    if (page === "today") await showToday();
    if (page === "trends") await showTrends();
    if (page === "history") await showHistory(true);
    if (page === "share") await showShares();
  } catch (error) {
    if (error.message !== "401") say(error.message);
  }
  const heading = $(`#page-${page} h2`);
  if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus({ preventScroll: true }); }
}

async function loadProfile() {
  state.me = await api("GET", "/v1/me");
  [state.scales, state.techniques] = await Promise.all([api("GET", "/v1/symptoms/scales"),
                                                        api("GET", "/v1/massage/techniques")]);
  buildScales();
  buildTechniques();
}

function signOut(message) {
  if (state.token) api("POST", "/v1/auth/logout").catch(() => {});
  state.token = null; state.me = null;
  localStorage.removeItem("token");
  say(message || "Signed out.");
  location.hash = "#signin";
  route();
}

// ---------------------------------------------------------------- sign in / up

async function signIn(email, password) {
  const body = await api("POST", "/v1/auth/token", { form: { username: email, password } });
  state.token = body.access_token;
  localStorage.setItem("token", state.token);
  say("");
  location.hash = "#today";
  await route();
}

$("#signin-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  try { await signIn(data.get("email"), data.get("password")); } catch (error) { say(error.message); }
});

$("#signup-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  try {
    const account = { email: data.get("email"), password: data.get("password"), timezone: data.get("timezone") };
    if (data.get("invitation_code")) account.invitation_code = data.get("invitation_code");
    await api("POST", "/v1/auth/signup", { json: account });
    await signIn(data.get("email"), data.get("password"));
    say("Welcome! Log what you eat, score your day, and watch the windows fill.");
  } catch (error) { say(error.message); }
});

$("#sign-out").addEventListener("click", () => signOut());

// ---------------------------------------------------------------- today: meals with a live flag preview

function flagBadges(flags, container) {
  container.replaceChildren();
  const seen = new Set();
  for (const flag of flags) {
    const key = `${flag.group}/${flag.certainty}/${flag.matched}`;
    if (seen.has(key)) continue;
    seen.add(key);
    container.append(element("span", { class: `flag ${flag.certainty}`, title: flag.reason,
                                       text: `${flag.group}${flag.certainty === "possible" ? "?" : ""}: ${flag.matched}` }));
  }
}

let previewTimer = null;
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(async () => {
    const form = $("#meal-form");
    const description = form.description.value.trim();
    const ingredients = form.ingredients.value.trim();
    if (!description && !ingredients) { $("#flag-preview").replaceChildren(); return; }
    try {
      const result = await api("POST", "/v1/foods/analyze",
                               { json: { description: description || null, ingredients: ingredients || null } });
      flagBadges(result.flags, $("#flag-preview"));
      if (!result.flags.length) $("#flag-preview").append(element("span", { text: "No excluded group found." }));
    } catch (error) { say(error.message); }
  }, 250);
}
$("#meal-form").description.addEventListener("input", schedulePreview);
$("#meal-form").ingredients.addEventListener("input", schedulePreview);

$("#meal-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const body = { eaten_at: new Date(form.eaten_at.value).toISOString(), description: form.description.value.trim() };
  if (form.ingredients.value.trim()) body.ingredients = form.ingredients.value.trim();
  if (form.meal_type.value) body.meal_type = form.meal_type.value;
  try {
    const meal = await api("POST", "/v1/meals", { json: body, headers: { "Idempotency-Key": crypto.randomUUID() } });
    form.description.value = ""; form.ingredients.value = "";
    $("#flag-preview").replaceChildren();
    await showTodayMeals();  // the list is current before the confirmation is announced
    say(meal.excluded ? `Saved. It contains ${meal.definite.join(", ")}.` : "Saved. No excluded group found.");
  } catch (error) { say(error.message); }
});

function mealItem(meal, editable) {
  const badges = element("div", { class: "flags" });
  flagBadges(meal.flags.filter((f) => !meal.overrides.dismissed.includes(f.group)), badges);
  for (const group of meal.overrides.added) badges.append(element("span", { class: "flag definite", text: `${group} (you)` }));
  const when = new Date(meal.eaten_at).toLocaleString([], { timeZone: state.me.timezone, dateStyle: "medium",
                                                             timeStyle: "short" });
  const item = element("li", {}, element("div", { class: "when", text: `${when}${meal.meal_type ? ` · ${meal.meal_type}` : ""}` }),
                       element("div", { text: meal.description }), badges);
  if (editable) item.append(correctionForm(meal));
  return item;
}

function correctionForm(meal) {
  const form = element("form", { class: "correct" });
  const fieldset = element("fieldset", {}, element("legend", { text: "Correct the flags" }));
  for (const group of ["wheat", "dairy", "corn", "soy", "sugar"]) {
    const flagged = meal.engine.definite.includes(group) || meal.engine.possible.includes(group);
    const box = element("input", { type: "checkbox", name: "contains", value: group });
    box.checked = meal.definite.includes(group) || (meal.possible.includes(group) && !meal.overrides.dismissed.includes(group));
    box.dataset.flagged = flagged ? "yes" : "no";
    fieldset.append(element("label", {}, box, `contains ${group}`));
  }
  const description = element("input", { name: "description", value: meal.description, "aria-label": "Description" });
  form.append(description, fieldset, element("button", { type: "submit", text: "Save correction" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      let current = meal;
      if (description.value.trim() && description.value.trim() !== meal.description) {
        current = await api("PATCH", `/v1/meals/${meal.id}`, { json: { description: description.value.trim() } });
      }
      const dismissed = [], added = [];
      for (const box of fieldset.querySelectorAll("input[type=checkbox]")) {
        const flagged = current.engine.definite.includes(box.value) || current.engine.possible.includes(box.value);
        if (flagged && !box.checked) dismissed.push(box.value);
        if (!flagged && box.checked) added.push(box.value);
      }
      await api("PUT", `/v1/meals/${meal.id}/overrides`, { json: { dismissed, added } });
      say("Correction saved; the engine's own answer is kept beside it.");
      await showHistory(true);
    } catch (error) { say(error.message); }
  });
  return form;
}

async function showTodayMeals() {
  const today = localDate();
  const page = await api("GET", `/v1/meals?from=${today}&to=${today}&limit=50`);
  $("#today-meals").replaceChildren(...page.items.map((meal) => mealItem(meal, false)));
}

// ---------------------------------------------------------------- today: scores from /v1/symptoms/scales

function buildScales() {
  const container = $("#scales");
  container.replaceChildren();
  for (const scale of state.scales) {
    const id = `scale-${scale.name}`;
    const output = element("output", { for: id, id: `${id}-value`, text: scale.required ? "5" : "not scored" });
    const input = element("input", { id, name: scale.name, type: scale.integer ? "range" : "number",
                                     min: scale.minimum, max: scale.maximum, step: scale.integer ? 1 : 0.25 });
    input.value = scale.integer ? 5 : "";
    const wrapper = element("div", { class: "scale" });
    const label = element("label", { for: id }, `${scale.label}${scale.required ? "" : " (optional)"}: `, output);
    const hint = element("div", { class: "hint", text: `${scale.description} ${scale.higher_is_better ? "Higher is better." : "Higher is worse."}` });
    if (!scale.required && scale.integer) {
      input.disabled = true;
      const toggle = element("input", { type: "checkbox", id: `${id}-on`, "aria-label": `Score ${scale.label} today` });
      toggle.addEventListener("change", () => { input.disabled = !toggle.checked; output.textContent = toggle.checked ? input.value : "not scored"; });
      wrapper.append(element("label", { for: `${id}-on` }, toggle, `Score ${scale.label.toLowerCase()} today`));
    }
    input.addEventListener("input", () => { output.textContent = input.value || "not scored"; });
    wrapper.append(label, hint, input);
    container.append(wrapper);
  }
}

$("#scores-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = {};
  for (const scale of state.scales) {
    const input = $(`#scale-${scale.name}`);
    if (input.disabled || input.value === "") continue;
    body[scale.name] = scale.integer ? parseInt(input.value, 10) : parseFloat(input.value);
  }
  try {
    await api("PUT", `/v1/symptoms/${localDate()}`, { json: body });
    say(`Scores saved for ${localDate()}.`);
  } catch (error) { say(error.message); }
});

// ---------------------------------------------------------------- today: massage with the technique guide

const pat = { count: 0, phase: 0, round: 1 };
function resetPatting() { pat.count = 0; pat.phase = 0; pat.round = 1; renderPatting(); }
function renderPatting() {
  $("#pat-round").textContent = String(pat.round);
  $("#pat-phase").textContent = pat.phase === 0 ? "front and back" : "sides";
  $("#pat-count").textContent = String(pat.count);
}
$("#pat-button").addEventListener("click", () => {
  pat.count += 1;
  if (pat.count === 9) {
    if (pat.phase === 0) { pat.phase = 1; pat.count = 0; say("Nine to the front and back: now nine to the sides."); }
    else { pat.phase = 0; pat.count = 0; pat.round += 1; say(`Round ${pat.round - 1} done.`); }
  }
  renderPatting();
});

function buildTechniques() {
  const select = $("#technique");
  select.replaceChildren(...state.techniques.map((t) => element("option", { value: t.name, text: `${t.order}. ${t.label}` })));
  select.addEventListener("change", showGuide);
  showGuide();
}

function showGuide() {
  const technique = state.techniques.find((t) => t.name === $("#technique").value);
  const guide = $("#technique-guide");
  guide.replaceChildren(element("p", { text: technique.what_it_does }), element("p", { text: technique.how }));
  if (technique.round_description) guide.append(element("p", { text: technique.round_description }));
  $("#massage-form").minutes.value = Math.round(technique.suggested_seconds / 60);
  $("#points-field").hidden = technique.name !== "acupressure";
  $("#patting").hidden = technique.name !== "empty_palm_patting";
  resetPatting();
  $("#points").replaceChildren(...technique.points.map((p) => element("label", { title: p.location },
    element("input", { type: "checkbox", name: "points", value: p.code }), `${p.code} ${p.name}: ${p.location}`)));
}

$("#massage-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const technique = form.technique.value;
  const body = { performed_at: new Date().toISOString(), technique, knee: form.knee.value,
                 duration_seconds: Math.round(parseFloat(form.minutes.value) * 60) };
  if (technique === "acupressure") body.points = [...form.querySelectorAll("input[name=points]:checked")].map((b) => b.value);
  if (technique === "empty_palm_patting") body.rounds = Math.max(1, pat.round - (pat.count || pat.phase ? 0 : 1));
  if (form.pain_before.value !== "") body.pain_before = parseInt(form.pain_before.value, 10);
  if (form.pain_after.value !== "") body.pain_after = parseInt(form.pain_after.value, 10);
  try {
    await api("POST", "/v1/massage", { json: body, headers: { "Idempotency-Key": crypto.randomUUID() } });
    say(`Massage session saved (${technique.replaceAll("_", " ")}).`);
    resetPatting();
  } catch (error) { say(error.message); }
});

async function showToday() {
  const form = $("#meal-form");
  if (!form.eaten_at.value) form.eaten_at.value = localDateTimeValue();
  await showTodayMeals();
}

// ---------------------------------------------------------------- trends

async function showTrends() {
  const trends = await api("GET", "/v1/trends");
  const e = trends.elimination;
  $("#day-counter").textContent = e.start_date ? `Day ${e.day} of 14` : "No elimination run yet";
  $("#milestones").textContent = e.start_date
    ? `Started ${e.start_date} (${e.source === "user" ? "set by you" : "detected from your meals"}). `
      + `Day 10: ${e.day10_date}${e.day >= 10 ? " (reached)" : ""}. Day 14: ${e.day14_date}${e.day >= 14 ? " (reached)" : ""}. `
      + `Clean streak: ${e.clean_streak_days} days.${e.slips.length ? ` Slips: ${e.slips.map((s) => `${s.date} (${s.groups.join(", ")})`).join("; ")}.` : ""}`
    : "A run starts after your last exposure, with at least one clean logged day. You can also set the start yourself.";
  const window = trends.windows.day14;
  const rows = window ? Object.entries(window.scales).map(([name, c]) => {
    const label = (state.scales.find((s) => s.name === name) || { label: name }).label;
    return element("tr", {}, element("td", { text: label }), element("td", { text: fmt(c.baseline_mean) }),
                   element("td", { text: fmt(c.window_mean) }), element("td", { text: fmt(c.delta) }),
                   element("td", { class: c.verdict, text: c.verdict.replaceAll("_", " ") }));
  }) : [];
  $("#verdicts tbody").replaceChildren(...rows);
  $("#exposures").replaceChildren(...Object.entries(trends.exposures).filter(([, x]) => x.exposed_days.length)
    .map(([group, x]) => element("li", { text: `${group}: ${x.exposed_days.length} day(s), last ${x.exposed_days.at(-1)}` })));
  $("#massage-summary").replaceChildren(...Object.entries(trends.massage.techniques).map(([name, t]) =>
    element("li", { text: `${name.replaceAll("_", " ")}: ${t.sessions} session(s), ${Math.round(t.seconds / 60)} min`
                          + (t.mean_relief !== null ? `, knee pain down ${fmt(t.mean_relief)} on average` : "") })));
  const notes = [...trends.caveats, ...(window ? window.caveats : [])];
  $("#caveats").replaceChildren(...notes.map((note) => element("li", { text: note })));
  await showCharts();
}

function fmt(value) { return value === null || value === undefined ? "-" : Number(value).toFixed(1); }

let chartGeneration = 0;
async function showCharts() {
  // A newer render (say, after setting the start date) supersedes one still fetching.
  const generation = ++chartGeneration;
  const images = [];
  for (const scale of state.scales) {
    const response = await api("GET", `/v1/trends/charts/${scale.name}.svg`, { raw: true });
    const url = URL.createObjectURL(await response.blob());
    if (generation !== chartGeneration) { URL.revokeObjectURL(url); return; }
    images.push(element("img", { src: url, alt: `${scale.label}: daily scores with 7-day mean and the windows shaded` }));
  }
  const container = $("#charts");
  for (const img of container.querySelectorAll("img")) URL.revokeObjectURL(img.src);
  container.replaceChildren(...images);
}

$("#start-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    await api("PUT", "/v1/elimination", { json: { start_date: event.target.start_date.value } });
    say("Start date set.");
    await showTrends();
  } catch (error) { say(error.message); }
});

// ---------------------------------------------------------------- history

async function showHistory(reset) {
  if (reset) { state.cursor = null; $("#history").replaceChildren(); }
  const page = await api("GET", `/v1/meals?limit=20${state.cursor ? `&cursor=${encodeURIComponent(state.cursor)}` : ""}`);
  $("#history").append(...page.items.map((meal) => mealItem(meal, true)));
  state.cursor = page.next_cursor;
  $("#more").hidden = !state.cursor;
}
$("#more").addEventListener("click", () => showHistory(false).catch((error) => say(error.message)));

// ---------------------------------------------------------------- share

for (const button of document.querySelectorAll("[data-export]")) {
  button.addEventListener("click", async () => {
    const format = button.dataset.export;
    try {
      const response = await api("GET", `/v1/export?format=${format}`, { raw: true });
      const name = (response.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/);
      const link = element("a", { href: URL.createObjectURL(await response.blob()), download: name ? name[1] : `export.${format}` });
      document.body.append(link);
      link.click();
      link.remove();
      say(`Downloaded the ${format.toUpperCase()} export.`);
    } catch (error) { say(error.message); }
  });
}

$("#share-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const formats = [...form.querySelectorAll("input[name=formats]:checked")].map((b) => b.value);
  try {
    const share = await api("POST", "/v1/shares", { json: { expires_in_days: parseInt(form.days.value, 10), formats } });
    $("#share-url").textContent = `Send this link (it opens ${formats.join(", ")} until ${share.expires_at.slice(0, 10)}): `
                                  + `${new URL(share.url, location.href)}/report.${formats.includes("pdf") ? "pdf" : "html"}`;
    await showShares();
  } catch (error) { say(error.message); }
});

async function showShares() {
  const shares = await api("GET", "/v1/shares");
  $("#shares").replaceChildren(...shares.map((share) => {
    const item = element("li", { text: `${share.formats.join(", ")} · until ${share.expires_at.slice(0, 10)} · `
                                       + `${share.active ? "active" : "ended"} · opened ${share.accesses.length} time(s) ` });
    if (share.active) {
      const revoke = element("button", { type: "button", text: "Revoke" });
      revoke.addEventListener("click", async () => {
        await api("DELETE", `/v1/shares/${share.id}`);
        say("Share revoked.");
        await showShares();
      });
      item.append(revoke);
    }
    return item;
  }));
}

// ---------------------------------------------------------------- start

$("#signup-form").timezone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
window.addEventListener("hashchange", route);
route();
