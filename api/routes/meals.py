"""Meals, flagged on the way in."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from api.deps import CurrentUser, SessionDep
from api.services import meals
from models.meal import FoodGroup, Meal, MealCreate, MealPage, MealPublic, MealUpdate, Overrides

router = APIRouter(prefix="/v1/meals", tags=["meals"])
NOT_FOUND = {404: {"description": "No such meal (or not yours)"}}


def load_meal(session: SessionDep, user: CurrentUser, meal_id: uuid.UUID) -> Meal:
    return meals.get_meal(session=session, owner=user, meal_id=meal_id)


MealDep = Annotated[Meal, Depends(load_meal)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=MealPublic,
             responses={409: {"description": "A meal with this id exists"}})
def create_meal(session: SessionDep, user: CurrentUser, meal_in: MealCreate) -> MealPublic:
    return meals.meal_public(meals.create_meal(session=session, owner=user, meal_in=meal_in))


@router.get("", response_model=MealPage)
def list_meals(
    session: SessionDep,
    user: CurrentUser,
    date_from: Annotated[date | None, Query(alias="from", description="First local date, inclusive")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Last local date, inclusive")] = None,
    group: Annotated[FoodGroup | None, Query(description="Only meals flagged (definite or possible) for it")] = None,
    excluded: Annotated[bool | None, Query(description="Only meals with (true) or without (false) a definite flag")] = (
        None
    ),
    limit: Annotated[int, Query(ge=1, le=meals.MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> MealPage:
    rows, next_cursor = meals.list_meals(session=session, owner=user, date_from=date_from, date_to=date_to,
                                         group=group, excluded=excluded, limit=limit, cursor=cursor)
    return MealPage(items=[meals.meal_public(m) for m in rows], next_cursor=next_cursor)


@router.get("/{meal_id}", response_model=MealPublic, responses=NOT_FOUND)
def read_meal(meal: MealDep) -> MealPublic:
    return meals.meal_public(meal)


@router.patch("/{meal_id}", response_model=MealPublic, responses=NOT_FOUND)
def update_meal(session: SessionDep, user: CurrentUser, meal: MealDep, meal_in: MealUpdate) -> MealPublic:
    return meals.meal_public(meals.update_meal(session=session, owner=user, meal=meal, meal_in=meal_in))


@router.put("/{meal_id}/overrides", response_model=MealPublic, responses=NOT_FOUND)
def set_overrides(session: SessionDep, meal: MealDep, overrides: Overrides) -> MealPublic:
    return meals.meal_public(meals.set_overrides(session=session, meal=meal, overrides=overrides))


@router.delete("/{meal_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)
def delete_meal(session: SessionDep, meal: MealDep) -> Response:
    meals.delete_meal(session=session, meal=meal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
