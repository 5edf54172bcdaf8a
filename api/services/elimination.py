"""The user's chosen elimination start."""


from sqlmodel import Session

from domain.clock import outside_record
from domain.errors import InvalidInput, NotFound
from models.elimination import Elimination, EliminationIn
from models.types import utcnow
from models.user import User

MAX_DAYS_AHEAD = 60


def set_start(*, session: Session, owner: User, body: EliminationIn) -> Elimination:
    """Set (or move) the start date; up to 60 days ahead, so a person can plan."""
    if problem := outside_record(body.start_date, owner.timezone, days_ahead=MAX_DAYS_AHEAD):
        raise InvalidInput.for_field("start_date", problem)
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
