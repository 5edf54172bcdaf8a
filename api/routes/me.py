"""The signed-in user's own profile."""

from fastapi import APIRouter

from api.deps import CurrentUser, SessionDep
from api.services import accounts
from models.user import UserPublic, UserUpdate

router = APIRouter(prefix="/v1/me", tags=["me"])


@router.get("", response_model=UserPublic)
def read_me(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user, from_attributes=True)


@router.patch("", response_model=UserPublic)
def update_me(session: SessionDep, user: CurrentUser, user_in: UserUpdate) -> UserPublic:
    updated = accounts.update_user(session=session, user=user, user_in=user_in)
    return UserPublic.model_validate(updated, from_attributes=True)
