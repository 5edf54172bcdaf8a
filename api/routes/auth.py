"""Sign-up, OAuth2 password-flow tokens, logout."""

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from api.deps import CurrentAuth, SessionDep, SettingsDep
from api.services import accounts
from models.token import TokenPublic
from models.user import UserCreate, UserPublic

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/signup", status_code=status.HTTP_201_CREATED, response_model=UserPublic,
             responses={409: {"description": "An account with that email exists"}})
def signup(session: SessionDep, user_in: UserCreate) -> UserPublic:
    user = accounts.create_user(session=session, user_in=user_in)
    return UserPublic.model_validate(user, from_attributes=True)


@router.post("/token", response_model=TokenPublic, responses={401: {"description": "Wrong credentials"}})
def token(
    session: SessionDep, settings: SettingsDep, form: Annotated[OAuth2PasswordRequestForm, Depends()]
) -> TokenPublic:
    user = accounts.authenticate(session=session, email=form.username, password=form.password)
    raw, row = accounts.issue_token(
        session=session, user=user, ttl=timedelta(minutes=settings.token_ttl_minutes)
    )
    return TokenPublic(access_token=raw, expires_at=row.expires_at)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(session: SessionDep, auth: CurrentAuth) -> Response:
    accounts.revoke_token(session=session, token=auth[1])
    return Response(status_code=status.HTTP_204_NO_CONTENT)
