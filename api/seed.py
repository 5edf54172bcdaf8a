"""Bulk-load simulated histories (benchmarks, demo data) through the same tables the API writes."""

import uuid
from datetime import date

from sqlalchemy import Engine, insert

from api.db import open_session
from api.security import hash_password
from api.services.foods import flags_json
from domain.clock import local_date_of
from domain.flagging import analyze
from domain.groups import to_mask
from domain.simulate import History
from models.massage import MassageSession
from models.meal import Meal
from models.symptom import SymptomEntry
from models.types import utcnow
from models.user import User

CHUNK = 5000


class FlagCache:
    """Flag each distinct meal text once; simulated histories repeat their meals."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[list[dict], int, int]] = {}

    def flags(self, text: str) -> tuple[list[dict], int, int]:
        if text not in self._cache:
            analysis = analyze(text, None)
            self._cache[text] = (flags_json(analysis), to_mask(analysis.definite), to_mask(analysis.possible))
        return self._cache[text]


def create_users(engine: Engine, emails: list[str], *, timezone: str, password: str) -> list[uuid.UUID]:
    """Accounts for seeded data; one argon2 hash is shared, since hashing per user would dominate the load."""
    password_hash = hash_password(password)
    ids = [uuid.uuid4() for _ in emails]
    users = [{"id": user_id, "email": e.lower(), "password_hash": password_hash, "timezone": timezone,
              "disabled": False, "created_at": utcnow()} for user_id, e in zip(ids, emails, strict=True)]
    with open_session(engine) as session:
        for start in range(0, len(users), CHUNK):
            session.execute(insert(User), users[start:start + CHUNK])
        session.commit()
    return ids


def insert_history(engine: Engine, user_id: uuid.UUID, timezone: str, history: History,
                   cache: FlagCache | None = None) -> dict[str, int]:
    """Insert one user's simulated meals, symptoms and massage; returns row counts."""
    cache = cache or FlagCache()
    now = utcnow()
    meals = []
    for record in history.meals:
        flags, definite, possible = cache.flags(record.description)
        meals.append({
            "user_id": user_id, "id": uuid.uuid4(), "eaten_at": record.eaten_at,
            "local_date": local_date_of(record.eaten_at, timezone), "description": record.description,
            "ingredients": [], "meal_type": record.meal_type, "notes": None, "flags": flags,
            "engine_definite_mask": definite, "engine_possible_mask": possible, "dismissed_mask": 0, "added_mask": 0,
            "definite_mask": definite, "possible_mask": possible, "version": 1, "created_at": now, "updated_at": now,
        })
    symptoms = [{"user_id": user_id, "local_date": r.day, **r.values, "notes": None, "version": 1, "created_at": now,
                 "updated_at": now} for r in history.symptoms]
    massage = [{
        "user_id": user_id, "id": uuid.uuid4(), "routine_id": None, "performed_at": r.performed_at,
        "local_date": local_date_of(r.performed_at, timezone), "technique": r.technique, "knee": "both",
        "duration_seconds": r.duration_seconds, "points": list(r.points), "rounds": r.rounds,
        "pain_before": r.pain_before, "pain_after": r.pain_after, "notes": None, "version": 1, "created_at": now,
        "updated_at": now,
    } for r in history.massage]
    with open_session(engine) as session:
        for table, rows in ((Meal, meals), (SymptomEntry, symptoms), (MassageSession, massage)):
            for start in range(0, len(rows), CHUNK):
                session.execute(insert(table), rows[start:start + CHUNK])
        session.commit()
    return {"meals": len(meals), "symptoms": len(symptoms), "massage": len(massage)}


def history_end(history: History) -> date:
    return history.symptoms[-1].day
