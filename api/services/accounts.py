"""Sign-up, sign-in, tokens and profile changes."""

import hmac
from datetime import timedelta

from sqlmodel import Session, col, delete, select

from api.security import burn_password_check, hash_password, new_token, token_digest, verify_password
from api.services import invitations
from domain.errors import Conflict, Forbidden, InvalidInput, Unauthorized
from models.token import AuthToken
from models.types import utcnow
from models.user import CLEARABLE, User, UserCreate, UserUpdate


def normalise_email(email: str) -> str:
    return email.strip().lower()


def create_user(*, session: Session, user_in: UserCreate) -> User:
    """Create an account; the email is unique regardless of case."""
    email = normalise_email(str(user_in.email))
    if session.exec(select(User.id).where(User.email == email)).first() is not None:
        raise Conflict("An account with that email already exists.")
    user = User(email=email, password_hash=hash_password(user_in.password), timezone=user_in.timezone)
    session.add(user)
    session.flush()
    return user


def sign_up(*, session: Session, user_in: UserCreate, mode: str) -> User:
    """Self-service sign-up under the server's SIGNUP mode (the operator's CLI uses create_user directly)."""
    if mode == "closed":
        raise Forbidden("Sign-up is closed on this server; ask its operator for an account.")
    if mode == "invite" and not user_in.invitation_code:
        raise InvalidInput.for_field("invitation_code", "is required: this server signs up by invitation only")
    user = create_user(session=session, user_in=user_in)
    if mode == "invite":
        invitations.redeem(session=session, code=user_in.invitation_code or "", user=user)
    return user


def authenticate(*, session: Session, email: str, password: str) -> User:
    """The user whose email and password these are, or Unauthorized."""
    user = session.exec(select(User).where(User.email == normalise_email(email))).first()
    if user is None:
        burn_password_check(password)
        raise Unauthorized("Incorrect email or password.")
    if not verify_password(password, user.password_hash) or user.disabled:
        raise Unauthorized("Incorrect email or password.")
    return user


def set_password(*, session: Session, user: User, new: str, keep: AuthToken | None = None) -> None:
    """Set a new password and revoke the user's tokens, all but `keep` (the one making the change)."""
    user.password_hash = hash_password(new)
    session.add(user)
    revoke = delete(AuthToken).where(col(AuthToken.user_id) == user.id)
    if keep is not None:
        revoke = revoke.where(col(AuthToken.id) != keep.id)
    session.exec(revoke)  # type: ignore[call-overload]


def change_password(*, session: Session, user: User, current: str, new: str, keep: AuthToken) -> None:
    """The user's own change: the current password first; every other token stops working."""
    if not verify_password(current, user.password_hash):
        raise InvalidInput.for_field("current_password", "is not your current password")
    set_password(session=session, user=user, new=new, keep=keep)


def issue_token(*, session: Session, user: User, ttl: timedelta) -> tuple[str, AuthToken]:
    """Mint a bearer token; only its digest is stored."""
    raw = new_token()
    row = AuthToken(user_id=user.id, token_hash=token_digest(raw), expires_at=utcnow() + ttl)
    session.add(row)
    return raw, row


def user_for_token(*, session: Session, raw_token: str) -> tuple[User, AuthToken]:
    """Resolve a bearer token; missing, expired and revoked tokens are all Unauthorized."""
    # Only the SHA-256 digest is stored and looked up, so an index's timing tells nothing about a token; the
    # constant-time comparison after it is the same belt-and-braces check share links make.
    digest = token_digest(raw_token)
    statement = (select(User, AuthToken).join(AuthToken, AuthToken.user_id == User.id)  # type: ignore[arg-type]
                 .where(AuthToken.token_hash == digest))
    found = session.exec(statement).first()
    if found is None or not hmac.compare_digest(found[1].token_hash, digest):
        raise Unauthorized("The token is missing, expired or revoked.")
    user, row = found
    if row.expires_at <= utcnow() or user.disabled:
        raise Unauthorized("The token is missing, expired or revoked.")
    return user, row


def revoke_token(*, session: Session, token: AuthToken) -> None:
    """Delete one token, so every instance refuses it from now on."""
    session.exec(delete(AuthToken).where(col(AuthToken.id) == token.id))


def update_user(*, session: Session, user: User, user_in: UserUpdate) -> User:
    """Apply the fields the client sent."""
    for name, value in user_in.model_dump(exclude_unset=True).items():
        if name == "display_name":
            user.display_name = (value or "").strip() or None
        elif value is not None or name in CLEARABLE:
            setattr(user, name, value)
    session.add(user)
    return user
