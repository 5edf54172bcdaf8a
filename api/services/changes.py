"""Change numbers for sync, and ETag / If-Match checks.

Every write takes the user's next change number first. Bumping it row-locks the user for the rest of the
transaction, so one user's writes are serialised on PostgreSQL (SQLite serialises all writers already) and
change numbers are handed out in commit order: a pull cursor can never skip a change committed late.
"""

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Literal, TypeVar

from sqlalchemy import update
from sqlmodel import Session, col

from domain.errors import Conflict, InvalidInput, PreconditionFailed
from models.types import utcnow
from models.user import User


def next_seq(session: Session, owner: User) -> int:
    """Lock the user's change stream and return the next change number."""
    return reserve_seqs(session, owner, 1)[0]


def reserve_seqs(session: Session, owner: User, count: int) -> range:
    """Lock the user's change stream once and take `count` change numbers (a bulk write's rows each get one)."""
    statement = (update(User).where(col(User.id) == owner.id).values(change_seq=col(User.change_seq) + count)
                 .returning(col(User.change_seq)).execution_options(synchronize_session=False))
    last = session.execute(statement).scalar_one()
    return range(last - count + 1, last + 1)


def lock_and_reload(session: Session, owner: User, row: object) -> int:
    """Take the lock, then re-read the row so the write works on what is committed now."""
    seq = next_seq(session, owner)
    session.refresh(row)
    return seq


def stamp(row: Any, seq: int) -> None:
    """Record that the row changed now, under this change number (what sync pulls order by)."""
    row.seq = seq
    row.updated_at = utcnow()


def tombstone(session: Session, owner: User, row: Any, *, if_match: str | None = None,
              base_version: int | None = None, require_base: bool = False) -> None:
    """Delete by leaving a tombstone that sync clients pull; purged after the retention period."""
    seq = lock_and_reload(session, owner, row)
    check_if_match(if_match, row.version)
    if require_base and base_version != row.version:
        raise Conflict("The item changed on the server since this client last saw it; not deleted.")
    row.deleted_at = utcnow()
    row.version += 1
    stamp(row, seq)
    session.add(row)


def etag(version: int) -> str:
    return f'"{version}"'


def check_if_match(if_match: str | None, version: int | None) -> None:
    """RFC 9110 strong comparison: a stale or weak tag is 412; no header means no precondition."""
    if if_match is None:
        return
    tags = [t.strip() for t in if_match.split(",") if t.strip()]
    if "*" in tags and version is not None:
        return
    if version is None or etag(version) not in tags:
        raise PreconditionFailed("The resource has changed since you read it (If-Match does not match its ETag).")


Outcome = Literal["created", "updated", "unchanged"]
Row = TypeVar("Row", bound=Any)


def replace(row: Row | None, values: dict[str, Any], *, create: Callable[[], Row], if_match: str | None,
            base_version: int | None, require_base: bool, what: str) -> tuple[Row, Outcome]:
    """The create-or-replace rules every client-keyed PUT shares.

    The same content changes nothing; If-Match guards a live row; a sync push must name the version it
    last saw; a tombstone comes back to life as a creation. The caller stamps the change number.
    """
    live = row is not None and row.deleted_at is None
    if row is not None and live and all(getattr(row, k) == v for k, v in values.items()):
        return row, "unchanged"
    check_if_match(if_match, row.version if row is not None and live else None)
    if require_base and (row.version if row is not None else None) != base_version:
        raise Conflict(f"The {what} changed on the server since this client last saw it.")
    if row is None:
        return create(), "created"
    for name, value in values.items():
        setattr(row, name, value)
    row.version += 1
    row.deleted_at = None
    return row, "updated" if live else "created"


def date_range(today: date, date_from: date | None, date_to: date | None, *, default_days: int,
               max_days: int) -> tuple[date, date]:
    """A list endpoint's range: default the last `default_days` up to today, at most `max_days` long."""
    date_to = date_to or today
    date_from = date_from or date_to - timedelta(days=default_days - 1)
    if date_from > date_to:
        raise InvalidInput.for_field("from", "must not be after 'to'", "query")
    if (date_to - date_from).days >= max_days:
        raise InvalidInput.for_field("to", f"the range may span at most {max_days} days", "query")
    return date_from, date_to
