// Packaged food by barcode: typed or pasted digits everywhere, the camera where the browser has BarcodeDetector.
// A product found is shown with its flags and logged in one tap; offline, the barcode is queued like any meal and
// the server reads the product when the meal syncs.
import { api } from "./api.js";
import { $, button, element, feedback } from "./dom.js";
import { Offline } from "./errors.js";
import { previewChips } from "./flags.js";

const FORMATS = ["ean_13", "ean_8", "upc_a", "upc_e"];
const input = $("#barcode");
const result = $("#barcode-result");
let hooks = null;

const digits = () => input.value.replace(/\s+/g, "");

// `fieldsFor(barcode)` gives the meal to write (time and meal type from the form); `logged(fields)` follows a save.
export function configure({ fieldsFor, logged }) { hooks = { fieldsFor, logged }; }

async function log(code, anchor) {
  const fields = hooks.fieldsFor(code);
  if (!fields) return;
  input.value = "";
  result.replaceChildren();
  await hooks.logged(fields, anchor);
}

function productCard(answer) {
  const product = answer.product;
  const title = [product.name, product.brand].filter(Boolean).join(" · ") || `Product ${product.barcode}`;
  const flags = [...answer.ingredients.flags, ...answer.tags.map((tag) => ({ group: tag.group, certainty: tag.certainty,
                                                                          term: `${tag.source}: ${tag.tag.replace(/^..:/, "")}` }))];
  const logIt = button("Log it now", () => log(product.barcode, logIt));
  return element("div", { class: "product" },
    element("p", { class: "what", text: title }),
    product.ingredients_text ? element("p", { class: "muted", text: product.ingredients_text }) : "",
    flags.length ? previewChips(flags) : element("p", { class: "muted", text: "None of the five groups found." }),
    logIt,
    element("p", { class: "muted small", text: answer.attribution ? answer.attribution.notice : "" }));
}

async function lookUp() {
  const code = digits();
  const trigger = $("#barcode-look");
  if (!/^[0-9]{8,14}$/.test(code)) { feedback(trigger, "Type the 8 to 14 digits under the barcode.", { kind: "error" }); return; }
  result.replaceChildren(element("p", { class: "muted", text: "Looking it up…" }));
  try {
    result.replaceChildren(productCard(await api("GET", `/v1/products/${code}`)));
  } catch (error) {
    if (error instanceof Offline) {
      const queue = button("Log it anyway", () => log(code, queue));
      result.replaceChildren(element("p", { text: "No connection: log it now and the product is read when it syncs." }), queue);
    } else {
      result.replaceChildren(element("p", { class: "error", text: error.message }));
    }
  }
}

async function scan() {
  const video = $("#barcode-video");
  const trigger = $("#barcode-scan");
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
  } catch { feedback(trigger, "The camera is not available; type the digits instead.", { kind: "error" }); return; }
  const detector = new window.BarcodeDetector({ formats: FORMATS });
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  const stop = () => { stream.getTracks().forEach((track) => track.stop()); video.hidden = true; };
  const started = Date.now();
  while (Date.now() - started < 30000) {
    const [found] = await detector.detect(video).catch(() => []);
    if (found) { stop(); input.value = found.rawValue; await lookUp(); return; }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  feedback(trigger, "No barcode seen; type the digits instead.", { kind: "error" });
}

$("#barcode-look").addEventListener("click", lookUp);
input.addEventListener("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); lookUp(); } });
if ("BarcodeDetector" in window && navigator.mediaDevices) {
  window.BarcodeDetector.getSupportedFormats().then((formats) => {
    if (FORMATS.some((format) => formats.includes(format))) {
      $("#barcode-scan").hidden = false;
      $("#barcode-scan").addEventListener("click", scan);
    }
  }).catch(() => {});
}
