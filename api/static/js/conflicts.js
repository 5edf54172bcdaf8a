// Conflicts and refused items: both versions side by side, and the person chooses. Nothing is dropped unasked.
import { button, element, feedback } from "./dom.js";
import { dateTimeOf } from "./clock.js";
import { plainReason } from "./errors.js";
import * as store from "./store.js";
import { resolve } from "./sync.js";

const WHAT = { meal: "A meal", symptom: "The scores", massage: "A massage session", term: "A food word" };

// A set of flag corrections in words: "has sugar; no dairy", or "no corrections".
function corrections({ dismissed = [], added = [] }) {
  const parts = [...added.map((g) => `has ${g}`), ...dismissed.map((g) => `no ${g}`)];
  return parts.length ? parts.join("; ") : "no corrections";
}

function titleOf(conflict) {
  if (conflict.type === "symptom") return `${WHAT.symptom} for ${conflict.id}`;
  if (conflict.type === "overrides") {
    const meal = conflict.meal || conflict.theirs;
    return meal ? `The flags of "${meal.description}"` : "A meal's flags";
  }
  if (conflict.type === "term" && conflict.mine) return `The word "${conflict.mine.term}"`;
  return WHAT[conflict.type];
}

function describe(type, data, scales) {
  if (!data) return "deleted";
  if (type === "overrides") return data.overrides ? `${corrections(data.overrides)} (${data.description})` : corrections(data);
  if (type === "term") return `${data.term}: ${data.certainty === "possible" ? "may contain" : "contains"} ${data.group}`;
  if (type === "meal") return `${dateTimeOf(data.eaten_at)}: ${data.description}`;
  if (type === "massage") return `${data.technique.replaceAll("_", " ")}, ${Math.round(data.duration_seconds / 60)} min, ${data.knee} knee`;
  return scales.filter((s) => data[s.name] !== null && data[s.name] !== undefined)
    .map((s) => `${s.label} ${data[s.name]}`).join(", ") || "no scores";
}

// `only` picks the kinds of record a screen shows (Today: everything but food words, which have their own).
export async function renderConflicts(container, scales, only = (c) => c.type !== "term") {
  const conflicts = (await store.all("conflicts")).filter(only);
  container.replaceChildren(...conflicts.map((conflict) => {
    const title = titleOf(conflict);
    const card = element("article", { class: "conflict", "aria-label": `Conflict: ${title}` });
    if (conflict.kind === "invalid") {
      card.append(element("h4", { text: `${title} was not accepted` }),
                  element("p", { text: plainReason(conflict.reason) }),
                  element("p", { class: "version", text: `On this phone: ${describe(conflict.type, conflict.mine, scales)}` }),
                  button(conflict.type === "term" ? "OK" : "Discard it", () => resolve(conflict, "theirs")));
      return card;
    }
    if (conflict.type === "overrides" && !conflict.theirs) {
      card.append(element("h4", { text: `${title}: the meal was deleted on another device` }),
                  element("p", { class: "version", text: `This phone's correction: ${describe(conflict.type, conflict.mine, scales)}` }),
                  button("OK", () => resolve(conflict, "theirs")));
      return card;
    }
    card.append(element("h4", { text: `${title} ${conflict.type === "overrides" ? "were" : "was"} changed on another device` }),
                element("p", { class: "version", text: `This phone: ${describe(conflict.type, conflict.mine, scales)}` }),
                element("p", { class: "version", text: `The other device: ${describe(conflict.type, conflict.theirs, scales)}` }));
    const keepMine = button("Keep this phone's", async () => { await resolve(conflict, "mine"); });
    const keepTheirs = button("Keep the other device's", async () => { await resolve(conflict, "theirs"); },
                              { class: "secondary" });
    card.append(element("div", { class: "row actions" }, keepMine, keepTheirs));
    return card;
  }));
  if (conflicts.length) feedback(container.lastElementChild, "Choose which version to keep; the other is replaced.", { kind: "warn" });
}
