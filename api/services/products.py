"""Products by barcode: the shared catalogue first, then (when remote lookups are on) Open Food Facts, stored."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from api.db import open_session
from api.openfoodfacts import OpenFoodFacts
from api.services.foods import analysis_json, analyze_food
from domain.errors import InvalidInput, NotFound
from domain.groups import GROUPS
from domain.products import ProductRecord, meal_text, record_from_off, tag_flags
from models.meal import MAX_DESCRIPTION, MAX_INGREDIENTS, AnalyzeResponse, MealReplace
from models.product import Product, ProductAnswer, ProductPublic, ProductSource, TagFlagPublic
from models.types import utcnow
from models.user import User

API_SOURCE: ProductSource = "openfoodfacts-api"
UPDATED_COLUMNS = ("name", "brand", "quantity", "ingredients_text", "ingredients_lang", "allergens_tags",
                   "traces_tags", "source", "fetched_at")


def product_row(record: ProductRecord, source: ProductSource, fetched_at: Any) -> dict[str, Any]:
    return {"barcode": record.barcode, "name": record.name, "brand": record.brand, "quantity": record.quantity,
            "ingredients_text": record.ingredients_text, "ingredients_lang": record.ingredients_lang,
            "allergens_tags": list(record.allergens_tags), "traces_tags": list(record.traces_tags),
            "source": source, "fetched_at": fetched_at}


def upsert_statement(dialect: str) -> Any:
    """INSERT ... ON CONFLICT (barcode) DO UPDATE, in this engine's dialect: storing a product twice is harmless."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # On the table, not the entity: Core executemany, without the ORM's per-row bulk bookkeeping (4x slower).
    statement = insert(Product.__table__)  # type: ignore[attr-defined]
    return statement.on_conflict_do_update(index_elements=["barcode"],
                                           set_={name: statement.excluded[name] for name in UPDATED_COLUMNS})


def store_product(*, session: Session, record: ProductRecord, source: ProductSource) -> Product:
    """Insert or refresh one product in the catalogue (flushed with the session's unit of work)."""
    session.execute(upsert_statement(session.get_bind().dialect.name), [product_row(record, source, utcnow())])
    stored = session.get(Product, record.barcode, populate_existing=True)
    assert stored is not None  # just written in this transaction
    return stored


def _unknown(barcode: str, remote: OpenFoodFacts | None) -> NotFound:
    where = "the catalogue or Open Food Facts" if remote else "the catalogue (remote lookups are off)"
    return NotFound(f"No product with barcode {barcode} in {where}.")


def _fetch(remote: OpenFoodFacts | None, barcode: str) -> ProductRecord:
    fetched = remote.fetch(barcode) if remote is not None else None
    if fetched is None:
        raise _unknown(barcode, remote)
    return record_from_off(barcode, fetched)


def read_product(*, engine: Engine, session: Session, remote: OpenFoodFacts | None, barcode: str) -> Product:
    """For a read request: the catalogue in its read-only session; a fetched product is stored in a short write
    of its own, so the remote call never holds a transaction and the read never turns into a write."""
    found = session.get(Product, barcode)
    if found is not None:
        return found
    record = _fetch(remote, barcode)
    with open_session(engine) as own:
        stored = store_product(session=own, record=record, source=API_SOURCE)
        own.commit()
    return stored


def resolve_barcodes(*, session: Session, remote: OpenFoodFacts | None, barcodes: Sequence[str],
                     field: str = "barcodes") -> list[ProductRecord]:
    """The products a meal names, fetched and stored in the meal's own unit of work; an unknown one is a 422
    naming its position (Unavailable from the remote passes through as 503, so a client keeps the meal queued)."""
    records = []
    for index, barcode in enumerate(barcodes):
        found = session.get(Product, barcode)
        if found is None:
            try:
                found = store_product(session=session, record=_fetch(remote, barcode), source=API_SOURCE)
            except NotFound as exc:
                raise InvalidInput.for_field(f"{field}.{index}", exc.message) from None
        records.append(as_record(found))
    return records


def as_record(product: Product) -> ProductRecord:
    return ProductRecord(barcode=product.barcode, name=product.name, brand=product.brand, quantity=product.quantity,
                         ingredients_text=product.ingredients_text, ingredients_lang=product.ingredients_lang,
                         allergens_tags=tuple(product.allergens_tags), traces_tags=tuple(product.traces_tags))


def product_answer(*, session: Session, owner: User, product: Product) -> ProductAnswer:
    """The product, the engine's flags on its ingredient text (with the user's own terms) and its tags' groups."""
    text = [product.ingredients_text] if product.ingredients_text else None
    ingredients = AnalyzeResponse.model_validate(
        analysis_json(analyze_food(session=session, owner=owner, description=None, ingredients=text)))
    tags = tag_flags(product.allergens_tags, product.traces_tags)
    definite = set(ingredients.definite) | {t.group for t in tags if t.certainty == "definite"}
    possible = (set(ingredients.possible) | {t.group for t in tags if t.certainty == "possible"}) - definite
    return ProductAnswer(
        product=ProductPublic.model_validate(product, from_attributes=True),
        ingredients=ingredients,
        tags=[TagFlagPublic(group=t.group, certainty=t.certainty, source=t.source, tag=t.tag)  # type: ignore[arg-type]
              for t in tags],
        definite=[g for g in GROUPS if g in definite],  # type: ignore[misc]
        possible=[g for g in GROUPS if g in possible],  # type: ignore[misc]
    )


def meal_with_products(*, session: Session, remote: OpenFoodFacts | None, meal_in: MealReplace) -> MealReplace:
    """The meal with its products' names, ingredient text and allergen statements joined in (domain.products)."""
    if not meal_in.barcodes:
        return meal_in
    products = resolve_barcodes(session=session, remote=remote, barcodes=meal_in.barcodes)
    text = meal_text(meal_in.description, meal_in.ingredients or [], products)  # type: ignore[arg-type]
    if len(text.description) > MAX_DESCRIPTION:
        raise InvalidInput.for_field("barcodes", f"with these products' names the description would be over "
                                     f"{MAX_DESCRIPTION} characters")
    if len(text.ingredients) > MAX_INGREDIENTS:
        raise InvalidInput.for_field("barcodes", f"with these products the meal would have over {MAX_INGREDIENTS} "
                                     "ingredients")
    return meal_in.model_copy(update={"description": text.description, "ingredients": list(text.ingredients)})
