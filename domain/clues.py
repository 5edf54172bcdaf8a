"""Exposures and massage: clues from the person's own days, each with the model's interval.

Each comparison is the same AR(1) model as the windows, with the elimination phase as a second regressor, so
"after dairy" is compared with clean days of the same phase rather than a baseline full of exposures with an
elimination full of clean days. Benjamini-Hochberg then runs over every comparison of the request, and only
one that survives carries a `signal`. They stay clues: meals and massage are not assigned at random.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any, Literal

from domain.days import DayStatus, MassageDay, MealDay, Scores, TechniqueTotals, score
from domain.groups import BIT, GROUPS
from domain.scales import BY_NAME, Scale
from domain.stats import METHOD, Estimate, Problem, benjamini_hochberg, fit, mean
from domain.windows import ALPHA

POST_EXPOSURE_DAYS = 2  # the exposure day and the two after it count as "after"
MIN_CLUE_DAYS = 3  # scored days needed on each side of a clue's comparison
Signal = Literal["better", "worse"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Clue:
    """The model's estimate of (after - reference), adjusted for the phase, and whether it survives BH."""

    difference: float | None
    ci95: tuple[float, float] | None
    q_value: float | None
    signal: Signal | None
    method: str


CLUE_FIELDS = tuple(field.name for field in fields(Clue))


@dataclass(frozen=True, slots=True, kw_only=True)
class ExposureComparison(Clue):
    after_mean: float | None
    after_n: int
    clean_mean: float | None
    clean_n: int


@dataclass(frozen=True, slots=True)
class GroupExposures:
    exposed_days: tuple[date, ...]
    scales: Mapping[str, ExposureComparison]


Exposures = Mapping[str, GroupExposures]


@dataclass(frozen=True, slots=True)
class TechniqueSummary:
    sessions: int
    seconds: int
    mean_relief: float | None
    relief_n: int


@dataclass(frozen=True, slots=True, kw_only=True)
class NextDayPain(Clue):
    after_massage_mean: float | None
    after_massage_n: int
    after_no_massage_mean: float | None
    after_no_massage_n: int


@dataclass(frozen=True, slots=True)
class MassageSummary:
    techniques: Mapping[str, TechniqueSummary]
    next_day_pain: NextDayPain


@dataclass(frozen=True, slots=True)
class _Pending:
    """A comparison waiting for the batched fit: its rows, and the direction that counts as worse."""

    problem: Problem | None
    worse_when_positive: bool


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _problem(rows: list[tuple[date, float, bool]], start: date | None, scale: Scale) -> Problem | None:
    """Rows (day, value, in the 'after' group); None when the comparison cannot separate effect from phase."""
    after = [r for r in rows if r[2]]
    if len(after) < MIN_CLUE_DAYS or len(rows) - len(after) < MIN_CLUE_DAYS:
        return None
    origin = rows[0][0]
    phase = [float(start is not None and d >= start) for d, _, _ in rows]
    effect = [float(a) for _, _, a in rows]
    if len(set(phase)) > 1 and (effect == phase or effect == [1 - p for p in phase]):
        return None  # every "after" day in one phase and every other day in the other: confounded completely
    return Problem(days=[(d - origin).days for d, _, _ in rows], values=[v for _, v, _ in rows], effect=effect,
                   adjust=phase, resolution=scale.resolution)


def compare_clues(*, days: Sequence[date], status: Mapping[date, DayStatus], meal_days: Mapping[date, MealDay],
                  scores: Scores, massage_days: Mapping[date, MassageDay], techniques: Sequence[TechniqueTotals],
                  start: date | None, as_of: date, scales: Sequence[Scale]) -> tuple[Exposures, MassageSummary]:
    """Every group x scale after-exposure comparison and next-day pain after massage, corrected together."""
    exposed = {g: [d for d in days if (m := meal_days.get(d)) and m.definite_mask & BIT[g]] for g in GROUPS}
    after = {g: {e + timedelta(days=k) for e in exposed[g] for k in range(POST_EXPOSURE_DAYS + 1)
                 if e + timedelta(days=k) <= as_of} for g in GROUPS}
    any_after = set().union(*after.values())
    clean = {d for d in days if status[d] == "clean" and d not in any_after}
    pending: list[_Pending] = []
    raw: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    for group in GROUPS:
        for scale in scales:
            rows = [(d, v, d in after[group]) for d in days
                    if (d in after[group] or d in clean) and (v := score(scores, d, scale.name)) is not None]
            raw[(group, scale.name)] = ([v for _, v, a in rows if a], [v for _, v, a in rows if not a])
            pending.append(_Pending(_problem(rows, start, scale), not scale.higher_is_better))
    pain_rows = [(d + timedelta(days=1), v, bool((session := massage_days.get(d)) and session.sessions))
                 for d in days[:-1] if (v := score(scores, d + timedelta(days=1), "pain")) is not None]
    pending.append(_Pending(_problem(pain_rows, start, BY_NAME["pain"]), True))
    clues = _clues(pending)
    exposures = {
        group: GroupExposures(tuple(exposed[group]), {
            scale.name: _comparison(raw[(group, scale.name)], clues[gi * len(scales) + si])
            for si, scale in enumerate(scales)})
        for gi, group in enumerate(GROUPS)
    }
    massaged = [v for _, v, m in pain_rows if m]
    not_massaged = [v for _, v, m in pain_rows if not m]
    massage = MassageSummary(
        techniques={t.technique: TechniqueSummary(t.sessions, t.seconds,
                                                  _r(t.relief_sum / t.relief_n) if t.relief_n else None, t.relief_n)
                    for t in techniques},
        next_day_pain=NextDayPain(after_massage_mean=_r(mean(massaged)), after_massage_n=len(massaged),
                                  after_no_massage_mean=_r(mean(not_massaged)), after_no_massage_n=len(not_massaged),
                                  **_fields(clues[-1])),
    )
    return exposures, massage


def _fields(clue: Clue) -> dict[str, Any]:
    return {name: getattr(clue, name) for name in CLUE_FIELDS}


def _comparison(values: tuple[list[float], list[float]], clue: Clue) -> ExposureComparison:
    after, clean = values
    return ExposureComparison(after_mean=_r(mean(after)), after_n=len(after), clean_mean=_r(mean(clean)),
                              clean_n=len(clean), **_fields(clue))


def _clues(pending: Sequence[_Pending]) -> list[Clue]:
    fitted = [i for i, p in enumerate(pending) if p.problem is not None]
    estimates: dict[int, Estimate] = dict(zip(fitted, fit([pending[i].problem for i in fitted]),  # type: ignore[misc]
                                              strict=True))
    q_values = dict(zip(fitted, benjamini_hochberg([estimates[i].p_two_sided for i in fitted]), strict=True))
    result = []
    for i, p in enumerate(pending):
        estimate = estimates.get(i)
        if estimate is None:
            result.append(Clue(difference=None, ci95=None, q_value=None, signal=None, method=METHOD))
            continue
        signal: Signal | None = None
        if q_values[i] <= ALPHA:
            signal = "worse" if (estimate.p_positive > 0.5) == p.worse_when_positive else "better"
        result.append(Clue(difference=_r(estimate.effect), ci95=(round(estimate.low, 3), round(estimate.high, 3)),
                           q_value=_r(q_values[i]), signal=signal, method=METHOD))
    return result
