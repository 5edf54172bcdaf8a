// Today (or any past day): log meals, see the day's meals in time order with their flags, score the day.
import { api } from "./api.js";
import { configure as configureBarcodes } from "./barcode.js";
import { renderConflicts } from "./conflicts.js";
import { $, button, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import { mealChips, previewChips } from "./flags.js";
import { mark } from "./marks.js";
import { renderScores } from "./scores.js";
import * as store from "./store.js";
import { instantIso, instantOf, localDay, timeOf, today, wallClock } from "./clock.js";
import { correctFlags, write } from "./sync.js";

const RELOG_COUNT = 4;
const SUGGESTIONS = 5;
const app = { me: null, scales: [], day: null };
const form = $("#meal-form");

export function configure(me, scales) { app.me = me; app.scales = scales; }

// "When" is now (or now's clock time on the picked day) at each open and after each save.
function resetWhen() {
  const now = wallClock(Date.now());
  form.eaten_at.value = app.day === today() ? now : `${app.day}T${now.slice(11)}`;
}

export async function show() {
  const picker = $("#day");
  picker.max = today();
  if (!app.day || app.day > today()) app.day = today();
  picker.value = app.day;
  resetWhen();
  await render();
}

// A background render (a sync answer, another device's change) leaves an open meal editor alone.
export async function render({ background = false } = {}) {
  $("#today-title").textContent = app.day === today() ? "Today"
    : new Date(`${app.day}T12:00:00`).toLocaleDateString([], { weekday: "long", day: "numeric", month: "long" });
  $("#day-today").hidden = app.day === today();
  $("#day-meals-title").textContent = app.day === today() ? "Today's meals" : "Meals that day";
  $("#scores-title").textContent = app.day === today() ? "Today's scores" : "Scores for that day";
  const editing = background && $("#day-meals form.editor");
  await Promise.all([renderConflicts($("#conflicts"), app.scales), editing ? null : renderMeals(),
                     renderScores($("#scales"), app.scales, app.day)]);
  // The re-log list reads the whole meal history: after the day itself is on screen, not before.
  await renderRelog();
}

$("#day").addEventListener("change", async (event) => {
  if (!event.target.value) return;
  app.day = event.target.value > today() ? today() : event.target.value;
  resetWhen();
  await render();
});
$("#day-today").addEventListener("click", async () => { app.day = today(); $("#day").value = app.day; resetWhen(); await render(); });

// ---------------------------------------------------------------- the meal form

function mealFields() {
  const fields = { eaten_at: instantIso(form.eaten_at.value), description: form.description.value.trim(),
                   ingredients: form.ingredients.value.trim() ? [form.ingredients.value.trim()] : [],
                   meal_type: form.meal_type.value || null, notes: null };
  return fields;
}

// The form's time, or null after saying next to `anchor` what is wrong with it.
function checkedWhen(anchor) {
  if (Number.isNaN(instantOf(form.eaten_at.value))) {
    feedback(anchor, "Pick when you ate it.", { kind: "error" });
    return null;
  }
  if (instantOf(form.eaten_at.value) > Date.now() + 5 * 60000) {
    feedback(anchor, "That time is in the future; pick when you ate it.", { kind: "error" });
    return null;
  }
  return form.eaten_at.value;
}

async function saveMeal(fields, anchor) {
  const id = crypto.randomUUID();
  await write("meal", id, fields);
  form.description.value = ""; form.ingredients.value = ""; form.meal_type.value = "";
  $("#flag-preview").replaceChildren();
  $("#meal-suggestions").replaceChildren();
  const loggedDay = localDay(fields.eaten_at);
  if (loggedDay !== app.day) { app.day = loggedDay; $("#day").value = loggedDay; }
  resetWhen();
  await render();
  feedback(anchor, `Saved on this phone: ${mealName(fields)}.`, { action: { label: "Undo", run: () => undo(id) } });
}

// Before a meal made from a barcode syncs, the server has not yet named the product.
const mealName = (meal) => meal.description || `barcode ${(meal.barcodes || []).join(", ")}`;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = form.querySelector("button[type=submit]");
  if (checkedWhen(submit)) await saveMeal(mealFields(), submit);
});

