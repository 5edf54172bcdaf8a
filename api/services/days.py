"""Per-day queries every read is built from: meals, scores and massage per local date, and the elimination start.

Both the trends and the challenges services read through this module (and never through each other).
"""

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from domain.days import MassageDay, MealDay, TechniqueTotals
from domain.groups import GROUPS
from domain.scales import SCALES
from domain.trends import ROLLING_DAYS, Source, detect_start
from models.elimination import Elimination
from models.massage import MassageSession
from models.meal import Meal
from models.symptom import SymptomEntry
from models.user import User


def _last_exposed(session: Session, owner: User, as_of: date) -> date | None:
    statement = (select(col(Meal.local_date))
                 .where(col(Meal.user_id) == owner.id, col(Meal.definite_mask) != 0, col(Meal.local_date) <= as_of,
                        col(Meal.deleted_at).is_(None))
                 .order_by(col(Meal.local_date).desc()).limit(1))
    return session.execute(statement).scalar()


def _first_meal(session: Session, owner: User, after: date | None, as_of: date) -> date | None:
    statement = select(col(Meal.local_date)).where(col(Meal.user_id) == owner.id, col(Meal.local_date) <= as_of,
                                                   col(Meal.deleted_at).is_(None))
    if after is not None:
        statement = statement.where(col(Meal.local_date) > after)
    return session.execute(statement.order_by(col(Meal.local_date)).limit(1)).scalar()


def meal_days_between(session: Session, owner: User, first: date, last: date) -> dict[date, MealDay]:
    bits = [1 << i for i in range(len(GROUPS))]
    statement = (
        select(col(Meal.local_date), func.count(),
               *[func.max(col(Meal.definite_mask).op("&")(bit)) for bit in bits],
               *[func.max(col(Meal.possible_mask).op("&")(bit)) for bit in bits])
        .where(col(Meal.user_id) == owner.id, col(Meal.local_date) >= first, col(Meal.local_date) <= last,
               col(Meal.deleted_at).is_(None))
        .group_by(col(Meal.local_date))
    )
    result = {}
    for row in session.execute(statement).all():
        definite = sum(row[2:2 + len(bits)])
        possible = sum(row[2 + len(bits):])
        result[row[0]] = MealDay(row[0], row[1], definite, possible)
    return result


def scores_between(session: Session, owner: User, first: date, last: date) -> dict[date, dict[str, float | None]]:
    columns = [col(getattr(SymptomEntry, s.name)) for s in SCALES]
    statement = select(col(SymptomEntry.local_date), *columns).where(
        col(SymptomEntry.user_id) == owner.id, col(SymptomEntry.local_date) >= first,
        col(SymptomEntry.local_date) <= last, col(SymptomEntry.deleted_at).is_(None))
    return {row[0]: {s.name: row[i + 1] for i, s in enumerate(SCALES)} for row in session.execute(statement).all()}


def massage_days_between(session: Session, owner: User, first: date, last: date) -> dict[date, MassageDay]:
    statement = (
        select(col(MassageSession.local_date), func.count(), func.sum(col(MassageSession.duration_seconds)))
        .where(col(MassageSession.user_id) == owner.id, col(MassageSession.local_date) >= first,
               col(MassageSession.local_date) <= last, col(MassageSession.deleted_at).is_(None))
        .group_by(col(MassageSession.local_date))
    )
    return {row[0]: MassageDay(row[0], row[1], int(row[2] or 0)) for row in session.execute(statement).all()}


def technique_totals(session: Session, owner: User, first: date, last: date) -> list[TechniqueTotals]:
    relief = col(MassageSession.pain_before) - col(MassageSession.pain_after)
    statement = (
        select(col(MassageSession.technique), func.count(), func.sum(col(MassageSession.duration_seconds)),
               func.sum(relief), func.count(relief))
        .where(col(MassageSession.user_id) == owner.id, col(MassageSession.local_date) >= first,
               col(MassageSession.local_date) <= last, col(MassageSession.deleted_at).is_(None))
        .group_by(col(MassageSession.technique))
        .order_by(col(MassageSession.technique))
    )
    rows = session.execute(statement).all()
    return [TechniqueTotals(r[0], r[1], int(r[2] or 0), float(r[3] or 0), r[4]) for r in rows]


def day_aggregates(session: Session, owner: User, first: date, last: date):
    """Meals, scores (reaching back far enough for 7-day means) and massage, per local date."""
    return (meal_days_between(session, owner, first, last),
            scores_between(session, owner, first - timedelta(days=ROLLING_DAYS - 1), last),
            massage_days_between(session, owner, first, last))


def elimination_start(session: Session, owner: User, as_of: date) -> tuple[date | None, Source | None, date | None,
                                                                         date | None]:
    """(start, source, last exposure on or before as_of, first meal on record) for the trends."""
    last_exposed = _last_exposed(session, owner, as_of)
    first_meal = _first_meal(session, owner, None, as_of) if last_exposed is None else None
    chosen = session.get(Elimination, owner.id)
    if chosen is not None:
        return chosen.start_date, "user", last_exposed, first_meal
    after = _first_meal(session, owner, last_exposed, as_of) if last_exposed is not None else None
    start = detect_start(last_exposed=last_exposed, first_meal_after_exposure=after, first_meal=first_meal)
    return start, ("detected" if start else None), last_exposed, first_meal
