"""Charts of daily scores with 7-day means and the windows shaded; legible in black and white.

`scale_chart` draws one scale (the API's chart); `small_multiples` draws the PDF report's figure, one panel per
scored scale, as PNG; `panels` draws the same panels as separate SVGs for the HTML report, which lays them out.
Each axis fits its scale's data, within the scale's range.
"""

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import matplotlib
import numpy as np

matplotlib.use("Agg")
matplotlib.rcParams["svg.fonttype"] = "none"  # keep text as text: smaller, searchable SVG
matplotlib.rcParams["svg.hashsalt"] = "diet-tracker"  # stable element ids: the same data gives the same bytes
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DateFormatter, date2num  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from domain.scales import BY_NAME, Scale  # noqa: E402
from domain.trends import DailyRow, Slip  # noqa: E402
from domain.windows import BASELINE_DAYS, WINDOW_DAYS  # noqa: E402


def scale_chart(daily: Sequence[DailyRow], scale_name: str, *, start: date | None, slips: Sequence[date] = (),
                fmt: str = "svg", width: float = 7.0, height: float = 2.1) -> bytes:
    """Scores as points, the 7-day mean as a line, baseline and windows hatched, slips dashed."""
    scale = BY_NAME[scale_name]
    days: list[Any] = [row.date for row in daily]  # matplotlib plots dates; its stubs say floats
    figure, axes = plt.subplots(figsize=(width, height), dpi=110)
    try:
        if start is not None:
            day0, day10, day14 = (date2num(start + timedelta(days=n)) for n in (0, *WINDOW_DAYS.values()))
            axes.axvspan(date2num(start - timedelta(days=BASELINE_DAYS)), day0, facecolor="none", hatch="...",
                         edgecolor="0.75", lw=0, label="baseline")
            axes.axvspan(day0, day10, facecolor="0.85", edgecolor="none", label="days 1-10")
            axes.axvspan(day10, day14, facecolor="none", hatch="///", edgecolor="0.6", lw=0, label="days 11-14")
        for slip in slips:
            axes.axvline(date2num(slip), color="0.2", linestyle="--", linewidth=0.8)
        scored: list[Any] = [(row.date, v) for row in daily if (v := row.scores.get(scale_name)) is not None]
        if scored:
            axes.plot([d for d, _ in scored], [v for _, v in scored], linestyle="none", marker="o", markersize=3,
                      color="black", label="daily score")
        rolling: list[Any] = [(row.date, v) for row in daily if (v := row.rolling_7d.get(scale_name)) is not None]
        if rolling:
            axes.plot([d for d, _ in rolling], [v for _, v in rolling], color="black", linewidth=1.6,
                      label="7-day mean")
        direction = "higher is better" if scale.higher_is_better else "higher is worse"
        axes.set_title(f"{scale.label} ({direction})", fontsize=9, loc="left")
        axes.set_ylim(*fitted_limits(scale, [v for _, v in scored]))
        if days:
            axes.set_xlim(days[0], days[-1] + timedelta(days=1))
        axes.xaxis.set_major_formatter(DateFormatter("%d %b"))
        axes.tick_params(labelsize=7)
        axes.grid(axis="y", color="0.9", linewidth=0.5)
        if axes.get_legend_handles_labels()[0]:
            axes.legend(fontsize=6, loc="upper left", ncol=5, frameon=False, bbox_to_anchor=(0, -0.18))
        # Fixed margins for the fixed size: tight_layout measured every text first, 40% of a chart's time.
        figure.subplots_adjust(left=0.055, right=0.965, top=0.85, bottom=0.31)
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt, dpi=160 if fmt == "png" else 110, metadata={"Date": None} if fmt == "svg"
                       else None)
        return buffer.getvalue()
    finally:
        plt.close(figure)


def fitted_limits(scale: Scale, values: Sequence[float]) -> tuple[float, float]:
    """The data's range with a margin, kept inside the scale: 6.0-6.6 hours of sleep is not drawn on 0-24."""
    if not values:
        return scale.minimum - 0.5, scale.maximum + 0.5
    margin = max(2 * scale.resolution, (max(values) - min(values)) * 0.15)
    low = max(scale.minimum - 0.5 * scale.resolution, min(values) - margin)
    high = min(scale.maximum + 0.5 * scale.resolution, max(values) + margin)
    return low, high


PANEL_INCHES = 1.45  # one panel's height: a page holds the figure of all nine scales
COLUMNS = 2


def _shade(axes, start: date) -> None:
    day0, day10, day14 = (date2num(start + timedelta(days=n)) for n in (0, *WINDOW_DAYS.values()))
    axes.axvspan(date2num(start - timedelta(days=BASELINE_DAYS)), day0, facecolor="none", hatch="...",
                 edgecolor="0.75", lw=0, label="baseline (14 days)")
    axes.axvspan(day0, day10, facecolor="0.85", edgecolor="none", label="days 1-10")
    axes.axvspan(day10, day14, facecolor="none", hatch="///", edgecolor="0.6", lw=0, label="days 11-14")


