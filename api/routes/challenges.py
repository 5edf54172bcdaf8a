"""Reintroduction challenges."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status

from api.deps import CurrentUser, SessionDep
from api.errors import AUTHENTICATED, Responses
from api.services import challenges
from models.challenge import Challenge, ChallengeCreate, ChallengePublic

router = APIRouter(prefix="/v1/challenges", tags=["challenges"], responses=AUTHENTICATED)
NOT_FOUND: Responses = {404: {"description": "No such challenge (or not yours)"}}


def load_challenge(session: SessionDep, user: CurrentUser, challenge_id: uuid.UUID) -> Challenge:
    return challenges.get_challenge(session=session, owner=user, challenge_id=challenge_id)


ChallengeDep = Annotated[Challenge, Depends(load_challenge)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ChallengePublic,
             responses={409: {"description": "Another challenge runs then, or no clean two weeks came first"}})
def create_challenge(session: SessionDep, user: CurrentUser, body: ChallengeCreate) -> ChallengePublic:
    """Start a reintroduction challenge of one group after a clean two weeks."""
    row, warnings = challenges.create_challenge(session=session, owner=user, body=body)
    return challenges.evaluate_one(session=session, owner=user, row=row, warnings=warnings)


@router.get("", response_model=list[ChallengePublic])
def list_challenges(session: SessionDep, user: CurrentUser) -> list[ChallengePublic]:
    """Every challenge with its dates, status and verdict."""
    return challenges.list_challenges(session=session, owner=user)


@router.get("/{challenge_id:uuid}", response_model=ChallengePublic, responses=NOT_FOUND)
def read_challenge(session: SessionDep, user: CurrentUser, row: ChallengeDep) -> ChallengePublic:
    """One challenge with its verdict and the evidence for it."""
    return challenges.evaluate_one(session=session, owner=user, row=row)


@router.post("/{challenge_id:uuid}/cancel", response_model=ChallengePublic, responses=NOT_FOUND)
def cancel_challenge(session: SessionDep, user: CurrentUser, row: ChallengeDep) -> ChallengePublic:
    """Cancel a challenge; it no longer blocks the next one."""
    row = challenges.cancel_challenge(session=session, row=row)
    return challenges.evaluate_one(session=session, owner=user, row=row)
