// Flag chips: one chip per flagged group with its terms inside. Tolerates the flat list the API gives today
// ([{group, certainty, term, matched, ...}]) and grouped shapes ([{group, certainty, terms: [...]}] or
// {group: [...] | {certainty, terms}}), so a change of the flags' shape does not break the app.
import { button, element } from "./dom.js";

export const GROUPS = ["wheat", "dairy", "corn", "soy", "sugar"];

function termText(term) { return typeof term === "string" ? term : term && (term.term || term.matched || term.text) || ""; }

export function flagGroups(flags) {
  const entries = Array.isArray(flags) ? flags.map((flag) => [flag.group, flag])
    : Object.entries(flags || {}).flatMap(([group, value]) => (Array.isArray(value) ? value : [value])
      .map((flag) => [group, { group, ...(typeof flag === "object" ? flag : { term: flag }) }]));
  const groups = new Map();
  for (const [group, flag] of entries) {
    if (!group) continue;
    const entry = groups.get(group) || { group, certainty: "possible", terms: [] };
    if (flag.certainty === "definite") entry.certainty = "definite";
    const terms = flag.terms ? flag.terms.map(termText) : [termText(flag)];
    for (const term of terms) if (term && !entry.terms.includes(term)) entry.terms.push(term);
    groups.set(group, entry);
  }
  return GROUPS.filter((group) => groups.has(group)).map((group) => groups.get(group));
}

function chipText(group, certainty, terms) {
  const head = certainty === "possible" ? `maybe ${group}` : group;
  return terms.length ? `${head}: ${terms.join(", ")}` : head;
}

// A meal's chips after the person's own corrections; `act(dismissed, added)` stores a new set of overrides.
export function mealChips(meal, act) {
  const box = element("div", { class: "chips" });
  const overrides = meal.overrides || { dismissed: [], added: [] };
  const definite = meal.definite || [];
  const flagged = flagGroups(meal.flags);
  const change = (dismissed, added) => act && act([...new Set(dismissed)], [...new Set(added)]);
  const without = (list, group) => list.filter((g) => g !== group);
  for (const { group, certainty, terms } of flagged) {
    const dismissed = overrides.dismissed.includes(group);
    const confirmed = overrides.added.includes(group) || (certainty === "definite" && !dismissed);
    const state = dismissed ? "dismissed" : confirmed ? "definite" : "possible";
    const chip = element("div", { class: `chip ${state}` },
      element("span", { text: dismissed ? `${chipText(group, certainty, terms)} (not in it, you said)`
                                        : chipText(group, confirmed ? "definite" : certainty, terms) }));
    if (act) {
      if (dismissed) chip.append(button("Undo", () => change(without(overrides.dismissed, group), overrides.added)));
      else if (state === "possible") {
        chip.append(button(`Yes, it has ${group}`, () => change(overrides.dismissed, [...overrides.added, group])),
                    button("No", () => change([...overrides.dismissed, group], without(overrides.added, group))));
      } else {
        chip.append(button("Not in it", () => change([...overrides.dismissed, group], without(overrides.added, group))));
      }
    }
    box.append(chip);
  }
  for (const group of overrides.added.filter((g) => !flagged.some((f) => f.group === g))) {
    const chip = element("div", { class: "chip definite" }, element("span", { text: `${group} (you added it)` }));
    if (act) chip.append(button("Remove", () => change(overrides.dismissed, without(overrides.added, group))));
    box.append(chip);
  }
  if (!box.children.length && definite.length === 0 && meal.version) box.append(element("span", { class: "muted", text: "No excluded group found." }));
  return box;
}

export function previewChips(flags) {
  const box = element("div", { class: "chips" });
  for (const { group, certainty, terms } of flagGroups(flags)) {
    box.append(element("div", { class: `chip ${certainty}` }, element("span", { text: chipText(group, certainty, terms) })));
  }
  return box;
}
