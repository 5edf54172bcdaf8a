"""Knee self-massage sessions and routines."""

import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from sqlmodel import Session, select

from api.services.changes import (
    Outcome,
    check_if_match,
    date_range,
    lock_and_reload,
    next_seq,
    replace,
    stamp,
    tombstone,
)
from domain.clock import local_date_of, local_today
from domain.errors import Conflict, FieldProblem, InvalidInput, NotFound
from domain.massage import field_problems
from models.massage import MassageCreate, MassagePublic, MassageReplace, MassageSession, MassageUpdate, RoutineCreate
from models.user import User

MAX_RANGE_DAYS = 731
CONTENT = ("performed_at", "technique", "knee", "duration_seconds", "points", "rounds", "pain_before", "pain_after",
           "notes")


def _check_fields(technique: str, points: Sequence[str] | None, rounds: int | None, prefix: str = "") -> None:
    problems = field_problems(technique, points, rounds)
    if problems:
        raise InvalidInput(
            "; ".join(f"{prefix}{name}: {why}" for name, why in problems),
            fields=[FieldProblem(f"{prefix}{name}", why) for name, why in problems],
        )


def content_of(massage_in: MassageReplace, prefix: str = "") -> dict:
    """The stored columns; technique rules broken are a 422 naming each field (after `prefix`, in an import)."""
    _check_fields(massage_in.technique, massage_in.points, massage_in.rounds, prefix)
    values = massage_in.model_dump(include=set(CONTENT))
    values["points"] = values.get("points") or []
    return values


def _stamp(row: MassageSession, seq: int, owner: User) -> None:
    row.local_date = local_date_of(row.performed_at, owner.timezone)
    stamp(row, seq)


def create_session(*, session: Session, owner: User, massage_in: MassageCreate) -> MassageSession:
    """Log one technique."""
    values = content_of(massage_in)
    seq = next_seq(session, owner)
    massage_id = massage_in.id or uuid.uuid4()
    if session.get(MassageSession, (owner.id, massage_id)) is not None:
        raise Conflict("A massage session with this id already exists (or was deleted); PUT replaces it.")
    row = MassageSession(user_id=owner.id, id=massage_id, **values)
    _stamp(row, seq, owner)
    session.add(row)
    session.flush()
    return row


def put_session(*, session: Session, owner: User, massage_id: uuid.UUID, massage_in: MassageReplace,
                if_match: str | None, base_version: int | None = None,
                require_base: bool = False) -> tuple[MassageSession, Outcome]:
    """Create or replace the session with this client-chosen id; the same content changes nothing."""
    values = content_of(massage_in)
    seq = next_seq(session, owner)
    row, outcome = replace(
        session.get(MassageSession, (owner.id, massage_id), populate_existing=True), values,
        create=lambda: MassageSession(user_id=owner.id, id=massage_id, **values), if_match=if_match,
        base_version=base_version, require_base=require_base, what="session")
    if outcome == "unchanged":
        return row, outcome
    _stamp(row, seq, owner)
    session.add(row)
    session.flush()
    return row, outcome


def create_routine(*, session: Session, owner: User, routine_in: RoutineCreate) -> list[MassageSession]:
    """Log a sitting: each technique becomes its own session, starting where the previous one ended."""
    for index, part in enumerate(routine_in.sessions):
        _check_fields(part.technique, part.points, part.rounds, prefix=f"sessions.{index}.")
    routine_id = uuid.uuid4()
    started = routine_in.performed_at
    rows = []
    for part in routine_in.sessions:
        row = MassageSession(
            user_id=owner.id, id=uuid.uuid4(), routine_id=routine_id, performed_at=started, knee=routine_in.knee,
            technique=part.technique, duration_seconds=part.duration_seconds, points=list(part.points or []),
            rounds=part.rounds, pain_before=routine_in.pain_before, pain_after=routine_in.pain_after,
            notes=routine_in.notes, local_date=started.date(),
        )
        _stamp(row, next_seq(session, owner), owner)
        session.add(row)
        rows.append(row)
        started += timedelta(seconds=part.duration_seconds)
    session.flush()
    return rows


def get_session_row(*, session: Session, owner: User, massage_id: uuid.UUID) -> MassageSession:
    """One of the user's sessions, or NotFound."""
    row = session.get(MassageSession, (owner.id, massage_id))
    if row is None or row.deleted_at is not None:
        raise NotFound("No such massage session.")
    return row


def update_session(*, session: Session, owner: User, row: MassageSession, massage_in: MassageUpdate,
                   if_match: str | None) -> MassageSession:
    """Apply the fields sent; the result must still fit its technique."""
    changes = massage_in.model_dump(exclude_unset=True)
    seq = lock_and_reload(session, owner, row)
    check_if_match(if_match, row.version)
    _check_fields(changes.get("technique", row.technique), changes.get("points", row.points),
                  changes.get("rounds", row.rounds))
    for name, value in changes.items():
        setattr(row, name, [] if name == "points" and value is None else value)
    row.version += 1
    _stamp(row, seq, owner)
    session.add(row)
    return row


def delete_session(*, session: Session, owner: User, row: MassageSession, if_match: str | None) -> None:
    """Leave a tombstone for the session."""
    tombstone(session, owner, row, if_match=if_match)


def list_sessions(
    *, session: Session, owner: User, date_from: date | None, date_to: date | None
) -> list[MassageSession]:
    """Sessions in a date range (default: the last 30 days), in time order."""
    date_from, date_to = date_range(local_today(owner.timezone), date_from, date_to, default_days=30,
                                    max_days=MAX_RANGE_DAYS)
    statement = (
        select(MassageSession)
        .where(MassageSession.user_id == owner.id, MassageSession.local_date >= date_from,
               MassageSession.local_date <= date_to, MassageSession.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(MassageSession.performed_at, MassageSession.id)  # type: ignore[arg-type]
    )
    return list(session.exec(statement).all())


def massage_public(row: MassageSession) -> MassagePublic:
    return MassagePublic.model_validate(row, from_attributes=True)
