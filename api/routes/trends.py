"""Trends across the 10-day and two-week windows, and the elimination start."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from api.deps import CurrentUser, DateFrom, DateTo, SessionDep
from api.errors import AUTHENTICATED
from api.services import elimination, trends
from domain.errors import NotFound
from domain.scales import BY_NAME
from models.elimination import EliminationIn, EliminationPublic
from models.trends import DailyRow, TrendsPublic
from models.types import IsoDate

router = APIRouter(tags=["trends"], responses=AUTHENTICATED)

AS_OF_RULE = "Local date (YYYY-MM-DD), from 2000-01-01 to a day after today in your zone; default: today"


@router.get("/v1/trends", response_model=TrendsPublic, response_model_by_alias=True)
def get_trends(
    session: SessionDep, user: CurrentUser,
    as_of: Annotated[IsoDate | None, Query(description=AS_OF_RULE)] = None,
) -> TrendsPublic:
    """The elimination story as of a date: start, windows, verdicts per scale, slips, caveats."""
    return TrendsPublic.model_validate(trends.get_trends(session=session, owner=user, as_of=as_of))


@router.get("/v1/trends/charts/{scale}.svg", response_class=Response,
            responses={200: {"content": {"image/svg+xml": {}}, "description": "The same chart as the PDF report"},
                       404: {"description": "No such scale"}})
def get_chart(
    session: SessionDep, user: CurrentUser,
    scale: Annotated[str, Path(max_length=32, json_schema_extra={"enum": list(BY_NAME)})],
    as_of: Annotated[IsoDate | None, Query(description=AS_OF_RULE)] = None,
) -> Response:
    """One scale's daily scores and 7-day mean as an SVG chart, the windows shaded."""
    if scale not in BY_NAME:
        raise NotFound(f"No scale called {scale!r}; see /v1/symptoms/scales.")
    from domain.export.charts import scale_chart  # matplotlib loads on the first chart, not at start-up

    daily, start, slips = trends.get_chart_series(session=session, owner=user, as_of=as_of)
    svg = scale_chart(daily, scale, start=start, slips=slips, fmt="svg")
    return Response(svg, media_type="image/svg+xml")


@router.get("/v1/trends/daily", response_model=list[DailyRow])
def get_daily(
    session: SessionDep, user: CurrentUser,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> list[DailyRow]:
    """One row a day with 7-day means: by default the last 28 days to today; a range spans at most 731 days."""
    return [DailyRow.model_validate(row) for row in
            trends.get_daily(session=session, owner=user, date_from=date_from, date_to=date_to)]


@router.put("/v1/elimination", response_model=EliminationPublic)
def set_elimination(session: SessionDep, user: CurrentUser, body: EliminationIn) -> EliminationPublic:
    """Set the elimination's start date yourself (up to 60 days ahead)."""
    return EliminationPublic.model_validate(elimination.set_start(session=session, owner=user, body=body),
                                            from_attributes=True)


@router.get("/v1/elimination", response_model=EliminationPublic, responses={404: {"description": "Not set"}})
def get_elimination(session: SessionDep, user: CurrentUser) -> EliminationPublic:
    """The start date you set; 404 while trends detect it from your meals."""
    return EliminationPublic.model_validate(elimination.get_start(session=session, owner=user), from_attributes=True)


@router.delete("/v1/elimination", status_code=status.HTTP_204_NO_CONTENT, responses={404: {"description": "Not set"}})
def clear_elimination(session: SessionDep, user: CurrentUser) -> Response:
    """Forget the start date you set; trends detect it from your meals again."""
    elimination.clear_start(session=session, owner=user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
