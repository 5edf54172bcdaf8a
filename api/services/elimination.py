"""The user's chosen elimination start."""

from datetime import timedelta

from sqlmodel import Session

from domain.clock import local_today
from domain.errors import InvalidInput, NotFound
from models.elimination import Elimination, EliminationIn
from models.types import EARLIEST_DATE, utcnow
from models.user import User

MAX_DAYS_AHEAD = 60


def set_start(*, session: Session, owner: User, body: EliminationIn) -> Elimination:
    """Set (or move) the start date; up to 60 days ahead, so a person can plan."""
    if body.start_date < EARLIEST_DATE:
        raise InvalidInput.for_field("start_date", "must be 2000-01-01 or later")
    if body.start_date > local_today(owner.timezone) + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidInput.for_field("start_date", f"may be at most {MAX_DAYS_AHEAD} days ahead")
    row = session.get(Elimination, owner.id) or Elimination(user_id=owner.id, start_date=body.start_date)
    row.start_date = body.start_date
    row.updated_at = utcnow()
    session.add(row)
    return row


def get_start(*, session: Session, owner: User) -> Elimination:
    """The chosen start, or NotFound when trends detect it."""
    row = session.get(Elimination, owner.id)
    if row is None:
        raise NotFound("No start date set; trends detect it from your meals.")
    return row


def clear_start(*, session: Session, owner: User) -> None:
    """Go back to a detected start."""
    session.delete(get_start(session=session, owner=owner))
