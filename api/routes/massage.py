"""The knee self-massage log (the technique catalogue is in api/routes/catalogue.py)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.responses import JSONResponse

from api.deps import CurrentUser, DateFrom, DateTo, IfMatch, SessionDep
from api.errors import AUTHENTICATED, PRECONDITION, UNMATCHED_PATH, Responses
from api.idempotency import IdempotencyKey, respond_once
from api.services import massage
from api.services.changes import etag
from models.massage import (
    MassageCreate,
    MassagePublic,
    MassageReplace,
    MassageSession,
    MassageUpdate,
    RoutineCreate,
)

router = APIRouter(prefix="/v1/massage", tags=["massage"], responses=AUTHENTICATED)
NOT_FOUND: Responses = {404: {"description": "No such session (or not yours)"}}


def load_session(session: SessionDep, user: CurrentUser, massage_id: uuid.UUID) -> MassageSession:
    return massage.get_session_row(session=session, owner=user, massage_id=massage_id)


MassageDep = Annotated[MassageSession, Depends(load_session)]


def _with_etag(row: MassageSession, response: Response) -> MassagePublic:
    response.headers["ETag"] = etag(row.version)
    return massage.massage_public(row)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=MassagePublic,
             responses={409: {"description": "A session with this id exists, or the Idempotency-Key is in flight"}})
def create_session(session: SessionDep, user: CurrentUser, massage_in: MassageCreate, request: Request,
                   idempotency_key: IdempotencyKey = None) -> JSONResponse:
    """Log one knee self-massage session."""
    def work():
        row = massage.create_session(session=session, owner=user, massage_in=massage_in)
        return massage.massage_public(row), {"ETag": etag(row.version)}

    return respond_once(session=session, owner=user, key=idempotency_key, request=request, body=massage_in,
                        status_code=status.HTTP_201_CREATED, work=work)


@router.post("/routine", status_code=status.HTTP_201_CREATED, response_model=list[MassagePublic],
             responses={409: {"description": "The Idempotency-Key is in flight"}})
def create_routine(session: SessionDep, user: CurrentUser, routine_in: RoutineCreate, request: Request,
                   idempotency_key: IdempotencyKey = None) -> JSONResponse:
    """Log several techniques done one after another as one routine."""
    def work():
        rows = massage.create_routine(session=session, owner=user, routine_in=routine_in)
        return [massage.massage_public(r) for r in rows], {}

    return respond_once(session=session, owner=user, key=idempotency_key, request=request, body=routine_in,
                        status_code=status.HTTP_201_CREATED, work=work)


@router.get("", response_model=list[MassagePublic])
def list_sessions(
    session: SessionDep, user: CurrentUser,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> list[MassagePublic]:
    """Sessions by local date, in time order: by default the last 30 days to today; a range spans at most 731 days."""
    rows = massage.list_sessions(session=session, owner=user, date_from=date_from, date_to=date_to)
    return [massage.massage_public(r) for r in rows]


@router.get("/{massage_id:uuid}", response_model=MassagePublic, responses=NOT_FOUND)
def read_session(row: MassageDep, response: Response) -> MassagePublic:
    """One massage session; the ETag is its version."""
    return _with_etag(row, response)


@router.put("/{massage_id:uuid}", response_model=MassagePublic,
            responses={201: {"model": MassagePublic}, **PRECONDITION, **UNMATCHED_PATH})
def put_session(session: SessionDep, user: CurrentUser, massage_id: uuid.UUID, massage_in: MassageReplace,
                response: Response, if_match: IfMatch = None) -> MassagePublic:
    """Create (201) or replace (200) the session with this client-chosen id."""
    row, outcome = massage.put_session(session=session, owner=user, massage_id=massage_id, massage_in=massage_in,
                                       if_match=if_match)
    response.status_code = status.HTTP_201_CREATED if outcome == "created" else status.HTTP_200_OK
    return _with_etag(row, response)


@router.patch("/{massage_id:uuid}", response_model=MassagePublic, responses=NOT_FOUND | PRECONDITION)
def update_session(session: SessionDep, user: CurrentUser, row: MassageDep, massage_in: MassageUpdate,
                   response: Response, if_match: IfMatch = None) -> MassagePublic:
    """Change some fields of a session (points and rounds must fit its technique)."""
    row = massage.update_session(session=session, owner=user, row=row, massage_in=massage_in, if_match=if_match)
    return _with_etag(row, response)


@router.delete("/{massage_id:uuid}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND | PRECONDITION)
def delete_session(session: SessionDep, user: CurrentUser, row: MassageDep, if_match: IfMatch = None) -> Response:
    """Delete a session (a tombstone that sync pulls return)."""
    massage.delete_session(session=session, owner=user, row=row, if_match=if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
