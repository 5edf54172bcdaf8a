// Profile (name, time zone from a list) and the private calendar link with its reminder time.
import { api } from "./api.js";
import { $, button, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import * as store from "./store.js";
import { fillZones } from "./zones.js";

const form = $("#profile-form");
const calendar = $("#calendar-form");
const hooks = { changed: () => {} };

export function onProfileChange(handler) { hooks.changed = handler; }

export async function show(me) {
  form.display_name.value = me.display_name || "";
  await fillZones(form.timezone, me.timezone);
  // The calendar link's state as last seen is kept on the phone, so the screen tells the truth offline.
  const kept = await store.meta("calendar");
  if (kept) showFeed(kept.active, kept.reminder_time);
  try {
    const feed = await api("GET", "/v1/calendar/feed");
    showFeed(true, feed.reminder_time);
  } catch (error) {
    if (error.status === 404) showFeed(false);
    else if (error instanceof Offline) {
      feedback(calendar, `Offline: ${kept ? "your calendar link as this phone last saw it. " : ""}Saving the profile and making or stopping a calendar link need a connection.`,
               { kind: "warn" });
    } else feedback(calendar, error.message, { kind: "error" });
  }
}

function showFeed(active, reminderTime) {
  if (reminderTime) calendar.reminder_time.value = reminderTime;
  store.setMeta("calendar", { active, reminder_time: calendar.reminder_time.value }).catch(() => {});
  $("#calendar-create").textContent = active ? "Save time and make a new link" : "Create calendar link";
  $("#calendar-revoke").hidden = !active;
  if (!active) $("#calendar-link").replaceChildren();
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = form.querySelector("button[type=submit]");
  try {
    const me = await api("PATCH", "/v1/me", { json: { display_name: form.display_name.value, timezone: form.timezone.value } });
    store.setSettings(me.id, { me });
    hooks.changed(me);
    feedback(submit, "Profile saved.");
  } catch (error) { feedback(submit, error.message, { kind: "error" }); }
});

export function copyable(url, container, label) {
  const field = element("input", { value: url, readonly: true, "aria-label": label, class: "url" });
  const copy = button("Copy link", async () => {
    try { await navigator.clipboard.writeText(url); feedback(copy, "Copied."); }
    catch { field.select(); feedback(copy, "Select the link and copy it by hand.", { kind: "warn" }); }
  });
  container.replaceChildren(field, element("div", { class: "row actions" }, copy));
  return container.lastElementChild;
}

calendar.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = $("#calendar-create");
  try {
    const feed = await api("POST", "/v1/calendar/feed", { json: { reminder_time: calendar.reminder_time.value } });
    const box = $("#calendar-link");
    copyable(feed.url, box, "Calendar link");
    box.prepend(element("p", { text: "Add this link to your phone's calendar as a subscription (\"Add calendar from URL\"). Anyone with it sees your reminders: keep it private." }));
    showFeed(true, calendar.reminder_time.value);
    feedback(submit, "Calendar link ready; any older link stopped working.");
  } catch (error) { feedback(submit, error.message, { kind: "error" }); }
});

$("#calendar-revoke").addEventListener("click", async (event) => {
  try {
    await api("DELETE", "/v1/calendar/feed");
    showFeed(false);
    feedback(event.target, "Calendar link stopped: calendars subscribed to it get nothing more.");
  } catch (error) { feedback(event.target, error.message, { kind: "error" }); }
});
