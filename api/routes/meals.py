"""Meals, flagged on the way in."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status
from fastapi.responses import JSONResponse

from api.deps import CurrentUser, DateFrom, DateTo, IfMatch, RemoteProducts, SessionDep
from api.errors import AUTHENTICATED, PRECONDITION, UNMATCHED_PATH, Responses
from api.idempotency import IdempotencyKey, respond_once
from api.services import meals, products
from api.services.changes import etag
from models.meal import FoodGroup, Meal, MealCreate, MealPage, MealPublic, MealReplace, MealUpdate, Overrides

router = APIRouter(prefix="/v1/meals", tags=["meals"], responses=AUTHENTICATED)
NOT_FOUND: Responses = {404: {"description": "No such meal (or not yours)"}}


def load_meal(session: SessionDep, user: CurrentUser, meal_id: uuid.UUID) -> Meal:
    return meals.get_meal(session=session, owner=user, meal_id=meal_id)


MealDep = Annotated[Meal, Depends(load_meal)]


def _with_etag(meal: Meal, response: Response) -> MealPublic:
    response.headers["ETag"] = etag(meal.version)
    return meals.meal_public(meal)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=MealPublic,
             responses={409: {"description": "A meal with this id exists, or the Idempotency-Key is in flight"}})
def create_meal(session: SessionDep, user: CurrentUser, meal_in: MealCreate, request: Request, remote: RemoteProducts,
                idempotency_key: IdempotencyKey = None) -> JSONResponse:
    """Log a meal; it is flagged against the five groups as it is stored."""
    fetched = products.prefetch(session=session, remote=remote, barcodes=meal_in.barcodes)

    def work():
        with_products = products.meal_with_products(session=session, remote=remote, meal_in=meal_in, fetched=fetched)
        meal = meals.create_meal(session=session, owner=user, meal_in=with_products)
        return meals.meal_public(meal), {"ETag": etag(meal.version)}

    return respond_once(session=session, owner=user, key=idempotency_key, request=request, body=meal_in,
                        status_code=status.HTTP_201_CREATED, work=work)


@router.get("", response_model=MealPage)
def list_meals(
    session: SessionDep,
    user: CurrentUser,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    group: Annotated[FoodGroup | None, Query(description="Only meals flagged (definite or possible) for it")] = None,
    excluded: Annotated[bool | None, Query(description="Only meals with (true) or without (false) a definite flag")] = (
        None
    ),
    limit: Annotated[int, Query(ge=1, le=meals.MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(pattern=meals.CURSOR_PATTERN, max_length=50,
                                        description="next_cursor of the previous page")] = None,
) -> MealPage:
    """Meals newest first, a page at a time (`next_cursor` fetches the next page)."""
    rows, next_cursor = meals.list_meals(session=session, owner=user, date_from=date_from, date_to=date_to,
                                         group=group, excluded=excluded, limit=limit, cursor=cursor)
    return MealPage(items=[meals.meal_public(m) for m in rows], next_cursor=next_cursor)


@router.get("/{meal_id:uuid}", response_model=MealPublic, responses=NOT_FOUND)
def read_meal(meal: MealDep, response: Response) -> MealPublic:
    """One meal with its flags, overrides and effective groups; the ETag is its version."""
    return _with_etag(meal, response)


@router.put("/{meal_id:uuid}", response_model=MealPublic,
            responses={201: {"model": MealPublic}, **PRECONDITION, **UNMATCHED_PATH})
def put_meal(session: SessionDep, user: CurrentUser, meal_id: uuid.UUID, meal_in: MealReplace, response: Response,
             remote: RemoteProducts, if_match: IfMatch = None) -> MealPublic:
    """Create (201) or replace (200) the meal with this client-chosen id."""
    fetched = products.prefetch(session=session, remote=remote, barcodes=meal_in.barcodes)
    meal_in = products.meal_with_products(session=session, remote=remote, meal_in=meal_in, fetched=fetched)
    meal, outcome = meals.put_meal(session=session, owner=user, meal_id=meal_id, meal_in=meal_in, if_match=if_match)
    response.status_code = status.HTTP_201_CREATED if outcome == "created" else status.HTTP_200_OK
    return _with_etag(meal, response)


@router.patch("/{meal_id:uuid}", response_model=MealPublic, responses=NOT_FOUND | PRECONDITION)
def update_meal(session: SessionDep, user: CurrentUser, meal: MealDep, meal_in: MealUpdate, response: Response,
                if_match: IfMatch = None) -> MealPublic:
    """Change some fields of a meal; it is flagged again."""
    meal = meals.update_meal(session=session, owner=user, meal=meal, meal_in=meal_in, if_match=if_match)
    return _with_etag(meal, response)


@router.put("/{meal_id:uuid}/overrides", response_model=MealPublic, responses=NOT_FOUND | PRECONDITION)
def set_overrides(session: SessionDep, user: CurrentUser, meal: MealDep, overrides: Overrides, response: Response,
                  if_match: IfMatch = None) -> MealPublic:
    """Correct the engine: groups this meal does not contain, and groups it missed."""
    meal = meals.set_overrides(session=session, owner=user, meal=meal, overrides=overrides, if_match=if_match)
    return _with_etag(meal, response)


@router.delete("/{meal_id:uuid}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND | PRECONDITION)
def delete_meal(session: SessionDep, user: CurrentUser, meal: MealDep, if_match: IfMatch = None) -> Response:
    """Delete a meal (a tombstone that sync pulls return)."""
    meals.delete_meal(session=session, owner=user, meal=meal, if_match=if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
