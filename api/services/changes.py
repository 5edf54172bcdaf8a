"""Change numbers for sync, and ETag / If-Match checks.

Every write takes the user's next change number first. Bumping it row-locks the user for the rest of the
transaction, so one user's writes are serialised on PostgreSQL (SQLite serialises all writers already) and
change numbers are handed out in commit order: a pull cursor can never skip a change committed late.
"""

from sqlalchemy import update
from sqlmodel import Session, col

from domain.errors import PreconditionFailed
from models.user import User


def next_seq(session: Session, owner: User) -> int:
    """Lock the user's change stream and return the next change number."""
    statement = (update(User).where(col(User.id) == owner.id).values(change_seq=col(User.change_seq) + 1)
                 .returning(col(User.change_seq)).execution_options(synchronize_session=False))
    return session.execute(statement).scalar_one()


def lock_and_reload(session: Session, owner: User, row: object) -> int:
    """Take the lock, then re-read the row so the write works on what is committed now."""
    seq = next_seq(session, owner)
    session.refresh(row)
    return seq


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
