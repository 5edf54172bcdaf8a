"""scripts/honesty: how often the service's verdicts are wrong, by Monte Carlo through the domain functions.

Simulated people keep a symptom diary that behaves like a real one (each day resembles the one before: an AR(1)
process with lag-1 correlation r, rounded to 0-10 integers, some days missing) and go through the same
`domain.trends.build_trends` and `domain.challenges` code that answers /v1/trends and /v1/challenges. With no
real change, every "improved", "worse", "reaction" or exposure signal is a false one; with a real change, the
share of people told so is the power. See docs/statistics.md for the method and the figures.

    scripts/honesty              full run (2000 people per scenario, 10-40 minutes on 2 shared cores)
    scripts/honesty --quick      a small run for tests, well under a minute
    scripts/honesty --json out.json --seed 7
"""

import argparse
import json
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.days import MassageDay, MealDay  # noqa: E402
from domain.groups import BIT, GROUPS  # noqa: E402
from domain.scales import SCALES  # noqa: E402
from domain.trends import Trends, build_trends  # noqa: E402
from domain.windows import ALPHA  # noqa: E402

START = date(2026, 3, 15)
BASELINE, ELIMINATION = 14, 14
SD_POINTS = 1.5  # day-to-day spread of a 0-10 score around its level
SD_HOURS = 0.8
BURN_IN = 60
PAIN = "pain"


@dataclass(frozen=True)
class Scenario:
    name: str
    r: float = 0.0
    missing: tuple[float, float] = (0.0, 0.0)
    bad_spell: bool = False
    change: float = 0.0  # a real improvement in pain after the start, in points


NULLS = (
    Scenario("independent"),
    Scenario("r=0.3", r=0.3),
    Scenario("r=0.5", r=0.5),
    Scenario("r=0.7", r=0.7),
    Scenario("bad-spell start, r=0.5", r=0.5, bad_spell=True),
    Scenario("20-40% missing, r=0.5", r=0.5, missing=(0.2, 0.4)),
    Scenario("20-40% missing, r=0.7", r=0.7, missing=(0.2, 0.4)),
)
POWER = tuple(Scenario(f"{c:g}-point change, {'independent' if r == 0 else f'r={r}'}", r=r, change=c)
              for r in (0.0, 0.5) for c in (0.5, 1.0, 2.0))


def ar1(rng: np.random.Generator, r: float, n: int) -> np.ndarray:
    """A stationary AR(1) series with unit variance and lag-1 correlation r."""
    z = np.empty(n)
    z[0] = rng.standard_normal()
    shocks = rng.standard_normal(n) * np.sqrt(1 - r * r)
    for t in range(1, n):
        z[t] = r * z[t - 1] + shocks[t]
    return z


def diary(rng: np.random.Generator, scenario: Scenario, days: list[date], after: np.ndarray,
          select_bad_spell: bool = False) -> dict[date, dict[str, float]]:
    """Scores for `days` (after marks the days the change applies to); no real change unless scenario.change."""
    n = len(days)
    total = n + BURN_IN
    series = {s.name: ar1(rng, scenario.r, total) for s in SCALES}
    offset = BURN_IN
    if select_bad_spell:
        # The person starts on the first day after three days clearly worse than usual (pain 1 SD up).
        pain = series[PAIN]
        first_start = BASELINE
        while True:
            candidates = [t for t in range(first_start, total - (n - BASELINE) + 1)
                          if pain[t - 3:t].mean() > 1.0]
            if candidates:
                offset = candidates[0] - BASELINE
                break
            series[PAIN] = pain = ar1(rng, scenario.r, total)
    missing = rng.uniform(*scenario.missing) if scenario.missing[1] else 0.0
    kept = rng.random(n) >= missing
    scores: dict[date, dict[str, float]] = {}
    levels = {s.name: rng.uniform(3, 7) for s in SCALES}
    for i, d in enumerate(days):
        if not kept[i]:
            continue
        row = {}
        for s in SCALES:
            z = series[s.name][offset + i]
            if s.unit == "hours":
                row[s.name] = round(float(np.clip(7 + SD_HOURS * z, 3, 11)), 1)
                continue
            worse = 1 if not s.higher_is_better else -1
            value = levels[s.name] + worse * SD_POINTS * z
            if s.name == PAIN and after[i]:
                value -= scenario.change
            row[s.name] = float(np.clip(np.rint(value), 0, 10))
        scores[d] = row
    return scores


