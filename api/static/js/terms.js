// The person's own food words: add, list, delete. Local-first: a change is stored on the phone, shown "on this
// phone" and sent by the outbox; the list is the last one the server gave, kept on the phone.
import { renderConflicts } from "./conflicts.js";
import { $, button, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import { mark } from "./marks.js";
import { refreshTerms, termsOnPhone, writeTerm } from "./sync.js";

const form = $("#term-form");

const describe = (term) => `${term.term}: ${term.certainty === "possible" ? "may contain" : "contains"} ${term.group}`;

export async function render() {
  const list = $("#terms");
  const terms = (await termsOnPhone()).filter((term) => !term.conflict);
  list.replaceChildren(...terms.map((term) => {
    const item = element("li", { class: "item row-item" }, element("span", { text: describe(term) }));
    if (term.deleting) {
      item.append(element("span", { class: "mark local", text: "deleted on this phone" }));
      return item;
    }
    item.append(mark(term), button("Delete", async () => {
      await writeTerm(term.id, null);
      await render();
      feedback(list, `Deleted "${term.term}" on this phone.`);
    }, { class: "secondary", "aria-label": `Delete ${term.term}` }));
    return item;
  }));
  if (!terms.length) list.append(element("li", { class: "muted", text: "No words of your own yet." }));
  await renderConflicts($("#term-problems"), [], (c) => c.type === "term");
}

export async function show() {
  await render();
  try {
    await refreshTerms();
    await render();
  } catch (error) {
    feedback(form, error instanceof Offline ? "Offline: these are your words as this phone last saw them. New ones and deletions are kept here and sync when you're online."
      : error.message, { kind: error instanceof Offline ? "warn" : "error" });
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = form.querySelector("button[type=submit]");
  const fields = { term: form.term.value.trim(), group: form.group.value, certainty: form.certainty.value };
  if ((await termsOnPhone()).some((t) => !t.deleting && t.term.toLowerCase() === fields.term.toLowerCase())) {
    feedback(submit, "You already have that word.", { kind: "error" });
    return;
  }
  await writeTerm(crypto.randomUUID(), fields);
  form.term.value = "";
  await render();
  feedback(submit, `Added "${fields.term}" on this phone: new meals are checked with it once it syncs.`);
});
