"""Reintroduction challenges: bring one group back, watch the next days, decide.

Protocol: the group is eaten on purpose, in a pure form, on the exposure days (1-3), then taken out again
while the person watches the observation days (2-7). The verdict tests the challenge's declared target scale
with the AR(1) model of domain.stats: the exposure and observation days against the clean scored days among
the 14 days before (days of another challenge excluded), one-sided, at 2.5%:

- `reaction` when the target scale is worse on the challenge days, more than 97.5% likely (at 5% the model
  gave up to 8% false reactions with three challenge days and strongly correlated scores; see
  docs/statistics.md);
- `no_reaction_detected` otherwise: one open challenge is a small sample, so the answer says how likely a
  3-point reaction would have been seen (the test's power) and proposes repeating it;
- `inconclusive` when the challenge was confounded (another group's definite exposure during it, or the
  challenged group eaten again during observation), incomplete (an observation day without scores), the
  group was not logged on the exposure days, or fewer than 7 clean scored days precede it.

The other scales are reported with Bonferroni's correction and do not change the verdict. Up to three
conclusive challenges of one group combine into one verdict (one model over all their days). A group that
caused a reaction is proposed for a retest three months later. Verdicts are computed from the current records
every time, so correcting a past score or meal changes them.
"""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from domain.days import MealDay, Scores, day_status, days_between, score
from domain.groups import BIT, GROUPS, from_mask
from domain.scales import BY_NAME, SCALES, Scale
from domain.stats import LEVEL, METHOD, Estimate, Problem, fit, mean
from domain.windows import BASELINE_DAYS, MIN_SCORED_DAYS
from domain.wording import CANCELLED, REACTION_SIZE, challenge_statement

RETEST_AFTER = timedelta(days=90)
WASHOUT_DAYS = 3
MAX_COMBINED = 3
REACTION_ALPHA = (1 - LEVEL) / 2  # one-sided 2.5%: a reaction when the 95% interval lies wholly on the worse side
DEFAULT_TARGET = "pain"
ChallengeStatus = Literal["scheduled", "exposure", "observation", "complete", "cancelled"]
ChallengeVerdict = Literal["reaction", "no_reaction_detected", "inconclusive"]
Outcome = Literal["not_yet_tested", "in_progress", "reaction", "no_reaction_detected", "inconclusive"]
ProblemKind = Literal["confounded", "incomplete", "not_exposed", "no_baseline"]


@dataclass(frozen=True, slots=True)
class Plan:
    group: str
    start: date
    exposure_days: int
    observation_days: int
    target_scale: str = DEFAULT_TARGET

    @property
    def exposure(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.exposure_days)]

    @property
    def observation(self) -> list[date]:
        first = self.start + timedelta(days=self.exposure_days)
        return [first + timedelta(days=i) for i in range(self.observation_days)]

    @property
    def days(self) -> list[date]:
        return self.exposure + self.observation

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.exposure_days + self.observation_days - 1)


@dataclass(frozen=True, slots=True)
class ChallengeProblem:
    kind: ProblemKind
    date: date
    detail: str


@dataclass(frozen=True, slots=True)
class Evidence:
    scale: str
    target: bool
    baseline_mean: float
    baseline_n: int
    challenge_mean: float
    challenge_n: int
    worsening: float  # the model's estimate, in the scale's bad direction
    ci95: tuple[float, float]  # for the worsening
    probability_worse: float
    required: float  # the probability a reaction needs: 97.5% for the target, Bonferroni for the others
    reacts: bool
    method: str


@dataclass(frozen=True, slots=True)
class ChallengeResult:
    status: ChallengeStatus
    verdict: ChallengeVerdict | None
    target_scale: str
    reacting_scales: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    problems: tuple[ChallengeProblem, ...]
    baseline_days: tuple[date, ...]
    exposure_dates: tuple[date, ...]
    observation_dates: tuple[date, ...]
    retest_on: date | None
    power: float | None  # the chance this challenge would have shown a 3-point reaction in the target scale
    statement: str


@dataclass(frozen=True, slots=True)
class GroupOutcome:
    outcome: Outcome
    challenge_start: date | None
    retest_on: date | None
    challenges_combined: int
    statement: str


def status_of(plan: Plan, as_of: date, cancelled: bool) -> ChallengeStatus:
    if cancelled:
        return "cancelled"
    if as_of < plan.start:
        return "scheduled"
    if as_of <= plan.exposure[-1]:
        return "exposure"
    return "observation" if as_of <= plan.end else "complete"


