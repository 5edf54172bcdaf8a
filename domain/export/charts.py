"""Per-scale charts of daily scores with 7-day means and the windows shaded; legible in black and white.

One renderer for every surface: SVG for browsers (the HTML report, the web app), PNG for the PDF.
"""

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import matplotlib

matplotlib.use("Agg")
matplotlib.rcParams["svg.fonttype"] = "none"  # keep text as text: smaller, searchable SVG
matplotlib.rcParams["svg.hashsalt"] = "diet-tracker"  # stable element ids: the same data gives the same bytes
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.dates import DateFormatter, date2num  # noqa: E402

from domain.scales import BY_NAME  # noqa: E402
from domain.trends import DailyRow  # noqa: E402
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
        axes.set_ylim(scale.minimum - 0.5, scale.maximum + 0.5)
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
