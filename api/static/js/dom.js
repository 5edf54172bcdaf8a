// Small DOM helpers. User text is only ever inserted with textContent, never as HTML.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export function button(text, onclick, attributes = {}) {
  return element("button", { type: "button", onclick, ...attributes }, text);
}

// Feedback sits right after the control that caused it, so a person scrolled anywhere sees it where they acted.
export function feedback(anchor, message, { kind = "ok", action = null } = {}) {
  let note = anchor.nextElementSibling;
  if (!note || !note.classList.contains("feedback")) {
    note = element("p", { class: "feedback", role: kind === "error" ? "alert" : "status" });
    anchor.after(note);
  }
  note.className = `feedback ${kind}`;
  note.replaceChildren(element("span", { text: message }));
  if (action) note.append(button(action.label, () => { note.remove(); action.run(); }, { class: "link" }));
  return note;
}

export function clearFeedback(root = document) {
  for (const note of $$(".feedback", root)) note.remove();
}

export function dateLabel(isoDate) {
  return new Date(`${isoDate}T12:00:00`).toLocaleDateString([], { weekday: "short", day: "numeric", month: "short" });
}
