"""The signed-in user's own profile."""

from fastapi import APIRouter, Response, status

from api.deps import CurrentAuth, CurrentUser, PasswordChecksDep, SessionDep
from api.errors import AUTHENTICATED, documented
from api.services import accounts
from models.user import PasswordChange, UserPublic, UserUpdate

router = APIRouter(prefix="/v1/me", tags=["me"], responses=AUTHENTICATED)


@router.get("", response_model=UserPublic)
def read_me(user: CurrentUser) -> UserPublic:
    """The signed-in account: email and time zone."""
    return UserPublic.model_validate(user, from_attributes=True)


@router.patch("", response_model=UserPublic)
def update_me(session: SessionDep, user: CurrentUser, user_in: UserUpdate) -> UserPublic:
    """Change the account's time zone; new entries take their local dates from it."""
    updated = accounts.update_user(session=session, user=user, user_in=user_in)
    return UserPublic.model_validate(updated, from_attributes=True)


@router.post("/password", status_code=status.HTTP_204_NO_CONTENT,
             responses={422: {"description": "The current password is wrong, or the new one too short"},
                        **documented(429)})
def change_password(session: SessionDep, auth: CurrentAuth, checks: PasswordChecksDep,
                    body: PasswordChange) -> Response:
    """Change the password; every other token of this account stops working. A wrong current password counts as
    a failed sign-in, so a stolen token cannot be used to guess the password."""
    user, token = auth
    checks.begin(user.email)
    accounts.change_password(session=session, user=user, current=body.current_password, new=body.new_password,
                             keep=token)
    checks.succeeded(user.email)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
