"""domain.trends and domain.stats against hand-computed cases."""

from datetime import date, timedelta

import pytest

from domain.days import MassageDay, MealDay, TechniqueTotals, day_status
from domain.groups import BIT
from domain.trends import DateRange, Slip, build_trends, detect_start

D = date(2026, 3, 15)  # day 1 in most cases below


def day(n: int) -> date:
    """Day n of the elimination (day 1 is D; day 0 is the last baseline day)."""
    return D + timedelta(days=n - 1)


def clean(d: date, possible: int = 0) -> MealDay:
    return MealDay(d, 2, 0, possible)


def exposed(d: date, *groups: str) -> MealDay:
    return MealDay(d, 1, sum(BIT[g] for g in groups), 0)


def test_day_status():
    assert day_status(None) == "unlogged"
    assert day_status(clean(D)) == "clean"
    assert day_status(clean(D, possible=BIT["corn"])) == "clean"
    assert day_status(exposed(D, "dairy")) == "exposed"


def test_detected_start_is_the_day_after_the_last_exposure():
    assert detect_start(last_exposed=day(0), first_meal_after_exposure=day(3), first_meal=None) == day(1)
    assert detect_start(last_exposed=day(0), first_meal_after_exposure=None, first_meal=None) is None
    assert detect_start(last_exposed=None, first_meal_after_exposure=None, first_meal=day(2)) == day(2)


def _scores(values: dict[date, dict]) -> dict:
    return values


def build(as_of, start, source="user", meal_days=None, scores=None, massage_days=None, techniques=(),
          last_exposed=None, first_meal=None, primary_scale=None):
    return build_trends(as_of=as_of, start=start, source=source, last_exposed=last_exposed, first_meal=first_meal,
                        meal_days=meal_days or {}, scores=scores or {}, massage_days=massage_days or {},
                        techniques=list(techniques), primary_scale=primary_scale)


def two_weeks_each_side(baseline_pain, window_pain, **other):
    scores = {day(-13 + i): {"pain": v, **other} for i, v in enumerate(baseline_pain)}
    scores |= {day(1 + i): {"pain": v, **other} for i, v in enumerate(window_pain)}
    return scores


def test_windows_means_model_estimates_and_completeness():
    scores = two_weeks_each_side([6, 7] * 7, [3, 4, 3, 2] * 3 + [3, 3], sleep=5)
    scores |= {day(1 + i): {**scores[day(1 + i)], "sleep": 7 - i % 2} for i in range(14)}
    meal_days = {d: clean(d) for d in scores if d >= D}
    result = build(as_of=day(11), start=D, meal_days=meal_days, scores=scores, last_exposed=day(0))

    elimination = result.elimination
    assert elimination.day == 11 and elimination.day10_date == day(10) and elimination.day14_date == day(14)
    assert elimination.clean_streak_days == 11 and elimination.slips == ()
    day10, day14 = result.windows.day10, result.windows.day14
    assert (day10.from_, day10.to, day10.complete) == (day(1), day(10), True)
    assert (day14.to, day14.complete, day14.days_covered) == (day(14), False, 11)
    assert result.baseline == DateRange(day(-13), day(0))
    pain = day10.scales["pain"]
    assert (pain.baseline_n, pain.baseline_mean, pain.window_n, pain.window_mean) == (14, 6.5, 10, 3.1)
    assert pain.verdict == "improved" and pain.ci95[0] < pain.delta < pain.ci95[1] < 0
    assert pain.delta == pytest.approx(-3.4, abs=0.3) and pain.probability_better > 0.99
    assert pain.statement == "pain is lower than before the start, 99% likely"
    sleep = day10.scales["sleep"]
    assert sleep.verdict == "improved" and sleep.statement.startswith("sleep quality is higher than before the start")
    assert day10.scales["headache"].verdict == "insufficient_data" and day10.scales["headache"].delta is None
    # Day 14 is not complete: the estimate is there, the verdict waits.
    assert day14.scales["pain"].verdict == "pending" and day14.scales["pain"].delta is not None
    assert day14.scales["pain"].statement == f"pending: the day-14 window completes on {day(14)}"
    assert any("not complete" in c for c in day14.caveats)
    assert any("second week" in c for c in day10.caveats)
    assert any("headache" in c for c in day10.caveats)


