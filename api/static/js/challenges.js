// Reintroduction challenges: start one, day-by-day guidance, the verdict in plain words.
import { api } from "./api.js";
import { today } from "./clock.js";
import { $, button, dateLabel, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import * as store from "./store.js";

// The server words each verdict (domain/wording.py); these only stand in for an answer that has none.
const VERDICTS = {
  reaction: "Your scores got worse: this group seems to matter for you.",
  no_reaction_detected: "No reaction detected. One challenge only shows large reactions; repeat it to be surer.",
  inconclusive: "Not clear either way; see the notes, and consider trying again.",
};
const STATUS = { scheduled: "planned", exposure: "eat it now", observation: "watching", complete: "done", cancelled: "cancelled" };
const form = $("#challenge-form");

function guidance(challenge) {
  const now = today();
  const days = [...challenge.exposure_dates.map((d) => [d, `eat ${challenge.group} on purpose and score the day`]),
                ...challenge.observation_dates.map((d) => [d, `no ${challenge.group}; score the day`])];
  return element("ol", { class: "days" }, ...days.map(([day, what]) =>
    element("li", { class: day === now ? "now" : "" }, `${dateLabel(day)}${day === now ? " (today)" : ""}: ${what}`)));
}

function card(challenge) {
  const item = element("li", { class: "item" },
    element("h3", { text: `${challenge.group}, from ${dateLabel(challenge.start_date)} · ${STATUS[challenge.status] || challenge.status}` }),
    guidance(challenge));
  if (challenge.verdict) item.append(element("p", { class: `verdict ${challenge.verdict}`, text: challenge.statement || VERDICTS[challenge.verdict] }));
  if (challenge.reacting_scales.length) item.append(element("p", { text: `Worse on: ${challenge.reacting_scales.join(", ")}.` }));
  for (const problem of challenge.problems) item.append(element("p", { class: "muted", text: `${dateLabel(problem.date)}: ${problem.detail}` }));
  if (challenge.retest_on) item.append(element("p", { text: `Try again from ${dateLabel(challenge.retest_on)}.` }));
  if (!["complete", "cancelled"].includes(challenge.status)) {
    const cancel = button("Cancel this challenge", async () => {
      try { await api("POST", `/v1/challenges/${challenge.id}/cancel`); await show(); }
      catch (error) { feedback(cancel, error.message, { kind: "error" }); }
    }, { class: "secondary" });
    item.append(cancel);
  }
  return item;
}

function paint(challenges) {
  const list = $("#challenges");
  list.replaceChildren(...challenges.slice().reverse().map(card));
  if (!challenges.length) list.append(element("li", { class: "muted", text: "No challenge yet." }));
}

// The last answer is kept on the phone, so the day-by-day guidance is there offline too.
export async function show() {
  if (!form.start_date.value) form.start_date.value = today();
  const kept = await store.meta("challenges");
  if (kept) paint(kept);
  try {
    const challenges = await api("GET", "/v1/challenges");
    await store.setMeta("challenges", challenges);
    paint(challenges);
  } catch (error) {
    if (!kept) $("#challenges").replaceChildren();
    feedback(form, error instanceof Offline
      ? `Offline: ${kept ? "your challenges as this phone last saw them. " : ""}Starting or cancelling a challenge, and its verdict, need a connection.`
      : error.message, { kind: error instanceof Offline ? "warn" : "error" });
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = form.querySelector("button[type=submit]");
  try {
    const created = await api("POST", "/v1/challenges", { json: {
      group: form.group.value, start_date: form.start_date.value,
      exposure_days: parseInt(form.exposure_days.value, 10), observation_days: parseInt(form.observation_days.value, 10) } });
    await show();
    feedback(submit, [`Challenge planned: ${created.group} from ${dateLabel(created.start_date)}.`, ...created.warnings].join(" "));
  } catch (error) { feedback(submit, error.message, { kind: "error" }); }
});