configureBarcodes({
  fieldsFor: (code) => {
    if (!checkedWhen($("#barcode-look"))) return null;
    return { ...mealFields(), description: form.description.value.trim() || null, barcodes: [code] };
  },
  logged: saveMeal,
});

async function undo(id) {
  const record = await store.get("records", store.keyOf("meal", id));
  if (record) await write("meal", id, record.data, { deleted: true });
  await render();
}

let previewTimer = null;
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(async () => {
    const description = form.description.value.trim();
    const ingredients = form.ingredients.value.trim();
    const preview = $("#flag-preview");
    if (!description && !ingredients) { preview.replaceChildren(); return; }
    try {
      const result = await api("POST", "/v1/foods/analyze",
                               { json: { description: description || null, ingredients: ingredients || null } });
      preview.replaceChildren(result.flags.length ? previewChips(result.flags)
        : element("span", { class: "muted", text: "No excluded group found." }));
    } catch (error) {
      preview.replaceChildren(element("span", { class: "muted", text: error instanceof Offline
        ? "Flags are checked when you're back online; the meal saves either way." : error.message }));
    }
  }, 250);
}

async function suggest() {
  const query = form.description.value.trim().toLowerCase();
  const list = $("#meal-suggestions");
  if (query.length < 2) { list.replaceChildren(); return; }
  const seen = new Set();
  const matches = [];
  for (const meal of (await history())) {
    const text = meal.data.description;
    if (!text.toLowerCase().includes(query) || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    matches.push(meal.data);
    if (matches.length === SUGGESTIONS) break;
  }
  list.replaceChildren(...matches.map((meal) => element("li", {}, button(`Use: ${meal.description}`, () => {
    form.description.value = meal.description;
    form.ingredients.value = (meal.ingredients || []).join(", ");
    form.meal_type.value = meal.meal_type || "";
    list.replaceChildren();
    schedulePreview();
    form.description.focus();
  }, { class: "suggestion" }))));
}

form.description.addEventListener("input", () => { schedulePreview(); suggest(); });
form.ingredients.addEventListener("input", schedulePreview);

// ---------------------------------------------------------------- recent and frequent meals

async function history() {
  // A barcode meal not yet synced has no description until the server names its product.
  const meals = (await store.ofType("meal")).filter((r) => !r.deleted && r.data && r.data.description);
  return meals.sort((a, b) => b.data.eaten_at.localeCompare(a.data.eaten_at));
}

async function renderRelog() {
  const meals = await history();
  const counts = new Map();
  for (const meal of meals.slice(0, 200)) {
    const key = meal.data.description.toLowerCase();
    const entry = counts.get(key) || { meal: meal.data, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const recent = [...counts.values()].slice(0, RELOG_COUNT);
  const frequent = [...counts.values()].filter((e) => !recent.includes(e) && e.count > 1)
    .sort((a, b) => b.count - a.count).slice(0, RELOG_COUNT);
  const list = $("#relog");
  list.replaceChildren(...[...recent, ...frequent].map(({ meal, count }) => {
    const again = button(count > 1 ? `${meal.description} (${count}×)` : meal.description, async () => {
      const fields = { ...mealFields(), description: meal.description, ingredients: meal.ingredients || [],
                       meal_type: meal.meal_type || null };
      const id = crypto.randomUUID();
      await write("meal", id, fields);
      resetWhen();
      await render();
      feedback($("#relog"), `Logged again: ${meal.description}.`, { action: { label: "Undo", run: () => undo(id) } });
    }, { class: "secondary", "aria-label": `Log again now: ${meal.description}` });
    return element("li", {}, again);
  }));
  $("#relog-box").hidden = list.children.length === 0;
}

// ---------------------------------------------------------------- the day's meals

async function renderMeals() {
  const meals = (await store.ofDay("meal", app.day)).filter((r) => !r.deleted && r.data)
    .sort((a, b) => a.data.eaten_at.localeCompare(b.data.eaten_at));
  const list = $("#day-meals");
  list.replaceChildren(...meals.map(mealItem));
  if (!meals.length) list.append(element("li", { class: "muted", text: "Nothing logged yet for this day." }));
}

function mealItem(record) {
  const meal = record.data;
  const item = element("li", { class: "item", "data-id": record.id });
  const head = element("div", { class: "item-head" },
    element("span", { class: "when", text: `${timeOf(meal.eaten_at)}${meal.meal_type ? ` · ${meal.meal_type}` : ""}` }),
    mark(record));
  // Corrections need flags the server checked, on a meal it knows; one waiting for a choice is chosen first.
  const canCorrect = record.version && !["conflict", "invalid"].includes(record.pending);
  const chips = meal.local_only ? element("p", { class: "muted", text: "Flags are checked once it syncs." })
    : mealChips(meal, canCorrect ? (dismissed, added) => correct(record, dismissed, added) : null);
  const edit = button("Edit", () => item.replaceWith(editor(record)), { class: "secondary", "aria-label": `Edit ${mealName(meal)}` });
  const remove = button("Delete", () => removeMeal(record), { class: "secondary", "aria-label": `Delete ${mealName(meal)}` });
  item.append(head, element("p", { class: "what", text: mealName(meal) }), chips,
              element("div", { class: "row actions" }, edit, remove));
  return item;
}

// A flag correction is stored on the phone and goes out through the outbox like any other write; if another
// device changed the meal meanwhile, both versions are shown above and the person chooses.
async function correct(record, dismissed, added) {
  await correctFlags(record.id, { dismissed, added });
  await renderMeals();
  const again = $(`#day-meals li[data-id="${record.id}"] .chips`);
  if (again) feedback(again, "Flags corrected on this phone; the checker's own answer is kept beside yours.");
}

async function removeMeal(record) {
  const before = record.data;
  await write("meal", record.id, before, { deleted: true });
  await render();
  feedback($("#day-meals"), `Deleted: ${before.description}.`, {
    action: { label: "Undo", run: async () => { await write("meal", record.id, mealOf(before)); await render(); } },
  });
}

function mealOf(data) {
  return { eaten_at: data.eaten_at, description: data.description, ingredients: data.ingredients || [],
           meal_type: data.meal_type || null, notes: data.notes || null };
}

function editor(record) {
  const meal = record.data;
  const box = element("form", { class: "item editor", "aria-label": `Edit ${meal.description}` });
  const description = element("textarea", { name: "description", rows: 2, maxlength: 2000, required: true });
  description.value = meal.description;
  const when = element("input", { name: "eaten_at", type: "datetime-local", required: true });
  when.value = wallClock(meal.eaten_at);
  const type = element("select", { name: "meal_type" },
    ...["", "breakfast", "lunch", "dinner", "snack", "drink"].map((v) => element("option", { value: v, text: v || "-" })));
  type.value = meal.meal_type || "";
  const save = element("button", { type: "submit", text: "Save changes" });
  box.append(element("label", {}, "What did you eat? ", description),
             element("div", { class: "row" }, element("label", {}, "When ", when), element("label", {}, "Meal ", type)),
             element("div", { class: "row actions" }, save, button("Cancel", () => render(), { class: "secondary" })));
  box.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!description.value.trim()) { feedback(save, "Say what you ate.", { kind: "error" }); return; }
    const fields = { ...mealOf(meal), description: description.value.trim(),
                     eaten_at: instantIso(when.value), meal_type: type.value || null };
    await write("meal", record.id, fields);
    await render();
    const item = $(`#day-meals li[data-id="${record.id}"]`);
    feedback(item || $("#day-meals"), "Changes saved on this phone.");
  });
  return box;
}
