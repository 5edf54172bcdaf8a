"""Trends across the 10-day and two-week windows after elimination starts.

Definitions (the README repeats them; tests/domain/test_trends.py holds the code to them):
- A day is `exposed` when any meal that day carries a definite flag (after overrides), `clean` when at least
  one meal was logged and none is exposed, `unlogged` when no meal was logged. Clean days whose meals carry
  only possible flags are listed as `uncertain`.
- The elimination starts on the date the user set; otherwise it is detected as the first day of the current
  run of non-exposed days ending at `as_of` (the day after the last exposure). Unlogged days do not break a
  run, and a run needs at least one clean day. With no exposure on record the run starts on the first logged
  day. Day 1 is the start date.
- Windows: day10 = days 1-10, day14 = days 1-14, baseline = the 14 days before day 1. A window is complete
  once `as_of` is after its last day; until then it covers the days up to `as_of` and its verdict is `pending`.
- Each scale's window is compared with the baseline by the AR(1) model of domain.stats; a verdict needs 7
  scored days on each side, and Holm's method holds the chance of any false verdict across the scales at 5%
  (a primary scale, when the person named one, is tested at the full 5% and Holm covers the rest).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from domain.challenges import GroupOutcome
from domain.clues import Exposures, MassageSummary, compare_clues
from domain.days import DayStatus, MassageDay, MealDay, Scores, TechniqueTotals, day_status, days_between, score
from domain.groups import from_mask
from domain.scales import SCALES, Scale
from domain.stats import METHOD, Estimate, Problem, fit, holm, mean
from domain.windows import (
    ALPHA,
    BASELINE_DAYS,
    MIN_SCORED_DAYS,
    WINDOW_DAYS,
    WindowName,
    baseline_first_day,
    window_last_day,
)
from domain.wording import CLUES, DETECTED_START, NO_RUN, Note, headline, scale_statement

ROLLING_DAYS = 7
NO_START_DAYS = 28
MIN_FIT_DAYS = 2  # scored days per side below which even the estimate is not shown
WITHDRAWAL_NOTE = (
    "Withdrawal symptoms (headache, tiredness, irritability) commonly peak in the second week, so a day-10 "
    "reading can understate the benefit."
)
Verdict = Literal["improved", "worse", "no_clear_change", "pending", "insufficient_data"]
Correction = Literal["holm", "primary_then_holm"]
Source = Literal["user", "detected"]
WINDOW_LABELS: dict[WindowName, str] = {"day10": "day-10", "day14": "day-14"}


@dataclass(frozen=True, slots=True)
class Slip:
    date: date
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EliminationState:
    start_date: date | None
    source: Source | None
    day: int | None
    clean_streak_days: int
    day10_date: date | None
    day14_date: date | None
    slips: tuple[Slip, ...]


@dataclass(frozen=True, slots=True)
class DateRange:
    from_: date
    to: date


@dataclass(frozen=True, slots=True)
class ScaleComparison:
    scale: str
    label: str
    baseline_n: int
    baseline_mean: float | None
    window_n: int
    window_mean: float | None
    delta: float | None  # the model's estimate of window - baseline
    ci95: tuple[float, float] | None
    probability_better: float | None
    verdict: Verdict
    higher_is_better: bool
    bad_spell_baseline: bool
    method: str
    statement: str
    headline: str  # the statement with the means, e.g. 'Pain 7.4 -> 4.3: pain is lower than before the start, ...'


@dataclass(frozen=True, slots=True)
class Window:
    name: WindowName
    from_: date
    to: date
    complete: bool
    days_covered: int
    contaminated: bool
    slips: tuple[date, ...]
    scales: Mapping[str, ScaleComparison]
    correction: Correction
    primary_scale: str | None
    caveats: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Windows:
    day10: Window | None
    day14: Window | None


@dataclass(frozen=True, slots=True)
class DailyRow:
    date: date
    status: DayStatus
    uncertain: bool
    meals: int
    groups: tuple[str, ...]
    possible_groups: tuple[str, ...]
    scores: Mapping[str, float | None]
    rolling_7d: Mapping[str, float | None]
    massage_sessions: int
    massage_seconds: int


@dataclass(frozen=True, slots=True)
class Trends:
    as_of: date
    elimination: EliminationState
    baseline: DateRange | None
    windows: Windows
    daily: tuple[DailyRow, ...]
    exposures: Exposures
    massage: MassageSummary
    notes: tuple[Note, ...]
    clues_from: date  # the first day the exposures and massage compare
    challenges: Mapping[str, GroupOutcome] = field(default_factory=dict)
    clue_note: Note = CLUES

    @property
    def caveats(self) -> tuple[str, ...]:
        """The notes in the words the person reads (the API and the app); the report takes the clinician's."""
        return tuple(n.person for n in self.notes)

    @property
    def clues(self) -> str:
        return self.clue_note.person


