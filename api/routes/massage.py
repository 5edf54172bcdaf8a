"""The knee self-massage log and the technique catalogue."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from api.deps import CurrentUser, SessionDep
from api.services import massage
from domain.massage import CATALOGUE
from models.massage import (
    MassageCreate,
    MassagePublic,
    MassageSession,
    MassageUpdate,
    PointPublic,
    RoutineCreate,
    TechniquePublic,
)

router = APIRouter(prefix="/v1/massage", tags=["massage"])
NOT_FOUND = {404: {"description": "No such session (or not yours)"}}


def load_session(session: SessionDep, user: CurrentUser, massage_id: uuid.UUID) -> MassageSession:
    return massage.get_session_row(session=session, owner=user, massage_id=massage_id)


MassageDep = Annotated[MassageSession, Depends(load_session)]


@router.get("/techniques", response_model=list[TechniquePublic])
def list_techniques() -> list[TechniquePublic]:
    return [TechniquePublic(name=t.name, label=t.label, order=t.order, what_it_does=t.what_it_does,  # type: ignore[arg-type]
                            how=t.how, suggested_seconds=t.suggested_seconds,
                            points=[PointPublic(code=p.code, name=p.name, location=p.location, used_for=p.used_for)
                                    for p in t.points],
                            round_description=t.round_description)
            for t in CATALOGUE]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=MassagePublic,
             responses={409: {"description": "A session with this id exists"}})
def create_session(session: SessionDep, user: CurrentUser, massage_in: MassageCreate) -> MassagePublic:
    return massage.massage_public(massage.create_session(session=session, owner=user, massage_in=massage_in))


@router.post("/routine", status_code=status.HTTP_201_CREATED, response_model=list[MassagePublic])
def create_routine(session: SessionDep, user: CurrentUser, routine_in: RoutineCreate) -> list[MassagePublic]:
    rows = massage.create_routine(session=session, owner=user, routine_in=routine_in)
    return [massage.massage_public(r) for r in rows]


@router.get("", response_model=list[MassagePublic])
def list_sessions(
    session: SessionDep, user: CurrentUser,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
) -> list[MassagePublic]:
    rows = massage.list_sessions(session=session, owner=user, date_from=date_from, date_to=date_to)
    return [massage.massage_public(r) for r in rows]


@router.get("/{massage_id}", response_model=MassagePublic, responses=NOT_FOUND)
def read_session(row: MassageDep) -> MassagePublic:
    return massage.massage_public(row)


@router.patch("/{massage_id}", response_model=MassagePublic, responses=NOT_FOUND)
def update_session(session: SessionDep, user: CurrentUser, row: MassageDep, massage_in: MassageUpdate) -> MassagePublic:
    return massage.massage_public(massage.update_session(session=session, owner=user, row=row, massage_in=massage_in))


@router.delete("/{massage_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)
def delete_session(session: SessionDep, row: MassageDep) -> Response:
    massage.delete_session(session=session, row=row)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