def exposures(rng: np.random.Generator, days: list[date]) -> dict[date, MealDay]:
    """Meals: groups eaten often before the start, the odd slip after it."""
    result = {}
    for d in days:
        chance = 0.35 if d < START else 0.03
        mask = sum(BIT[g] for g in GROUPS if rng.random() < chance)
        result[d] = MealDay(d, 3, mask, 0)
    return result


def person_days() -> tuple[list[date], np.ndarray]:
    days = [START + timedelta(days=i) for i in range(-BASELINE, ELIMINATION)]
    return days, np.array([d >= START for d in days])


# ---------------------------------------------------------------- adapters to the domain's answers


def window_verdicts(result: Trends) -> dict[tuple[str, str], str]:
    windows = (result.windows.day10, result.windows.day14)
    return {(w.name, s): c.verdict for w in windows if w is not None for s, c in w.scales.items()}


def exposure_signals(result: Trends) -> int:
    """Exposure and massage comparisons that carry a signal (with no real effect, every one is false)."""
    found = sum(c.signal is not None for g in result.exposures.values() for c in g.scales.values())
    return found + (result.massage.next_day_pain.signal is not None)


def person(rng, scenario: Scenario):
    days, after = person_days()
    scores = diary(rng, scenario, days, after, select_bad_spell=scenario.bad_spell)
    return scores, exposures(rng, days), massage(rng, scores, days)


def massage(rng, scores, days) -> dict[date, MassageDay]:
    """People massage on their worst days: the chance rises with that day's pain."""
    return {d: MassageDay(d, 1, 600) for d in days
            if (pain := scores.get(d, {}).get(PAIN)) is not None and rng.random() < 0.05 + 0.06 * pain}


def trends(history, primary: str | None = None, as_of: date | None = None) -> Trends:
    scores, meal_days, massage_days = history
    last_exposed = max((d for d, m in meal_days.items() if m.definite_mask), default=None)
    return build_trends(as_of=as_of or START + timedelta(days=ELIMINATION), start=START, source="user",
                        last_exposed=last_exposed, first_meal=min(meal_days), meal_days=meal_days, scores=scores,
                        massage_days=massage_days, techniques=[], primary_scale=primary)


def null_study(rng, scenario: Scenario, people: int) -> dict:
    counts: dict[tuple[str, str, str], int] = {}
    any_improved = any_improved_primary = any_exposure = 0
    for _ in range(people):
        history = person(rng, scenario)
        result = trends(history)
        verdicts = window_verdicts(result)
        for key, verdict in verdicts.items():
            counts[(*key, verdict)] = counts.get((*key, verdict), 0) + 1
        any_improved += any(v == "improved" for (w, _), v in verdicts.items() if w == "day14")
        primary = window_verdicts(trends(history, PAIN))
        any_improved_primary += any(v == "improved" for (w, _), v in primary.items() if w == "day14")
        any_exposure += exposure_signals(result) > 0
    rate = {v: max(counts.get((w, s.name, v), 0) for w in ("day10", "day14") for s in SCALES) / people
            for v in ("improved", "worse")}
    average = sum(counts.get((w, s.name, "improved"), 0) for w in ("day10", "day14") for s in SCALES)
    return {"scenario": scenario.name, "people": people, "false_improved_max": rate["improved"],
            "false_improved_mean": average / (2 * len(SCALES) * people),
            "false_worse_max": rate["worse"], "any_improved_day14": any_improved / people,
            "any_improved_day14_pain_primary": any_improved_primary / people,
            "any_exposure_signal": any_exposure / people,
            "pain_day14_improved": counts.get(("day14", PAIN, "improved"), 0) / people}


def peeking_study(rng, scenario: Scenario, people: int) -> float:
    """Share of people who, opening the app every day of the two weeks, see pain 'improved' at least once."""
    seen = 0
    for _ in range(people):
        history = person(rng, scenario)
        seen += any(window_verdicts(trends(history, as_of=START + timedelta(days=k))).get(("day14", PAIN))
                    == "improved" for k in range(ELIMINATION + 1))
    return seen / people


