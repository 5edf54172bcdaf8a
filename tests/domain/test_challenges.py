"""Challenge verdicts on constructed histories."""

from datetime import date, timedelta

import numpy as np

from domain.challenges import ChallengeProblem, Plan, evaluate, summary
from domain.days import MealDay
from domain.groups import BIT

START = date(2026, 5, 1)
STEADY = (1, 2) * 7


def d(offset: int) -> date:
    return START + timedelta(days=offset)


def history(challenge_headache: list[int | None], baseline_headache=STEADY, group="dairy", extra_meals=None,
            start=START):
    """14 clean scored days, then the challenge days (the first eats `group`)."""
    def at(offset: int) -> date:
        return start + timedelta(days=offset)

    meal_days = {at(-i): MealDay(at(-i), 3, 0, 0) for i in range(1, 15)}
    meal_days[at(0)] = MealDay(at(0), 2, BIT[group], 0)
    for offset in range(1, len(challenge_headache)):
        meal_days[at(offset)] = MealDay(at(offset), 2, 0, 0)
    meal_days |= extra_meals or {}
    scores = {at(-len(baseline_headache) + i): {"headache": v, "pain": 3 + i % 2}
              for i, v in enumerate(baseline_headache)}
    for offset, value in enumerate(challenge_headache):
        if value is not None:
            scores[at(offset)] = {"headache": value, "pain": 3 + offset % 2}
    return meal_days, scores


PLAN = Plan("dairy", START, exposure_days=1, observation_days=2, target_scale="headache")


def test_a_clear_reaction_in_the_target_names_the_scale():
    meal_days, scores = history([2, 6, 5])
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result.status == "complete" and result.verdict == "reaction"
    headache = next(e for e in result.evidence if e.scale == "headache")
    assert headache.target and headache.reacts and headache.required == 0.975
    assert (headache.baseline_mean, headache.baseline_n, headache.challenge_mean) == (1.5, 14, 4.333)
    assert headache.ci95[0] > 0 and headache.probability_worse > 0.975
    assert result.reacting_scales == ("headache",) and result.retest_on == d(2) + timedelta(days=90)
    assert result.statement.startswith("reaction: headache was worse after the dairy challenge")


def test_no_reaction_detected_states_the_power_and_proposes_a_repeat():
    meal_days, scores = history([2, 1, 2])
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result.verdict == "no_reaction_detected" and result.reacting_scales == () and result.retest_on is None
    assert 0.5 < result.power <= 1
    assert "one open challenge only detects large reactions" in result.statement
    assert "repeat it to be surer" in result.statement


def test_a_noisy_baseline_needs_a_bigger_change_and_says_its_power_is_low():
    meal_days, scores = history([4, 6, 5], baseline_headache=(0, 6) * 7)
    noisy = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    steady = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=history([4, 6, 5])[0],
                      scores=history([4, 6, 5])[1])
    assert noisy.verdict == "no_reaction_detected" and steady.verdict == "reaction"
    assert noisy.power < 0.5 < steady.power
    assert f"about {noisy.power:.0%} chance to see a 3-point one" in noisy.statement


def test_only_the_target_decides_other_scales_are_reported_with_bonferroni():
    meal_days, scores = history([2, 6, 5])
    on_pain = evaluate(Plan("dairy", START, 1, 2, target_scale="pain"), as_of=d(5), cancelled=False,
                       meal_days=meal_days, scores=scores)
    headache = next(e for e in on_pain.evidence if e.scale == "headache")
    assert on_pain.verdict == "no_reaction_detected" and not headache.target
    assert headache.required == 1 - 0.025 / 1 and headache.reacts  # one other scale: Bonferroni over one
    assert on_pain.statement.endswith("also worse, with the correction for several scales: headache")


def test_another_group_confounds_the_challenge():
    meal_days, scores = history([1, 6, 5], extra_meals={d(1): MealDay(d(1), 2, BIT["soy"], 0)})
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result.verdict == "inconclusive"
    assert result.problems[0] == ChallengeProblem("confounded", d(1), "also exposed to soy")
    assert result.statement.startswith(f"inconclusive: also exposed to soy ({d(1)})")


