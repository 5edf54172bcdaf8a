"""Meals: store them flagged, list, replace or edit (re-flag), delete (tombstone), and the user's overrides."""

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from api.services.changes import Outcome, check_if_match, lock_and_reload, next_seq, replace, stamp, tombstone
from api.services.foods import analyze_food, flags_json
from domain.clock import local_date_of
from domain.errors import Conflict, InvalidInput, NotFound
from domain.groups import BIT, effective_masks, from_mask, to_mask
from models.meal import Meal, MealContent, MealCreate, MealPublic, MealUpdate, Overrides
from models.user import User

MAX_PAGE = 200
CONTENT = ("eaten_at", "description", "ingredients", "meal_type", "notes")


def flagging(*, session: Session, owner: User, content: dict) -> dict:
    """The columns the engine derives from a meal's content: its local date, flags and the engine's masks.

    Writers compute them before taking the write lock, so the CPU work never holds up another user's write.
    """
    analysis = analyze_food(session=session, owner=owner, description=content["description"],
                            ingredients=content["ingredients"])
    return {"local_date": local_date_of(content["eaten_at"], owner.timezone), "flags": flags_json(analysis),
            "engine_definite_mask": to_mask(analysis.definite), "engine_possible_mask": to_mask(analysis.possible)}


def _apply_overrides(meal: Meal) -> None:
    meal.definite_mask, meal.possible_mask = effective_masks(
        meal.engine_definite_mask, meal.engine_possible_mask, meal.dismissed_mask, meal.added_mask
    )


def content_of(meal_in: MealContent) -> dict:
    values = meal_in.model_dump(include=set(CONTENT))
    values["ingredients"] = values.get("ingredients") or []
    return values


def _write(meal: Meal, seq: int, derived: dict) -> None:
    for name, value in derived.items():
        setattr(meal, name, value)
    _apply_overrides(meal)
    stamp(meal, seq)


def create_meal(*, session: Session, owner: User, meal_in: MealCreate) -> Meal:
    """Store a new meal with its flags and local date."""
    content = content_of(meal_in)
    derived = flagging(session=session, owner=owner, content=content)
    seq = next_seq(session, owner)
    meal_id = meal_in.id or uuid.uuid4()
    # A fresh server-side UUID cannot collide; only a client's id needs looking up.
    if meal_in.id is not None and session.get(Meal, (owner.id, meal_id)) is not None:
        raise Conflict("A meal with this id already exists (or was deleted); PUT /v1/meals/{id} replaces it.")
    meal = Meal(user_id=owner.id, id=meal_id, **content)  # type: ignore[arg-type]
    _write(meal, seq, derived)
    session.add(meal)
    session.flush()
    return meal


def put_meal(*, session: Session, owner: User, meal_id: uuid.UUID, meal_in: MealContent, if_match: str | None,
             base_version: int | None = None, require_base: bool = False) -> tuple[Meal, Outcome]:
    """Create or replace the meal with this client-chosen id; replaying the same content changes nothing."""
    values = content_of(meal_in)
    derived = flagging(session=session, owner=owner, content=values)
    seq = next_seq(session, owner)
    meal, outcome = replace(
        session.get(Meal, (owner.id, meal_id), populate_existing=True), values,
        create=lambda: Meal(user_id=owner.id, id=meal_id, **values), if_match=if_match,
        base_version=base_version, require_base=require_base, what="meal")
    if outcome == "unchanged":
        return meal, outcome
    _write(meal, seq, derived)
    session.add(meal)
    session.flush()
    return meal, outcome


def get_meal(*, session: Session, owner: User, meal_id: uuid.UUID) -> Meal:
    """One of the user's meals, or NotFound (also for other users' ids and deleted meals)."""
    meal = session.get(Meal, (owner.id, meal_id))
    if meal is None or meal.deleted_at is not None:
        raise NotFound("No such meal.")
    return meal


def update_meal(*, session: Session, owner: User, meal: Meal, meal_in: MealUpdate, if_match: str | None) -> Meal:
    """Apply the fields sent and flag the meal again."""
    changes = meal_in.model_dump(exclude_unset=True)
    if "ingredients" in changes and changes["ingredients"] is None:
        changes["ingredients"] = []

    def merged() -> dict:
        return {name: changes.get(name, getattr(meal, name)) for name in CONTENT}

    content = merged()
    derived = flagging(session=session, owner=owner, content=content)
    seq = lock_and_reload(session, owner, meal)
    check_if_match(if_match, meal.version)
    if merged() != content:  # another write changed the meal while it was being flagged
        content = merged()
        derived = flagging(session=session, owner=owner, content=content)
    for name, value in content.items():
        setattr(meal, name, value)
    meal.version += 1
    _write(meal, seq, derived)
    session.add(meal)
    return meal


