"""The practitioner report, as PDF (reportlab) and as HTML: the same sections in the same order.

Patient and period; the elimination timeline; per-scale charts; baseline against window with verdicts;
exposures by group; the massage summary; caveats; the meals with their flags as an appendix. Every PDF page
carries the date range and its page number; the report says it summarises self-reported data.
"""

import html
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from domain.export.charts import scale_chart
from domain.groups import GROUPS
from domain.scales import SCALES
from domain.trends import Trends, Window
from domain.windows import WINDOW_DAYS, WindowName

DISCLAIMER = ("This report summarises self-reported data: meals, daily symptom scores and knee self-massage that "
              "the patient recorded themselves. Food flags come from an automated reading of the text they typed. "
              "It is not a diagnosis and does not replace clinical assessment.")
TITLE = "Elimination diet report"


@dataclass(frozen=True)
class ReportInput:
    patient: str
    timezone: str
    period_from: date
    period_to: date
    generated_at: datetime
    trends: Trends
    meals: Sequence[Mapping]


def _fmt(value: object, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _interval(ci95: tuple[float, float] | None) -> str:
    return f"{_fmt(ci95[0])} to {_fmt(ci95[1])}" if ci95 else "-"


def timeline_rows(data: ReportInput) -> list[list[str]]:
    e = data.trends.elimination
    if e.start_date is None:
        return [["Elimination", "no run yet (no clean day after the last exposure)"]]
    slips = "; ".join(f"{s.date} ({', '.join(s.groups)})" for s in e.slips) or "none"
    return [["Start (day 1)", f"{e.start_date} ({'set by the patient' if e.source == 'user' else 'detected'})"],
            ["Day on the last report date", str(e.day)], ["Day 10", str(e.day10_date)],
            ["Day 14", str(e.day14_date)], ["Clean streak", f"{e.clean_streak_days} days"], ["Slips", slips]]


def _window(data: ReportInput, name: WindowName) -> Window | None:
    return getattr(data.trends.windows, name)


def verdict_lines(data: ReportInput, name: WindowName) -> list[str]:
    """The plain-words verdicts of one window, the primary scale first: what a reader takes away."""
    window = _window(data, name)
    if window is None:
        return []
    ordered = sorted(window.scales.values(), key=lambda c: c.scale != window.primary_scale)
    correction = ("the primary symptom at the full 5% level, Holm's correction for the others"
                  if window.correction == "primary_then_holm" else "Holm's correction across the scales")
    return [f"{c.label}: {c.statement}" for c in ordered] + [f"Tested with {correction}."]


def comparison_rows(data: ReportInput, name: WindowName) -> list[list[str]]:
    window = _window(data, name)
    if window is None:
        return []
    rows = [["Scale", "Baseline mean (n)", "Window mean (n)", "Change", "95% interval", "Better, likely", "Verdict"]]
    for scale in SCALES:
        c = window.scales[scale.name]
        better = f"{c.probability_better:.0%}" if c.probability_better is not None else "-"
        rows.append([scale.label, f"{_fmt(c.baseline_mean)} ({c.baseline_n})",
                     f"{_fmt(c.window_mean)} ({c.window_n})", _fmt(c.delta), _interval(c.ci95), better,
                     c.verdict.replace("_", " ")])
    return rows


def exposure_rows(data: ReportInput) -> list[list[str]]:
    rows = [["Group", "Exposed days", "Dates", "Pain after (n)", "Pain on clean days (n)",
             "Difference, phase-adjusted (95%)", "Clue"]]
    for group in GROUPS:
        e = data.trends.exposures[group]
        dates = ", ".join(str(d) for d in e.exposed_days[:8]) + (" ..." if len(e.exposed_days) > 8 else "")
        pain = e.scales["pain"]
        signals = [f"{s} {c.signal}" for s, c in e.scales.items() if c.signal]
        rows.append([group, str(len(e.exposed_days)), dates or "-", f"{_fmt(pain.after_mean)} ({pain.after_n})",
                     f"{_fmt(pain.clean_mean)} ({pain.clean_n})",
                     f"{_fmt(pain.difference)} ({_interval(pain.ci95)})", ", ".join(signals) or "none"])
    return rows


def massage_rows(data: ReportInput) -> list[list[str]]:
    m = data.trends.massage
    rows = [["Technique", "Sessions", "Minutes", "Mean relief, pain before - after (n)"]]
    for name, t in m.techniques.items():
        rows.append([name.replace("_", " "), str(t.sessions), _fmt(t.seconds / 60, 0),
                     f"{_fmt(t.mean_relief)} ({t.relief_n})"])
    nd = m.next_day_pain
    rows.append(["Next-day pain", "", "", f"after massage {_fmt(nd.after_massage_mean)} ({nd.after_massage_n}), "
                 f"after none {_fmt(nd.after_no_massage_mean)} ({nd.after_no_massage_n}); phase-adjusted difference "
                 f"{_fmt(nd.difference)} ({_interval(nd.ci95)}); clue: {nd.signal or 'none'}"])
    return rows


def challenge_rows(data: ReportInput) -> list[list[str]]:
    rows = [["Group", "Reintroduction outcome", "Challenge started", "Retest proposed"]]
    for group in GROUPS:
        c = data.trends.challenges.get(group)
        if c:
            rows.append([group, f"{c.outcome.replace('_', ' ')}: {c.statement}", _fmt(c.challenge_start),
                         _fmt(c.retest_on)])
    return rows


def meal_rows(data: ReportInput) -> list[list[str]]:
    zone = ZoneInfo(data.timezone)
    rows = [["Local time", "Meal", "Description", "Definite", "Possible"]]
    for meal in data.meals:
        eaten = datetime.fromisoformat(str(meal["eaten_at"]).replace("Z", "+00:00")).astimezone(zone)
        rows.append([eaten.strftime("%Y-%m-%d %H:%M"), meal.get("meal_type") or "", meal["description"],
                     ", ".join(meal["definite"]), ", ".join(meal["possible"])])
    return rows


def caveats(data: ReportInput) -> list[str]:
    notes = [*data.trends.caveats, data.trends.clues]
    for name in WINDOW_DAYS:
        if window := _window(data, name):
            notes += [f"{name}: {c}" for c in window.caveats]
    return notes


def _charts(data: ReportInput, fmt: str) -> list[tuple[str, bytes]]:
    e = data.trends.elimination
    slips = [s.date for s in e.slips]
    return [(s.name, scale_chart(data.trends.daily, s.name, start=e.start_date, slips=slips, fmt=fmt))
            for s in SCALES]


# ---------------------------------------------------------------- PDF

def _numbered_canvas(period: str):
    class NumberedCanvas(Canvas):
        """Draws 'Page N of M' and the period on every page once the total is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.drawString(18 * mm, 10 * mm, f"{TITLE} - {period}")
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


CELL_FONT, CELL_SIZE, CELL_LEADING, CELL_PADDING = "Helvetica", 8, 10, 4


def _fitting_prefix(text: str, width: float) -> int:
    """The length of the longest prefix of `text` no wider than `width` (at least one character)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle], CELL_FONT, CELL_SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _wrap(text: str, width: float) -> str:
    """Lines that fit the column; a word is broken only when it alone is wider than the column."""
    lines = []
    for line in simpleSplit(text, CELL_FONT, CELL_SIZE, width) or [""]:
        while stringWidth(line, CELL_FONT, CELL_SIZE) > width:
            cut = _fitting_prefix(line, width)
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


