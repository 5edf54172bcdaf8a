// The day's scores: saved values shown and marked, untouched scales never sent, required ones start "not scored yet".
import { $, button, element, feedback } from "./dom.js";
import { mark } from "./marks.js";
import * as store from "./store.js";
import { write } from "./sync.js";

const view = { scales: [], day: null, saved: null, touched: new Map() };

function savedValue(name) {
  const data = view.saved && !view.saved.deleted ? view.saved.data : null;
  return data && data[name] !== null && data[name] !== undefined ? data[name] : null;
}

function scaleRow(scale) {
  const id = `scale-${scale.name}`;
  const saved = savedValue(scale.name);
  const output = element("output", { for: id, id: `${id}-value` });
  const wrapper = element("div", { class: "scale" });
  const label = element("label", { for: id }, `${scale.label}${scale.required ? "" : " (optional)"}: `, output);
  const hint = element("div", { class: "hint", text: `${scale.description} ${scale.higher_is_better ? "Higher is better." : "Higher is worse."}` });
  const input = element("input", { id, name: scale.name, type: scale.integer ? "range" : "number",
                                   min: scale.minimum, max: scale.maximum, step: scale.integer ? 1 : 0.25,
                                   inputmode: scale.integer ? undefined : "decimal" });
  const show = () => {
    const touched = view.touched.has(scale.name);
    const value = touched ? view.touched.get(scale.name) : saved;
    output.textContent = value === null ? "not scored yet" : String(value);
    const clear = wrapper.querySelector(".clear");
    if (clear) clear.hidden = value === null;
    input.classList.toggle("untouched", value === null);
    if (scale.integer) input.setAttribute("aria-valuetext", value === null ? "not scored yet" : String(value));
    wrapper.querySelector(".scored")?.remove();
    if (saved !== null && !touched) label.append(element("span", { class: "scored", text: " · scored" }));
  };
  const shown = view.touched.has(scale.name) ? view.touched.get(scale.name) : saved;
  if (shown !== null) input.value = String(shown);
  else input.value = scale.integer ? String(Math.round((scale.minimum + scale.maximum) / 2)) : "";
  const take = () => {
    const value = input.value === "" ? null : scale.integer ? parseInt(input.value, 10) : parseFloat(input.value);
    if (value === saved) view.touched.delete(scale.name); else view.touched.set(scale.name, value);
    show();
  };
  input.addEventListener("input", take);
  // A tap on the thumb where it already sits fires no input event, yet it is an answer.
  if (scale.integer) {
    input.addEventListener("pointerup", take);
    input.addEventListener("keyup", (event) => { if (/^(Arrow|Home|End|Page)/.test(event.key)) take(); });
  }
  wrapper.append(label, hint, input);
  if (!scale.required) {
    wrapper.append(button(`Clear ${scale.label.toLowerCase()}`, () => {
      if (saved === null) view.touched.delete(scale.name); else view.touched.set(scale.name, null);
      input.value = scale.integer ? String(Math.round((scale.minimum + scale.maximum) / 2)) : "";
      show();
    }, { class: "link clear" }));
  }
  show();
  return wrapper;
}

export async function renderScores(container, scales, day) {
  view.scales = scales;
  if (view.day !== day) view.touched = new Map();
  view.day = day;
  view.saved = await store.get("records", store.keyOf("symptom", day));
  const status = view.saved && !view.saved.deleted
    ? element("p", { class: "score-status" }, "Saved scores for this day ", mark(view.saved))
    : element("p", { class: "score-status muted", text: "No scores saved for this day yet." });
  const focused = container.contains(document.activeElement) ? document.activeElement.id : null;
  container.replaceChildren(status, ...scales.map(scaleRow));
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

$("#scores-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = event.target.querySelector("button[type=submit]");
  if (!view.touched.size) {
    feedback(submit, view.saved ? "Nothing changed; the saved scores stay as they are." : "Move a slider to score your day first.");
    return;
  }
  const body = { notes: view.saved && view.saved.data ? view.saved.data.notes ?? null : null };
  for (const scale of view.scales) {
    body[scale.name] = view.touched.has(scale.name) ? view.touched.get(scale.name) : savedValue(scale.name);
  }
  const missing = view.scales.filter((s) => s.required && body[s.name] === null).map((s) => s.label.toLowerCase());
  if (missing.length) {
    feedback(submit, `Score ${missing.join(", ")} too: they are needed for every day.`, { kind: "error" });
    return;
  }
  await write("symptom", view.day, body);
  view.touched = new Map();
  await renderScores($("#scales"), view.scales, view.day);
  feedback(submit, `Scores saved on this phone for ${view.day}.`);
});
