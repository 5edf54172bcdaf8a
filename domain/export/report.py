"""The practitioner report, as PDF (reportlab) and as HTML: the same sections in the same order.

Page 1 is the story: who, the period, the elimination timeline with its slips, one sentence per scored scale and
one figure of the scored scales. The detail follows: the window tables, exposures by group, the massage summary,
challenges, notes for the clinician and the meals with their flags as an appendix. The period (`from`, `to`)
bounds every part; every PDF page carries it and its page number; the report says it summarises self-reported
data. The sentences come from domain.wording, as in the app.
"""

import html
import io
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import accumulate, groupby
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from domain.export.charts import panels, small_multiples
from domain.groups import GROUPS
from domain.scales import SCALES, Scale
from domain.trends import Trends, Window
from domain.windows import WINDOW_DAYS, WindowName
from domain.wording import NOT_SCORED

DISCLAIMER = ("This report summarises self-reported data: meals, daily symptom scores and knee self-massage that "
              "the patient recorded themselves. Food flags come from an automated reading of the text they typed. "
              "It is not a diagnosis and does not replace clinical assessment.")
TITLE = "Elimination diet report"


@dataclass(frozen=True)
class AppendixMeal:
    """What the appendix prints of a meal: when, which meal, what was typed, and its flags after overrides."""
    eaten_at: datetime  # offset-aware
    meal_type: str | None
    description: str
    definite: tuple[str, ...]
    possible: tuple[str, ...]


@dataclass(frozen=True)
class ReportInput:
    patient: str  # the account's email
    timezone: str
    period_from: date
    period_to: date
    generated_at: datetime
    trends: Trends  # as of period_to, its daily rows and clues from period_from
    meals: Sequence[AppendixMeal]  # in the order eaten
    patient_name: str | None = None


def _fmt(value: object, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _interval(ci95: tuple[float, float] | None) -> str:
    return f"{_fmt(ci95[0])} to {_fmt(ci95[1])}" if ci95 else "-"


def who(data: ReportInput) -> str:
    return f"{data.patient_name} <{data.patient}>" if data.patient_name else data.patient


def period(data: ReportInput) -> str:
    return f"{data.period_from} to {data.period_to}"


def scored_scales(data: ReportInput) -> list[Scale]:
    """The scales with at least one score in the period: the only ones the report draws or words."""
    return [s for s in SCALES if any(row.scores.get(s.name) is not None for row in data.trends.daily)]


def unscored_line(data: ReportInput) -> str | None:
    scored = {s.name for s in scored_scales(data)}
    missing = [s.label.lower() for s in SCALES if s.name not in scored]
    return NOT_SCORED.format(", ".join(missing)) if missing else None


def period_slips(data: ReportInput) -> list:
    return [s for s in data.trends.elimination.slips if data.period_from <= s.date <= data.period_to]


def timeline_rows(data: ReportInput) -> list[list[str]]:
    e = data.trends.elimination
    if e.start_date is None:
        return [["Elimination", "no run yet (no clean day after the last exposure)"]]
    slips = "; ".join(f"{s.date} ({', '.join(s.groups)})" for s in period_slips(data)) or "none"
    return [["Start (day 1)", f"{e.start_date} ({'set by the patient' if e.source == 'user' else 'detected'})"],
            ["Day on the last report date", str(e.day)], ["Day 10", str(e.day10_date)],
            ["Day 14", str(e.day14_date)], ["Clean streak", f"{e.clean_streak_days} days"], ["Slips", slips]]


def _window(data: ReportInput, name: WindowName) -> Window | None:
    """A window the period holds with its baseline; one that needs days before `from` is left to its note."""
    window: Window | None = getattr(data.trends.windows, name)
    baseline = data.trends.baseline
    if window is None or baseline is None or baseline.from_ < data.period_from:
        return None
    return window


def window_note(data: ReportInput) -> str | None:
    """Why the windows are missing when a run exists but the period starts inside its baseline."""
    baseline = data.trends.baseline
    if baseline is None or baseline.from_ >= data.period_from:
        return None
    return (f"The day-10 and day-14 comparisons need the two weeks before the start ({baseline.from_} to "
            f"{baseline.to}), which begin before this report's period, so they are left out.")


def _story_window(data: ReportInput) -> Window | None:
    """The window page 1 tells: the longest complete one, else the day-10 window in progress."""
    windows = [w for name in WINDOW_DAYS if (w := _window(data, name))]
    complete = [w for w in windows if w.complete]
    return complete[-1] if complete else (windows[0] if windows else None)


def headlines(data: ReportInput) -> list[str]:
    """One sentence per scored scale: its means before and during the window, and the verdict in words."""
    window = _story_window(data)
    if window is None:
        return []
    span = f" (days 1-{WINDOW_DAYS[window.name]})"
    return [window.scales[s.name].headline + span for s in scored_scales(data)]


def verdict_lines(data: ReportInput, name: WindowName) -> list[str]:
    """The plain-words verdicts of one window, the primary scale first: what a reader takes away."""
    window = _window(data, name)
    if window is None:
        return []
    scored = {s.name for s in scored_scales(data)}
    ordered = sorted((c for c in window.scales.values() if c.scale in scored),
                     key=lambda c: c.scale != window.primary_scale)
    correction = ("the primary symptom at the full 5% level, Holm's correction for the others"
                  if window.correction == "primary_then_holm" else "Holm's correction across the scales")
    return [f"{c.label}: {c.statement}" for c in ordered] + [f"Tested with {correction}."]


def comparison_rows(data: ReportInput, name: WindowName) -> list[list[str]]:
    window = _window(data, name)
    if window is None:
        return []
    rows = [["Scale", "Baseline mean (n)", "Window mean (n)", "Change", "95% interval", "Better, likely", "Verdict"]]
    for scale in scored_scales(data):
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
        rows.append([meal.eaten_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), meal.meal_type or "",
                     meal.description, ", ".join(meal.definite), ", ".join(meal.possible)])
    return rows


