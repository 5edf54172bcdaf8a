"""Batch push (each item in its own savepoint) and pull (changes after a server-side cursor)."""

from dataclasses import dataclass
from typing import Any, cast

from pydantic import BaseModel, ValidationError
from sqlmodel import Session, col, select

from api.db import begin_writing
from api.openfoodfacts import OpenFoodFacts
from api.services import massage, meals, products, symptoms
from api.services.changes import tombstone
from domain.errors import Conflict, InvalidInput, PreconditionFailed
from models.massage import MassageReplace, MassageSession
from models.meal import Meal, MealReplace
from models.symptom import SymptomEntry, SymptomScores
from models.sync import (
    MAX_PUSH_ITEMS,
    Change,
    MassagePushItem,
    MealPushItem,
    PullResponse,
    PushEnvelope,
    PushRequest,
    PushResult,
    SymptomPushItem,
)
from models.user import User

ENVELOPE_FIELDS = {"id", "date", "base_version", "deleted"}
ENVELOPES: dict[str, type[PushEnvelope]] = {"meal": MealPushItem, "symptom": SymptomPushItem,
                                            "massage": MassagePushItem}
Synced = Meal | MassageSession | SymptomEntry


def _reason(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'item'}: {e['msg']}" for e in error.errors()[:5])


@dataclass(frozen=True)
class _Item:
    """A pushed item validated once: its envelope and content, or why it is invalid."""

    kind: str
    key: str | None
    envelope: Any = None
    content: Any = None  # MealReplace | SymptomScores | MassageReplace; None for a deletion
    invalid: str | None = None


CONTENT: dict[str, type[BaseModel]] = {
    "meal": MealReplace, "symptom": SymptomScores, "massage": MassageReplace}


def _validated(kind: str, raw: Any) -> _Item:
    try:
        envelope: Any = ENVELOPES[kind].model_validate(raw)
    except ValidationError as exc:
        key = raw.get("id", raw.get("date")) if isinstance(raw, dict) else None
        return _Item(kind, str(key) if key is not None else None, invalid=_reason(exc))
    key = str(envelope.id if kind != "symptom" else envelope.date)
    if envelope.deleted:
        return _Item(kind, key, envelope)
    try:
        content = CONTENT[kind].model_validate({k: v for k, v in raw.items() if k not in ENVELOPE_FIELDS})
    except ValidationError as exc:
        return _Item(kind, key, envelope, invalid=_reason(exc))
    return _Item(kind, key, envelope, content)


def push(*, session: Session, owner: User, body: PushRequest, remote: OpenFoodFacts | None = None) -> list[PushResult]:
    """Apply every item on its own; one bad item never loses a good one (Open Food Facts being unavailable for a
    meal's barcode is not the item's fault: the whole push answers 503, and the client keeps it all queued)."""
    total = len(body.meals) + len(body.symptoms) + len(body.massage)
    if total > MAX_PUSH_ITEMS:
        raise InvalidInput.for_field("meals", f"a push takes at most {MAX_PUSH_ITEMS} items in all, not {total}")
    items = ([_validated("meal", raw) for raw in body.meals] + [_validated("symptom", raw) for raw in body.symptoms]
             + [_validated("massage", raw) for raw in body.massage])
    fetched: products.Fetched = {}
    for item in items:
        # Remote lookups and flagging come before the write lock. A barcode's text is known only after its lookup.
        if item.kind == "meal" and item.content is not None:
            if item.content.barcodes:
                products.prefetch(session=session, remote=remote, barcodes=item.content.barcodes, into=fetched)
            else:
                meals.flagging(session=session, owner=owner, content=meals.content_of(item.content))
    begin_writing(session)  # before the items' savepoints
    return [_push_one(session, owner, item, remote, fetched) for item in items]


def _push_one(session: Session, owner: User, item: _Item, remote: OpenFoodFacts | None,
              fetched: products.Fetched) -> PushResult:
    kind = item.kind
    if item.invalid is not None:
        return PushResult(type=kind, id=item.key, status="invalid", reason=item.invalid)  # type: ignore[arg-type]
    savepoint = session.begin_nested()
    try:
        if item.envelope.deleted:
            result = _delete(session, owner, kind, item.envelope)
        else:
            result = _upsert(session, owner, item, remote, fetched)
        savepoint.commit()
        return result
    except ValidationError as exc:
        savepoint.rollback()
        return PushResult(type=kind, id=item.key, status="invalid", reason=_reason(exc))  # type: ignore[arg-type]
    except InvalidInput as exc:
        savepoint.rollback()
        return PushResult(type=kind, id=item.key, status="invalid", reason=exc.message)  # type: ignore[arg-type]
    except (Conflict, PreconditionFailed) as exc:
        savepoint.rollback()
        version, current = _current(session, owner, kind, item.envelope)
        return PushResult(type=kind, id=item.key, status="conflict", reason=exc.message, version=version,  # type: ignore[arg-type]
                          current=current)


