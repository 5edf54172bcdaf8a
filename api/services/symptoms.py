"""Daily symptom entries, keyed by the user's local date."""

from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel
from sqlmodel import Session, select

from api.services.changes import check_if_match, next_seq
from domain.clock import local_today
from domain.errors import Conflict, InvalidInput, NotFound
from domain.scales import SCALES
from models.symptom import SymptomEntry, SymptomPublic
from models.types import utcnow
from models.user import User

EARLIEST = date(2000, 1, 1)
MAX_RANGE_DAYS = 731


def check_entry_date(day: date, owner: User) -> None:
    """Refuse dates before 2000 or more than a day after the user's local today."""
    if day < EARLIEST:
        raise InvalidInput.for_field("date", "must be 2000-01-01 or later", "path")
    latest = local_today(owner.timezone) + timedelta(days=1)
    if day > latest:
        raise InvalidInput.for_field("date", f"is in the future: the latest date you can score is {latest}", "path")


Outcome = Literal["created", "updated", "unchanged"]


def put_entry(*, session: Session, owner: User, day: date, scores: BaseModel, if_match: str | None = None,
              base_version: int | None = None, require_base: bool = False) -> tuple[SymptomEntry, Outcome]:
    """Create or replace the day's entry; replaying the same scores changes nothing."""
    check_entry_date(day, owner)
    seq = next_seq(session, owner)
    entry = session.get(SymptomEntry, (owner.id, day), populate_existing=True)
    live = entry is not None and entry.deleted_at is None
    values = scores.model_dump()
    if entry is not None and live and all(getattr(entry, k) == v for k, v in values.items()):
        return entry, "unchanged"
    check_if_match(if_match, entry.version if live else None)  # type: ignore[union-attr]
    if require_base and (entry.version if entry is not None else None) != base_version:
        raise Conflict("The entry changed on the server since this client last saw it.")
    if entry is None:
        entry = SymptomEntry(user_id=owner.id, local_date=day, **values)
        outcome: Outcome = "created"
    else:
        for name, value in values.items():
            setattr(entry, name, value)
        entry.version += 1
        entry.deleted_at = None
        outcome = "updated" if live else "created"
    entry.seq = seq
    entry.updated_at = utcnow()
    session.add(entry)
    session.flush()
    return entry, outcome


def get_entry(*, session: Session, owner: User, day: date) -> SymptomEntry:
    """The day's entry, or NotFound."""
    entry = session.get(SymptomEntry, (owner.id, day))
    if entry is None or entry.deleted_at is not None:
        raise NotFound(f"No symptom entry for {day}.")
    return entry


def list_entries(*, session: Session, owner: User, date_from: date | None, date_to: date | None) -> list[SymptomEntry]:
    """Entries in a date range (default: the 30 days up to today), oldest first."""
    date_to = date_to or local_today(owner.timezone)
    date_from = date_from or date_to - timedelta(days=29)
    if date_from > date_to:
        raise InvalidInput.for_field("from", "must not be after 'to'", "query")
    if (date_to - date_from).days >= MAX_RANGE_DAYS:
        raise InvalidInput.for_field("to", f"the range may span at most {MAX_RANGE_DAYS} days", "query")
    statement = (
        select(SymptomEntry)
        .where(SymptomEntry.user_id == owner.id, SymptomEntry.local_date >= date_from,
               SymptomEntry.local_date <= date_to, SymptomEntry.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(SymptomEntry.local_date)  # type: ignore[arg-type]
    )
    return list(session.exec(statement).all())


def delete_entry(*, session: Session, owner: User, day: date, if_match: str | None = None) -> None:
    """Leave a tombstone for the day's entry."""
    entry = get_entry(session=session, owner=owner, day=day)
    seq = next_seq(session, owner)
    session.refresh(entry)
    check_if_match(if_match, entry.version)
    entry.deleted_at = utcnow()
    entry.version += 1
    entry.seq = seq
    entry.updated_at = utcnow()
    session.add(entry)


def entry_public(entry: SymptomEntry) -> SymptomPublic:
    values = {scale.name: getattr(entry, scale.name) for scale in SCALES}
    return SymptomPublic(date=entry.local_date, notes=entry.notes, version=entry.version,
                         updated_at=entry.updated_at, **values)