def caveats(data: ReportInput) -> list[str]:
    """The notes in the clinician's words, each once."""
    notes = [*(n.clinician for n in data.trends.notes), data.trends.clue_note.clinician]
    clues = (f"Exposures and massage are compared over the elimination story, {data.trends.clues_from} to "
             f"{data.period_to}, not the whole period." if data.trends.clues_from > data.period_from else None)
    for line in (window_note(data), unscored_line(data), clues):
        if line:
            notes.append(line)
    for name in WINDOW_DAYS:
        if window := _window(data, name):
            notes += [c for c in window.caveats if c not in notes]
    return notes


def figure_caption(data: ReportInput) -> str:
    daily = data.trends.daily
    return (f"Daily scores from {daily[0].date} to {daily[-1].date}: dots are the scores, the line the 7-day mean; "
            "dotted: the 14 days before the start, grey: days 1-10, hatched: days 11-14; dashed lines: slips.")


class _FittedImage(Image):
    """Page 1's figure, shrunk (keeping its proportions) to the room left on the page, so that with many scales
    scored it still sits on page 1 beside the sentences it illustrates, instead of moving to page 2."""

    CAPTION_ROOM = 14 * mm

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        room = availHeight - self.CAPTION_ROOM
        if self.drawHeight > room > 0:
            self.drawWidth, self.drawHeight = self.drawWidth * room / self.drawHeight, room
        return super().wrap(availWidth, availHeight)


def figure(data: ReportInput) -> bytes | None:
    """The PDF's small multiples of the scored scales over the period; None when nothing was scored."""
    scales = scored_scales(data)
    if not scales:
        return None
    e = data.trends.elimination
    return small_multiples(data.trends.daily, scales, start=e.start_date, slips=period_slips(data), fmt="png")


