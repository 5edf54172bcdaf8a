"""Trends: per-day aggregates from api.services.days, handed to domain.trends."""

from dataclasses import replace
from datetime import date

from sqlmodel import Session

from api.services.challenge_verdicts import group_summary
from api.services.changes import date_range
from api.services.days import day_aggregates, elimination_start, technique_totals
from domain.clock import local_today, outside_record
from domain.errors import InvalidInput
from domain.trends import DailyRow, Trends, build_trends, daily_range_start, daily_rows, slips
from models.user import User

MAX_DAILY_RANGE = 731


def check_as_of(as_of: date, owner: User, name: str = "as_of") -> None:
    if problem := outside_record(as_of, owner.timezone):
        raise InvalidInput.for_field(name, problem, "query")


def get_trends(*, session: Session, owner: User, as_of: date | None, daily_from: date | None = None) -> Trends:
    """The trends answer for one user as of a local date, with each group's reintroduction outcome.

    `daily_from` (the report's period) bounds the daily rows, the clues and the massage totals; the windows keep
    their own baseline, so the days loaded reach back to whichever comes first.
    """
    as_of = as_of or local_today(owner.timezone)
    check_as_of(as_of, owner)
    start, source, last_exposed, first_meal = elimination_start(session, owner, as_of)
    first = daily_range_start(as_of, start)
    loaded = min(first, daily_from) if daily_from else first
    meal_days, scores, massage_days = day_aggregates(session, owner, loaded, as_of)
    result = build_trends(
        as_of=as_of, start=start, source=source, last_exposed=last_exposed, first_meal=first_meal,
        meal_days=meal_days, scores=scores, massage_days=massage_days,
        techniques=technique_totals(session, owner, max(first, daily_from or first), as_of),
        primary_scale=owner.primary_scale,
        daily_from=daily_from,
    )
    return replace(result, challenges=group_summary(session=session, owner=owner, as_of=as_of))


def get_chart_series(*, session: Session, owner: User,
                     as_of: date | None) -> tuple[tuple[DailyRow, ...], date | None, list[date]]:
    """What a chart draws: the daily rows from the baseline to as_of, the start and the slips; no statistics."""
    as_of = as_of or local_today(owner.timezone)
    check_as_of(as_of, owner)
    start, source, _, _ = elimination_start(session, owner, as_of)
    first = daily_range_start(as_of, start)
    meal_days, scores, massage_days = day_aggregates(session, owner, first, as_of)
    slip_dates = [s.date for s in slips(meal_days, start, source, as_of)]
    return daily_rows(first, as_of, meal_days, scores, massage_days), start, slip_dates


def get_daily(*, session: Session, owner: User, date_from: date | None,
              date_to: date | None) -> tuple[DailyRow, ...]:
    """Daily rows for any range up to two years."""
    date_from, date_to = date_range(local_today(owner.timezone), date_from, date_to, default_days=28,
                                    max_days=MAX_DAILY_RANGE)
    return daily_rows(date_from, date_to, *day_aggregates(session, owner, date_from, date_to))