def detect_start(*, last_exposed: date | None, first_meal_after_exposure: date | None,
                 first_meal: date | None) -> date | None:
    """The first day of the current non-exposed run, or None when the run holds no clean day."""
    if last_exposed is None:
        return first_meal
    if first_meal_after_exposure is None:
        return None
    return last_exposed + timedelta(days=1)


def daily_range_start(as_of: date, start: date | None) -> date:
    """The first daily row: the baseline's first day, or four weeks back when there is no run."""
    if start is None:
        return as_of - timedelta(days=NO_START_DAYS - 1)
    return min(baseline_first_day(start), as_of)


def daily_rows(first: date, last: date, meal_days: Mapping[date, MealDay], scores: Scores,
               massage_days: Mapping[date, MassageDay], scales: Sequence[Scale] = SCALES) -> tuple[DailyRow, ...]:
    """The daily rows alone, for charts over any range (scores must reach 6 days before `first`)."""
    return tuple(_daily_row(d, meal_days.get(d), massage_days.get(d), scores, scales)
                 for d in days_between(first, last))


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _values(scores: Scores, days: Sequence[date], scale: str) -> list[float]:
    return [v for d in days if (v := score(scores, d, scale)) is not None]


def build_trends(
    *,
    as_of: date,
    start: date | None,
    source: Source | None,
    last_exposed: date | None,
    first_meal: date | None,
    meal_days: Mapping[date, MealDay],
    scores: Scores,
    massage_days: Mapping[date, MassageDay],
    techniques: Sequence[TechniqueTotals],
    primary_scale: str | None = None,
    scales: Sequence[Scale] = SCALES,
    daily_from: date | None = None,
) -> Trends:
    """Everything the trends answer holds, from per-day aggregates.

    `daily_from` (a report's period) moves the daily rows' first day; the clues keep to the elimination story
    (the baseline's first day, or four weeks, to `as_of`) and never reach before `daily_from`.
    """
    first = daily_range_start(as_of, start)
    rows_first = first if daily_from is None else min(daily_from, as_of)
    days = days_between(min(first, rows_first), as_of)
    clues_from = max(first, rows_first)
    status = {d: day_status(meal_days.get(d)) for d in days}
    notes: list[Note] = []
    elimination = _elimination(as_of, start, source, last_exposed, first_meal, meal_days)
    if start is not None:
        slip_days = {s.date for s in elimination.slips}
        uncertain = {d for d in days if status[d] == "clean"
                     and meal_days[d].possible_mask & ~meal_days[d].definite_mask}
        windows = Windows(*(_window(name, start, as_of, scores, scales, slip_days, uncertain, primary_scale)
                            for name in WINDOW_DAYS))
        if source == "detected":
            notes.append(DETECTED_START)
    else:
        windows = Windows(None, None)
        notes.append(NO_RUN)
    exposures, massage = compare_clues(days=[d for d in days if d >= clues_from], status=status,
                                       meal_days=meal_days, scores=scores, massage_days=massage_days,
                                       techniques=techniques, start=start, as_of=as_of, scales=scales)
    return Trends(
        as_of=as_of,
        elimination=elimination,
        baseline=DateRange(baseline_first_day(start), start - timedelta(days=1)) if start else None,
        windows=windows,
        daily=daily_rows(rows_first, as_of, meal_days, scores, massage_days, scales),
        exposures=exposures,
        massage=massage,
        notes=tuple(notes),
        clues_from=clues_from,
    )


def slips(meal_days: Mapping[date, MealDay], start: date | None, source: str | None, as_of: date) -> tuple[Slip, ...]:
    """Exposures after a start the user set, with their groups; a detected run has none by definition."""
    if start is None or source != "user":
        return ()
    return tuple(Slip(d, tuple(from_mask(meal_days[d].definite_mask))) for d in sorted(meal_days)
                 if start <= d <= as_of and meal_days[d].definite_mask)