def _table(rows: list[list[str]], widths: list[float], repeat: int = 1) -> LongTable:
    # Plain text wrapped here, not a Paragraph per cell: a five-year appendix has 27,000 cells, and laying out
    # Paragraphs across page splits was most of the report's time.
    points = [w * mm for w in widths]
    cells = [[_wrap(str(c), width - 2 * CELL_PADDING) for c, width in zip(row, points, strict=True)] for row in rows]
    table = LongTable(cells, colWidths=points, repeatRows=repeat)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                               ("FONT", (0, 0), (-1, -1), CELL_FONT, CELL_SIZE, CELL_LEADING),
                               ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render_pdf(data: ReportInput) -> bytes:
    buffer = io.BytesIO()
    period = f"{data.period_from} to {data.period_to}"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=TITLE, author="diet-tracker")
    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["BodyText"], fontSize=8, leading=10)
    h2 = styles["Heading2"]
    story: list = [Paragraph(TITLE, styles["Title"]),
                   Paragraph(html.escape(f"Patient: {data.patient} (time zone {data.timezone})"), styles["BodyText"]),
                   Paragraph(f"Period: {period}. Generated {data.generated_at:%Y-%m-%d %H:%M} UTC.",
                             styles["BodyText"]),
                   Spacer(1, 3 * mm), Paragraph(html.escape(DISCLAIMER), small),
                   Paragraph("Elimination timeline", h2), _table(timeline_rows(data), [50, 124], repeat=0)]
    for name, length in WINDOW_DAYS.items():
        rows = comparison_rows(data, name)
        if rows:
            story += [Paragraph(f"Baseline against days 1-{length}", h2)]
            story += [Paragraph("- " + html.escape(line), small) for line in verdict_lines(data, name)]
            story += [Spacer(1, 2 * mm), _table(rows, [30, 25, 25, 16, 30, 20, 28])]
    story.append(Paragraph("Daily scores", h2))
    for _, png in _charts(data, "png"):
        story.append(KeepTogether([Image(io.BytesIO(png), width=174 * mm, height=52 * mm)]))
    story += [Paragraph("Exposures by group (clues, not proof)", h2), _table(exposure_rows(data),
                                                                             [16, 16, 46, 22, 24, 28, 22]),
              Paragraph("Knee self-massage", h2), _table(massage_rows(data), [40, 22, 22, 90]),
              Paragraph("Reintroduction challenges", h2), _table(challenge_rows(data), [20, 104, 25, 25]),
              Paragraph("Notes on reading these figures", h2)]
    story += [Paragraph("- " + html.escape(c), small) for c in caveats(data)]
    story.append(Paragraph("Appendix: meals and their flags", h2))
    # One table per month: a page break splits one month's table, never re-measures the years after it.
    header, *meals = meal_rows(data)
    for month, month_meals in groupby(meals, key=lambda row: row[0][:7]):
        story += [Paragraph(month, styles["Heading4"]), _table([header, *month_meals], [30, 18, 76, 25, 25])]
    doc.build(story, canvasmaker=_numbered_canvas(period))
    return buffer.getvalue()