def test_a_verdict_needs_seven_scored_days_on_each_side():
    scores = two_weeks_each_side([7, 8] * 3, [2, 3] * 7)  # six baseline days
    pain = build(as_of=day(15), start=D, scores=scores).windows.day14.scales["pain"]
    assert pain.verdict == "insufficient_data" and pain.delta is not None
    assert pain.statement == ("not enough scores for pain: a verdict needs 7 scored days before the start and 7 in "
                              "the window (6 and 14 here)")
    scores[day(0)] = {"pain": 7}
    assert build(as_of=day(15), start=D, scores=scores).windows.day14.scales["pain"].verdict == "improved"


def test_holm_across_scales_or_a_primary_scale_at_the_full_level():
    # A modest change in pain, plain noise in eight other scales: alone it clears 97.5%, not Holm's bar for nine.
    rng = __import__("random").Random(4)
    other = ("sleep", "energy", "rested", "headache", "skin", "digestion", "anxiety")
    scores = {}
    for i in range(28):
        d = day(-13 + i)
        scores[d] = {"pain": (6 if i < 14 else 5) + (i % 3 == 0) - (i % 4 == 1), "sleep_hours": 7.0 + (i % 3) / 10,
                     **{name: rng.choice([4, 5, 6]) for name in other}}
    holm = build(as_of=day(15), start=D, scores=scores).windows.day14
    primary = build(as_of=day(15), start=D, scores=scores, primary_scale="pain").windows.day14
    assert (holm.correction, holm.primary_scale) == ("holm", None)
    assert (primary.correction, primary.primary_scale) == ("primary_then_holm", "pain")
    assert 0.975 < holm.scales["pain"].probability_better < 1 - 0.025 / 9
    assert holm.scales["pain"].verdict == "no_clear_change" and primary.scales["pain"].verdict == "improved"


def test_a_baseline_ending_on_a_bad_spell_is_named():
    scores = two_weeks_each_side([4, 5] * 5 + [8, 9, 8, 9], [4, 5] * 7)
    day14 = build(as_of=day(15), start=D, scores=scores).windows.day14
    assert day14.scales["pain"].bad_spell_baseline
    assert any("Regression to the mean" in c and "pain" in c for c in day14.caveats)
    steady = build(as_of=day(15), start=D, scores=two_weeks_each_side([8, 9] * 7, [4, 5] * 7)).windows.day14
    assert not steady.scales["pain"].bad_spell_baseline
    assert not any("Regression to the mean" in c for c in steady.caveats)


def test_slips_after_a_user_start_contaminate_the_windows():
    meal_days = {day(1): clean(day(1)), day(4): exposed(day(4), "dairy", "wheat"), day(12): exposed(day(12), "soy")}
    result = build(as_of=day(15), start=D, meal_days=meal_days, last_exposed=day(12))
    assert result.elimination.slips == (Slip(day(4), ("wheat", "dairy")), Slip(day(12), ("soy",)))
    assert result.elimination.clean_streak_days == 3
    assert result.windows.day10.slips == (day(4),)
    assert result.windows.day14.contaminated and result.windows.day14.slips == (day(4), day(12))
    assert any("Contaminated" in c for c in result.windows.day10.caveats)