def power_study(rng, scenario: Scenario, people: int) -> dict:
    alone = holm = primary = 0
    for _ in range(people):
        history = person(rng, scenario)
        pain = trends(history).windows.day14.scales[PAIN]  # type: ignore[union-attr]
        alone += (pain.probability_better or 0) > 1 - ALPHA / 2
        holm += pain.verdict == "improved"
        primary += trends(history, PAIN).windows.day14.scales[PAIN].verdict == "improved"  # type: ignore[union-attr]
    return {"scenario": scenario.name, "people": people, "model_alone": alone / people,
            "pain_primary": primary / people, "holm_nine_scales": holm / people}


# ---------------------------------------------------------------- challenges


def challenge_study(rng, r: float, effect: float, people: int) -> dict:
    from domain.challenges import Plan, evaluate

    plan = Plan("dairy", START, 1, 2)
    days = [START + timedelta(days=i) for i in range(-14, 3)]
    during = np.array([d >= START for d in days])
    scenario = Scenario("challenge", r=r, change=-effect)  # a reaction is pain going up
    verdicts: dict[str, int] = {}
    stated = 0.0
    for _ in range(people):
        scores = diary(rng, scenario, days, during)
        meal_days = {d: MealDay(d, 3, BIT["dairy"] if d == START else 0, 0) for d in days}
        outcome = evaluate(plan, as_of=plan.end + timedelta(days=1), cancelled=False, meal_days=meal_days,
                           scores=scores)
        verdict = outcome.verdict
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
        stated += outcome.power or 0.0
    return {"r": r, "effect": effect, "people": people, "stated_power_3_points": stated / people,
            **{k: v / people for k, v in sorted(verdicts.items())}}


# ---------------------------------------------------------------- report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="few people per scenario: a smoke run for tests")
    parser.add_argument("--people", type=int, help="people per scenario (default 2000, quick 120)")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = parser.parse_args()
    people = args.people or (25 if args.quick else 2000)
    rng = np.random.default_rng(args.seed)
    began = time.perf_counter()
    nulls = [null_study(rng, s, people) for s in NULLS]
    power = [power_study(rng, s, people) for s in POWER]
    peeking = peeking_study(rng, NULLS[2], max(people // 10, 10))
    challenges = [challenge_study(rng, r, effect, people) for r in (0.0, 0.5) for effect in (0.0, 1.5, 3.0)]
    seconds = time.perf_counter() - began
    report = {"seed": args.seed, "people": people, "machine": f"{platform.processor() or platform.machine()}, "
              f"{platform.python_implementation()} {platform.python_version()}", "seconds": round(seconds, 1),
              "nulls": nulls, "power": power, "peeking_r05_pain_day14": peeking, "challenges": challenges}
    print(f"honesty: {people} simulated people per scenario, seed {args.seed}, {seconds:.0f} s\n")
    print(f"{'null scenario':28} {'improved':>8} {'improved*':>9} {'worse*':>7} {'>=1 improved d14':>17} "
          f"{'(pain primary)':>14} {'clue':>6}")
    for n in nulls:
        print(f"{n['scenario']:28} {n['false_improved_mean']:8.1%} {n['false_improved_max']:9.1%} "
              f"{n['false_worse_max']:7.1%} {n['any_improved_day14']:17.1%} "
              f"{n['any_improved_day14_pain_primary']:14.1%} {n['any_exposure_signal']:6.1%}")
    print("  improved: the mean over scales and windows; * the worst scale and window (noisier);")
    print("  clue: any exposure or massage signal. Goals: <= 5%, <= 5%, <= 10% of people, <= 10% of people")
    print(f"\nopened daily, r=0.5: pain 'improved' seen at least once in the two weeks: {peeking:.1%}")
    print(f"\n{'power: pain improved at day 14':34} {'model alone':>11} {'pain primary':>12} {'Holm, 9 scales':>14}")
    for p in power:
        print(f"{p['scenario']:34} {p['model_alone']:11.1%} {p['pain_primary']:12.1%} {p['holm_nine_scales']:14.1%}")
    print("  only pain changes; goals for 2 points: >= 60% independent, >= 45% at r=0.5")
    print("\nchallenges (one exposure day, two observation days), share of each verdict:")
    for c in challenges:
        shares = ", ".join(f"{k} {v:.1%}" for k, v in c.items() if k not in ("r", "effect", "people"))
        shares = shares.replace("stated_power_3_points", "stated power for 3 points")
        print(f"  r={c['r']}, true reaction {c['effect']:g} points: {shares}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
