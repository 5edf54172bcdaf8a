"""Daily symptom scores (the scales they are scored on are in api/routes/catalogue.py)."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Response, status

import api.convertors  # noqa: F401  (registers the isodate path convertor)
from api.deps import CurrentUser, DateFrom, DateTo, IfMatch, SessionDep
from api.errors import AUTHENTICATED, PRECONDITION, UNMATCHED_PATH, Responses
from api.services import symptoms
from api.services.changes import etag
from models.symptom import SymptomPublic, SymptomScores

router = APIRouter(prefix="/v1/symptoms", tags=["symptoms"], responses=AUTHENTICATED)
NOT_FOUND: Responses = {404: {"description": "No entry for that date"}}
DatePath = Annotated[date, "the user's local date, YYYY-MM-DD"]


@router.put("/{date:isodate}", response_model=SymptomPublic, status_code=status.HTTP_200_OK,
            responses={201: {"model": SymptomPublic, "description": "Created"}, **PRECONDITION, **UNMATCHED_PATH})
def put_entry(session: SessionDep, user: CurrentUser, date: date, scores: SymptomScores,  # type: ignore[valid-type]
              response: Response, if_match: IfMatch = None) -> SymptomPublic:
    """Create (201) or replace (200) the day's symptom scores for a local date."""
    entry, outcome = symptoms.put_entry(session=session, owner=user, day=date, scores=scores, if_match=if_match)
    if outcome == "created":
        response.status_code = status.HTTP_201_CREATED
    response.headers["ETag"] = etag(entry.version)
    return symptoms.entry_public(entry)


@router.get("", response_model=list[SymptomPublic])
def list_entries(
    session: SessionDep, user: CurrentUser,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> list[SymptomPublic]:
    """Entries by date: by default the last 30 days to today; a range spans at most 731 days."""
    rows = symptoms.list_entries(session=session, owner=user, date_from=date_from, date_to=date_to)
    return [symptoms.entry_public(r) for r in rows]


@router.get("/{date:isodate}", response_model=SymptomPublic, responses=NOT_FOUND)
def read_entry(session: SessionDep, user: CurrentUser, date: date, response: Response) -> SymptomPublic:
    """The symptom scores of one local date; the ETag is its version."""
    entry = symptoms.get_entry(session=session, owner=user, day=date)
    response.headers["ETag"] = etag(entry.version)
    return symptoms.entry_public(entry)


@router.delete("/{date:isodate}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND | PRECONDITION)
def delete_entry(session: SessionDep, user: CurrentUser, date: date, if_match: IfMatch = None) -> Response:
    """Delete the day's scores (a tombstone that sync pulls return)."""
    symptoms.delete_entry(session=session, owner=user, day=date, if_match=if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