def _upsert(session: Session, owner: User, item: _Item, remote: OpenFoodFacts | None,
            fetched: products.Fetched) -> PushResult:
    envelope = item.envelope
    common = {"session": session, "owner": owner, "if_match": None, "base_version": envelope.base_version,
              "require_base": True}
    row: Synced
    if item.kind == "meal":
        meal_in = products.meal_with_products(session=session, remote=remote, meal_in=item.content,
                                              fetched=fetched)
        row, outcome = meals.put_meal(meal_id=envelope.id, meal_in=meal_in, **common)
    elif item.kind == "massage":
        row, outcome = massage.put_session(massage_id=envelope.id, massage_in=item.content, **common)
    else:
        row, outcome = symptoms.put_entry(day=envelope.date, scores=item.content, **common)
    return PushResult(type=item.kind, id=item.key, status=outcome, version=row.version)  # type: ignore[arg-type]


def _delete(session: Session, owner: User, kind: str, envelope: Any) -> PushResult:
    key = str(envelope.id if kind != "symptom" else envelope.date)
    row = _row(session, owner, kind, envelope)
    if row is None or row.deleted_at is not None:
        return PushResult(type=kind, id=key, status="unchanged", deleted=True,  # type: ignore[arg-type]
                          version=row.version if row else None)
    tombstone(session, owner, row, base_version=envelope.base_version, require_base=True)
    return PushResult(type=kind, id=key, status="updated", deleted=True, version=row.version)  # type: ignore[arg-type]


def _row(session: Session, owner: User, kind: str, envelope: Any):
    if kind == "meal":
        return session.get(Meal, (owner.id, envelope.id), populate_existing=True)
    if kind == "massage":
        return session.get(MassageSession, (owner.id, envelope.id), populate_existing=True)
    return session.get(SymptomEntry, (owner.id, envelope.date), populate_existing=True)


def _current(session: Session, owner: User, kind: str, envelope: Any) -> tuple[int | None, dict | None]:
    row = _row(session, owner, kind, envelope)
    if row is None:
        return None, None
    if row.deleted_at is not None:
        return row.version, None
    return row.version, _public(kind, row)


def _public(kind: str, row: Any) -> dict:
    if kind == "meal":
        return meals.meal_public(row).model_dump(mode="json")
    if kind == "massage":
        return massage.massage_public(row).model_dump(mode="json")
    return symptoms.entry_public(row).model_dump(mode="json")


# A change number; "" is the start, as next_cursor says before the first change.
CURSOR_PATTERN = r"^[0-9]{0,18}$"


def parse_cursor(cursor: str | None) -> int:
    """The change number after which to pull; the route's CURSOR_PATTERN admits only ASCII digits, or ""."""
    return int(cursor) if cursor else -1


def pull(*, session: Session, owner: User, cursor: str | None, limit: int) -> PullResponse:
    """Every change after the cursor, tombstones included, in change order."""
    after = parse_cursor(cursor)
    changes: list[tuple[int, str, Any]] = []
    tables: tuple[tuple[str, type[Synced]], ...] = (("meal", Meal), ("symptom", SymptomEntry),
                                                   ("massage", MassageSession))
    for kind, table in tables:
        statement = (select(table).where(col(table.user_id) == owner.id, col(table.seq) > after)
                     .order_by(col(table.seq)).limit(limit + 1))
        # select() over a table chosen at run time cannot be typed tighter than SQLModel.
        rows = cast(list[Synced], list(session.exec(statement).all()))
        changes += [(row.seq, kind, row) for row in rows]
    changes.sort(key=lambda change: change[0])
    page = changes[:limit]
    items = [
        Change(type=kind, id=str(row.local_date if kind == "symptom" else row.id), seq=seq,  # type: ignore[arg-type]
               version=row.version, deleted=row.deleted_at is not None,
               data=None if row.deleted_at is not None else _public(kind, row))
        for seq, kind, row in page
    ]
    next_cursor = str(page[-1][0]) if page else (cursor or "")
    return PullResponse(changes=items, next_cursor=next_cursor, has_more=len(changes) > limit)

