"""Daily symptom entries, keyed by the user's local date."""

from datetime import date

from pydantic import BaseModel
from sqlmodel import Session, select

from api.services.changes import Outcome, date_range, next_seq, replace, stamp, tombstone
from domain.clock import local_today, outside_record
from domain.errors import InvalidInput, NotFound
from domain.scales import SCALES
from models.symptom import SymptomEntry, SymptomPublic
from models.user import User

MAX_RANGE_DAYS = 731


def check_entry_date(day: date, owner: User) -> None:
    """Refuse dates before 2000 or more than a day after the user's local today."""
    if problem := outside_record(day, owner.timezone):
        raise InvalidInput.for_field("date", problem, "path")


def put_entry(*, session: Session, owner: User, day: date, scores: BaseModel, if_match: str | None = None,
              base_version: int | None = None, require_base: bool = False) -> tuple[SymptomEntry, Outcome]:
    """Create or replace the day's entry; replaying the same scores changes nothing."""
    check_entry_date(day, owner)
    seq = next_seq(session, owner)
    values = scores.model_dump()
    entry, outcome = replace(
        session.get(SymptomEntry, (owner.id, day), populate_existing=True), values,
        create=lambda: SymptomEntry(user_id=owner.id, local_date=day, **values), if_match=if_match,
        base_version=base_version, require_base=require_base, what="entry")
    if outcome == "unchanged":
        return entry, outcome
    stamp(entry, seq)
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
    date_from, date_to = date_range(local_today(owner.timezone), date_from, date_to, default_days=30,
                                    max_days=MAX_RANGE_DAYS)
    statement = (
        select(SymptomEntry)
        .where(SymptomEntry.user_id == owner.id, SymptomEntry.local_date >= date_from,
               SymptomEntry.local_date <= date_to, SymptomEntry.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(SymptomEntry.local_date)  # type: ignore[arg-type]
    )
    return list(session.exec(statement).all())


def delete_entry(*, session: Session, owner: User, day: date, if_match: str | None = None) -> None:
    """Leave a tombstone for the day's entry."""
    tombstone(session, owner, get_entry(session=session, owner=owner, day=day), if_match=if_match)


def entry_public(entry: SymptomEntry) -> SymptomPublic:
    values = {scale.name: getattr(entry, scale.name) for scale in SCALES}
    return SymptomPublic(date=entry.local_date, notes=entry.notes, version=entry.version,
                         updated_at=entry.updated_at, **values)