def _panel(axes, daily: Sequence[DailyRow], scale: Scale, *, start: date | None, slips: Sequence[Slip],
           name_slips: bool) -> None:
    """One scale's panel: points, the 7-day mean, windows shaded, slips dashed (and named when asked)."""
    if start is not None:
        _shade(axes, start)
    # Day numbers and values as arrays, once: matplotlib converting 1,825 date objects per line was slower.
    days = date2num(np.array([r.date for r in daily], dtype="datetime64[D]"))
    values = np.array([r.scores.get(scale.name) for r in daily], dtype=float)  # None -> NaN
    means = np.array([r.rolling_7d.get(scale.name) for r in daily], dtype=float)
    scored, averaged = ~np.isnan(values), ~np.isnan(means)
    axes.plot(days[scored], values[scored], linestyle="none", marker="o", markersize=2.2, color="black",
              label="daily score")
    if averaged.any():
        axes.plot(days[averaged], means[averaged], color="black", linewidth=1.3, label="7-day mean")
    low, high = fitted_limits(scale, values[scored].tolist())
    for slip in slips:
        axes.axvline(date2num(slip.date), color="0.2", linestyle="--", linewidth=0.8)
        if name_slips:
            axes.text(date2num(slip.date), high, "slip: " + ", ".join(slip.groups) + " ", fontsize=5.5,
                      va="top", ha="right", rotation=90, color="0.2")
    direction = "higher is better" if scale.higher_is_better else "higher is worse"
    unit = f", {scale.unit}" if scale.unit != "score" else ""
    # A fixed title height: placing it automatically measured every tick label first, a fifth of the figure.
    axes.set_title(f"{scale.label}{unit} ({direction})", fontsize=8, loc="left", pad=2, y=1.0)
    axes.set_ylim(low, high)
    axes.yaxis.set_major_locator(MaxNLocator(4))
    if daily:
        axes.set_xlim(days[0], days[-1] + 1)
    # Dates that say the year when the period spans years: "27 Jul" on a five-year axis reads as this summer.
    locator = AutoDateLocator(minticks=3, maxticks=6)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator, show_offset=False))
    axes.tick_params(labelsize=6, labelbottom=True)
    axes.grid(axis="y", color="0.9", linewidth=0.5)


def small_multiples(daily: Sequence[DailyRow], scales: Sequence[Scale], *, start: date | None,
                    slips: Sequence[Slip] = (), fmt: str = "svg", width: float = 7.0) -> bytes:
    """One panel per scale on a shared time axis, two to a row, with one legend: the PDF's figure."""
    rows = -(-len(scales) // COLUMNS)
    columns = min(COLUMNS, len(scales))
    height = PANEL_INCHES * rows + 0.45
    figure = plt.figure(figsize=(width, height), dpi=110)
    try:
        first = None
        for index, scale in enumerate(scales):  # only the panels drawn: an empty grid cell costs a whole axes
            axes = figure.add_subplot(rows, columns, index + 1, sharex=first)
            first = first or axes
            _panel(axes, daily, scale, start=start, slips=slips, name_slips=index < columns)
        _legend(figure, first, (0.05, 0))
        figure.subplots_adjust(left=0.05, right=0.985, top=1 - 0.22 / height, bottom=0.42 / height, hspace=0.55,
                               wspace=0.12)
        return _save(figure, fmt, png_dpi=150)
    finally:
        plt.close(figure)


def panels(daily: Sequence[DailyRow], scales: Sequence[Scale], *, start: date | None,
           slips: Sequence[Slip] = (), width: float = 3.6) -> tuple[list[bytes], bytes | None]:
    """The same figure for a page that reflows: one SVG per scale, and the legend as its own SVG.

    The browser lays the panels out, two to a row on a wide screen and one on a phone; a single SVG cannot.
    """
    svgs = []
    legend = None
    for index, scale in enumerate(scales):
        figure = plt.figure(figsize=(width, PANEL_INCHES + 0.1), dpi=110)
        try:
            axes = figure.add_subplot()
            _panel(axes, daily, scale, start=start, slips=slips, name_slips=index == 0)
            figure.subplots_adjust(left=0.1, right=0.97, top=1 - 0.22 / (PANEL_INCHES + 0.1),
                                   bottom=0.3 / (PANEL_INCHES + 0.1))
            svgs.append(_save(figure, "svg"))
            if legend is None:
                legend = _legend_only(axes, width)
        finally:
            plt.close(figure)
    return svgs, legend


def _legend(figure, axes, anchor: tuple[float, float]) -> bool:
    handles, labels = axes.get_legend_handles_labels() if axes is not None else ([], [])
    if handles:
        figure.legend(handles, labels, fontsize=6, loc="lower left", ncol=5, frameon=False, bbox_to_anchor=anchor)
    return bool(handles)


def _legend_only(axes, width: float) -> bytes | None:
    figure = plt.figure(figsize=(width, 0.42), dpi=110)
    try:
        handles, labels = axes.get_legend_handles_labels()
        if not handles:
            return None
        figure.legend(handles, labels, fontsize=6, loc="center left", ncol=3, frameon=False,
                      bbox_to_anchor=(0, 0.5))
        return _save(figure, "svg")
    finally:
        plt.close(figure)


def _save(figure, fmt: str, png_dpi: int = 150) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=png_dpi if fmt == "png" else 110,
                   metadata={"Date": None} if fmt == "svg" else None)
    return buffer.getvalue()
