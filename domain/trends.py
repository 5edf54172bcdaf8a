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
  once `as_of` is after its last day; until then it covers the days up to `as_of`.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from domain.groups import BIT, GROUPS, from_mask
from domain.scales import SCALES, Scale
from domain.stats import MIN_N, compare, mean

BASELINE_DAYS = 14
WINDOWS = (("day10", 10), ("day14", 14))
POST_EXPOSURE_DAYS = 2
ROLLING_DAYS = 7
NO_START_DAYS = 28
WITHDRAWAL_NOTE = (
    "Withdrawal symptoms (headache, tiredness, irritability) commonly peak in the second week, so a day-10 "
    "reading can understate the benefit."
)


@dataclass(frozen=True, slots=True)
class MealDay:
    day: date
    meals: int
    definite_mask: int
    possible_mask: int


@dataclass(frozen=True, slots=True)
class MassageDay:
    day: date
    sessions: int
    seconds: int


@dataclass(frozen=True, slots=True)
class TechniqueTotals:
    technique: str
    sessions: int
    seconds: int
    relief_sum: float
    relief_n: int


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
    return min(start - timedelta(days=BASELINE_DAYS), as_of)


def daily_rows(first: date, last: date, meal_days, scores, massage_days, scales: Sequence[Scale] = SCALES) -> list:
    """The daily rows alone, for charts over any range (scores must reach 6 days before `first`)."""
    days = _days(first, last)
    return _daily(days, {d: day_status(meal_days.get(d)) for d in days}, meal_days, scores, massage_days, scales)


def day_status(meal_day: MealDay | None) -> str:
    if meal_day is None or meal_day.meals == 0:
        return "unlogged"
    return "exposed" if meal_day.definite_mask else "clean"


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _values(scores: Mapping[date, Mapping[str, float | None]], days: Sequence[date], scale: str) -> list[float]:
    return [v for d in days if (v := scores.get(d, {}).get(scale)) is not None]


def build_trends(
    *,
    as_of: date,
    start: date | None,
    source: str | None,
    last_exposed: date | None,
    first_meal: date | None,
    meal_days: Mapping[date, MealDay],
    scores: Mapping[date, Mapping[str, float | None]],
    massage_days: Mapping[date, MassageDay],
    techniques: Sequence[TechniqueTotals],
    scales: Sequence[Scale] = SCALES,
) -> dict:
    """Everything /v1/trends answers, from per-day aggregates."""
    days = _days(daily_range_start(as_of, start), as_of)
    status = {d: day_status(meal_days.get(d)) for d in days}
    caveats: list[str] = []

    elimination = _elimination(as_of, start, source, last_exposed, first_meal, meal_days)
    windows: dict[str, dict | None] = {}
    uncertain = {d for d in days if status[d] == "clean" and meal_days[d].possible_mask & ~meal_days[d].definite_mask}
    if start is not None:
        slips = {s["date"] for s in elimination["slips"]}
        for name, length in WINDOWS:
            windows[name] = _window(name, length, start, as_of, scores, scales, slips, uncertain)
        if source == "detected":
            caveats.append("The start date was detected from your meals (the day after the last exposure); "
                           "set it with PUT /v1/elimination if that is not when you began.")
    else:
        windows = {name: None for name, _ in WINDOWS}
        caveats.append("No elimination run yet: a run starts after the last exposure and needs at least one clean "
                       "logged day. Set a start date with PUT /v1/elimination to override.")
    return {
        "as_of": as_of,
        "elimination": elimination,
        "baseline": ({"from": start - timedelta(days=BASELINE_DAYS), "to": start - timedelta(days=1)}
                     if start else None),
        "windows": windows,
        "daily": _daily(days, status, meal_days, scores, massage_days, scales),
        "exposures": _exposures(days, status, meal_days, scores, scales, as_of),
        "massage": _massage(days, massage_days, scores, techniques),
        "caveats": caveats,
    }


def slips(meal_days: Mapping[date, MealDay], start: date | None, source: str | None, as_of: date) -> list[dict]:
    """Exposures after a start the user set, with their groups; a detected run has none by definition."""
    if start is None or source != "user":
        return []
    return [{"date": d, "groups": from_mask(meal_days[d].definite_mask)} for d in sorted(meal_days)
            if start <= d <= as_of and meal_days[d].definite_mask]


def milestone_dates(start: date | None) -> dict[str, date | None]:
    """The last day of each window (day 10, day 14) counted from the elimination's first day."""
    return {name: start + timedelta(days=length - 1) if start else None for name, length in WINDOWS}


def _elimination(as_of, start, source, last_exposed, first_meal, meal_days) -> dict:
    if last_exposed is not None:
        streak = (as_of - last_exposed).days
    elif first_meal is not None and first_meal <= as_of:
        streak = (as_of - first_meal).days + 1
    else:
        streak = 0
    return {
        "start_date": start,
        "source": source,
        "day": max((as_of - start).days + 1, 0) if start else None,
        "clean_streak_days": streak,
        **{f"{name}_date": day for name, day in milestone_dates(start).items()},
        "slips": slips(meal_days, start, source, as_of),
    }


