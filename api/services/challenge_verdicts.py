"""Challenge verdicts from the current records: for the challenges routes and for the trends' per-group outcome."""

from datetime import date, timedelta

from sqlmodel import Session, col, select

from api.services.days import meal_days_between, scores_between
from domain.challenges import ChallengeResult, GroupOutcome, Plan, evaluate, summary
from domain.days import Scores
from domain.windows import BASELINE_DAYS
from models.challenge import Challenge
from models.user import User


def plan_of(row: Challenge) -> Plan:
    return Plan(row.group, row.start_date, row.exposure_days, row.observation_days, row.target_scale)


def live_challenges(session: Session, owner: User) -> list[Challenge]:
    statement = (select(Challenge).where(Challenge.user_id == owner.id, Challenge.cancelled_at.is_(None))  # type: ignore[union-attr]
                 .order_by(col(Challenge.start_date)))
    return list(session.exec(statement).all())


def evaluate_all(session: Session, owner: User, rows: list[Challenge],
                 as_of: date) -> tuple[list[tuple[Plan, ChallengeResult]], Scores]:
    """Each row's verdict (another challenge's days never count as baseline), and the scores they used."""
    if not rows:
        return [], {}
    plans = [plan_of(r) for r in rows]
    first = min(p.start for p in plans) - timedelta(days=BASELINE_DAYS)
    last = max(p.end for p in plans)
    meal_days = meal_days_between(session, owner, first, last)
    scores = {d: {k: v for k, v in values.items() if v is not None}
              for d, values in scores_between(session, owner, first, last).items()}
    challenge_days = {p: set(p.days) for p in plans}
    results = []
    for row, plan in zip(rows, plans, strict=True):
        others = set().union(*(days for p, days in challenge_days.items() if p is not plan))
        results.append((plan, evaluate(plan, as_of=as_of, cancelled=row.cancelled_at is not None,
                                       meal_days=meal_days, scores=scores, excluded=others)))
    return results, scores


def group_summary(*, session: Session, owner: User, as_of: date) -> dict[str, GroupOutcome]:
    """Per group: reaction, no reaction detected, inconclusive, in progress or not yet tested."""
    evaluated, scores = evaluate_all(session, owner, live_challenges(session, owner), as_of)
    return summary(evaluated, scores)
