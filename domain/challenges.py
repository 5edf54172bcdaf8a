"""Reintroduction challenges: bring one group back, watch the next days, decide.

Protocol: the group is eaten on purpose, in a pure form, on the exposure days (1-3), then taken out again
while the person watches the observation days (2-7). The verdict compares each scale over the exposure and
observation days with the last 7 clean days before the challenge:

- a scale **reacts** when its mean over the challenge days is worse (direction-aware) than the baseline mean
  by more than max(1.5 points, 2 x the baseline's day-to-day standard deviation) (for sleep hours,
  max(0.75 h, 2 SD)): a noisy baseline needs a bigger change before it counts;
- `reaction` when any scale reacts, `tolerated` when none does;
- `inconclusive` when the challenge was confounded (another group's definite exposure during it, or the
  challenged group eaten again during observation), incomplete (an observation day without scores), the
  group was not logged on the exposure days, or fewer than 3 clean scored days precede it.

A group that caused a reaction is proposed for a retest three months later. Verdicts are computed from the
current records every time, so correcting a past score or meal changes them.
"""

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from domain.groups import BIT, GROUPS, from_mask
from domain.scales import SCALES, Scale
from domain.trends import MealDay, day_status

BASELINE_DAYS = 7
BASELINE_LOOKBACK = 30
MIN_BASELINE = 3
RETEST_AFTER = timedelta(days=90)
WASHOUT_DAYS = 3


@dataclass(frozen=True, slots=True)
class Plan:
    group: str
    start: date
    exposure_days: int
    observation_days: int

    @property
    def exposure(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.exposure_days)]

    @property
    def observation(self) -> list[date]:
        first = self.start + timedelta(days=self.exposure_days)
        return [first + timedelta(days=i) for i in range(self.observation_days)]

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.exposure_days + self.observation_days - 1)


def threshold(scale: Scale, baseline: Sequence[float]) -> float:
    spread = statistics.stdev(baseline) if len(baseline) > 1 else 0.0
    floor = 0.75 if scale.unit == "hours" else 1.5
    return max(floor, 2 * spread)


def baseline_days(plan: Plan, meal_days: Mapping[date, MealDay], scores: Mapping[date, Mapping]) -> list[date]:
    """The last 7 clean days with scores before the challenge, looking back at most 30 days."""
    chosen: list[date] = []
    for offset in range(1, BASELINE_LOOKBACK + 1):
        day = plan.start - timedelta(days=offset)
        if day_status(meal_days.get(day)) == "clean" and scores.get(day):
            chosen.append(day)
            if len(chosen) == BASELINE_DAYS:
                break
    return sorted(chosen)


def evaluate(plan: Plan, *, as_of: date, cancelled: bool, meal_days: Mapping[date, MealDay],
             scores: Mapping[date, Mapping[str, float | None]], scales: Sequence[Scale] = SCALES) -> dict:
    """Status, problems and (once the observation days have passed) the verdict with its evidence."""
    if cancelled:
        status = "cancelled"
    elif as_of < plan.start:
        status = "scheduled"
    elif as_of <= plan.exposure[-1]:
        status = "exposure"
    elif as_of <= plan.end:
        status = "observation"
    else:
        status = "complete"
    problems = []
    exposed_to_group = any((m := meal_days.get(d)) and m.definite_mask & BIT[plan.group] for d in plan.exposure)
    for day in plan.exposure + plan.observation:
        if day > as_of:
            continue
        meal_day = meal_days.get(day)
        others = [g for g in from_mask(meal_day.definite_mask if meal_day else 0) if g != plan.group]
        if others:
            problems.append({"kind": "confounded", "date": day, "detail": f"also exposed to {', '.join(others)}"})
        if day in plan.observation and meal_day and meal_day.definite_mask & BIT[plan.group]:
            problems.append({"kind": "confounded", "date": day, "detail": f"{plan.group} eaten again while observing"})
    for day in plan.observation:
        if day <= as_of and not scores.get(day):
            problems.append({"kind": "incomplete", "date": day, "detail": "no symptom scores on this observation day"})
    if status in ("observation", "complete") and not exposed_to_group:
        problems.append({"kind": "not_exposed", "date": plan.start,
                         "detail": f"no meal with {plan.group} was logged on the exposure days"})
    reference = baseline_days(plan, meal_days, scores)
    evidence, reacting = [], []
    challenge_days = plan.exposure + plan.observation
    for scale in scales:
        before = [v for d in reference if (v := scores.get(d, {}).get(scale.name)) is not None]
        during = [(d, v) for d in challenge_days if d <= as_of and (v := scores.get(d, {}).get(scale.name)) is not None]
        if len(before) < MIN_BASELINE or not during:
            continue
        baseline_mean = statistics.fmean(before)
        limit = threshold(scale, before)
        during_mean = statistics.fmean(v for _, v in during)
        worsening = (baseline_mean - during_mean) if scale.higher_is_better else (during_mean - baseline_mean)
        worse_days = [{"date": d, "value": v} for d, v in during
                      if ((baseline_mean - v) if scale.higher_is_better else (v - baseline_mean)) > limit]
        reacts = worsening > limit
        if reacts:
            reacting.append(scale.name)
        evidence.append({"scale": scale.name, "baseline_mean": round(baseline_mean, 3), "baseline_n": len(before),
                         "challenge_mean": round(during_mean, 3), "worsening": round(worsening, 3),
                         "threshold": round(limit, 3), "reacts": reacts, "worse_days": worse_days})
    verdict = None
    if status == "complete":
        if problems or len(reference) < MIN_BASELINE:
            verdict = "inconclusive"
        else:
            verdict = "reaction" if reacting else "tolerated"
    if status == "complete" and len(reference) < MIN_BASELINE:
        detail = f"fewer than {MIN_BASELINE} clean scored days in the {BASELINE_LOOKBACK} days before"
        problems.append({"kind": "no_baseline", "date": plan.start, "detail": detail})
    return {
        "status": status, "verdict": verdict, "reacting_scales": reacting, "evidence": evidence,
        "problems": problems, "baseline_days": reference,
        "exposure_dates": plan.exposure, "observation_dates": plan.observation,
        "retest_on": plan.end + RETEST_AFTER if verdict == "reaction" else None,
    }


def summary(evaluated: Sequence[tuple[Plan, dict]]) -> dict[str, dict]:
    """Per group, the latest non-cancelled challenge's outcome, or not_yet_tested."""
    result: dict[str, dict[str, object]] = {
        g: {"outcome": "not_yet_tested", "challenge_start": None, "retest_on": None} for g in GROUPS
    }
    for plan, outcome in sorted(evaluated, key=lambda pair: pair[0].start):
        if outcome["status"] == "cancelled":
            continue
        label = outcome["verdict"] or "in_progress"
        result[plan.group] = {"outcome": label, "challenge_start": plan.start, "retest_on": outcome["retest_on"]}
    return result
