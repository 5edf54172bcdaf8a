// Where a record stands: only on this phone, waiting for a choice, or saved on the server.
import { element } from "./dom.js";

const MARKS = {
  outbox: ["local", "on this phone"],
  conflict: ["problem", "changed elsewhere: choose above"],
  invalid: ["problem", "not accepted: see above"],
};

export function mark(record) {
  const [kind, text] = MARKS[record.pending] || ["synced", "synced"];
  return element("span", { class: `mark ${kind}`, text });
}
