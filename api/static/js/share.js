// Read-only share links with copy, the system share sheet and a QR code; exports to download.
import { api } from "./api.js";
import { $, $$, button, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import { copyable } from "./profile.js";
import * as store from "./store.js";

const form = $("#share-form");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = form.querySelector("button[type=submit]");
  const formats = $$("input[name=formats]:checked", form).map((b) => b.value);
  if (!formats.length) { feedback(submit, "Tick at least one format.", { kind: "error" }); return; }
  try {
    const share = await api("POST", "/v1/shares", { json: { expires_in_days: parseInt(form.days.value, 10), formats } });
    // Without the operator's PUBLIC_URL the server answers a path; this page's own address completes it.
    const base = new URL(share.url, location.origin).href;
    const link = formats.includes("pdf") ? `${base}/report.pdf` : formats.includes("html") ? `${base}/report.html`
      : `${base}/export?format=${formats[0]}`;
    const box = $("#share-result");
    const actions = copyable(link, box, "Share link");
    if (navigator.share) {
      actions.append(button("Send…", () => navigator.share({ title: "My diet-tracker report", url: link }).catch(() => {}),
                            { class: "secondary" }));
    }
    box.prepend(element("p", { text: `This link opens ${formats.join(", ")} until ${share.expires_at.slice(0, 10)}. It is shown only now.` }));
    if (share.qr_svg) {
      box.append(element("img", { class: "qr", alt: "QR code of the share link, for the practitioner to scan",
                                  src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(share.qr_svg)}` }));
    }
    await list();
    feedback(submit, "Link created.");
  } catch (error) { feedback(submit, error.message, { kind: "error" }); }
});

async function list() {
  const shares = await api("GET", "/v1/shares");
  await store.setMeta("shares", shares);
  paint(shares);
}

function paint(shares) {
  $("#shares").replaceChildren(...shares.map((share) => {
    const item = element("li", { class: "item" }, element("p", { text: `${share.formats.join(", ")} · until ${share.expires_at.slice(0, 10)} · `
      + `${share.active ? "active" : "ended"} · opened ${share.accesses.length} time(s)` }));
    if (share.active) {
      const revoke = button("Revoke", async () => {
        try { await api("DELETE", `/v1/shares/${share.id}`); await list(); feedback($("#shares"), "Share revoked."); }
        catch (error) { feedback(revoke, error.message, { kind: "error" }); }
      }, { class: "secondary" });
      item.append(revoke);
    }
    return item;
  }));
}

// The links as last seen are kept on the phone; making, revoking and exporting need the server.
export async function show() {
  const kept = await store.meta("shares");
  if (kept) paint(kept);
  try { await list(); } catch (error) {
    feedback(form, error instanceof Offline
      ? `Offline: ${kept ? "your links as this phone last saw them. " : ""}Making or revoking a link and downloading an export need a connection.`
      : error.message, { kind: error instanceof Offline ? "warn" : "error" });
  }
}

for (const exportButton of $$("[data-export]")) {
  exportButton.addEventListener("click", async () => {
    const format = exportButton.dataset.export;
    try {
      const response = await api("GET", `/v1/export?format=${format}`, { raw: true });
      const name = (response.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/);
      const link = element("a", { href: URL.createObjectURL(await response.blob()), download: name ? name[1] : `export.${format}` });
      document.body.append(link);
      link.click();
      link.remove();
      feedback(exportButton.parentElement, `Downloaded the ${format.toUpperCase()} export.`);
    } catch (error) { feedback(exportButton.parentElement, error.message, { kind: "error" }); }
  });
}
