"""The engine's three rates on the labelled corpora, per group and overall, held to the goals."""

from collections import Counter

import pytest

from domain.groups import GROUPS
from tests.domain.corpus_rates import GOALS, meal_hedges, measure
from tests.domain.food_corpus import CASES
from tests.domain.food_corpus_blind2 import BLIND2_CASES
from tests.domain.food_corpus_blind3 import BLIND3_CASES
from tests.domain.food_corpus_blind4 import BLIND4_CASES
from tests.domain.food_corpus_blind5 import BLIND5_CASES
from tests.domain.food_corpus_blind6 import BLIND6_CASES
from tests.domain.food_corpus_blind9 import BLIND9_CASES
from tests.domain.food_corpus_blind10 import BLIND10_CASES
from tests.domain.food_corpus_blind11 import BLIND11_CASES
from tests.domain.food_corpus_blind12 import BLIND12_CASES
from tests.domain.food_corpus_blind13 import BLIND13_CASES
from tests.domain.food_corpus_blind14 import BLIND14_CASES
from tests.domain.food_corpus_blind15 import BLIND15_CASES
from tests.domain.food_corpus_blind16 import BLIND16_CASES
from tests.domain.food_corpus_blind17 import BLIND17_CASES
from tests.domain.food_corpus_blind18 import BLIND18_CASES
from tests.domain.food_corpus_blind19 import BLIND19_CASES
from tests.domain.food_corpus_blind20 import BLIND20_CASES
from tests.domain.food_corpus_blind21 import BLIND21_CASES
from tests.domain.food_corpus_blind26 import BLIND26_CASES
from tests.domain.food_corpus_blind27 import BLIND27_CASES
from tests.domain.food_corpus_blind29 import BLIND29_CASES
from tests.domain.food_corpus_blind31 import BLIND31_CASES
from tests.domain.food_corpus_blind35 import BLIND35_CASES
from tests.domain.food_corpus_blind36 import BLIND36_CASES
from tests.domain.food_corpus_blind37 import BLIND37_CASES
from tests.domain.food_corpus_fresh import FRESH_CASES

# The fresh set and blind sets 2 to 5 were written without seeing the engine and measured before it was read (README,
# "How meals are flagged"); each is kept apart so its figures can be read on their own.
CORPORA = {"corpus": CASES, "fresh": FRESH_CASES, "blind2": BLIND2_CASES, "blind3": BLIND3_CASES,
           "blind4": BLIND4_CASES, "blind5": BLIND5_CASES,
           "together": CASES + FRESH_CASES + BLIND2_CASES + BLIND3_CASES + BLIND4_CASES + BLIND5_CASES}


# Blind sets 2 to 5 file their traps ("corn salad (lamb's lettuce)", "cream of coconut") among the meals and labels.
@pytest.mark.parametrize(("cases", "traps"), [(CASES, 30), (FRESH_CASES, 30), (BLIND2_CASES, 0), (BLIND3_CASES, 0),
                                                 (BLIND4_CASES, 0), (BLIND5_CASES, 0)])
def test_corpus_is_large_and_varied(cases, traps):
    kinds = Counter(kind for kind, *_ in cases)
    assert len(cases) >= 150
    assert kinds["meal"] >= 50 and kinds["label"] >= 50 and kinds["trap"] >= traps


@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("group", [*GROUPS, "all"])
def test_recall_any_false_and_definite_false_within_goals(corpus, group):
    misses: list[str] = []
    rates = measure(CORPORA[corpus], misses.append)
    report = "\n".join([f"{key}: {value}" for key, value in rates.items()] + [m for m in misses if group in m or
                                                                              group == "all"])
    row = rates[group]
    assert row.recall >= GOALS["recall"], report
    assert row.any_false <= GOALS["any_false"], report
    assert row.definite_false <= GOALS["definite_false"], report


# Blind sets 6, 9 to 18 and 20, folded in since they were measured, meet the goals over all groups but not yet in
# every group (README, "How meals are flagged"): held to them overall, so no change loses what folding them won.
FOLDED_OVERALL = {"blind6": BLIND6_CASES, "blind9": BLIND9_CASES, "blind10": BLIND10_CASES, "blind11": BLIND11_CASES,
                  "blind12": BLIND12_CASES, "blind13": BLIND13_CASES, "blind14": BLIND14_CASES,
                  "blind15": BLIND15_CASES, "blind16": BLIND16_CASES, "blind17": BLIND17_CASES,
                  "blind18": BLIND18_CASES, "blind20": BLIND20_CASES}


