// Dates and clock times in the account's time zone (the profile's), never the device's: a phone set to another
// zone (travel, a second phone) still shows and takes meal times as the person's days are counted. Instants
// stay UTC; only what a person reads or types is a wall-clock time in `zone`.

let zone = "UTC";
let parts = null;

export function setZone(timezone) {
  zone = timezone || "UTC";
  parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit",
                                             day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
}
setZone("UTC");

export const accountZone = () => zone;

// The wall clock in the account's zone at `instant`, as numbers.
function wall(instant) {
  const fields = {};
  for (const { type, value } of parts.formatToParts(new Date(instant))) fields[type] = value;
  return fields;
}

// "YYYY-MM-DD": the account's day at `instant`.
export function localDay(instant) {
  const f = wall(instant);
  return `${f.year}-${f.month}-${f.day}`;
}

export const today = () => localDay(Date.now());

// "YYYY-MM-DDTHH:MM", what a datetime-local input holds, for `instant` in the account's zone.
export function wallClock(instant) {
  const f = wall(instant);
  return `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}`;
}

// How far the account's zone is ahead of UTC at `instant`, in milliseconds.
function offsetAt(instant) {
  const f = wall(instant);
  const asUtc = Date.UTC(+f.year, f.month - 1, +f.day, +f.hour, +f.minute, +f.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

// The UTC instant (milliseconds) of a wall-clock "YYYY-MM-DDTHH:MM" in the account's zone, or NaN. DST-safe: the
// offset is taken at the instant itself, not at "now". A time skipped by a spring-forward gap reads as the same
// clock time before the jump (02:30 becomes 03:30); a time that occurs twice (fall back) is its first occurrence.
export function instantOf(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text || "");
  if (!match) return NaN;
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const before = asUtc - offsetAt(asUtc - 86400000 / 2);
  const first = asUtc - offsetAt(asUtc);
  // Try both offsets around the wall time; keep the earliest instant that shows this wall time, else the gap rule.
  const candidates = [...new Set([before, first, asUtc - offsetAt(first), asUtc - offsetAt(before)])].sort((a, b) => a - b);
  const exact = candidates.find((t) => wallClock(t) === `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`);
  return exact !== undefined ? exact : asUtc - offsetAt(asUtc - 86400000 / 2);
}

export function instantIso(text) {
  const at = instantOf(text);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

// "08:30" in the account's zone, for lists.
export function timeOf(instant) {
  return new Date(instant).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", timeZone: zone });
}

export function dateTimeOf(instant) {
  return new Date(instant).toLocaleString([], { dateStyle: "medium", timeStyle: "short", timeZone: zone });
}
