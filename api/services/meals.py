"""Meals: store them flagged, list, edit (re-flag), delete, and record the user's overrides."""

import base64
import binascii
import json
import uuid
from datetime import date, datetime

from sqlalchemy import and_, or_
from sqlmodel import Session, select

from api.services.foods import analysis_json, analyze_food
from domain.clock import local_date_of
from domain.errors import Conflict, InvalidInput, NotFound
from domain.groups import BIT, effective_masks, from_mask, to_mask
from models.meal import Meal, MealCreate, MealPublic, MealUpdate, Overrides
from models.types import utcnow
from models.user import User

MAX_PAGE = 200


def _apply_analysis(*, session: Session, owner: User, meal: Meal) -> None:
    analysis = analyze_food(session=session, owner=owner, description=meal.description, ingredients=meal.ingredients)
    meal.flags = analysis_json(analysis)["flags"]
    meal.engine_definite_mask = to_mask(analysis.definite)
    meal.engine_possible_mask = to_mask(analysis.possible)
    _apply_overrides(meal)


def _apply_overrides(meal: Meal) -> None:
    meal.definite_mask, meal.possible_mask = effective_masks(
        meal.engine_definite_mask, meal.engine_possible_mask, meal.dismissed_mask, meal.added_mask
    )


def create_meal(*, session: Session, owner: User, meal_in: MealCreate) -> Meal:
    """Store a meal with its flags and local date."""
    meal_id = meal_in.id or uuid.uuid4()
    if session.get(Meal, (owner.id, meal_id)) is not None:
        raise Conflict("A meal with this id already exists.")
    meal = Meal(
        user_id=owner.id, id=meal_id, eaten_at=meal_in.eaten_at,
        local_date=local_date_of(meal_in.eaten_at, owner.timezone), description=meal_in.description,
        ingredients=meal_in.ingredients or [], meal_type=meal_in.meal_type, notes=meal_in.notes,
    )
    _apply_analysis(session=session, owner=owner, meal=meal)
    session.add(meal)
    session.flush()
    return meal


def get_meal(*, session: Session, owner: User, meal_id: uuid.UUID) -> Meal:
    """One of the user's meals, or NotFound (also for other users' ids)."""
    meal = session.get(Meal, (owner.id, meal_id))
    if meal is None:
        raise NotFound("No such meal.")
    return meal


def update_meal(*, session: Session, owner: User, meal: Meal, meal_in: MealUpdate) -> Meal:
    """Apply the fields sent and flag the meal again."""
    changes = meal_in.model_dump(exclude_unset=True)
    for name in ("eaten_at", "description"):
        if name in changes and changes[name] is None:
            raise InvalidInput.for_field(name, "cannot be null")
    for name, value in changes.items():
        setattr(meal, name, [] if name == "ingredients" and value is None else value)
    meal.local_date = local_date_of(meal.eaten_at, owner.timezone)
    _apply_analysis(session=session, owner=owner, meal=meal)
    _touch(meal)
    session.add(meal)
    return meal


def set_overrides(*, session: Session, meal: Meal, overrides: Overrides) -> Meal:
    """Record the user's corrections beside the engine's answer."""
    both = set(overrides.dismissed) & set(overrides.added)
    if both:
        raise InvalidInput.for_field("added", f"{sorted(both)} cannot be both dismissed and added")
    meal.dismissed_mask = to_mask(overrides.dismissed)
    meal.added_mask = to_mask(overrides.added)
    _apply_overrides(meal)
    _touch(meal)
    session.add(meal)
    return meal


def delete_meal(*, session: Session, meal: Meal) -> None:
    """Remove a meal."""
    session.delete(meal)


def _touch(meal: Meal) -> None:
    meal.version += 1
    meal.updated_at = utcnow()


def encode_cursor(meal: Meal) -> str:
    raw = json.dumps([meal.eaten_at.isoformat(), str(meal.id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        eaten_at, meal_id = json.loads(raw)
        instant, identifier = datetime.fromisoformat(eaten_at), uuid.UUID(meal_id)
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise InvalidInput.for_field("cursor", "is not a cursor this server issued", "query") from exc
    if instant.tzinfo is None:
        raise InvalidInput.for_field("cursor", "is not a cursor this server issued", "query")
    return instant, identifier


def list_meals(
    *, session: Session, owner: User, date_from: date | None, date_to: date | None, group: str | None,
    excluded: bool | None, limit: int, cursor: str | None,
) -> tuple[list[Meal], str | None]:
    """The user's meals, newest first, filtered, one page at a time."""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput.for_field("from", "must not be after 'to'", "query")
    statement = select(Meal).where(Meal.user_id == owner.id)
    if date_from:
        statement = statement.where(Meal.local_date >= date_from)
    if date_to:
        statement = statement.where(Meal.local_date <= date_to)
    if group:
        bit = BIT[group]
        statement = statement.where(or_(Meal.definite_mask.op("&")(bit) != 0, Meal.possible_mask.op("&")(bit) != 0))
    if excluded is not None:
        statement = statement.where((Meal.definite_mask != 0) if excluded else (Meal.definite_mask == 0))
    if cursor:
        eaten_at, meal_id = decode_cursor(cursor)
        statement = statement.where(or_(Meal.eaten_at < eaten_at, and_(Meal.eaten_at == eaten_at, Meal.id < meal_id)))
    statement = statement.order_by(Meal.eaten_at.desc(), Meal.id.desc()).limit(limit + 1)  # type: ignore[union-attr]
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
