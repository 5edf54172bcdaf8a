// The person's own food words: add, list, delete.
import { api } from "./api.js";
import { $, button, element, feedback } from "./dom.js";

const form = $("#term-form");

export async function show() {
  const list = $("#terms");
  try {
    const terms = await api("GET", "/v1/foods/terms");
    list.replaceChildren(...terms.map((term) => {
      const remove = button("Delete", async () => {
        try { await api("DELETE", `/v1/foods/terms/${term.id}`); await show(); feedback(list, `Deleted "${term.term}".`); }
        catch (error) { feedback(remove, error.message, { kind: "error" }); }
      }, { class: "secondary", "aria-label": `Delete ${term.term}` });
      return element("li", { class: "item row-item" },
        element("span", { text: `${term.term}: ${term.certainty === "possible" ? "may contain" : "contains"} ${term.group}` }), remove);
    }));
    if (!terms.length) list.append(element("li", { class: "muted", text: "No words of your own yet." }));
  } catch (error) { feedback(form, error.message, { kind: "error" }); }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = form.querySelector("button[type=submit]");
  try {
    const term = await api("POST", "/v1/foods/terms", {
      json: { term: form.term.value, group: form.group.value, certainty: form.certainty.value },
      headers: { "Idempotency-Key": crypto.randomUUID() } });
    form.term.value = "";
    await show();
    feedback(submit, `Added "${term.term}": new meals are checked with it.`);
  } catch (error) {
    feedback(submit, error.status === 409 ? "You already have that word." : error.message, { kind: "error" });
  }
});
