"""Invitations for SIGNUP=invite: made by the operator (diet-tracker invite create), single use, expiring."""

from datetime import timedelta

from sqlalchemy import update
from sqlmodel import Session, col

from api.security import new_token, token_digest
from domain.errors import InvalidInput
from models.invitation import Invitation
from models.types import utcnow
from models.user import User


def create_invitation(*, session: Session, ttl: timedelta) -> tuple[str, Invitation]:
    """A new invitation; the code is shown once and only its digest is stored."""
    raw = new_token()
    row = Invitation(code_hash=token_digest(raw), expires_at=utcnow() + ttl)
    session.add(row)
    return raw, row


def redeem(*, session: Session, code: str, user: User) -> None:
    """Use the invitation up for this new account: one conditional UPDATE, so two sign-ups cannot both use it."""
    now = utcnow()
    statement = (update(Invitation)
                 .where(col(Invitation.code_hash) == token_digest(code), col(Invitation.used_at).is_(None),
                        col(Invitation.expires_at) > now)
                 .values(used_at=now, used_by=user.id).execution_options(synchronize_session=False))
    if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
        raise InvalidInput.for_field("invitation_code", "is not a valid invitation: unknown, used or expired")
