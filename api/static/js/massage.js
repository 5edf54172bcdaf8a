// Knee self-massage, hands-free: a timer per technique (minutes per acupressure point), and for empty palm
// patting a steady audible and vibrating beat that counts nine-and-nine rounds and says "now the sides".
import { localDay, timeOf } from "./clock.js";
import { $, button, element, feedback } from "./dom.js";
import { mark } from "./marks.js";
import * as store from "./store.js";
import { write } from "./sync.js";

const PATS = 9;
const form = $("#massage-form");
const app = { techniques: [] };
const timer = { handle: null, started: 0, elapsed: 0 };
const beat = { handle: null, count: 0, phase: 0, round: 1, rounds: 0 };
let audio = null;

export function configure(techniques) {
  app.techniques = techniques;
  $("#technique").replaceChildren(...techniques.map((t) => element("option", { value: t.name, text: `${t.order}. ${t.label}` })));
  showGuide();
}

function technique() { return app.techniques.find((t) => t.name === form.technique.value); }

function say(text) {
  $("#timer-say").textContent = text;
  if ("speechSynthesis" in window) {
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }
}

function tick(accent) {
  if (navigator.vibrate) navigator.vibrate(accent ? 120 : 40);
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  audio = audio || new Context();
  const at = audio.currentTime;
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = accent ? 988 : 659;
  gain.gain.setValueAtTime(0.35, at);
  gain.gain.exponentialRampToValueAtTime(0.001, at + 0.09);
  tone.connect(gain).connect(audio.destination);
  tone.start(at);
  tone.stop(at + 0.1);
}

