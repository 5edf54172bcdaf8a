"""Purge what the service keeps only for a while: tombstones and expired idempotency keys."""

from datetime import timedelta

from sqlalchemy import Engine, delete

from api.db import open_session
from models.idempotency import IdempotencyRecord
from models.invitation import SignupAttempt
from models.login_failure import LoginFailure
from models.massage import MassageSession
from models.meal import Meal
from models.symptom import SymptomEntry
from models.types import utcnow


def purge_expired(engine: Engine, *, tombstone_days: int) -> dict[str, int]:
    """Delete tombstones older than the retention period, idempotency records past their expiry, and sign-in and
    sign-up attempts older than a day (the throttling windows are at most a day)."""
    cutoff = utcnow() - timedelta(days=tombstone_days)
    counts: dict[str, int] = {}
    with open_session(engine) as session:
        for name, table in (("meal", Meal), ("symptom_entry", SymptomEntry), ("massage_session", MassageSession)):
            result = session.execute(delete(table).where(table.deleted_at < cutoff))  # type: ignore[arg-type, operator]
            counts[name] = result.rowcount  # type: ignore[attr-defined]
        result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.expires_at < utcnow()))  # type: ignore[arg-type]
        counts["idempotency_record"] = result.rowcount  # type: ignore[attr-defined]
        for name, attempts in (("login_failure", LoginFailure), ("signup_attempt", SignupAttempt)):
            result = session.execute(delete(attempts).where(attempts.created_at < utcnow() - timedelta(days=1)))  # type: ignore[attr-defined, arg-type]
            counts[name] = result.rowcount  # type: ignore[attr-defined]
        session.commit()
    return counts