def figure_panels(data: ReportInput) -> tuple[list[bytes], bytes | None]:
    """The same figure for HTML, one SVG per scored scale so that the page can reflow it."""
    scales = scored_scales(data)
    if not scales:
        return [], None
    e = data.trends.elimination
    return panels(data.trends.daily, scales, start=e.start_date, slips=period_slips(data))


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


CELL_FONT, CELL_SIZE, CELL_LEADING, CELL_PADDING, CELL_PADDING_Y = "Helvetica", 8, 10, 4, 3
HEADER_FILL, RULE_COLOUR, RULE_WIDTH = colors.Color(0.9, 0.9, 0.9), colors.grey, 0.25


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


def _wrap(text: str, width: float) -> tuple[str, ...]:
    """Lines that fit the column; a word is broken only when it alone is wider than the column."""
    if "\n" not in text and stringWidth(text, CELL_FONT, CELL_SIZE) <= width:
        return (text,)  # most cells: one measurement instead of one per word
    lines = []
    for line in simpleSplit(text, CELL_FONT, CELL_SIZE, width) or [""]:
        while stringWidth(line, CELL_FONT, CELL_SIZE) > width:
            cut = _fitting_prefix(line, width)
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return tuple(lines)


class TextTable(Flowable):
    """A grid of plain wrapped text that splits across pages, repeating its header row.

    Not platypus's Table: a five-year appendix has 27,000 cells, and Table's per-cell styles, height pass and
    one text object per cell were most of the report's time. Here each cell is wrapped once, row heights are
    summed once, a page split is a bisection, and a page's text is one text object and its rules one path.
    """

    def __init__(self, cells: Sequence[Sequence[tuple[str, ...]]], widths: Sequence[float], repeat: int,
                 heights: Sequence[float] | None = None, start: int | None = None, stop: int | None = None):
        super().__init__()
        self.cells, self.widths, self.repeat = cells, list(widths), repeat
        self.heights = heights if heights is not None else [
            max(len(cell) for cell in row) * CELL_LEADING + 2 * CELL_PADDING_Y for row in cells]
        self.start = repeat if start is None else start  # the body rows this piece draws: cells[start:stop]
        self.stop = len(cells) if stop is None else stop
        self.edges = list(accumulate(self.heights[self.start:self.stop], initial=sum(self.heights[:repeat])))

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        self.width, self.height = sum(self.widths), self.edges[-1]
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's API
        fits = bisect_right(self.edges, availHeight) - 1  # body rows that fit under the header
        if fits < 1 or self.start + fits >= self.stop:
            return []
        middle = self.start + fits
        return [TextTable(self.cells, self.widths, self.repeat, self.heights, self.start, middle),
                TextTable(self.cells, self.widths, self.repeat, self.heights, middle, self.stop)]

    def draw(self):
        canvas = self.canv
        rows = [*range(self.repeat), *range(self.start, self.stop)]
        if self.repeat:
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(0, self.height - self.heights[0], self.width, self.heights[0], stroke=0, fill=1)
        lefts = list(accumulate(self.widths, initial=0.0))
        text = canvas.beginText()
        text.setFont(CELL_FONT, CELL_SIZE, CELL_LEADING)
        text.setFillColor(colors.black)
        top = self.height
        rules = []
        for row in rows:
            for left, cell in zip(lefts, self.cells[row], strict=False):  # lefts has one more: the right edge
                if cell != ("",):
                    text.setTextOrigin(left + CELL_PADDING, top - CELL_PADDING_Y - CELL_SIZE)
                    text.textLines(cell)
            top -= self.heights[row]
            rules.append((0, top, self.width, top))
        canvas.drawText(text)
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(RULE_WIDTH)
        rules += [(0, self.height, self.width, self.height)] + [(x, 0, x, self.height) for x in lefts]
        canvas.lines(rules)