function clock(seconds) {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

function showGuide() {
  const chosen = technique();
  if (!chosen) return;
  stopTimer(); stopBeat(); resetBeat();
  const guide = $("#technique-guide");
  guide.replaceChildren(element("p", { text: chosen.what_it_does }), element("p", { text: chosen.how }));
  if (chosen.round_description) guide.append(element("p", { text: chosen.round_description }));
  form.minutes.value = Math.max(1, Math.round(chosen.suggested_seconds / 60));
  $("#points-field").hidden = chosen.name !== "acupressure";
  $("#patting").hidden = chosen.name !== "empty_palm_patting";
  $("#points").replaceChildren(...chosen.points.map((p) => element("label", { class: "check" },
    element("input", { type: "checkbox", name: "points", value: p.code, checked: true }), `${p.code} ${p.name}: ${p.location}`)));
  showPlannedTime();
  $("#timer-say").textContent = "";
}
form.technique.addEventListener("change", showGuide);

function showPlannedTime() {
  if (!timer.handle) $("#timer-read").textContent = clock(plan().reduce((sum, step) => sum + step.seconds, 0));
}
for (const input of [form.minutes, form.point_minutes]) input.addEventListener("input", showPlannedTime);
$("#points").addEventListener("change", showPlannedTime);

// ---------------------------------------------------------------- the timer

function plan() {
  const chosen = technique();
  if (chosen.name === "acupressure") {
    const points = [...form.querySelectorAll("input[name=points]:checked")].map((b) => b.value);
    const each = Math.max(0.5, parseFloat(form.point_minutes.value) || 2) * 60;
    return (points.length ? points : chosen.points.map((p) => p.code)).map((code) => ({ say: `Press ${code}`, seconds: each }));
  }
  return [{ say: `Start ${chosen.label.toLowerCase()}`, seconds: Math.max(1, parseFloat(form.minutes.value) || 1) * 60 }];
}

$("#timer-start").addEventListener("click", () => {
  const steps = plan();
  let index = 0;
  let stepEnds = Date.now() + steps[0].seconds * 1000;
  timer.started = Date.now();
  say(steps[0].say);
  tick(true);
  $("#timer-start").hidden = true;
  $("#timer-stop").hidden = false;
  timer.handle = setInterval(() => {
    const left = (stepEnds - Date.now()) / 1000;
    $("#timer-read").textContent = clock(left);
    if (left > 0) return;
    index += 1;
    tick(true);
    if (index >= steps.length) { finishTimer(); say("Time is up. Well done."); return; }
    stepEnds = Date.now() + steps[index].seconds * 1000;
    say(steps[index].say);
  }, 250);
});

function finishTimer() {
  const minutes = (Date.now() - timer.started) / 60000;
  stopTimer();
  form.minutes.value = Math.max(1, Math.round(minutes));
}

function stopTimer() {
  clearInterval(timer.handle);
  timer.handle = null;
  $("#timer-start").hidden = false;
  $("#timer-stop").hidden = true;
}
$("#timer-stop").addEventListener("click", finishTimer);

// ---------------------------------------------------------------- the patting beat

function resetBeat() { Object.assign(beat, { count: 0, phase: 0, round: 1, rounds: 0 }); renderBeat(); }

function renderBeat() {
  $("#pat-round").textContent = String(beat.round);
  $("#pat-phase").textContent = beat.phase === 0 ? "front and back" : "sides";
  $("#pat-count").textContent = String(beat.count);
}

function pat() {
  beat.count += 1;
  tick(beat.count === 1);
  if (beat.count === PATS) {
    beat.count = 0;
    if (beat.phase === 0) { beat.phase = 1; say("Now the sides"); }
    else { beat.phase = 0; beat.rounds += 1; beat.round += 1; say(`Round ${beat.rounds} done. Front and back`); }
  }
  renderBeat();
}

$("#beat-start").addEventListener("click", () => {
  const tempo = Math.min(160, Math.max(40, parseInt(form.tempo.value, 10) || 90));
  beat.started = Date.now();
  say("Front and back");
  beat.handle = setInterval(pat, 60000 / tempo);
  $("#beat-start").hidden = true;
  $("#beat-stop").hidden = false;
});

function stopBeat() {
  if (beat.handle && beat.started) form.minutes.value = Math.max(1, Math.round((Date.now() - beat.started) / 60000));
  clearInterval(beat.handle);
  beat.handle = null;
  $("#beat-start").hidden = false;
  $("#beat-stop").hidden = true;
}
$("#beat-stop").addEventListener("click", () => { stopBeat(); say(`Stopped after ${beat.rounds} full rounds.`); });

// ---------------------------------------------------------------- saving a session

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = form.querySelector("button[type=submit]");
  stopTimer(); stopBeat();
  const chosen = technique();
  const minutes = parseFloat(form.minutes.value);
  if (!(minutes >= 1 && minutes <= 60)) { feedback(submit, "Minutes: from 1 to 60.", { kind: "error" }); return; }
  const pain = {};
  for (const name of ["pain_before", "pain_after"]) {
    if (form[name].value === "") { pain[name] = null; continue; }
    const value = Number(form[name].value);
    if (!Number.isInteger(value) || value < 0 || value > 10) {
      feedback(submit, "Knee pain: a whole number from 0 to 10, or leave it empty.", { kind: "error" });
      return;
    }
    pain[name] = value;
  }
  const fields = { performed_at: new Date().toISOString(), technique: chosen.name, knee: form.knee.value,
                   duration_seconds: Math.round(minutes * 60), points: null, rounds: null, notes: null, ...pain };
  if (chosen.name === "acupressure") fields.points = [...form.querySelectorAll("input[name=points]:checked")].map((b) => b.value);
  if (chosen.name === "empty_palm_patting") fields.rounds = Math.max(1, beat.rounds + (beat.count || beat.phase ? 1 : 0));
  await write("massage", crypto.randomUUID(), fields);
  form.pain_before.value = ""; form.pain_after.value = "";
  resetBeat();
  await render();
  feedback(submit, `Session saved on this phone (${chosen.label.toLowerCase()}).`);
});

export async function render() {
  const day = localDay(new Date());
  const sessions = (await store.ofDay("massage", day)).filter((r) => !r.deleted && r.data)
    .sort((a, b) => a.data.performed_at.localeCompare(b.data.performed_at));
  const list = $("#day-massage");
  list.replaceChildren(...sessions.map((record) => {
    const s = record.data;
    const pain = s.pain_before !== null && s.pain_after !== null ? `, knee pain ${s.pain_before} → ${s.pain_after}` : "";
    return element("li", { class: "item" }, element("div", { class: "item-head" },
      element("span", { text: `${timeOf(s.performed_at)} · ${s.technique.replaceAll("_", " ")}` }),
      mark(record)), element("p", { text: `${Math.round(s.duration_seconds / 60)} min, ${s.knee} knee${pain}` }),
      button("Delete", async () => { await write("massage", record.id, s, { deleted: true }); await render(); },
             { class: "secondary", "aria-label": `Delete the ${s.technique.replaceAll("_", " ")} session` }));
  }));
  if (!sessions.length) list.append(element("li", { class: "muted", text: "No session yet today." }));
}

export async function show() {
  await render();
}
