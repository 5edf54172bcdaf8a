"""Analyse text while the person types, and manage their own food terms."""

import uuid

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import JSONResponse

from api.deps import CurrentUser, SessionDep
from api.errors import AUTHENTICATED
from api.idempotency import IdempotencyKey, respond_once
from api.services import foods
from models.meal import AnalyzeRequest, AnalyzeResponse, TermCreate, TermPublic, as_ingredient_list

router = APIRouter(prefix="/v1/foods", tags=["foods"], responses=AUTHENTICATED)
# POSTs that never write: on SQLite they skip the write gate (api/middleware.py WriteGate).
READ_ONLY_PATHS = frozenset({"/v1/foods/analyze"})


@router.post("/analyze", response_model=AnalyzeResponse)
def analyze(session: SessionDep, user: CurrentUser, body: AnalyzeRequest) -> dict:
    """Flag a description or ingredient list against the five groups, storing nothing."""
    analysis = foods.analyze_food(session=session, owner=user, description=body.description,
                                  ingredients=as_ingredient_list(body.ingredients))
    return foods.analysis_json(analysis)


@router.post("/terms", status_code=status.HTTP_201_CREATED, response_model=TermPublic,
             responses={409: {"description": "The user already has this term"}})
def add_term(session: SessionDep, user: CurrentUser, term_in: TermCreate, request: Request,
             idempotency_key: IdempotencyKey = None) -> JSONResponse:
    """Teach the flagging engine a personal term for one of the five groups."""
    def work():
        term = foods.add_term(session=session, owner=user, term_in=term_in)
        return TermPublic.model_validate(term, from_attributes=True), {}

    return respond_once(session=session, owner=user, key=idempotency_key, request=request, body=term_in,
                        status_code=status.HTTP_201_CREATED, work=work)


@router.get("/terms", response_model=list[TermPublic])
def list_terms(session: SessionDep, user: CurrentUser) -> list[TermPublic]:
    """Your personal terms, oldest first."""
    return [TermPublic.model_validate(t, from_attributes=True) for t in foods.list_terms(session=session, owner=user)]


@router.delete("/terms/{term_id:uuid}", status_code=status.HTTP_204_NO_CONTENT,
               responses={404: {"description": "No such term"}})
def delete_term(session: SessionDep, user: CurrentUser, term_id: uuid.UUID) -> Response:
    """Forget one of your personal terms; new flagging no longer uses it."""
    foods.delete_term(session=session, owner=user, term_id=term_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
