"""Open Food Facts products: the fields kept, the groups their tags imply, and what they add to a meal."""

import pytest

from domain.flagging import analyze
from domain.products import (
    ALLERGEN_GROUPS,
    SOURCE_UNSTATED,
    ProductRecord,
    declaration,
    meal_text,
    record_from_off,
    tag_flags,
)


def record(**fields) -> ProductRecord:
    defaults = {"barcode": "3017620422003", "name": None, "brand": None, "quantity": None, "ingredients_text": None,
                "ingredients_lang": None, "allergens_tags": (), "traces_tags": ()}
    return ProductRecord(**(defaults | fields))


def test_english_ingredient_text_is_preferred_and_its_language_recorded():
    both = record_from_off("1", {"lang": "fr", "ingredients_text": "Sucre", "ingredients_text_en": " Sugar "})
    assert (both.ingredients_text, both.ingredients_lang) == ("Sugar", "en")
    main = record_from_off("1", {"lang": "fr", "ingredients_lc": "de", "ingredients_text": "Zucker",
                                 "ingredients_text_en": ""})
    assert (main.ingredients_text, main.ingredients_lang) == ("Zucker", "de")
    assert record_from_off("1", {"lang": "fr", "ingredients_text": "Sucre"}).ingredients_lang == "fr"
    assert record_from_off("1", {"lang": "fr"}).ingredients_lang is None, "no text, no language"


def test_fields_of_the_wrong_type_are_read_as_absent():
    odd = record_from_off("1", {"product_name": 42, "brands": ["x"], "allergens_tags": "en:milk",
                                "traces_tags": ["en:milk", 3, " EN:Milk "]})
    assert (odd.name, odd.brand, odd.allergens_tags, odd.traces_tags) == (None, None, (), ("en:milk",))


def test_allergens_are_definite_traces_possible_and_unknown_tags_imply_nothing():
    flags = tag_flags(["en:milk", "en:nuts", "en:gluten"], ["en:soybeans", "en:celery"])
    assert [(f.group, f.certainty, f.source, f.tag) for f in flags] == [
        ("dairy", "definite", "allergens", "en:milk"), ("wheat", "possible", "allergens", "en:gluten"),
        ("soy", "possible", "traces", "en:soybeans")]
    assert tag_flags(["en:eggs", "fr:lait"], []) == ()


@pytest.mark.parametrize("tag", sorted(ALLERGEN_GROUPS))
def test_the_statement_a_meal_gets_flags_what_the_tags_imply(tag):
    group = ALLERGEN_GROUPS[tag]
    as_allergen = analyze(None, [declaration(record(allergens_tags=(tag,)))])
    assert group in (as_allergen.possible if tag in SOURCE_UNSTATED else as_allergen.definite)
    as_trace = analyze(None, [declaration(record(traces_tags=(tag,)))])
    assert group in as_trace.possible and group not in as_trace.definite


def test_meal_text_follows_the_description_with_each_products_name_text_and_statement():
    spread = record(name="Spread", ingredients_text="Sugar, milk", allergens_tags=("en:milk", "en:nuts"))
    nameless = record(brand="Acme")
    text = meal_text("toast", ["bread"], [spread, nameless, record()])
    assert text.description == "toast, Spread, Acme, product 3017620422003"
    assert text.ingredients == ("bread", "Sugar, milk", "Contains: milk")
    assert meal_text(None, [], [spread]).description == "Spread"