def test_missing_observation_scores_make_it_incomplete():
    meal_days, scores = history([2, None, 1])
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result.verdict == "inconclusive" and result.problems[0].kind == "incomplete"


def test_too_few_clean_days_before_is_inconclusive():
    meal_days, scores = history([2, 6, 5], baseline_headache=(1, 2, 1, 2, 1, 2))
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result.verdict == "inconclusive" and [p.kind for p in result.problems] == ["no_baseline"]


def test_not_eating_the_group_is_inconclusive():
    meal_days, scores = history([1, 1, 1], group="soy")
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    # Soy instead of dairy on the exposure day: dairy was never reintroduced, and soy confounds.
    assert result.verdict == "inconclusive"
    assert {p.kind for p in result.problems} == {"not_exposed", "confounded"}


def test_status_follows_the_calendar_and_no_verdict_before_the_end():
    meal_days, scores = history([2, 6, 5])
    assert evaluate(PLAN, as_of=d(-1), cancelled=False, meal_days=meal_days, scores=scores).status == "scheduled"
    assert evaluate(PLAN, as_of=d(0), cancelled=False, meal_days=meal_days, scores=scores).status == "exposure"
    during = evaluate(PLAN, as_of=d(1), cancelled=False, meal_days=meal_days, scores=scores)
    assert during.status == "observation" and during.verdict is None
    assert during.statement == f"in progress: the verdict comes after the last observation day, {d(2)}"
    cancelled = evaluate(PLAN, as_of=d(5), cancelled=True, meal_days=meal_days, scores=scores)
    assert cancelled.status == "cancelled" and cancelled.verdict is None
    assert cancelled.statement == "cancelled: the dairy challenge was stopped and gives no verdict"


def test_summary_keeps_the_latest_outcome_per_group():
    meal_days, scores = history([2, 6, 5])
    reaction = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    result = summary([(PLAN, reaction)], scores)
    assert result["dairy"].outcome == "reaction" and result["dairy"].challenges_combined == 1
    assert result["dairy"].statement == reaction.statement
    assert result["soy"].outcome == "not_yet_tested"


def test_repeated_challenges_combine_into_one_surer_verdict():
    # Three dairy challenges three weeks apart, each with a mild rise (+1 on a 1-3 baseline) one alone cannot show.
    meal_days, scores, evaluated = {}, {}, []
    for k in range(3):
        start = START + timedelta(days=21 * k)
        more_meals, more_scores = history([3, 3, 3], baseline_headache=(1, 3) * 7, start=start)
        meal_days |= more_meals
        scores |= more_scores
    for k in range(3):
        plan = Plan("dairy", START + timedelta(days=21 * k), 1, 2, target_scale="headache")
        evaluated.append((plan, evaluate(plan, as_of=d(70), cancelled=False, meal_days=meal_days, scores=scores)))
    singles = [r.verdict for _, r in evaluated]
    combined = summary(evaluated, scores)["dairy"]
    assert combined.challenges_combined == 3 and combined.outcome == "reaction"
    assert "over 3 dairy challenges" in combined.statement
    assert singles == ["no_reaction_detected"] * 3


def test_false_reactions_stay_rare_on_correlated_null_diaries():
    rng = np.random.default_rng(20261201)
    reactions, people = 0, 200
    for _ in range(people):
        z = np.empty(17)
        z[0] = rng.standard_normal()
        for i in range(1, 17):
            z[i] = 0.6 * z[i - 1] + 0.8 * rng.standard_normal()
        values = np.clip(np.rint(5 + 1.5 * z), 0, 10).astype(int)
        meal_days, scores = history(list(values[14:]), baseline_headache=tuple(values[:14]))
        reactions += evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days,
                              scores=scores).verdict == "reaction"
    assert reactions / people <= 0.06