def test_daily_rows_status_rolling_mean_and_massage():
    meal_days = {day(1): clean(day(1), possible=BIT["corn"]), day(2): exposed(day(2), "sugar"), day(3): clean(day(3))}
    scores = {day(-5): {"pain": 8}, day(1): {"pain": 4}, day(2): {"pain": 6}, day(3): {"pain": 2}}
    massage_days = {day(2): MassageDay(day(2), 2, 540)}
    result = build(as_of=day(3), start=D, source="user", meal_days=meal_days, scores=scores,
                   massage_days=massage_days)
    rows = {r.date: r for r in result.daily}
    assert result.daily[0].date == day(-13) and result.daily[-1].date == day(3)
    assert rows[day(1)].status == "clean" and rows[day(1)].uncertain is True
    assert rows[day(1)].possible_groups == ("corn",)
    assert rows[day(2)].status == "exposed" and rows[day(2)].groups == ("sugar",)
    assert rows[day(0)].status == "unlogged"
    # 7 days ending day 2: day(-4)..day(2) holds pain 4 and 6 (day -5 is outside).
    assert rows[day(2)].rolling_7d["pain"] == 5.0
    assert rows[day(1)].rolling_7d["pain"] == 6.0  # day(-5)..day(1): 8 and 4
    assert (rows[day(2)].massage_sessions, rows[day(2)].massage_seconds) == (2, 540)
    # Next-day pain: after the massage day (day 2) -> day 3 = 2; after other days -> 8 (day -5), 4, 6.
    pain = result.massage.next_day_pain
    assert (pain.after_massage_mean, pain.after_massage_n, pain.after_no_massage_mean, pain.after_no_massage_n) == (
        2.0, 1, 6.0, 3)
    assert pain.difference is None and pain.signal is None  # one massage day is too few to compare


def test_exposure_effects_compare_the_next_days_with_clean_days():
    meal_days = {day(n): clean(day(n)) for n in range(1, 11)}
    meal_days[day(4)] = exposed(day(4), "dairy")
    scores = {day(n): {"headache": 1} for n in range(1, 11)}
    scores |= {day(4): {"headache": 5}, day(5): {"headache": 6}, day(6): {"headache": 4}}
    result = build(as_of=day(10), start=D, meal_days=meal_days, scores=scores)
    dairy = result.exposures["dairy"]
    assert dairy.exposed_days == (day(4),)
    headache = dairy.scales["headache"]
    assert (headache.after_mean, headache.after_n, headache.clean_mean, headache.clean_n) == (5.0, 3, 1.0, 7)
    assert headache.ci95[0] < headache.difference < headache.ci95[1] and headache.difference > 2
    assert headache.signal == "worse" and headache.q_value <= 0.05 and headache.method == "ar1_bayes"
    assert dairy.scales["pain"].difference is None and dairy.scales["pain"].signal is None
    assert result.exposures["soy"].exposed_days == ()
    assert "clues, not proof" in result.clues


def test_exposures_are_compared_within_their_phase():
    # Dairy every baseline day, clean days after the start: the raw means differ by 3.5 points, but days 1-2
    # ("after dairy", yet already eliminating) score like the clean days, so within the phase there is no clue.
    meal_days = {day(n): exposed(day(n), "dairy") if n <= 0 else clean(day(n)) for n in range(-13, 15)}
    scores = {day(n): {"pain": 7 if n <= 0 else 3} for n in range(-13, 15)}
    pain = build(as_of=day(14), start=D, meal_days=meal_days, scores=scores).exposures["dairy"].scales["pain"]
    assert pain.after_mean - pain.clean_mean == 3.5
    assert abs(pain.difference) < 0.1 and pain.signal is None
    unscored = {d: v for d, v in scores.items() if d <= day(0) or d > day(2)}
    confounded = build(as_of=day(14), start=D, meal_days=meal_days, scores=unscored).exposures["dairy"]
    assert confounded.scales["pain"].difference is None  # every "after" day before the start: no comparison


def test_massage_technique_relief():
    totals = [TechniqueTotals("kneading", 3, 540, 4.0, 2), TechniqueTotals("rubbing", 1, 180, 0.0, 0)]
    result = build(as_of=day(2), start=D, techniques=totals)
    kneading = result.massage.techniques["kneading"]
    assert (kneading.sessions, kneading.seconds, kneading.mean_relief, kneading.relief_n) == (3, 540, 2.0, 2)
    assert result.massage.techniques["rubbing"].mean_relief is None


def test_no_run_yet_says_so():
    result = build(as_of=day(3), start=None, source=None)
    assert result.windows.day10 is None and result.windows.day14 is None
    assert result.elimination.day is None and len(result.daily) == 28
    assert any("No elimination run" in c for c in result.caveats)
