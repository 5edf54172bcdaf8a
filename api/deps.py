"""Annotated dependency aliases, declared once."""

from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.security import OAuth2PasswordBearer
from sqlmodel import Session

from api.config import Settings
from api.db import get_session
from api.openfoodfacts import OpenFoodFacts
from api.services import accounts, throttle
from domain.errors import Unauthorized
from models.token import AuthToken
from models.types import IsoDate
from models.user import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


# Dependencies that do no I/O are async: a sync one costs a thread-pool hop on every request.
async def get_settings_from_app(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings_from_app)]
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


async def get_openfoodfacts(request: Request) -> OpenFoodFacts | None:
    return request.app.state.openfoodfacts


# The instance's Open Food Facts client (one read budget for all its threads), or None when remote lookups are off.
RemoteProducts = Annotated[OpenFoodFacts | None, Depends(get_openfoodfacts)]


def get_current_auth(
    request: Request, session: SessionDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> tuple[User, AuthToken]:
    if not token:
        raise Unauthorized("Sign in first: send 'Authorization: Bearer <token>'.")
    user, row = accounts.user_for_token(session=session, raw_token=token)
    request.state.user_id = user.id
    return user, row


CurrentAuth = Annotated[tuple[User, AuthToken], Depends(get_current_auth)]


async def get_current_user(auth: CurrentAuth) -> User:
    return auth[0]


CurrentUser = Annotated[User, Depends(get_current_user)]


IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", max_length=1000, description="The ETag you last read; a stale one answers 412"),
]


# The local-date range of list, export and trend queries. Rules JSON Schema cannot state, each a 422 naming the
# parameter: 'from' not after 'to'; where a route bounds the range, the bound is in its description.
DateFrom = Annotated[IsoDate | None, Query(alias="from", description="First local date, inclusive (YYYY-MM-DD)")]
DateTo = Annotated[IsoDate | None, Query(alias="to", description="Last local date, inclusive (YYYY-MM-DD)")]


def client_address(request: Request) -> str:
    """The client's address: the peer's, or behind a trusted proxy what it forwarded (FORWARDED_ALLOW_IPS)."""
    return request.client.host if request.client else "unknown"


class PasswordChecks:
    """Password checks (sign-in and password change) throttled per account and per client address in the
    database, so every instance sees them (api/services/throttle.py)."""

    def __init__(self, request: Request, session: SessionDep, settings: SettingsDep) -> None:
        self.session, self.engine = session, request.app.state.engine
        self.client = client_address(request)
        self.limits = throttle.Limits(per_account=settings.login_failures_per_account,
                                             per_client=settings.login_failures_per_client,
                                             window=timedelta(minutes=settings.login_window_minutes))

    def begin(self, email: str) -> None:
        """Refuse (429) while throttled, else count this attempt as a failure until it succeeds."""
        throttle.begin_attempt(self.engine, email=email, client=self.client, limits=self.limits)

    def succeeded(self, email: str) -> None:
        throttle.forgive(session=self.session, email=email)


PasswordChecksDep = Annotated[PasswordChecks, Depends()]
