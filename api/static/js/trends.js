// Trends: one chart drawn here from /v1/trends/daily (a scale picker, no server images), the day counter, the
// verdicts in plain words. The last answer is kept on the phone, so Trends opens offline too.
import { api } from "./api.js";
import { drawChart } from "./chart.js";
import { $, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import * as store from "./store.js";
import { localDay } from "./sync.js";

const BASELINE_DAYS = 14;
const DEFAULT_DAYS = 28;
const FIRST_GUESS_DAYS = 60;
const MAX_DAYS = 730;  // /v1/trends/daily spans at most 731 days
const VERDICT_WORDS = {
  improved: "better than before the start",
  worse: "worse than before the start",
  no_clear_change: "no clear change yet",
  insufficient_data: "not enough scored days to tell",
};
const app = { scales: [], data: null };

export function configure(scales) {
  app.scales = scales;
  $("#chart-scale").replaceChildren(...scales.map((s) => element("option", { value: s.name, text: s.label })));
}

function shiftDays(iso, days) {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function show() {
  const cached = await store.meta("trends");
  if (cached) paint(cached);
  try {
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
    const data = { trends, daily };
    await store.setMeta("trends", data);
    paint(data);
  } catch (error) {
    const where = $("#chart");
    feedback(where, error instanceof Offline ? (cached ? "Offline: these are the trends from your last visit."
      : "Trends need a connection the first time.") : error.message, { kind: cached ? "warn" : "error" });
  }
}

function friendly(name, comparison) {
  const label = (app.scales.find((s) => s.name === name) || { label: name }).label;
  if (comparison.statement) return `${label}: ${comparison.statement}`;
  const words = VERDICT_WORDS[comparison.verdict] || String(comparison.verdict).replaceAll("_", " ");
  const means = comparison.baseline_mean !== null && comparison.window_mean !== null
    ? ` (average ${comparison.baseline_mean.toFixed(1)} before, ${comparison.window_mean.toFixed(1)} since)` : "";
  return `${label}: ${words}${means}.`;
}

function paint(data) {
  app.data = data;
  const { trends } = data;
  const e = trends.elimination;
  $("#day-counter").textContent = !e.start_date ? "No elimination run yet"
    : e.day > 14 ? `Day ${e.day}: past the two weeks` : `Day ${e.day} of 14`;
  $("#milestones").textContent = e.start_date
    ? `Started ${e.start_date} (${e.source === "user" ? "set by you" : "found from your meals"}). `
      + `Day 10: ${e.day10_date}${e.day >= 10 ? " (reached)" : ""}. Day 14: ${e.day14_date}${e.day >= 14 ? " (reached)" : ""}. `
      + `Clean streak: ${e.clean_streak_days} days.${e.slips.length ? ` Slips: ${e.slips.map((s) => `${s.date} (${s.groups.join(", ")})`).join("; ")}.` : ""}`
    : "A run starts after your last exposure, with at least one clean logged day. You can also set the start yourself.";
  const window = trends.windows.day14;
  $("#verdicts").replaceChildren(...(window ? Object.entries(window.scales).map(([name, c]) =>
    element("li", { class: `item verdict ${c.verdict}`, text: friendly(name, c) })) : [
    element("li", { class: "muted", text: "Verdicts appear once the two-week window has started." })]));
  $("#exposures").replaceChildren(...Object.entries(trends.exposures).filter(([, x]) => x.exposed_days.length)
    .map(([group, x]) => element("li", { text: `${group}: ${x.exposed_days.length} day(s), last ${x.exposed_days.at(-1)}` })));
  $("#massage-summary").replaceChildren(...Object.entries(trends.massage.techniques).map(([name, t]) =>
    element("li", { text: `${name.replaceAll("_", " ")}: ${t.sessions} session(s), ${Math.round(t.seconds / 60)} min`
                          + (t.mean_relief !== null ? `, knee pain down ${t.mean_relief.toFixed(1)} on average` : "") })));
  const notes = [...trends.caveats, ...(window ? window.caveats : [])];
  $("#caveats").replaceChildren(...notes.map((note) => element("li", { text: note })));
  paintChart();
}

function paintChart() {
  if (!app.data) return;
  const scale = app.scales.find((s) => s.name === $("#chart-scale").value) || app.scales[0];
  $("#chart").replaceChildren(drawChart(app.data.daily, scale, { start: app.data.trends.elimination.start_date }),
    element("figcaption", { text: `${scale.label}: dots are daily scores, the line the 7-day mean; the shaded parts are the two weeks before the start and days 1-14; marks along the bottom are exposure days. ${scale.higher_is_better ? "Higher is better." : "Higher is worse."}` }));
}
$("#chart-scale").addEventListener("change", paintChart);

$("#start-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = event.target.querySelector("button[type=submit]");
  try {
    await api("PUT", "/v1/elimination", { json: { start_date: event.target.start_date.value } });
    await show();
    feedback(submit, "Start date set.");
  } catch (error) { feedback(submit, error.message, { kind: "error" }); }
});
