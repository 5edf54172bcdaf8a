"""Share links: an unguessable token (stored only as its hash) opens one patient's report and exports."""

import hmac
import io
import uuid
from datetime import date, timedelta

import segno
from sqlalchemy import Engine
from sqlmodel import Session, select

from api.db import open_session
from api.security import new_token, token_digest
from domain.clock import outside_record
from domain.errors import InvalidInput, NotFound
from models.share import AccessPublic, Share, ShareAccess, ShareCreate, SharePublic
from models.types import utcnow
from models.user import User


def create_share(*, session: Session, owner: User, share_in: ShareCreate) -> tuple[Share, str]:
    """A new share; the raw token is returned once and never stored."""
    for name, day in (("from", share_in.date_from), ("to", share_in.date_to)):
        if day is not None and (problem := outside_record(day, owner.timezone)):
            raise InvalidInput.for_field(name, problem)
    if share_in.date_from and share_in.date_to and share_in.date_from > share_in.date_to:
        raise InvalidInput.for_field("from", "must not be after 'to'")
    raw = new_token()
    share = Share(user_id=owner.id, token_hash=token_digest(raw), formats=sorted(set(share_in.formats)),
                  expires_at=utcnow() + timedelta(days=share_in.expires_in_days), date_from=share_in.date_from,
                  date_to=share_in.date_to)
    session.add(share)
    session.flush()
    return share, raw


def link_for(url: str, formats: list[str]) -> str:
    """The link a person sends: the PDF report where the share allows it, else the HTML report, else the JSON."""
    for fmt, suffix in (("pdf", "/report.pdf"), ("html", "/report.html")):
        if fmt in formats:
            return url + suffix
    return f"{url}/export?format={formats[0]}"


def qr_svg(text: str) -> str:
    """A QR code of the text as a standalone SVG document (segno picks the smallest version that fits)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", xmldecl=False, scale=6, border=4, dark="#000",
                                     light="#fff", title="QR code of the share link")
    return buffer.getvalue().decode()


def list_shares(*, session: Session, owner: User) -> list[SharePublic]:
    """The user's shares, newest first, each with its access log."""
    shares = session.exec(select(Share).where(Share.user_id == owner.id)
                          .order_by(Share.created_at.desc())).all()  # type: ignore[attr-defined]
    result = []
    now = utcnow()
    for share in shares:
        accesses = session.exec(select(ShareAccess).where(ShareAccess.share_id == share.id)
                                .order_by(ShareAccess.accessed_at)).all()  # type: ignore[arg-type]
        result.append(SharePublic(
            id=share.id, formats=share.formats, date_from=share.date_from, date_to=share.date_to,  # type: ignore[arg-type]
            created_at=share.created_at, expires_at=share.expires_at,
            revoked_at=share.revoked_at, active=share.revoked_at is None and share.expires_at > now,
            accesses=[AccessPublic(accessed_at=a.accessed_at, format=a.format) for a in accesses]))
    return result


def revoke_share(*, session: Session, owner: User, share_id: uuid.UUID) -> None:
    """Revoke a share at once; its log stays."""
    share = session.exec(select(Share).where(Share.id == share_id, Share.user_id == owner.id)).first()
    if share is None:
        raise NotFound("No such share.")
    if share.revoked_at is None:
        share.revoked_at = utcnow()
        session.add(share)


def open_share(*, session: Session, raw_token: str, fmt: str) -> tuple[User, Share]:
    """The patient behind a live share that allows this format; anything else is NotFound."""
    digest = token_digest(raw_token)
    share = session.exec(select(Share).where(Share.token_hash == digest)).first()
    if (share is None or not hmac.compare_digest(share.token_hash, digest) or share.revoked_at is not None
            or share.expires_at <= utcnow() or fmt not in share.formats):
        raise NotFound("No such share, or it has expired or been revoked.")
    owner = session.get(User, share.user_id)
    if owner is None or owner.disabled:
        raise NotFound("No such share, or it has expired or been revoked.")
    return owner, share


def within_period(share: Share, date_from: date | None, date_to: date | None) -> tuple[date | None, date | None]:
    """The requested dates narrowed to the share's period; a range wholly outside it is a 422."""
    first = max((day for day in (share.date_from, date_from) if day), default=None)
    last = min((day for day in (share.date_to, date_to) if day), default=None)
    if first and last and first > last:
        raise InvalidInput.for_field("from" if date_from else "to", "the dates asked for lie outside the shared "
                                     f"period ({share.date_from or 'the start'} to {share.date_to or 'today'})",
                                     "query")
    return first, last


def log_access(engine: Engine, share_id: uuid.UUID, fmt: str) -> None:
    """Record the access in its own short write, so the read that follows stays read-only."""
    with open_session(engine) as session:
        session.add(ShareAccess(share_id=share_id, format=fmt))
        session.commit()
