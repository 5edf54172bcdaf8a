// Trends: a headline card, the day-10 and day-14 windows side by side, one chart drawn here from
// /v1/trends/daily with a scale picker, and the clues as short cards. Every sentence about a verdict is the
// server's (`statement`, `headline`): the app, the PDF and the HTML report say the same thing. The last answer
// is kept on the phone, so Trends opens offline too.
import { api } from "./api.js";
import { drawChart } from "./chart.js";
import { $, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import * as store from "./store.js";
import { localDay } from "./clock.js";

const BASELINE_DAYS = 14;
const ELIMINATION_DAYS = 14;
const DEFAULT_DAYS = 28;
const FIRST_GUESS_DAYS = 60;
const MAX_DAYS = 730;  // /v1/trends/daily spans at most 731 days
const WINDOWS = [["day10", "Days 1-10"], ["day14", "Days 1-14"]];
const app = { scales: [], data: null, chosen: null };

export function configure(scales) {
  app.scales = scales;
}

function shiftDays(iso, days) {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// The server's answer, kept on the phone: Trends paints from it at once and refreshes behind it.
async function fetchTrends() {
  // Both at once: the daily rows of the last FIRST_GUESS_DAYS cover most runs; a longer one fetches the rest.
  const today = localDay(new Date());
  const guess = shiftDays(today, 1 - FIRST_GUESS_DAYS);
  const [trends, recent] = await Promise.all([api("GET", "/v1/trends"),
                                              api("GET", `/v1/trends/daily?from=${guess}&to=${today}`)]);
  const start = trends.elimination.start_date;
  const wanted = start ? shiftDays(start, -BASELINE_DAYS) : shiftDays(today, 1 - DEFAULT_DAYS);
  const from = wanted < shiftDays(today, -MAX_DAYS) ? shiftDays(today, -MAX_DAYS) : wanted;
  const daily = from >= guess ? recent.filter((row) => row.date >= from)
    : [...await api("GET", `/v1/trends/daily?from=${from}&to=${shiftDays(guess, -1)}`), ...recent];
  const data = { trends, daily, at: Date.now() };
  await store.setMeta("trends", data);
  return data;
}

// Fetched in the background once the first screen is drawn, when the phone's copy is missing or old, so the
// first tap on Trends draws at once instead of waiting for the server's statistics.
const PREFETCH_AFTER_MS = 60 * 60000;
export async function prefetch() {
  const cached = await store.meta("trends");
  if (!cached || !(cached.at > Date.now() - PREFETCH_AFTER_MS)) await fetchTrends();
}

export async function show() {
  const cached = await store.meta("trends");
  if (cached) paint(cached);
  try {
    paint(await fetchTrends());
  } catch (error) {
    feedback($("#headline"), error instanceof Offline ? (cached ? "Offline: these are the trends from your last visit."
      : "Trends need a connection the first time.") : error.message, { kind: cached ? "warn" : "error" });
  }
}

const label = (name) => (app.scales.find((s) => s.name === name) || { label: name }).label;
const scored = (daily) => app.scales.filter((s) => daily.some((row) => row.scores[s.name] !== null
                                                                        && row.scores[s.name] !== undefined));

export function counter(e) {
  if (!e.start_date) return "Not started yet";
  if (e.day === 0) return `Starts on ${e.start_date}`;
  if (e.day > ELIMINATION_DAYS) return `Day ${e.day} · the two weeks are done`;
  return `Day ${e.day} of ${ELIMINATION_DAYS}`;
}

// The window the headline tells: the longest complete one, else the day-10 window so far.
function storyWindow(trends) {
  const { day10, day14 } = trends.windows;
  return day14 && day14.complete ? day14 : day10 && day10.complete ? day10 : day10;
}

// The scale the headline names: the person's primary scale, else the scored scale with the clearest verdict.
function headlineScale(window, daily) {
  const names = scored(daily).map((s) => s.name).filter((name) => window.scales[name]);
  if (window.primary_scale && names.includes(window.primary_scale)) return window.primary_scale;
  if (!window.complete) return names[0];
  const strength = (c) => (c.probability_better === null ? -1 : Math.abs(c.probability_better - 0.5));
  return names.sort((a, b) => strength(window.scales[b]) - strength(window.scales[a]))[0];
}

function paintHeadline({ trends, daily }) {
  const e = trends.elimination;
  const parts = [counter(e)];
  if (e.start_date) parts.push(`${e.clean_streak_days} clean day${e.clean_streak_days === 1 ? "" : "s"}`);
  $("#day-counter").textContent = parts.join(" · ");
  const window = storyWindow(trends);
  const name = window && headlineScale(window, daily);
  $("#headline-text").textContent = name ? window.scales[name].headline
    : e.start_date ? "Score your symptoms each day: the first comparison appears as the days add up."
      : "To begin, enter the day you started (or will start) below, then log your meals and scores each day.";
}

// Each window in a short card: a pending window in one line, else the clear verdicts first and the scales with
// no clear change folded away (their sentences one tap away).
function paintWindows({ trends, daily }) {
  const names = scored(daily).map((s) => s.name);
  const cards = WINDOWS.map(([key, title]) => {
    const window = trends.windows[key];
    const head = element("h4", { text: title });
    if (!window) return element("div", { class: "card window" }, head,
      element("p", { class: "muted", text: "Starts with your elimination." }));
    const comparisons = names.filter((n) => window.scales[n]).map((n) => [n, window.scales[n]]);
    const dates = element("p", { class: "muted", text: `${window.from} to ${window.to}` });
    if (!comparisons.length) return element("div", { class: "card window" }, head, dates,
      element("p", { class: "muted", text: "No scores yet." }));
    if (!window.complete) return element("div", { class: "card window" }, head, dates,
      element("p", { class: "verdict pending", text: comparisons[0][1].statement }));
    const line = ([n, c]) => element("li", { class: `verdict ${c.verdict}`, text: `${label(n)}: ${c.statement}` });
    const clear = comparisons.filter(([, c]) => c.verdict === "improved" || c.verdict === "worse");
    const rest = comparisons.filter(([, c]) => c.verdict !== "improved" && c.verdict !== "worse");
    return element("div", { class: "card window" }, head, dates,
      clear.length ? element("ul", {}, ...clear.map(line)) : element("p", { text: "No clear change yet." }),
      rest.length ? element("details", {}, element("summary", { text: `${rest.length} more scale${rest.length === 1 ? "" : "s"}` }),
                                       element("ul", {}, ...rest.map(line))) : null);
  });
  $("#windows").replaceChildren(...cards);
}

const signed = (v) => (v === null ? "-" : `${v > 0 ? "+" : ""}${v.toFixed(1)}`);
const interval = (ci) => (ci ? `95% interval ${signed(ci[0])} to ${signed(ci[1])}` : "too few days for an interval");

function card(title, text, tag) {
  return element("div", { class: "card clue" }, element("h4", { text: title }),
                 tag ? element("span", { class: "tag", text: tag }) : null, element("p", { text }));
}

function paintClues({ trends }) {
  const cards = Object.entries(trends.exposures).filter(([, x]) => x.exposed_days.length).map(([group, x]) => {
    const pain = x.scales.pain;
    const days = `${x.exposed_days.length} day${x.exposed_days.length === 1 ? "" : "s"} with ${group}, last ${x.exposed_days.at(-1)}`;
    const compared = pain && pain.difference !== null
      ? `. Pain after: ${signed(pain.difference)} against clean days (${interval(pain.ci95)}).` : ".";
    return card(`Eating ${group}`, days + compared, "clue, not proof");
  });
  const m = trends.massage;
  const sessions = Object.values(m.techniques).reduce((n, t) => n + t.sessions, 0);
  if (sessions) {
    const techniques = Object.entries(m.techniques).filter(([, t]) => t.sessions).map(([name, t]) =>
      `${name.replaceAll("_", " ")} ${t.sessions}×${t.mean_relief !== null ? ` (knee pain ${signed(-t.mean_relief)} right after)` : ""}`);
    const next = m.next_day_pain.difference !== null
      ? ` Next-day pain after massage: ${signed(m.next_day_pain.difference)} (${interval(m.next_day_pain.ci95)}).` : "";
    cards.push(card("Knee self-massage", `${techniques.join(", ")}.${next}`, "clue, not proof"));
  }
  for (const [group, c] of Object.entries(trends.challenges)) {
    if (c.outcome !== "not_yet_tested") cards.push(card(`Bringing back ${group}`, c.statement, null));
  }
  $("#clue-cards").replaceChildren(...(cards.length ? [...cards, element("p", { class: "muted", text: trends.clues })]
    : [element("p", { class: "muted", text: "Nothing to compare yet: clues appear once you log meals, massage or a challenge." })]));
}

function paint(data) {
  app.data = data;
  const { trends } = data;
  const e = trends.elimination;
  paintHeadline(data);
  $("#milestones").textContent = e.start_date
    ? `Started ${e.start_date} (${e.source === "user" ? "set by you" : "found from your meals"}). `
      + `Day 10: ${e.day10_date}. Day 14: ${e.day14_date}.`
      + `${e.slips.length ? ` Slips: ${e.slips.map((s) => `${s.date} (${s.groups.join(", ")})`).join("; ")}.` : ""}`
    : "A run starts after your last exposure, with at least one clean logged day. You can also set the start yourself.";
  const field = $("#start-form").start_date;
  if (document.activeElement !== field) field.value = e.source === "user" ? e.start_date : "";
  paintWindows(data);
  paintClues(data);
  const notes = [...trends.caveats, ...WINDOWS.flatMap(([key]) => (trends.windows[key] ? trends.windows[key].caveats : []))];
  $("#caveats").replaceChildren(...[...new Set(notes)].map((note) => element("li", { text: note })));
  paintPicker();
}

function paintPicker() {
  const choices = scored(app.data.daily);
  const offered = choices.length ? choices : app.scales.slice(0, 1);
  if (!offered.some((s) => s.name === app.chosen)) {
    const window = storyWindow(app.data.trends);
    app.chosen = (window && headlineScale(window, app.data.daily)) || offered[0].name;
  }
  $("#chart-scales").replaceChildren(...offered.map((s) => element("button", {
    type: "button", class: "pick", "aria-pressed": String(s.name === app.chosen), "data-scale": s.name, text: s.label,
    onclick: () => { app.chosen = s.name; paintPicker(); },
  })));
  paintChart();
}

function paintChart() {
  const scale = app.scales.find((s) => s.name === app.chosen) || app.scales[0];
  const e = app.data.trends.elimination;
  $("#chart").replaceChildren(drawChart(app.data.daily, scale, { start: e.start_date, slips: e.slips }),
    element("figcaption", { text: `${scale.label}: dots are daily scores, the line the 7-day mean; shaded: the two weeks before the start, then days 1-10 and 11-14. ${scale.higher_is_better ? "Higher is better." : "Higher is worse."}` }));
}

$("#start-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = event.target.querySelector("button[type=submit]");
  try {
    await api("PUT", "/v1/elimination", { json: { start_date: event.target.start_date.value } });
    await show();
    feedback(submit, "Start date set.");
  } catch (error) { feedback(submit, error.message, { kind: "error" }); }
});
