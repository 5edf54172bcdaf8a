"""Failed password checks, counted per account and per client address in the database; sign-ups per address.

Every attempt is recorded as a failure, in its own short committed write, before its password is checked, and
a success deletes the account's record. The count and the record happen under a lock on the account and on the
address (PostgreSQL advisory transaction locks; SQLite's write lock), so concurrent attempts, on any number of
instances, are counted one after the other: at most the limit of them ever reach the password check. The lock
is released before the (slow) Argon2 check, so it never holds up anyone else's sign-in.

OWASP's rule: lock per account, throttle per address. Past its limit an account is refused until its oldest
failure leaves the window. An address past its limit is only slowed to one attempt per window/limit seconds
(45 s by default), so spraying guesses over many accounts stays at the limit's rate, while someone else's
correct password from the same address (a household, an office) waits seconds, not the whole window.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, text
from sqlmodel import Session, col, delete, select

from api.db import begin_writing, open_session
from domain.errors import TooManyRequests
from models.invitation import SignupAttempt
from models.login_failure import LoginFailure
from models.types import utcnow

# Advisory-lock namespaces (the first of pg_advisory_xact_lock's two keys); taken always in this order.
_ACCOUNT_LOCK, _ADDRESS_LOCK, _SIGNUP_LOCK = 18_001, 18_002, 18_003


@dataclass(frozen=True)
class Limits:
    per_account: int
    per_client: int
    window: timedelta

    @property
    def client_spacing(self) -> timedelta:
        """How often an address past its limit may still try."""
        return self.window / self.per_client


def account_key(email: str) -> str:
    return email.strip().lower()[:254]


def _serialise(session: Session, *locks: tuple[int, str]) -> None:
    if session.get_bind().dialect.name == "postgresql":
        for namespace, value in locks:
            session.execute(text("SELECT pg_advisory_xact_lock(:namespace, hashtext(:value))"),
                            {"namespace": namespace, "value": value})
    else:
        begin_writing(session)


def _retry_after(until: datetime) -> int:
    return max(1, int((until - utcnow()).total_seconds()) + 1)


def _refuse_if_throttled(session: Session, account: str, client: str, limits: Limits) -> None:
    since = utcnow() - limits.window
    count, oldest = session.exec(select(func.count(), func.min(LoginFailure.created_at))
                                 .where(LoginFailure.account == account, LoginFailure.created_at > since)).one()
    if count >= limits.per_account:
        raise TooManyRequests("Too many failed sign-ins for this account; try again in "
                              f"{_retry_after(oldest + limits.window)} seconds.",
                              retry_after=_retry_after(oldest + limits.window))
    count, latest = session.exec(select(func.count(), func.max(LoginFailure.created_at))
                                 .where(LoginFailure.client == client, LoginFailure.created_at > since)).one()
    if count >= limits.per_client and latest + limits.client_spacing > utcnow():
        retry = _retry_after(latest + limits.client_spacing)
        raise TooManyRequests(f"Too many failed sign-ins from your address; try again in {retry} seconds.",
                              retry_after=retry)


def begin_attempt(engine: Engine, *, email: str, client: str, limits: Limits) -> uuid.UUID:
    """Refuse (429) while throttled; otherwise record this attempt as a failure, committed before the check."""
    account, client = account_key(email), client[:64]
    with open_session(engine) as session:
        _serialise(session, (_ACCOUNT_LOCK, account), (_ADDRESS_LOCK, client))
        _refuse_if_throttled(session, account, client, limits)
        attempt = LoginFailure(account=account, client=client)
        session.add(attempt)
        session.commit()
    return attempt.id


def forgive(*, session: Session, email: str) -> None:
    """A correct password clears the account's failures, this attempt's included (the caller commits)."""
    session.exec(delete(LoginFailure).where(col(LoginFailure.account) == account_key(email)))  # type: ignore[call-overload]


def begin_signup(engine: Engine, *, client: str, limit: int, window: timedelta) -> None:
    """Refuse (429) an address's sign-ups past `limit` per `window`; otherwise count this one, whatever its outcome.

    Counting the refusals too (409 for a known email) bounds how many addresses anyone can probe for accounts.
    """
    client = client[:64]
    with open_session(engine) as session:
        _serialise(session, (_SIGNUP_LOCK, client))
        since = utcnow() - window
        count, oldest = session.exec(select(func.count(), func.min(SignupAttempt.created_at))
                                     .where(SignupAttempt.client == client, SignupAttempt.created_at > since)).one()
        if count >= limit:
            retry = _retry_after(oldest + window)
            raise TooManyRequests(f"Too many sign-ups from your address; try again in {retry} seconds.",
                                  retry_after=retry)
        session.add(SignupAttempt(client=client))
        session.commit()