# ---------------------------------------------------------------- HTML

def _html_table(rows: list[list[str]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th scope=\"col\">{html.escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1rem}th,td{border:1px solid #999;
padding:.2rem .4rem;text-align:left;vertical-align:top}th{background:#eee}figure{margin:.5rem 0}svg{max-width:100%;
height:auto}.period{color:#444}.disclaimer{font-size:.85rem;border-left:3px solid #999;padding-left:.5rem}"""


def render_html(data: ReportInput) -> str:
    period = f"{data.period_from} to {data.period_to}"
    timeline = "".join(f"<tr><th scope=\"row\">{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                       for k, v in timeline_rows(data))
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
             f"content=\"width=device-width,initial-scale=1\"><title>{TITLE} - {html.escape(period)}</title>"
             f"<style>{STYLE}</style></head><body><header><h1>{TITLE}</h1>"
             f"<p>Patient: {html.escape(data.patient)} (time zone {html.escape(data.timezone)})</p>"
             f"<p class=\"period\">Period: {html.escape(period)}. "
             f"Generated {data.generated_at:%Y-%m-%d %H:%M} UTC.</p>"
             f"<p class=\"disclaimer\">{html.escape(DISCLAIMER)}</p></header><main>",
             f"<h2>Elimination timeline</h2><table><tbody>{timeline}</tbody></table>"]
    for name, length in WINDOW_DAYS.items():
        rows = comparison_rows(data, name)
        if rows:
            lines = "".join(f"<li>{html.escape(line)}</li>" for line in verdict_lines(data, name))
            parts.append(f"<h2>Baseline against days 1-{length}</h2><ul class=\"verdicts\">{lines}</ul>"
                         f"{_html_table(rows)}")
    parts.append("<h2>Daily scores</h2>")
    for scale_name, svg in _charts(data, "svg"):
        text = svg.decode("utf-8")
        parts.append(f"<figure aria-label=\"{html.escape(scale_name)} chart\">{text[text.find('<svg'):]}</figure>")
    parts += [f"<h2>Exposures by group (clues, not proof)</h2>{_html_table(exposure_rows(data))}",
              f"<h2>Knee self-massage</h2>{_html_table(massage_rows(data))}",
              f"<h2>Reintroduction challenges</h2>{_html_table(challenge_rows(data))}",
              "<h2>Notes on reading these figures</h2><ul>"
              + "".join(f"<li>{html.escape(c)}</li>" for c in caveats(data)) + "</ul>",
              f"<h2>Appendix: meals and their flags</h2>{_html_table(meal_rows(data))}",
              f"</main><footer><p class=\"period\">{TITLE} - {html.escape(period)}</p></footer></body></html>"]
    return "".join(parts)