def baseline_days(plan: Plan, meal_days: Mapping[date, MealDay], scores: Scores,
                  excluded: Collection[date] = ()) -> list[date]:
    """The clean scored days among the 14 before the challenge, another challenge's days left out."""
    window = days_between(plan.start - timedelta(days=BASELINE_DAYS), plan.start - timedelta(days=1))
    return [d for d in window if day_status(meal_days.get(d)) == "clean" and scores.get(d) and d not in excluded]


def _problems(plan: Plan, status: ChallengeStatus, as_of: date, meal_days: Mapping[date, MealDay],
              scores: Scores, reference: Sequence[date]) -> list[ChallengeProblem]:
    problems = []
    for day in plan.days:
        if day > as_of:
            continue
        meal_day = meal_days.get(day)
        others = [g for g in from_mask(meal_day.definite_mask if meal_day else 0) if g != plan.group]
        if others:
            problems.append(ChallengeProblem("confounded", day, f"also exposed to {', '.join(others)}"))
        if day in plan.observation and meal_day and meal_day.definite_mask & BIT[plan.group]:
            problems.append(ChallengeProblem("confounded", day, f"{plan.group} eaten again while observing"))
    for day in plan.observation:
        if day <= as_of and not scores.get(day):
            problems.append(ChallengeProblem("incomplete", day, "no symptom scores on this observation day"))
    exposed = any((m := meal_days.get(d)) and m.definite_mask & BIT[plan.group] for d in plan.exposure)
    if status in ("observation", "complete") and not exposed:
        problems.append(ChallengeProblem("not_exposed", plan.start,
                                         f"no meal with {plan.group} was logged on the exposure days"))
    scored = [d for d in reference if score(scores, d, plan.target_scale) is not None]
    if status == "complete" and len(scored) < MIN_SCORED_DAYS:
        problems.append(ChallengeProblem("no_baseline", plan.start, f"fewer than {MIN_SCORED_DAYS} clean days with a "
                                         f"{plan.target_scale} score in the {BASELINE_DAYS} days before"))
    return problems


def _scored(days: Sequence[date], scores: Scores, scale: Scale) -> list[tuple[date, float]]:
    return [(d, v) for d in days if (v := score(scores, d, scale.name)) is not None]


def _problem(scale: Scale, before_rows, during_rows) -> Problem:
    rows = before_rows + during_rows
    origin = rows[0][0]
    # The effect's regressor points the scale's bad way, so b > 0 always means "worse on the challenge days".
    sign = -1.0 if scale.higher_is_better else 1.0
    return Problem(days=[(d - origin).days for d, _ in rows], values=[sign * v for _, v in rows],
                   effect=[0.0] * len(before_rows) + [1.0] * len(during_rows), resolution=scale.resolution)


def _test(before: Sequence[date], during: Sequence[date], scores: Scores, target: str,
          scales: Sequence[Scale]) -> tuple[list[Evidence], Estimate | None]:
    """Evidence per scale with enough days; the target at 2.5% one-sided, the others with Bonferroni."""
    candidates = []
    for scale in scales:
        before_rows, during_rows = _scored(before, scores, scale), _scored(during, scores, scale)
        if len(before_rows) >= MIN_SCORED_DAYS and during_rows:
            candidates.append((scale, before_rows, during_rows))
    estimates = fit([_problem(*c) for c in candidates])
    others = max(len(candidates) - 1, 1)
    evidence, target_estimate = [], None
    for (scale, before_rows, during_rows), estimate in zip(candidates, estimates, strict=True):
        is_target = scale.name == target
        required = 1 - REACTION_ALPHA if is_target else 1 - REACTION_ALPHA / others
        probability_worse = estimate.p_positive
        if is_target:
            target_estimate = estimate
        evidence.append(Evidence(
            scale=scale.name, target=is_target, baseline_mean=round(mean([v for _, v in before_rows]) or 0, 3),
            baseline_n=len(before_rows), challenge_mean=round(mean([v for _, v in during_rows]) or 0, 3),
            challenge_n=len(during_rows), worsening=round(estimate.effect, 3),
            ci95=(round(estimate.low, 3), round(estimate.high, 3)), probability_worse=round(probability_worse, 4),
            required=round(required, 4), reacts=probability_worse > required, method=METHOD))
    return evidence, target_estimate


