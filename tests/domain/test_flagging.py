"""Behaviour of the flagging engine on the rules that matter, one rule per test."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.flagging import analyze, compile_personal_terms, default_knowledge, flag_text


def groups(text: str) -> tuple[set[str], set[str]]:
    result = analyze(text, None)
    return set(result.definite), set(result.possible)


@pytest.mark.parametrize(
    ("text", "definite"),
    [
        ("whey protein shake", {"dairy"}),
        ("seitan", {"wheat"}),
        ("tamari", {"soy"}),
        ("polenta", {"corn"}),
        ("agave syrup", {"sugar"}),
        ("soy sauce", {"soy", "wheat"}),
        ("pizza", {"wheat", "dairy"}),
        ("cornbread", {"corn", "wheat", "dairy", "sugar"}),
    ],
)
def test_definite_terms_and_multi_group_dishes(text, definite):
    assert groups(text)[0] == definite


@pytest.mark.parametrize(
    "text", ["buckwheat groats", "peppercorn steak", "cocoa butter", "peanut butter", "coconut milk", "cream of tartar",
             "butternut squash", "sugar snap peas", "corned beef", "sweet potato"],
)
def test_traps_raise_nothing(text):
    assert groups(text) == (set(), set())


def test_soy_milk_is_soy_not_dairy():
    assert groups("soy milk") == ({"soy"}, set())


@pytest.mark.parametrize(
    ("text", "absent"),
    [("no cheese", "dairy"), ("salad without soy sauce", "soy"), ("dairy-free yogurt", "dairy"),
     ("sugar free gum", "sugar"), ("gluten-free bread", "wheat"), ("pasta, gluten free", "wheat"),
     ("burger no bun", "wheat"), ("pizza (no cheese)", "dairy"), ("unsweetened almond milk", "sugar")],
)
def test_negation(text, absent):
    definite, possible = groups(text)
    assert absent not in definite | possible


def test_negation_ends_at_the_clause():
    assert "dairy" in groups("no bread, extra cheese")[0]
    assert "wheat" in groups("no cheese and a bagel")[0]


def test_lactose_free_milk_is_still_dairy():
    assert "dairy" in groups("lactose-free milk")[0]


def test_hidden_sources_are_possible_with_a_reason():
    result = analyze(None, ["water, maltodextrin, natural flavors"])
    by_term = {f.term: f for f in result.flags}
    assert by_term["maltodextrin"].group == "corn" and by_term["maltodextrin"].certainty == "possible"
    assert "corn" in by_term["maltodextrin"].reason
    assert result.possible == {"corn", "dairy"} and not result.definite


def test_may_contain_lines_are_possible():
    result = analyze(None, ["Rice flour, water. May contain: milk, soy."])
    assert result.definite == set() and result.possible == {"dairy", "soy"}


def test_contains_lines_are_definite():
    result = analyze(None, ["Sugar, cocoa. Contains: milk."])
    assert {"dairy", "sugar"} <= result.definite


def test_nested_parentheses_name_their_top_level_ingredient():
    statement = "Enriched flour (wheat flour, niacin [vitamin B3 (nicotinic acid)]), whey"
    flags = flag_text(statement, default_knowledge(), source="ingredients")
    by_term = {f.term: f for f in flags}
    assert by_term["wheat flour"].ingredient == "Enriched flour (wheat flour, niacin [vitamin B3 (nicotinic acid)])"
    assert by_term["whey"].ingredient == "whey"


def test_parenthesis_naming_the_source_resolves_a_possible():
    definite, possible = groups("vegetable oil (sunflower, olive)")
    assert "soy" not in possible and "corn" not in possible


@pytest.mark.parametrize(
    ("typed", "term"),
    [("mozarella", "mozzarella"), ("parmesean", "parmesan"), ("croisant", "croissant"), ("capuccino", "cappuccino"),
     ("Yoghurts", "yogurt"), ("BAGELS", "bagel"), ("crème fraîche", "creme fraiche")],
)
def test_spelling_case_plurals_and_accents(typed, term):
    result = analyze(typed, None)
    assert result.flags and result.flags[0].term == term


def test_misspelling_guard_keeps_different_words_apart():
    assert groups("mustard") == (set(), set())  # one letter from custard
    assert groups("roast chicken") == (set(), set())  # one letter from toast


def test_with_abbreviation_and_plant_milk_substitution():
    assert groups("bagel w/ cream cheese")[0] == {"wheat", "dairy"}
    assert "dairy" not in groups("latte with oat milk")[0]
    assert "wheat" not in groups("almond flour pancakes")[0]


def test_personal_terms_are_flagged_beside_the_engine():
    personal = compile_personal_terms([("nana's bread", "wheat", "definite")], default_knowledge())
    result = analyze("nana's bread with jam", None, personal=personal)
    personal_flags = [f for f in result.flags if f.personal]
    assert personal_flags and personal_flags[0].matched == "nana's bread"


def test_matched_is_always_the_exact_span():
    text = "Bagel W/ CREAM  cheese & a Soy-Latte"
    for flag in analyze(text, None).flags:
        assert text[flag.start:flag.end] == flag.matched


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300), st.lists(st.text(max_size=80), max_size=5))
def test_any_input_returns_flags_whose_matched_is_a_span(description, ingredients):
    result = analyze(description, ingredients)
    for flag in result.flags:
        source = description if flag.source == "description" else ingredients[flag.ingredient_index]
        assert source[flag.start:flag.end] == flag.matched
    assert result.definite.isdisjoint(result.possible)


FOODISH = st.sampled_from(["milk", "no", "(", ")", "wheat", "free", "flour", " ", ",", "may contain", "soy sauce",
                           "é", "ﬁ", "İ", "w/", "&", "-", "\n", "corn syrup", "oat", "with", "and"])


@settings(max_examples=100, deadline=None)
@given(st.lists(FOODISH, min_size=1, max_size=400))
def test_food_like_noise_keeps_spans_exact(parts):
    text = " ".join(parts)
    for flag in analyze(text, [text]).flags:
        assert text[flag.start:flag.end] == flag.matched


@pytest.mark.parametrize(
    "text",
    ["milk " * 20_000, "(" * 50_000 + "wheat" + ")" * 50_000, "ẞ̈̈̈" * 25_000, "a" * 100_000, "w/" * 50_000,
     "no " * 33_000 + "cheese"],
)
def test_pathological_input_finishes_quickly(text):
    started = time.perf_counter()
    analyze(text, [text])
    assert time.perf_counter() - started < 5.0