def set_overrides(*, session: Session, owner: User, meal: Meal, overrides: Overrides, if_match: str | None) -> Meal:
    """Record the user's corrections beside the engine's answer."""
    both = set(overrides.dismissed) & set(overrides.added)
    if both:
        raise InvalidInput.for_field("added", f"{sorted(both)} cannot be both dismissed and added")
    seq = lock_and_reload(session, owner, meal)
    check_if_match(if_match, meal.version)
    dismissed, added = to_mask(overrides.dismissed), to_mask(overrides.added)
    if (dismissed, added) != (meal.dismissed_mask, meal.added_mask):
        meal.dismissed_mask, meal.added_mask = dismissed, added
        _apply_overrides(meal)
        meal.version += 1
        stamp(meal, seq)
        session.add(meal)
    return meal


def delete_meal(*, session: Session, owner: User, meal: Meal, if_match: str | None) -> None:
    """Leave a tombstone that sync clients pull; it is purged after the retention period."""
    tombstone(session, owner, meal, if_match=if_match)


# A keyset position, "<microseconds since 1970>.<meal id>": every string the pattern admits is a valid position,
# so the schema states the whole rule. Meals are never older than 2000 (RecordedInstant), so it is never negative.
CURSOR_PATTERN = r"^[0-9]{1,17}\.[0-9a-f]{32}$"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def encode_cursor(meal: Meal) -> str:
    return f"{(meal.eaten_at - _EPOCH) // _MICROSECOND}.{meal.id.hex}"


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    micros, _, meal_id = cursor.partition(".")
    return _EPOCH + int(micros) * _MICROSECOND, uuid.UUID(hex=meal_id)


def list_meals(
    *, session: Session, owner: User, date_from: date | None, date_to: date | None, group: str | None,
    excluded: bool | None, limit: int, cursor: str | None,
) -> tuple[list[Meal], str | None]:
    """The user's meals, newest first, filtered, one page at a time."""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput.for_field("from", "must not be after 'to'", "query")
    statement = select(Meal).where(Meal.user_id == owner.id, Meal.deleted_at.is_(None))  # type: ignore[union-attr]
    if date_from:
        statement = statement.where(Meal.local_date >= date_from)
    if date_to:
        statement = statement.where(Meal.local_date <= date_to)
    if group:
        bit = BIT[group]
        statement = statement.where(or_(col(Meal.definite_mask).op("&")(bit) != 0,
                                        col(Meal.possible_mask).op("&")(bit) != 0))
    if excluded is not None:
        statement = statement.where((Meal.definite_mask != 0) if excluded else (Meal.definite_mask == 0))
    if cursor:
        eaten_at, meal_id = decode_cursor(cursor)
        statement = statement.where(or_(col(Meal.eaten_at) < eaten_at,
                                        and_(col(Meal.eaten_at) == eaten_at, col(Meal.id) < meal_id)))
    statement = statement.order_by(col(Meal.eaten_at).desc(), col(Meal.id).desc()).limit(limit + 1)
    rows = list(session.exec(statement).all())
    next_cursor = encode_cursor(rows[limit - 1]) if len(rows) > limit else None
    return rows[:limit], next_cursor


def meal_public(meal: Meal) -> MealPublic:
    return MealPublic(
        id=meal.id, eaten_at=meal.eaten_at, local_date=meal.local_date, description=meal.description,
        ingredients=meal.ingredients, meal_type=meal.meal_type, notes=meal.notes, flags=meal.flags,  # type: ignore[arg-type]
        engine={"definite": from_mask(meal.engine_definite_mask), "possible": from_mask(meal.engine_possible_mask)},  # type: ignore[arg-type]
        overrides={"dismissed": from_mask(meal.dismissed_mask), "added": from_mask(meal.added_mask)},  # type: ignore[arg-type]
        definite=from_mask(meal.definite_mask), possible=from_mask(meal.possible_mask),  # type: ignore[arg-type]
        excluded=meal.definite_mask != 0, version=meal.version, created_at=meal.created_at, updated_at=meal.updated_at,
    )
