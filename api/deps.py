"""Annotated dependency aliases, declared once."""

from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.security import OAuth2PasswordBearer
from sqlmodel import Session

from api.config import Settings
from api.db import get_session
from api.openfoodfacts import OpenFoodFacts
from api.services import accounts
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


class PasswordChecks:
    """Failed password checks (sign-in and password change) are counted per account and per client address in the
    database, so every instance sees them; too many within the window answer 429 until it passes."""

    def __init__(self, request: Request, session: SessionDep, settings: SettingsDep) -> None:
        self.session, self.settings = session, settings
        self.client = request.client.host if request.client else "unknown"

    def refuse_while_throttled(self, email: str) -> None:
        accounts.check_login_throttle(session=self.session, email=email, client=self.client,
                                      per_account=self.settings.login_failures_per_account,
                                      per_client=self.settings.login_failures_per_client,
                                      window=timedelta(minutes=self.settings.login_window_minutes))

    def failed(self, email: str) -> None:
        """Record a failure; the route answers without raising, so that its transaction commits it."""
        accounts.record_login_failure(session=self.session, email=email, client=self.client)

    def succeeded(self, email: str) -> None:
        accounts.clear_login_failures(session=self.session, email=email)


PasswordChecksDep = Annotated[PasswordChecks, Depends()]
