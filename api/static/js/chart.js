// One scale's daily scores drawn in the browser as inline SVG: a dot a day, the 7-day mean as a line, the two
// weeks before the start and days 1-10 and 11-14 shaded, slips labelled with their groups. The vertical axis fits
// the data (within the scale's range), so 6.0 -> 6.6 hours of sleep is not a flat line on 0-24.

const NS = "http://www.w3.org/2000/svg";
const SIZE = { width: 360, height: 260, left: 30, right: 8, top: 14, bottom: 40 };
const DAY_MS = 86400000;

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoDay = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const short = (n) => new Date(n * DAY_MS).toLocaleDateString([], { day: "numeric", month: "short", timeZone: "UTC" });

export function fittedRange(values, scale) {
  if (!values.length) return [scale.minimum, scale.maximum];
  const step = scale.integer === false ? 0.1 : 1;
  const margin = Math.max(2 * step, (Math.max(...values) - Math.min(...values)) * 0.15);
  return [Math.max(scale.minimum, Math.min(...values) - margin), Math.min(scale.maximum, Math.max(...values) + margin)];
}

export function drawChart(rows, scale, { start = null, slips = [] } = {}) {
  const { width, height, left, right, top, bottom } = SIZE;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "chart-svg", "data-scale": scale.name });
  const value = (r) => r.scores[scale.name];
  const scored = rows.filter((r) => value(r) !== null && value(r) !== undefined);
  const summary = scored.length
    ? `${scale.label}: ${scored.length} scored days from ${rows[0].date} to ${rows.at(-1).date}; latest ${value(scored.at(-1))}.`
    : `${scale.label}: no scores in this period yet.`;
  root.append(svg("title", {}, summary));
  if (!rows.length) return root;
  const first = dayNumber(rows[0].date);
  const last = dayNumber(rows.at(-1).date) + 1;
  const x = (n) => left + ((n - first) / (last - first)) * (width - left - right);
  const [low, high] = fittedRange(scored.map(value), scale);
  const y = (v) => top + (1 - (v - low) / (high - low || 1)) * (height - top - bottom);
  if (start) {
    const begin = dayNumber(start);
    for (const [from, days, kind] of [[begin - 14, 14, "band-baseline"], [begin, 10, "band-window"],
                                      [begin + 10, 4, "band-late"]]) {
      const a = Math.max(left, x(from));
      const b = Math.min(width - right, x(from + days));
      if (b > a) root.append(svg("rect", { x: a, y: top, width: b - a, height: height - top - bottom, class: kind }));
    }
  }
  const ticks = [low, (low + high) / 2, high];
  for (const v of ticks) {
    root.append(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }),
                svg("text", { x: left - 4, y: y(v) + 4, class: "axis", "text-anchor": "end" },
                    Number.isInteger(v) ? String(v) : v.toFixed(1)));
  }
  const tickEvery = Math.max(1, Math.ceil((last - first) / 4));
  for (let n = first; n < last; n += tickEvery) {
    root.append(svg("text", { x: x(n + 0.5), y: height - bottom + 16, class: "axis", "text-anchor": "middle" }, short(n)));
  }
  const mean = rows.filter((r) => r.rolling_7d[scale.name] !== null && r.rolling_7d[scale.name] !== undefined)
    .map((r) => `${x(dayNumber(r.date) + 0.5).toFixed(1)},${y(r.rolling_7d[scale.name]).toFixed(1)}`);
  if (mean.length > 1) root.append(svg("polyline", { points: mean.join(" "), class: "mean" }));
  for (const row of scored) {
    const dot = svg("circle", { cx: x(dayNumber(row.date) + 0.5), cy: y(value(row)), r: 3.4, class: "dot" });
    dot.append(svg("title", {}, `${row.date}: ${value(row)}`));
    root.append(dot);
  }
  for (const slip of slips.filter((s) => dayNumber(s.date) >= first && dayNumber(s.date) < last)) {
    const at = x(dayNumber(slip.date) + 0.5);
    root.append(svg("line", { x1: at, x2: at, y1: top, y2: height - bottom, class: "slip" }),
                svg("text", { x: at - 3, y: top + 2, class: "slip-label", "text-anchor": "end",
                              transform: `rotate(-90 ${at - 3} ${top + 2})` }, `slip: ${slip.groups.join(", ")}`));
  }
  const legend = [["band-baseline", "before"], ["band-window", "days 1-10"], ["band-late", "11-14"]];
  legend.forEach(([kind, text], i) => {
    const at = left + i * 90;
    root.append(svg("rect", { x: at, y: height - 14, width: 12, height: 10, class: `${kind} key` }),
                svg("text", { x: at + 16, y: height - 5, class: "axis" }, text));
  });
  root.append(svg("text", { x: width - right, y: height - 5, class: "axis", "text-anchor": "end" }, isoDay(last - 1)));
  return root;
}