def _table(rows: list[list[str]], widths: list[float], repeat: int = 1) -> TextTable:
    points = [w * mm for w in widths]
    wrapped: dict[tuple[str, float], tuple[str, ...]] = {}  # meal types, flags and dates repeat down a column
    cells = []
    for row in rows:
        line = []
        for value, width in zip(row, points, strict=True):
            key = (str(value), width)
            if (cell := wrapped.get(key)) is None:
                cell = wrapped[key] = _wrap(key[0], width - 2 * CELL_PADDING)
            line.append(cell)
        cells.append(line)
    return TextTable(cells, points, repeat)


def render_pdf(data: ReportInput) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=TITLE, author="diet-tracker")
    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["BodyText"], fontSize=8, leading=10)
    lead = ParagraphStyle("lead", parent=styles["BodyText"], fontSize=10, leading=13, spaceAfter=2)
    h2 = styles["Heading2"]
    story: list = [Paragraph(TITLE, styles["Title"]),
                   Paragraph(html.escape(f"Patient: {who(data)} (time zone {data.timezone})"), styles["BodyText"]),
                   Paragraph(f"Period: {period(data)}. Generated {data.generated_at:%Y-%m-%d %H:%M} UTC.",
                             styles["BodyText"]),
                   Spacer(1, 2 * mm), Paragraph(html.escape(DISCLAIMER), small),
                   Paragraph("Elimination timeline", h2), _table(timeline_rows(data), [50, 124], repeat=0),
                   Paragraph("At a glance", h2)]
    story += [Paragraph(html.escape(line), lead) for line in headlines(data) or [_no_story(data)]]
    if line := unscored_line(data):
        story.append(Paragraph(html.escape(line), small))
    if png := figure(data):
        image = _FittedImage(io.BytesIO(png))
        scale = 174 * mm / image.imageWidth
        image.drawWidth, image.drawHeight = 174 * mm, image.imageHeight * scale
        story += [Spacer(1, 2 * mm), image, Paragraph(html.escape(figure_caption(data)), small)]
    story.append(PageBreak())
    for name, length in WINDOW_DAYS.items():
        rows = comparison_rows(data, name)
        if len(rows) > 1:
            story += [Paragraph(f"Baseline against days 1-{length}", h2)]
            story += [Paragraph("- " + html.escape(line), small) for line in verdict_lines(data, name)]
            story += [Spacer(1, 2 * mm), _table(rows, [30, 25, 25, 16, 30, 20, 28])]
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
    doc.build(story, canvasmaker=_numbered_canvas(period(data)))
    return buffer.getvalue()


def _no_story(data: ReportInput) -> str:
    if data.trends.elimination.start_date is None:
        return "No elimination run in this period, so there is no before-and-after comparison."
    return window_note(data) or "No window to compare yet."


# ---------------------------------------------------------------- HTML

def _html_table(rows: list[list[str]]) -> str:
    """A table that stacks at phone width: each cell carries its column's name for the narrow layout."""
    if not rows:
        return ""
    names = [html.escape(str(c)) for c in rows[0]]
    head = "".join(f"<th scope=\"col\">{c}</th>" for c in names)
    body = "".join("<tr>" + "".join(f"<td data-label=\"{n}\">{html.escape(str(c))}</td>"
                                    for n, c in zip(names, row, strict=True)) + "</tr>" for row in rows[1:])
    return f"<table class=\"stack\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111;
