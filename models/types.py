"""Column types shared by the tables."""

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BeforeValidator, Field, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator

from domain.barcodes import BarcodeError, parse_barcode
from domain.clock import EARLIEST_DAY
from domain.scales import BY_NAME


class UTCDateTime(TypeDecorator[datetime]):
    """Stores instants in UTC and always hands back offset-aware datetimes (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: instants must carry an offset")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:  # type: ignore[override]
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


_WRITTEN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WRITTEN_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ]")


def _written_date(value: Any) -> Any:
    # Pydantic's lax mode reads a number as a Unix timestamp: `to=0` would quietly mean 1970-01-01.
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _WRITTEN_DATE.fullmatch(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    return value


def _written_instant(value: Any) -> Any:
    if isinstance(value, datetime) or (isinstance(value, str) and _WRITTEN_INSTANT.match(value)):
        return value
    raise ValueError("must be an RFC 3339 date-time string with an offset, e.g. 2026-05-01T12:30:00+02:00")


def _not_a_boolean(value: Any) -> Any:
    # JSON true is not the integer 1, but pydantic's lax mode would store it as one.
    if isinstance(value, bool):
        raise ValueError("must be a number, not true or false")
    return value


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(value: str) -> str:
    # PostgreSQL text cannot hold NUL, and no UTF-8 encoder takes a lone surrogate (JSON can write one, \ud800):
    # refused with a 422 naming the field, on every engine, rather than a 500 on one.
    found = _UNSTORABLE.search(value)
    if found is not None:
        raise ValueError("must not contain the NUL character (U+0000)" if found.group() == "\x00"
                         else "must not contain an unpaired surrogate (U+D800 to U+DFFF)")
    return value


class _StorableInSchema:
    """States the rule in the OpenAPI document too, as a pattern, so a client (or a fuzzer) knows what passes."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        schema = handler(core_schema)
        schema.setdefault("pattern", STORABLE_PATTERN)
        return schema


# NUL only: a lone surrogate is not a Unicode string at all (RFC 8259 section 8.2), and regex engines that
# read JSON Schema (Rust's, in schemathesis) refuse a surrogate range. The validator refuses both.
STORABLE_PATTERN = "^[^\\u0000]*$"
# Every text a client sends that is stored or logged: `Text`, with its bounds added where it is used.
Text = Annotated[str, AfterValidator(_storable), _StorableInSchema()]

# For numbers in request bodies, after their bounds (`Annotated[int, Field(ge=1), NotABoolean]`): placed after
# them, the bounds still reach the JSON schema as minimum and maximum.
NotABoolean = BeforeValidator(_not_a_boolean)

# The default of a PATCH field that may be left out but never set to null: defaults are not validated and stay out
# of the schema's types, while a null that is sent is validated, and refused with a 422 naming the field.
NOT_SENT: Any = None

# A calendar date as the schema documents it (YYYY-MM-DD), never a number read as a timestamp.
IsoDate = Annotated[date, BeforeValidator(_written_date)]

EARLIEST_INSTANT = datetime.combine(EARLIEST_DAY, time(), tzinfo=UTC)
LEEWAY = timedelta(days=1)  # a client's clock or zone may run ahead of ours


def _within_record(value: datetime) -> datetime:
    # Aware comparisons need no conversion, so a far-off offset cannot overflow before it is refused.
    if value < EARLIEST_INSTANT:
        raise ValueError("must be 2000-01-01 or later")
    if value > utcnow() + LEEWAY:
        raise ValueError("is more than a day in the future")
    return value


# When a meal was eaten or a session done: an RFC 3339 instant with an offset, from 2000 to a day ahead of the
# server's clock, normalised to UTC on the way in so every response speaks UTC.
RecordedInstant = Annotated[
    AwareDatetime, BeforeValidator(_written_instant), AfterValidator(_within_record), AfterValidator(_to_utc),
    Field(examples=["2026-05-01T12:30:00+02:00"]),
]


def stored_barcode(raw: str) -> str:
    try:
        return parse_barcode(raw).gtin
    except BarcodeError as exc:
        raise ValueError(str(exc)) from None


BARCODE_PATTERN = r"^([0-9]{8}|[0-9]{12,13}|0[0-9]{13})$"
BARCODE_DESCRIPTION = "EAN-13, EAN-8, UPC-A or UPC-E digits with a valid check digit"
# A retail barcode as sent, its check digit verified, turned into its stored form (domain/barcodes.py).
BarcodeIn = Annotated[str, Field(pattern=BARCODE_PATTERN, examples=["3017620422003"], description=BARCODE_DESCRIPTION),
                      AfterValidator(stored_barcode)]


def _check_scale(name: str) -> str:
    if name not in BY_NAME:
        raise ValueError(f"{name!r} is not a symptom scale; see /v1/symptoms/scales")
    return name


def _list_scales(schema: dict) -> None:
    schema["enum"] = list(BY_NAME)


ScaleName = Annotated[str, Field(max_length=32, json_schema_extra=_list_scales), AfterValidator(_check_scale)]
