// Time zones from the server's own list (what it accepts), kept on the phone; the device's zone preselected.
import { api } from "./api.js";
import { element } from "./dom.js";

let zones = null;

export async function fillZones(select, chosen) {
  if (!zones) {
    try { zones = await api("GET", "/v1/timezones"); }
    catch { zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"]; }
  }
  const wanted = chosen || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const list = zones.includes(wanted) ? zones : [wanted, ...zones];
  select.replaceChildren(...list.map((zone) => element("option", { value: zone, text: zone.replaceAll("_", " ") })));
  select.value = wanted;
}
