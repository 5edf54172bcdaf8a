"""The grouped_flags revision turns a meal's stored flags (one per reading) into one per group and term."""

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert
from sqlmodel import Session, create_engine, select

from api.migrate import upgrade
from models.meal import Meal, MealPublic
from models.user import User

BEFORE = "a4e4a1a611a0"  # the revision before grouped_flags


def _old_flag(term: str, group: str, certainty: str, start: int, ingredient_index: int | None = 0) -> dict:
    return {"group": group, "certainty": certainty, "term": term, "matched": term, "source": "ingredients",
            "start": start, "end": start + len(term), "reason": f"{term} is {group}",
            "ingredient_index": ingredient_index, "ingredient": "a long ingredient text " * 100, "personal": False}


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_old_flags_are_grouped_with_counts_and_bounded_spans(backend, make_database):
    url = make_database(backend, BEFORE)
    engine = create_engine(url)
    old = [_old_flag("milk", "dairy", "possible", 6 * i) for i in range(30)]
    old += [_old_flag("milk", "dairy", "definite", 200)]
    old += [_old_flag("pizza", "wheat", "definite", 300), _old_flag("pizza", "dairy", "definite", 300)]
    with Session(engine) as session:
        # Only the columns the user table had then: the model's later ones are not there yet.
        user_id = uuid.uuid4()
        session.execute(insert(User.__table__).values(  # type: ignore[attr-defined]
            id=user_id, email=f"{user_id.hex}@example.com", password_hash="x", timezone="UTC", disabled=False,
            created_at=datetime.now(UTC)))
        session.add(Meal(user_id=user_id, id=uuid.uuid4(), eaten_at=datetime.now(UTC), local_date=date.today(),
                         description="milk", ingredients=["milk"], flags=old))
        session.commit()
    upgrade(url)
    with Session(engine) as session:
        meal = session.exec(select(Meal).where(Meal.user_id == user_id)).one()
        flags = {(f["group"], f["term"]): f for f in meal.flags}
        MealPublic.model_validate(meal, update={"engine": {"definite": [], "possible": []},
                                                "overrides": {}, "definite": [], "possible": [], "excluded": False})
    engine.dispose()
    assert set(flags) == {("wheat", "pizza"), ("dairy", "milk"), ("dairy", "pizza")}
    milk = flags[("dairy", "milk")]
    assert milk["count"] == 31 and len(milk["spans"]) == 10 and milk["certainty"] == "definite"
    assert milk["spans"][0] == {"source": "ingredients", "start": 0, "end": 4, "matched": "milk", "ingredient_index": 0}
    assert [f["group"] for f in meal.flags] == ["wheat", "dairy", "dairy"]
