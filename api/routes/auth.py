"""Sign-up, OAuth2 password-flow tokens, logout."""

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from api.deps import CurrentAuth, PasswordChecksDep, SessionDep, SettingsDep, client_address
from api.errors import documented
from api.services import accounts, throttle
from models.errors import ErrorResponse
from models.token import TokenPublic
from models.types import Text
from models.user import UserCreate, UserPublic

router = APIRouter(prefix="/v1/auth", tags=["auth"])


class SignInForm(OAuth2PasswordRequestForm):
    """The OAuth2 password-flow form, its username held to the text every engine can store."""

    def __init__(
        self, *, username: Annotated[Text, Form()],
        password: Annotated[str, Form(json_schema_extra={"format": "password"})],
        grant_type: Annotated[str | None, Form(pattern="^password$")] = None, scope: Annotated[str, Form()] = "",
        client_id: Annotated[str | None, Form()] = None, client_secret: Annotated[str | None, Form()] = None,
    ) -> None:
        super().__init__(grant_type=grant_type, username=username, password=password, scope=scope,
                         client_id=client_id, client_secret=client_secret)


@router.post("/signup", status_code=status.HTTP_201_CREATED, response_model=UserPublic,
             responses=documented(400, 409, 422, 429, 503) | {
                 403: {"model": ErrorResponse, "description": "Sign-up is closed on this server (SIGNUP=closed)"}})
def signup(request: Request, session: SessionDep, settings: SettingsDep, user_in: UserCreate) -> UserPublic:
    """Create an account. Every attempt from one address counts against its hourly sign-up budget, refusals
    (409 for a known email) included, so the answer cannot be used to test many addresses for accounts."""
    if settings.signup != "closed":
        throttle.begin_signup(request.app.state.engine, client=client_address(request),
                              limit=settings.signups_per_client,
                              window=timedelta(minutes=settings.signup_window_minutes))
    user = accounts.sign_up(session=session, user_in=user_in, mode=settings.signup)
    return UserPublic.model_validate(user, from_attributes=True)


@router.post("/token", response_model=TokenPublic,
             responses=documented(400, 422, 429, 503) | {
                 401: {"model": ErrorResponse, "description": "Wrong email or password (WWW-Authenticate: Bearer)"}})
def token(
    session: SessionDep, settings: SettingsDep, checks: PasswordChecksDep,
    form: Annotated[SignInForm, Depends()],
) -> TokenPublic:
    """Sign in with the OAuth2 password form; answers a bearer token (429 after repeated failures)."""
    checks.begin(form.username)
    user = accounts.authenticate(session=session, email=form.username, password=form.password)
    checks.succeeded(form.username)
    raw, row = accounts.issue_token(
        session=session, user=user, ttl=timedelta(minutes=settings.token_ttl_minutes)
    )
    return TokenPublic(access_token=raw, expires_at=row.expires_at)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=documented(401, 503))
def logout(session: SessionDep, auth: CurrentAuth) -> Response:
    """Revoke the token this request carries; its next use answers 401."""
    accounts.revoke_token(session=session, token=auth[1])
    return Response(status_code=status.HTTP_204_NO_CONTENT)
