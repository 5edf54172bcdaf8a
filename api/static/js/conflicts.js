// Conflicts and refused items: both versions side by side, and the person chooses. Nothing is dropped unasked.
import { button, element, feedback } from "./dom.js";
import { plainReason } from "./errors.js";
import * as store from "./store.js";
import { resolve } from "./sync.js";

const WHAT = { meal: "A meal", symptom: "The scores", massage: "A massage session" };

function describe(type, data, scales) {
  if (!data) return "deleted";
  if (type === "meal") return `${new Date(data.eaten_at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}: ${data.description}`;
  if (type === "massage") return `${data.technique.replaceAll("_", " ")}, ${Math.round(data.duration_seconds / 60)} min, ${data.knee} knee`;
  return scales.filter((s) => data[s.name] !== null && data[s.name] !== undefined)
    .map((s) => `${s.label} ${data[s.name]}`).join(", ") || "no scores";
}

export async function renderConflicts(container, scales) {
  const conflicts = await store.all("conflicts");
  container.replaceChildren(...conflicts.map((conflict) => {
    const title = conflict.type === "symptom" ? `${WHAT.symptom} for ${conflict.id}` : WHAT[conflict.type];
    const card = element("article", { class: "conflict", "aria-label": `Conflict: ${title}` });
    if (conflict.kind === "invalid") {
      card.append(element("h4", { text: `${title} was not accepted` }),
                  element("p", { text: plainReason(conflict.reason) }),
                  element("p", { class: "version", text: `On this phone: ${describe(conflict.type, conflict.mine, scales)}` }),
                  button("Discard it", () => resolve(conflict, "theirs")));
      return card;
    }
    card.append(element("h4", { text: `${title} was changed on another device` }),
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