def milestone_dates(start: date | None) -> dict[WindowName, date | None]:
    """The last day of each window (day 10, day 14) counted from the elimination's first day."""
    return {name: window_last_day(start, name) if start else None for name in WINDOW_DAYS}


def _elimination(as_of, start, source, last_exposed, first_meal, meal_days) -> EliminationState:
    if last_exposed is not None:
        streak = (as_of - last_exposed).days
    elif first_meal is not None and first_meal <= as_of:
        streak = (as_of - first_meal).days + 1
    else:
        streak = 0
    return EliminationState(
        start_date=start,
        source=source,
        day=max((as_of - start).days + 1, 0) if start else None,
        clean_streak_days=streak,
        day10_date=window_last_day(start, "day10") if start else None,
        day14_date=window_last_day(start, "day14") if start else None,
        slips=slips(meal_days, start, source, as_of),
    )


def _window(name: WindowName, start: date, as_of: date, scores: Scores, scales: Sequence[Scale],
            slip_days: set[date], uncertain: set[date], primary_scale: str | None) -> Window:
    last = window_last_day(start, name)
    complete = as_of > last
    covered = days_between(start, min(last, as_of)) if as_of >= start else []
    baseline = days_between(baseline_first_day(start), start - timedelta(days=1))
    sides = {s.name: ([(d, v) for d in baseline if (v := score(scores, d, s.name)) is not None],
                      [(d, v) for d in covered if (v := score(scores, d, s.name)) is not None]) for s in scales}
    fitted = [s for s in scales if min(len(sides[s.name][0]), len(sides[s.name][1])) >= MIN_FIT_DAYS]
    estimates = dict(zip([s.name for s in fitted], fit([_step_problem(start, *sides[s.name], s) for s in fitted]),
                         strict=True))
    tested = [s for s in fitted if complete and min(len(sides[s.name][0]), len(sides[s.name][1])) >= MIN_SCORED_DAYS]
    primary = primary_scale if primary_scale in {s.name for s in scales} else None
    rejected = _rejections({s.name: estimates[s.name].p_two_sided for s in tested}, primary)
    comparisons = {}
    for scale in scales:
        before, during = sides[scale.name]
        estimate = estimates.get(scale.name)
        if scale.name in rejected:
            better = (estimate.p_positive > 0.5) == scale.higher_is_better  # type: ignore[union-attr]
            verdict: Verdict = "improved" if better else "worse"
        elif any(s.name == scale.name for s in tested):
            verdict = "no_clear_change"
        else:
            verdict = "pending" if not complete else "insufficient_data"
        comparisons[scale.name] = _comparison(scale, name, last, before, during, estimate, verdict)
    window_slips = tuple(sorted(d for d in slip_days if start <= d <= last))
    return Window(name=name, from_=start, to=last, complete=complete, days_covered=len(covered),
                  contaminated=bool(window_slips), slips=window_slips, scales=comparisons,
                  correction="primary_then_holm" if primary else "holm", primary_scale=primary,
                  caveats=_window_caveats(name, complete, covered, window_slips, comparisons, uncertain))


def _step_problem(start: date, before: list[tuple[date, float]], during: list[tuple[date, float]],
                  scale: Scale) -> Problem:
    rows = before + during
    return Problem(days=[(d - start).days for d, _ in rows], values=[v for _, v in rows],
                   effect=[0.0] * len(before) + [1.0] * len(during), resolution=scale.resolution)


def _rejections(p_values: Mapping[str, float], primary: str | None) -> set[str]:
    """Holm across the tested scales; a primary scale is tested at the full level and Holm covers the others."""
    rest = [name for name in p_values if name != primary]
    rejected = {name for name, r in zip(rest, holm([p_values[n] for n in rest], ALPHA), strict=True) if r}
    if primary is not None and primary in p_values and p_values[primary] <= ALPHA:
        rejected.add(primary)
    return rejected


