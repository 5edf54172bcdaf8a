"""Challenge verdicts on constructed histories."""

from datetime import date, timedelta

from domain.challenges import Plan, evaluate, summary
from domain.groups import BIT
from domain.trends import MealDay

START = date(2026, 5, 1)


def d(offset: int) -> date:
    return START + timedelta(days=offset)


def history(challenge_headache: list[int | None], baseline_headache=(1, 1, 1, 1, 1, 1, 1), group="dairy",
            extra_meals=None):
    meal_days = {d(-i): MealDay(d(-i), 3, 0, 0) for i in range(1, 8)}
    meal_days[d(0)] = MealDay(d(0), 2, BIT[group], 0)
    for offset in range(1, len(challenge_headache)):
        meal_days[d(offset)] = MealDay(d(offset), 2, 0, 0)
    meal_days |= extra_meals or {}
    scores = {d(-7 + i): {"headache": v, "pain": 3} for i, v in enumerate(baseline_headache)}
    for offset, value in enumerate(challenge_headache):
        if value is not None:
            scores[d(offset)] = {"headache": value, "pain": 3}
    return meal_days, scores


PLAN = Plan("dairy", START, exposure_days=1, observation_days=2)


def test_a_clear_reaction_names_the_scale_and_the_days():
    meal_days, scores = history([2, 6, 5])
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result["status"] == "complete" and result["verdict"] == "reaction"
    headache = next(e for e in result["evidence"] if e["scale"] == "headache")
    # baseline mean 1, sd 0 -> threshold 1.5; challenge mean (2 + 6 + 5) / 3 = 4.333
    assert headache["threshold"] == 1.5 and headache["worsening"] == 3.333 and headache["reacts"]
    assert [w["date"] for w in headache["worse_days"]] == [d(1), d(2)]
    assert result["reacting_scales"] == ["headache"] and result["retest_on"] == d(2) + timedelta(days=90)


def test_a_clean_tolerance():
    meal_days, scores = history([1, 2, 1])
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result["verdict"] == "tolerated" and result["reacting_scales"] == [] and result["retest_on"] is None


def test_a_noisy_baseline_needs_a_bigger_change():
    meal_days, scores = history([4, 6, 5], baseline_headache=(0, 6, 0, 6, 0, 6, 1))
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    headache = next(e for e in result["evidence"] if e["scale"] == "headache")
    assert headache["threshold"] > 6 and result["verdict"] == "tolerated"


def test_another_group_confounds_the_challenge():
    meal_days, scores = history([1, 6, 5], extra_meals={d(1): MealDay(d(1), 2, BIT["soy"], 0)})
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result["verdict"] == "inconclusive"
    assert result["problems"][0] == {"kind": "confounded", "date": d(1), "detail": "also exposed to soy"}


def test_missing_observation_scores_make_it_incomplete():
    meal_days, scores = history([2, None, 1])
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    assert result["verdict"] == "inconclusive" and result["problems"][0]["kind"] == "incomplete"


def test_not_eating_the_group_is_inconclusive():
    meal_days, scores = history([1, 1, 1], group="soy")
    result = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    # Soy instead of dairy on the exposure day: dairy was never reintroduced, and soy confounds.
    assert result["verdict"] == "inconclusive"
    assert {p["kind"] for p in result["problems"]} == {"not_exposed", "confounded"}


def test_status_follows_the_calendar_and_no_verdict_before_the_end():
    meal_days, scores = history([2, 6, 5])
    assert evaluate(PLAN, as_of=d(-1), cancelled=False, meal_days=meal_days, scores=scores)["status"] == "scheduled"
    assert evaluate(PLAN, as_of=d(0), cancelled=False, meal_days=meal_days, scores=scores)["status"] == "exposure"
    during = evaluate(PLAN, as_of=d(1), cancelled=False, meal_days=meal_days, scores=scores)
    assert during["status"] == "observation" and during["verdict"] is None
    assert evaluate(PLAN, as_of=d(5), cancelled=True, meal_days=meal_days, scores=scores)["status"] == "cancelled"


def test_summary_keeps_the_latest_outcome_per_group():
    meal_days, scores = history([2, 6, 5])
    reaction = evaluate(PLAN, as_of=d(5), cancelled=False, meal_days=meal_days, scores=scores)
    result = summary([(PLAN, reaction)])
    assert result["dairy"]["outcome"] == "reaction" and result["soy"]["outcome"] == "not_yet_tested"