def evaluate(plan: Plan, *, as_of: date, cancelled: bool, meal_days: Mapping[date, MealDay], scores: Scores,
             excluded: Collection[date] = (), scales: Sequence[Scale] = SCALES) -> ChallengeResult:
    """Status, problems and (once the observation days have passed) the verdict with its evidence."""
    status = status_of(plan, as_of, cancelled)
    reference = baseline_days(plan, meal_days, scores, excluded)
    problems = _problems(plan, status, as_of, meal_days, scores, reference)
    evidence, target = _test(reference, [d for d in plan.days if d <= as_of], scores, plan.target_scale, scales)
    verdict: ChallengeVerdict | None = None
    if status == "complete":
        if problems or target is None:
            verdict = "inconclusive"
        else:
            verdict = "reaction" if target.p_positive > 1 - REACTION_ALPHA else "no_reaction_detected"
    retest_on = plan.end + RETEST_AFTER if verdict == "reaction" else None
    power = target.power(REACTION_SIZE) if target is not None else None
    statement = (CANCELLED.format(group=plan.group) if status == "cancelled" else
                 _statement(verdict, plan, target, power, 1, [f"{p.detail} ({p.date})" for p in problems],
                            retest_on, evidence))
    return ChallengeResult(
        status=status, verdict=verdict, target_scale=plan.target_scale,
        reacting_scales=tuple(e.scale for e in evidence if e.reacts), evidence=tuple(evidence),
        problems=tuple(problems), baseline_days=tuple(reference), exposure_dates=tuple(plan.exposure),
        observation_dates=tuple(plan.observation), retest_on=retest_on,
        power=None if power is None else round(power, 3), statement=statement)


def _statement(verdict, plan: Plan, target: Estimate | None, power: float | None, combined: int,
               problems: list[str], retest_on: date | None, evidence: Sequence[Evidence]) -> str:
    text = challenge_statement(verdict=verdict, label=BY_NAME[plan.target_scale].label, group=plan.group,
                               probability_worse=None if target is None else target.p_positive, power=power,
                               combined=combined, end=plan.end, problems=problems, retest_on=retest_on)
    also = [BY_NAME[e.scale].label.lower() for e in evidence if e.reacts and not e.target]
    if verdict in ("reaction", "no_reaction_detected") and also:
        text += f"; also worse, with the correction for several scales: {', '.join(also)}"
    return text


def summary(evaluated: Sequence[tuple[Plan, ChallengeResult]], scores: Scores,
            scales: Sequence[Scale] = SCALES) -> dict[str, GroupOutcome]:
    """Per group: the latest challenge's state, or the verdict of its latest (up to 3) conclusive challenges."""
    result = {g: GroupOutcome("not_yet_tested", None, None, 0, f"{g}: not yet tested") for g in GROUPS}
    for group in GROUPS:
        live = sorted(((p, r) for p, r in evaluated if p.group == group and r.status != "cancelled"),
                      key=lambda pair: pair[0].start)
        if not live:
            continue
        latest_plan, latest = live[-1]
        if latest.verdict is None:
            result[group] = GroupOutcome("in_progress", latest_plan.start, None, 0, latest.statement)
            continue
        conclusive = [(p, r) for p, r in live if r.verdict in ("reaction", "no_reaction_detected")][-MAX_COMBINED:]
        if not conclusive:
            result[group] = GroupOutcome("inconclusive", latest_plan.start, None, 0, latest.statement)
        elif len(conclusive) == 1:
            plan, one = conclusive[0]
            result[group] = GroupOutcome(one.verdict, plan.start, one.retest_on, 1, one.statement)  # type: ignore[arg-type]
        else:
            result[group] = _combined(conclusive, scores, scales)
    return result


def _combined(conclusive: Sequence[tuple[Plan, ChallengeResult]], scores: Scores,
              scales: Sequence[Scale]) -> GroupOutcome:
    """One model over the days of several challenges of one group: their baselines against their challenge days."""
    latest_plan = conclusive[-1][0]
    during = sorted({d for p, _ in conclusive for d in p.days})
    before = sorted({d for _, r in conclusive for d in r.baseline_days} - set(during))
    evidence, target = _test(before, during, scores, latest_plan.target_scale, scales)
    if target is None:  # cannot happen for conclusive challenges, which each had a scored target baseline
        return GroupOutcome("inconclusive", latest_plan.start, None, len(conclusive), "inconclusive")
    verdict: ChallengeVerdict = "reaction" if target.p_positive > 1 - REACTION_ALPHA else "no_reaction_detected"
    retest_on = latest_plan.end + RETEST_AFTER if verdict == "reaction" else None
    power = target.power(REACTION_SIZE)
    statement = _statement(verdict, latest_plan, target, power, len(conclusive), [], retest_on, evidence)
    return GroupOutcome(verdict, latest_plan.start, retest_on, len(conclusive), statement)