@pytest.mark.parametrize("corpus", FOLDED_OVERALL)
def test_folded_sets_within_goals_over_all_groups(corpus):
    misses: list[str] = []
    row = measure(FOLDED_OVERALL[corpus], misses.append)["all"]
    assert row.within_goals(), f"{row}\n" + "\n".join(misses)


# Read sets that do not yet meet the goals are held to what reading them won (their figures when this was written,
# README), so no change quietly loses it; a set joins FOLDED_OVERALL once it meets the goals.
# Sets 26, 27, 29, 31 and 35 (people mid-protocol, who write of plans, cravings, refusals and others' plates) were
# read after they were measured. Sets 22 to 25, 28, 30 and 32 to 34 are in no test: they are held out, unread, to
# measure text the engine has never seen.
HELD_TO_FLOOR = {"blind19": (BLIND19_CASES, 0.966, 0.013, 0.002), "blind21": (BLIND21_CASES, 0.968, 0.028, 0.006),
                 "blind26": (BLIND26_CASES, 0.953, 0.039, 0.010), "blind27": (BLIND27_CASES, 0.962, 0.047, 0.017),
                 "blind29": (BLIND29_CASES, 0.969, 0.056, 0.024), "blind31": (BLIND31_CASES, 0.989, 0.088, 0.042),
                 "blind35": (BLIND35_CASES, 0.977, 0.084, 0.046),
                 # 36 and 37 were read only through the hedge audit, in aggregate: none of their texts was looked at
                 "blind36": (BLIND36_CASES, 0.959, 0.055, 0.009), "blind37": (BLIND37_CASES, 0.987, 0.033, 0.008)}


@pytest.mark.parametrize("corpus", HELD_TO_FLOOR)
def test_read_sets_short_of_the_goals_keep_what_reading_them_won(corpus):
    cases, recall, any_false, definite_false = HELD_TO_FLOOR[corpus]
    misses: list[str] = []
    row = measure(cases, misses.append)["all"]
    report = f"{row}\n" + "\n".join(misses)
    assert row.recall >= recall and row.any_false <= any_false and row.definite_false <= definite_false, report


# Every set a writer made without seeing the engine, read or not yet folded, but for the held-out ones and for the
# sets of people mid-protocol (26, 27, 29, 31, 35): there a group the writer left out is as often of a food only
# planned, craved or refused, which says nothing of whether the hedge on the food is worth its place.
READ_SETS = [CORPORA["together"], BLIND6_CASES, BLIND9_CASES, BLIND10_CASES, BLIND11_CASES, BLIND12_CASES,
             BLIND13_CASES, BLIND14_CASES, BLIND15_CASES, BLIND16_CASES, BLIND17_CASES, BLIND18_CASES,
             BLIND19_CASES, BLIND20_CASES, BLIND21_CASES, BLIND36_CASES, BLIND37_CASES]
# Hedges kept against the writers' labels because the usual recipe has the group: each was left out by writers
# whose meal said a version without it, which the engine cannot tell from the words.
HEDGES_KEPT_BY_RECIPE = {
    ("minestrone", "wheat"),  # the Italian soup is made with small pasta
    ("fried fish", "wheat"),  # fish is fried in batter or dredged in flour, unless the meal says otherwise
    ("vermicelles", "wheat"),  # in France, thin wheat pasta
    ("burrito", "dairy"),  # cheese and sour cream are in most burritos; writers sure of it found it this way
    ("chocolate", "sugar"),  # bar chocolate is sweetened; only a percentage of cocoa says how much
    ("doenjang jjigae", "wheat"),  # shop doenjang is mostly fermented with wheat flour
    ("makki roti", "wheat"),  # maize flour is hard to roll alone: most cooks bind it with some atta
    ("paratha", "dairy"),  # layered and fried with ghee in most kitchens and restaurants
    ("yakitori", "soy"),  # most yakitori is glazed with tare (soy sauce, mirin, sugar); only shio is not
    ("yakitori", "wheat"),
    ("yakitori", "sugar"),
}


def test_no_meal_hedge_the_writers_reject_more_often_than_they_share():
    """A possible flag earns its place by the groups it finds: one that independent writers leave out more often
    than they share it, and rarely find it sure, tells a person of a group that is not there (README)."""
    rejected = [verdict for verdict in meal_hedges(case for cases in READ_SETS for case in cases)
                if verdict.rejected() and (verdict.term, verdict.group) not in HEDGES_KEPT_BY_RECIPE]
    assert not rejected, "\n".join(map(str, rejected))
