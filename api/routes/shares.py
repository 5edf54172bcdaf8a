"""Read-only sharing: the patient manages links; a practitioner opens one with no account."""

import uuid
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from api.db import open_session
from api.deps import CurrentUser, DateFrom, DateTo, SessionDep, SettingsDep
from api.errors import AUTHENTICATED, documented
from api.links import public_link
from api.routes.exports import export_response
from api.services import shares
from models.share import ShareCreate, ShareCreated, SharePublic

router = APIRouter(tags=["shares"])
SHARE_NOT_FOUND = documented(404, 422, 503)
Token = Annotated[str, Path(min_length=20, max_length=100)]


@router.post("/v1/shares", status_code=status.HTTP_201_CREATED, response_model=ShareCreated, responses=AUTHENTICATED)
def create_share(session: SessionDep, settings: SettingsDep, user: CurrentUser, share_in: ShareCreate) -> ShareCreated:
    """Make a read-only link to your report and chosen formats; the URL is shown only once."""
    share, raw = shares.create_share(session=session, owner=user, share_in=share_in)
    url = public_link(settings, f"/v1/shared/{raw}")
    # A QR code is only useful with an absolute link, and only PUBLIC_URL may make one.
    qr = shares.qr_svg(shares.link_for(url, share.formats)) if settings.public_url else None
    return ShareCreated(id=share.id, url=url, expires_at=share.expires_at, formats=share.formats,  # type: ignore[arg-type]
                        date_from=share.date_from, date_to=share.date_to, qr_svg=qr)


@router.get("/v1/shares", response_model=list[SharePublic], responses=AUTHENTICATED)
def list_shares(session: SessionDep, user: CurrentUser) -> list[SharePublic]:
    """Your share links with their expiry, formats and access log."""
    return shares.list_shares(session=session, owner=user)


@router.delete("/v1/shares/{share_id:uuid}", status_code=status.HTTP_204_NO_CONTENT,
               responses=AUTHENTICATED | documented(404))
def revoke_share(session: SessionDep, user: CurrentUser, share_id: uuid.UUID) -> Response:
    """Revoke a share link; it answers 404 from now on."""
    shares.revoke_share(session=session, owner=user, share_id=share_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _shared(request: Request, token: str, fmt: str, date_from: date | None, date_to: date | None):
    engine = request.app.state.engine
    with open_session(engine) as session:
        owner, share = shares.open_share(session=session, raw_token=token, fmt=fmt)
    date_from, date_to = shares.within_period(share, date_from, date_to)
    shares.log_access(engine, share.id, fmt)
    return export_response(request, owner, fmt, date_from, date_to)


@router.get("/v1/shared/{token}/report.pdf", response_class=StreamingResponse, responses=SHARE_NOT_FOUND)
def shared_pdf(request: Request, token: Token) -> StreamingResponse:
    """The practitioner report as PDF, through a share link (no account needed)."""
    return _shared(request, token, "pdf", None, None)


@router.get("/v1/shared/{token}/report.html", response_class=StreamingResponse, responses=SHARE_NOT_FOUND)
def shared_html(request: Request, token: Token) -> StreamingResponse:
    """The practitioner report as HTML, through a share link (no account needed)."""
    return _shared(request, token, "html", None, None)


@router.get("/v1/shared/{token}/export", response_class=StreamingResponse, responses=SHARE_NOT_FOUND)
def shared_export(
    request: Request, token: Token, format: Annotated[Literal["csv", "json", "fhir"], Query()],
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> StreamingResponse:
    """A CSV, JSON or FHIR export through a share link, if the link allows that format."""
    return _shared(request, token, format, date_from, date_to)