def _window(name, length, start, as_of, scores, scales, slips, uncertain) -> dict:
    last = start + timedelta(days=length - 1)
    complete = as_of > last
    covered = _days(start, min(last, as_of)) if as_of >= start else []
    baseline = _days(start - timedelta(days=BASELINE_DAYS), start - timedelta(days=1))
    result_scales = {}
    thin = []
    for scale in scales:
        comparison = compare(_values(scores, baseline, scale.name), _values(scores, covered, scale.name),
                             scale.higher_is_better)
        if comparison.verdict == "insufficient_data":
            thin.append(scale.name)
        result_scales[scale.name] = {
            "baseline_n": comparison.baseline_n,
            "baseline_mean": _r(comparison.baseline_mean),
            "window_n": comparison.window_n,
            "window_mean": _r(comparison.window_mean),
            "delta": _r(comparison.delta),
            "ci95": [_r(comparison.ci95[0]), _r(comparison.ci95[1])] if comparison.ci95 else None,
            "verdict": comparison.verdict,
            "higher_is_better": scale.higher_is_better,
        }
    window_slips = sorted(d for d in slips if start <= d <= last)
    uncertain_days = [d for d in covered if d in uncertain]
    caveats = []
    if not complete:
        caveats.append(f"The {name} window is not complete: it covers {len(covered)} of {length} days so far.")
    if window_slips:
        listed = ", ".join(d.isoformat() for d in window_slips)
        caveats.append(f"Contaminated: exposures on {listed} fall inside the window, so elimination was not "
                       "complete and the figures may understate its effect.")
    if thin:
        caveats.append(f"Too few scored days for {', '.join(thin)}: a verdict needs at least {MIN_N} scored days in "
                       "the baseline and in the window.")
    if uncertain_days:
        caveats.append(f"{len(uncertain_days)} day(s) in the window had meals with only possible flags; they count "
                       "as clean and are marked uncertain in the daily rows.")
    if name == "day10":
        caveats.append(WITHDRAWAL_NOTE)
    return {"from": start, "to": last, "complete": complete, "days_covered": len(covered),
            "contaminated": bool(window_slips), "slips": window_slips, "scales": result_scales, "caveats": caveats}


def _daily(days, status, meal_days, scores, massage_days, scales) -> list[dict]:
    rows = []
    for d in days:
        meal_day = meal_days.get(d)
        massage_day = massage_days.get(d)
        trailing = _days(d - timedelta(days=ROLLING_DAYS - 1), d)
        possible_only = meal_day.possible_mask & ~meal_day.definite_mask if meal_day else 0
        rows.append({
            "date": d,
            "status": status[d],
            "uncertain": status[d] == "clean" and bool(possible_only),
            "meals": meal_day.meals if meal_day else 0,
            "groups": from_mask(meal_day.definite_mask) if meal_day else [],
            "possible_groups": from_mask(possible_only),
            "scores": {s.name: scores.get(d, {}).get(s.name) for s in scales},
            "rolling_7d": {s.name: _r(mean(_values(scores, trailing, s.name))) for s in scales},
            "massage_sessions": massage_day.sessions if massage_day else 0,
            "massage_seconds": massage_day.seconds if massage_day else 0,
        })
    return rows


def _exposures(days, status, meal_days, scores, scales, as_of) -> dict:
    exposed = {g: [d for d in days if (m := meal_days.get(d)) and m.definite_mask & BIT[g]] for g in GROUPS}
    after = {g: {e + timedelta(days=k) for e in exposed[g] for k in range(POST_EXPOSURE_DAYS + 1)
                 if e + timedelta(days=k) <= as_of} for g in GROUPS}
    any_after = set().union(*after.values())
    clean = [d for d in days if status[d] == "clean" and d not in any_after]
    result = {}
    for group in GROUPS:
        after_days = sorted(after[group])
        per_scale = {}
        for scale in scales:
            after_values = _values(scores, after_days, scale.name)
            clean_values = _values(scores, clean, scale.name)
            per_scale[scale.name] = {"after_mean": _r(mean(after_values)), "after_n": len(after_values),
                                     "clean_mean": _r(mean(clean_values)), "clean_n": len(clean_values)}
        result[group] = {"exposed_days": exposed[group], "scales": per_scale}
    return result


def _massage(days, massage_days, scores, techniques) -> dict:
    after_massage: list[float] = []
    after_none: list[float] = []
    for d in days[:-1]:
        next_pain = scores.get(d + timedelta(days=1), {}).get("pain")
        if next_pain is None:
            continue
        (after_massage if (m := massage_days.get(d)) and m.sessions else after_none).append(next_pain)
    return {
        "techniques": {
            t.technique: {"sessions": t.sessions, "seconds": t.seconds,
                          "mean_relief": _r(t.relief_sum / t.relief_n) if t.relief_n else None, "relief_n": t.relief_n}
            for t in techniques
        },
        "next_day_pain": {
            "after_massage_mean": _r(mean(after_massage)), "after_massage_n": len(after_massage),
            "after_no_massage_mean": _r(mean(after_none)), "after_no_massage_n": len(after_none),
        },
    }
