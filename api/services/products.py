"""Products by barcode: the shared catalogue first, then (when remote lookups are on) Open Food Facts, stored."""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

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


def store_product(*, session: Session, record: ProductRecord, source: ProductSource, fetched_at: Any = None) -> Product:
    """Insert or refresh one product in the catalogue (flushed with the session's unit of work)."""
    row = product_row(record, source, fetched_at or utcnow())
    session.execute(upsert_statement(session.get_bind().dialect.name), [row])
    stored = session.get(Product, record.barcode, populate_existing=True)
    assert stored is not None  # just written in this transaction
    return stored


def _unknown(barcode: str, remote: OpenFoodFacts | None) -> NotFound:
    where = "the catalogue or Open Food Facts" if remote else "the catalogue (remote lookups are off)"
    return NotFound(f"No product with barcode {barcode} in {where}.")


def _fetch(remote: OpenFoodFacts | None, barcode: str) -> ProductRecord | None:
    fetched = remote.fetch(barcode) if remote is not None else None
    return record_from_off(barcode, fetched) if fetched is not None else None


# Products fetched from Open Food Facts for a request, by barcode; None where it does not know the barcode.
Fetched = dict[str, ProductRecord | None]


def prefetch(*, session: Session, remote: OpenFoodFacts | None, barcodes: Iterable[str],
             into: Fetched | None = None) -> Fetched:
    """Fetch the barcodes the catalogue lacks, before the request writes anything: a remote call (seconds, at
    worst its timeout) never holds SQLite's write lock. Unavailable (503) passes through."""
    fetched: Fetched = {} if into is None else into
    for barcode in barcodes:
        if barcode not in fetched and session.get(Product, barcode) is None:
            fetched[barcode] = _fetch(remote, barcode)
    return fetched


def read_product(*, session: Session, owner: User, remote: OpenFoodFacts | None, barcode: str) -> ProductAnswer:
    """A product from the catalogue, or fetched and then stored; the answer is computed before the store, so on
    SQLite the write lock is held only for the upsert that ends the request."""
    found = session.get(Product, barcode)
    if found is not None:
        return product_answer(session=session, owner=owner, product=found)
    record = _fetch(remote, barcode)
    if record is None:
        raise _unknown(barcode, remote)
    now = utcnow()
    answer = product_answer(session=session, owner=owner, product=Product(**product_row(record, API_SOURCE, now)))
    store_product(session=session, record=record, source=API_SOURCE, fetched_at=now)
    return answer


def resolve_barcodes(*, session: Session, remote: OpenFoodFacts | None, barcodes: Sequence[str], fetched: Fetched,
                     field: str = "barcodes") -> list[ProductRecord]:
    """The products a meal names, fetched products stored in the meal's own unit of work; an unknown one is a 422
    naming its position."""
    prefetch(session=session, remote=remote, barcodes=barcodes, into=fetched)
    records = []
    for index, barcode in enumerate(barcodes):
        found = session.get(Product, barcode)
        if found is None:
            record = fetched[barcode]
            if record is None:
                raise InvalidInput.for_field(f"{field}.{index}", _unknown(barcode, remote).message)
            found = store_product(session=session, record=record, source=API_SOURCE)
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


def meal_with_products(*, session: Session, remote: OpenFoodFacts | None, meal_in: MealReplace,
                       fetched: Fetched) -> MealReplace:
    """The meal with its products' names, ingredient text and allergen statements joined in (domain.products).
    `fetched` holds what prefetch() fetched before the request's first write; anything missing is fetched now."""
    if not meal_in.barcodes:
        return meal_in
    products = resolve_barcodes(session=session, remote=remote, barcodes=meal_in.barcodes, fetched=fetched)
    text = meal_text(meal_in.description, meal_in.ingredients or [], products)  # type: ignore[arg-type]
    if len(text.description) > MAX_DESCRIPTION:
        raise InvalidInput.for_field("barcodes", f"with these products' names the description would be over "
                                     f"{MAX_DESCRIPTION} characters")
    if len(text.ingredients) > MAX_INGREDIENTS:
        raise InvalidInput.for_field("barcodes", f"with these products the meal would have over {MAX_INGREDIENTS} "
                                     "ingredients")
    return meal_in.model_copy(update={"description": text.description, "ingredients": list(text.ingredients)})
