// One scale's daily scores drawn in the browser as inline SVG: dots a day, the 7-day mean as a line, the
// baseline and the two-week window shaded, exposure days marked along the bottom.

const NS = "http://www.w3.org/2000/svg";
const SIZE = { width: 360, height: 210, left: 28, right: 8, top: 10, bottom: 34 };

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

export function drawChart(rows, scale, { start = null } = {}) {
  const { width, height, left, right, top, bottom } = SIZE;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "chart-svg" });
  const scored = rows.filter((r) => r.scores[scale.name] !== null && r.scores[scale.name] !== undefined);
  const summary = scored.length
    ? `${scale.label}: ${scored.length} scored days from ${rows[0].date} to ${rows.at(-1).date}; latest ${scored.at(-1).scores[scale.name]}.`
    : `${scale.label}: no scores in this period yet.`;
  root.append(svg("title", {}, summary));
  if (!rows.length) return root;
  const first = dayNumber(rows[0].date);
  const span = Math.max(1, dayNumber(rows.at(-1).date) - first);
  const x = (iso) => left + ((dayNumber(iso) - first) / span) * (width - left - right);
  const y = (value) => top + (1 - (value - scale.minimum) / (scale.maximum - scale.minimum || 1)) * (height - top - bottom);
  if (start) {
    const begin = dayNumber(start);
    const shade = (from, days, kind) => {
      const a = Math.max(left, x(new Date((from) * 86400000).toISOString().slice(0, 10)));
      const b = Math.min(width - right, x(new Date((from + days) * 86400000).toISOString().slice(0, 10)));
      if (b > a) root.append(svg("rect", { x: a, y: top, width: b - a, height: height - top - bottom, class: kind }));
    };
    shade(begin - 14, 14, "band-baseline");
    shade(begin, 14, "band-window");
  }
  for (const value of [scale.minimum, (scale.minimum + scale.maximum) / 2, scale.maximum]) {
    root.append(svg("line", { x1: left, x2: width - right, y1: y(value), y2: y(value), class: "grid" }),
                svg("text", { x: left - 4, y: y(value) + 4, class: "axis", "text-anchor": "end" }, String(value)));
  }
  for (const row of rows.filter((r) => r.status === "exposed")) {
    root.append(svg("rect", { x: x(row.date) - 2, y: height - bottom + 4, width: 4, height: 8, class: "exposed" }));
  }
  const mean = rows.filter((r) => r.rolling_7d[scale.name] !== null && r.rolling_7d[scale.name] !== undefined)
    .map((r) => `${x(r.date).toFixed(1)},${y(r.rolling_7d[scale.name]).toFixed(1)}`);
  if (mean.length > 1) root.append(svg("polyline", { points: mean.join(" "), class: "mean" }));
  for (const row of scored) root.append(svg("circle", { cx: x(row.date), cy: y(row.scores[scale.name]), r: 2.6, class: "dot" }));
  root.append(svg("text", { x: left, y: height - 6, class: "axis" }, rows[0].date),
              svg("text", { x: width - right, y: height - 6, class: "axis", "text-anchor": "end" }, rows.at(-1).date));
  return root;
}