overflow-wrap:anywhere}table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1rem}th,td{border:1px
solid #999;padding:.2rem .4rem;text-align:left;vertical-align:top}th{background:#eee}figure{margin:.5rem 0}
svg{max-width:100%;height:auto}.panels{display:grid;grid-template-columns:1fr 1fr;gap:.25rem .75rem}
.panels>div{min-width:0}.panels svg{width:100%;display:block}.legend svg{width:min(100%,24rem);display:block}
.period{color:#444}.disclaimer{font-size:.85rem;border-left:3px solid #999;padding-left:.5rem}
.glance li{margin:.3rem 0}.note{color:#444;font-size:.9rem}
@media (max-width:40rem){.panels{grid-template-columns:1fr}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}
table.stack thead{position:absolute;left:-9999px}table.stack tr{border:1px solid #999;margin:0 0 .5rem}
table.stack td{border:0;border-top:1px solid #ddd}table.stack td::before{content:attr(data-label) ": ";
font-weight:600}}"""


PATTERN = re.compile(r'<pattern id="([^"]+)".*?</pattern>', re.S)


def _inline(svg: bytes, patterns: set[str]) -> str:
    """An SVG document as an element of the page: without its XML declaration and doctype, and without the
    hatch patterns an earlier panel on the page already defines (about 150 KB each for the dotted baseline).

    matplotlib names a pattern by a hash of the hatch and its colours, so one name is one drawing, and a
    reference from any inline SVG finds the first definition in the page.
    """
    text = svg.decode("utf-8")

    def first_only(match: re.Match) -> str:
        if match.group(1) in patterns:
            return ""
        patterns.add(match.group(1))
        return match.group(0)

    return PATTERN.sub(first_only, text[text.find("<svg"):])


def render_html(data: ReportInput) -> str:
    timeline = "".join(f"<tr><th scope=\"row\">{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                       for k, v in timeline_rows(data))
    glance = "".join(f"<li>{html.escape(line)}</li>" for line in headlines(data) or [_no_story(data)])
    unscored = unscored_line(data)
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
             f"content=\"width=device-width,initial-scale=1\"><title>{TITLE} - {html.escape(period(data))}</title>"
             f"<style>{STYLE}</style></head><body><header><h1>{TITLE}</h1>"
             f"<p>Patient: {html.escape(who(data))} (time zone {html.escape(data.timezone)})</p>"
             f"<p class=\"period\">Period: {html.escape(period(data))}. "
             f"Generated {data.generated_at:%Y-%m-%d %H:%M} UTC.</p>"
             f"<p class=\"disclaimer\">{html.escape(DISCLAIMER)}</p></header><main>",
             f"<h2>Elimination timeline</h2><table><tbody>{timeline}</tbody></table>",
             f"<h2>At a glance</h2><ul class=\"glance\">{glance}</ul>",
             f"<p class=\"note\">{html.escape(unscored)}</p>" if unscored else ""]
    svgs, legend = figure_panels(data)
    if svgs:
        patterns: set[str] = set()
        cells = "".join(f"<div class=\"panel\" data-scale=\"{scale.name}\">{_inline(svg, patterns)}</div>"
                        for scale, svg in zip(scored_scales(data), svgs, strict=True))
        key = f"<div class=\"legend\">{_inline(legend, patterns)}</div>" if legend else ""
        parts.append(f"<figure class=\"multiples\"><div class=\"panels\">{cells}</div>{key}"
                     f"<figcaption>{html.escape(figure_caption(data))}</figcaption></figure>")
    for name, length in WINDOW_DAYS.items():
        rows = comparison_rows(data, name)
        if len(rows) > 1:
            lines = "".join(f"<li>{html.escape(line)}</li>" for line in verdict_lines(data, name))
            parts.append(f"<h2>Baseline against days 1-{length}</h2><ul class=\"verdicts\">{lines}</ul>"
                         f"{_html_table(rows)}")
    parts += [f"<h2>Exposures by group (clues, not proof)</h2>{_html_table(exposure_rows(data))}",
              f"<h2>Knee self-massage</h2>{_html_table(massage_rows(data))}",
              f"<h2>Reintroduction challenges</h2>{_html_table(challenge_rows(data))}",
              "<h2>Notes on reading these figures</h2><ul>"
              + "".join(f"<li>{html.escape(c)}</li>" for c in caveats(data)) + "</ul>",
              f"<h2>Appendix: meals and their flags</h2>{_html_table(meal_rows(data))}",
              f"</main><footer><p class=\"period\">{TITLE} - {html.escape(period(data))}</p></footer></body></html>"]
    return "".join(parts)