def _comparison(scale: Scale, window: WindowName, last: date, before: list[tuple[date, float]],
                during: list[tuple[date, float]], estimate: Estimate | None, verdict: Verdict) -> ScaleComparison:
    before_values, during_values = [v for _, v in before], [v for _, v in during]
    better = None
    if estimate is not None:
        better = estimate.p_positive if scale.higher_is_better else 1 - estimate.p_positive
    delta = None if estimate is None else estimate.effect
    statement = scale_statement(label=scale.label, verdict=verdict, delta=delta, probability_better=better,
                                higher_is_better=scale.higher_is_better, window_label=WINDOW_LABELS[window],
                                window_end=last, baseline_n=len(before), window_n=len(during))
    return ScaleComparison(
        scale=scale.name, label=scale.label,
        baseline_n=len(before), baseline_mean=_r(mean(before_values)),
        window_n=len(during), window_mean=_r(mean(during_values)),
        delta=_r(delta), ci95=None if estimate is None else (round(estimate.low, 3), round(estimate.high, 3)),
        probability_better=_r(better), verdict=verdict, higher_is_better=scale.higher_is_better,
        bad_spell_baseline=_ends_on_bad_spell(before, scale), method=METHOD,
        statement=statement,
        headline=headline(label=scale.label, baseline_mean=mean(before_values), window_mean=mean(during_values),
                          statement=statement),
    )


BAD_SPELL_DAYS = 4  # the baseline's last scored days compared with its first week


def _ends_on_bad_spell(before: list[tuple[date, float]], scale: Scale) -> bool:
    """The baseline's last days clearly worse than its first week: part of any improvement is the spell passing."""
    if len(before) < MIN_SCORED_DAYS:
        return False
    first_week = [v for d, v in before if (d - before[0][0]).days < BASELINE_DAYS // 2]
    spell = [v for _, v in before[-BAD_SPELL_DAYS:]]
    if len(first_week) < 3:
        return False
    values = [v for _, v in before]
    centre = sum(values) / len(values)
    spread = (sum((v - centre) ** 2 for v in values) / (len(values) - 1)) ** 0.5
    worse_by = (sum(spell) / len(spell) - sum(first_week) / len(first_week)) * (-1 if scale.higher_is_better else 1)
    return worse_by >= max(scale.resolution, spread)


def _window_caveats(name: WindowName, complete: bool, covered: list[date], window_slips: tuple[date, ...],
                    comparisons: Mapping[str, ScaleComparison], uncertain: set[date]) -> tuple[str, ...]:
    caveats = []
    if not complete:
        caveats.append(f"The {WINDOW_LABELS[name]} window is not complete: it covers {len(covered)} of "
                       f"{WINDOW_DAYS[name]} days so far, so its verdicts are pending.")
    if window_slips:
        listed = ", ".join(d.isoformat() for d in window_slips)
        caveats.append(f"Contaminated: exposures on {listed} fall inside the window, so elimination was not "
                       "complete and the figures may understate its effect.")
    thin = [c.label.lower() for c in comparisons.values() if c.verdict == "insufficient_data"]
    if thin:
        caveats.append(f"Too few scored days for {', '.join(thin)}: a verdict needs at least {MIN_SCORED_DAYS} scored "
                       "days in the baseline and in the window.")
    spells = [c.label.lower() for c in comparisons.values()
              if c.bad_spell_baseline and (c.probability_better or 0) > 0.5]
    if spells:
        caveats.append(f"Regression to the mean: for {', '.join(spells)} the baseline ended on a spell worse than its "
                       "own start, so part of the improvement may be that bad spell passing, not the diet.")
    uncertain_days = [d for d in covered if d in uncertain]
    if uncertain_days:
        caveats.append(f"{len(uncertain_days)} day(s) in the window had meals with only possible flags; they count "
                       "as clean and are marked uncertain in the daily rows.")
    if name == "day10":
        caveats.append(WITHDRAWAL_NOTE)
    return tuple(caveats)


def _daily_row(d: date, meal_day: MealDay | None, massage_day: MassageDay | None, scores: Scores,
               scales: Sequence[Scale]) -> DailyRow:
    status = day_status(meal_day)
    trailing = days_between(d - timedelta(days=ROLLING_DAYS - 1), d)
    possible_only = meal_day.possible_mask & ~meal_day.definite_mask if meal_day else 0
    return DailyRow(
        date=d, status=status, uncertain=status == "clean" and bool(possible_only),
        meals=meal_day.meals if meal_day else 0,
        groups=tuple(from_mask(meal_day.definite_mask)) if meal_day else (),
        possible_groups=tuple(from_mask(possible_only)),
        scores={s.name: score(scores, d, s.name) for s in scales},
        rolling_7d={s.name: _r(mean(_values(scores, trailing, s.name))) for s in scales},
        massage_sessions=massage_day.sessions if massage_day else 0,
        massage_seconds=massage_day.seconds if massage_day else 0,
    )
