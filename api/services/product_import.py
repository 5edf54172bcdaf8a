"""Stream Open Food Facts' JSONL dump (one product a line, the API's field names) into the shared catalogue."""

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from sqlmodel import Session

from api.services.products import product_row, upsert_statement
from domain.barcodes import BarcodeError, parse_barcode
from domain.products import record_from_off
from models.product import ProductSource
from models.types import utcnow

DUMP_SOURCE: ProductSource = "openfoodfacts-dump"
BATCH_SIZE = 2000
GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class ImportProgress:
    read: int = 0  # lines read
    stored: int = 0  # products inserted or refreshed
    invalid: int = 0  # lines skipped: not a JSON object, or no valid barcode in `code`
    other_countries: int = 0  # lines skipped by the country filter


def open_dump(raw: IO[bytes]) -> IO[bytes]:
    """The dump's lines, whether the file is gzip or plain (told by its first bytes, not its name)."""
    if raw.peek(2)[:2] == GZIP_MAGIC:  # type: ignore[attr-defined]
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def country_tag(country: str) -> str:
    """Open Food Facts' tag for a country: `en:france`; a bare `France` means the same."""
    tag = country.strip().lower().replace(" ", "-")
    return tag if ":" in tag else f"en:{tag}"


def _row(line: bytes, country: str | None, fetched_at: datetime, progress: ImportProgress) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        product = json.loads(line)
    except ValueError:
        product = None
    if not isinstance(product, dict) or not isinstance(product.get("code"), str):
        progress.invalid += 1
        return None
    try:
        barcode = parse_barcode(product["code"].strip()).gtin
    except BarcodeError:
        progress.invalid += 1
        return None
    if country is not None and country not in (product.get("countries_tags") or ()):
        progress.other_countries += 1
        return None
    return product_row(record_from_off(barcode, product), DUMP_SOURCE, fetched_at)


def import_products(*, session: Session, lines: Iterable[bytes], country: str | None = None,
                    batch_size: int = BATCH_SIZE) -> Iterator[ImportProgress]:
    """Upsert the products, one batched statement per `batch_size` lines; yields after each batch so the caller
    commits it (a re-import refreshes rows in place, and an interrupted one keeps what it committed)."""
    statement = upsert_statement(session.get_bind().dialect.name)
    progress = ImportProgress()
    fetched_at = utcnow()
    batch: dict[str, dict[str, Any]] = {}

    def flush() -> ImportProgress:
        # Keyed by barcode: one statement must not touch a row twice (PostgreSQL refuses), and the last line wins.
        if batch:
            session.execute(statement, list(batch.values()))
        progress.stored += len(batch)
        batch.clear()
        return progress

    for line in lines:
        progress.read += 1
        row = _row(line, country, fetched_at, progress)
        if row is not None:
            batch[row["barcode"]] = row
        if progress.read % batch_size == 0:
            yield flush()
    yield flush()
