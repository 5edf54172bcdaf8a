"""Packaged products as Open Food Facts describes them: the fields we keep, the groups their allergen and trace
tags imply, and the text a product adds to a meal.

The API's `product` object and each line of the JSONL dump use the same field names, so one reader serves both.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

# What a lookup asks Open Food Facts for (their v2 `fields` parameter), and all the dump line must carry.
OFF_FIELDS = ("code", "product_name", "product_name_en", "brands", "quantity", "lang", "ingredients_lc",
              "ingredients_text", "ingredients_text_en", "allergens_tags", "traces_tags")
PREFERRED_LANGUAGE = "en"

# Only what a tag says for certain. Open Food Facts' `en:gluten` covers every gluten cereal; the engine reads a
# declared "gluten" as wheat too (domain/data/foods.json), so a product answers the same from its text and tags.
ALLERGEN_GROUPS: Mapping[str, str] = {"en:milk": "dairy", "en:gluten": "wheat", "en:wheat": "wheat",
                                      "en:soybeans": "soy"}
# Open Food Facts' gluten tag is "cereals containing gluten" (wheat, barley, rye, oats): declared, it says wheat may
# be there, not that it is, as the engine reads a label's bare "gluten".
SOURCE_UNSTATED = frozenset({"en:gluten"})
TagSource = Literal["allergens", "traces"]
# A meal spells the tags out as a label does, so the engine flags them like any pasted label.
DECLARATION_LEADS: Mapping[TagSource, str] = {"allergens": "Contains", "traces": "May contain"}


@dataclass(frozen=True, slots=True)
class ProductRecord:
    """A product as stored in the catalogue (its barcode already normalised)."""

    barcode: str
    name: str | None
    brand: str | None
    quantity: str | None
    ingredients_text: str | None
    ingredients_lang: str | None
    allergens_tags: tuple[str, ...]
    traces_tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TagFlag:
    group: str
    certainty: Literal["definite", "possible"]
    source: TagSource
    tag: str


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _tags(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(tag.strip().lower() for tag in value if isinstance(tag, str) and tag.strip()))


def record_from_off(barcode: str, product: Mapping[str, Any]) -> ProductRecord:
    """Our record of an Open Food Facts product: English ingredient text when there is some, else the main one."""
    english = _text(product.get(f"ingredients_text_{PREFERRED_LANGUAGE}"))
    main = _text(product.get("ingredients_text"))
    text: str | None
    language: str | None
    if english is not None:
        text, language = english, PREFERRED_LANGUAGE
    else:
        text = main
        language = (_text(product.get("ingredients_lc")) or _text(product.get("lang"))) if main else None
    return ProductRecord(
        barcode=barcode,
        name=_text(product.get(f"product_name_{PREFERRED_LANGUAGE}")) or _text(product.get("product_name")),
        brand=_text(product.get("brands")),
        quantity=_text(product.get("quantity")),
        ingredients_text=text,
        ingredients_lang=language,
        allergens_tags=_tags(product.get("allergens_tags")),
        traces_tags=_tags(product.get("traces_tags")),
    )


def tag_flags(allergens_tags: Iterable[str], traces_tags: Iterable[str]) -> tuple[TagFlag, ...]:
    """The groups the tags imply: an allergen definite (gluten possible), a trace possible, other tags nothing."""
    flags = [TagFlag(ALLERGEN_GROUPS[tag], "possible" if tag in SOURCE_UNSTATED else "definite", "allergens", tag)
             for tag in allergens_tags if tag in ALLERGEN_GROUPS]
    flags += [TagFlag(ALLERGEN_GROUPS[tag], "possible", "traces", tag)
              for tag in traces_tags if tag in ALLERGEN_GROUPS]
    return tuple(flags)


def _tag_word(tag: str) -> str:
    return tag.split(":", 1)[-1].replace("-", " ")


def declaration(product: ProductRecord) -> str | None:
    """The mapped tags written as a label's allergen statement, e.g. "Contains: milk. May contain: soybeans"."""
    sentences = []
    for source, tags in (("allergens", product.allergens_tags), ("traces", product.traces_tags)):
        words = [_tag_word(tag) for tag in tags if tag in ALLERGEN_GROUPS]
        if words:
            sentences.append(f"{DECLARATION_LEADS[source]}: {', '.join(words)}")  # type: ignore[index]
    return ". ".join(sentences) or None


def display_name(product: ProductRecord) -> str:
    """What the product adds to a meal's description: its name, else its brand, else its barcode."""
    return product.name or product.brand or f"product {product.barcode}"


@dataclass(frozen=True, slots=True)
class MealText:
    description: str
    ingredients: tuple[str, ...]


def meal_text(description: str | None, ingredients: Iterable[str], products: Iterable[ProductRecord]) -> MealText:
    """A meal with products: their names follow the description (", "-separated); each product's ingredient text,
    then its allergen statement, follow the meal's own ingredients as statements of their own."""
    names = [description] if description else []
    statements = list(ingredients)
    for product in products:
        names.append(display_name(product))
        statements += [text for text in (product.ingredients_text, declaration(product)) if text]
    return MealText(description=", ".join(names), ingredients=tuple(statements))
