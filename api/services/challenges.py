"""Reintroduction challenges: eligibility, one at a time, and verdicts computed from current records."""

import uuid
from datetime import date, timedelta

from sqlmodel import Session, col, select

from api.services.trends import elimination_start, meal_days_between, scores_between
from domain.challenges import BASELINE_LOOKBACK, WASHOUT_DAYS, Plan, evaluate, summary
from domain.clock import local_today
from domain.errors import Conflict, NotFound
from models.challenge import Challenge, ChallengeCreate, ChallengePublic
from models.types import utcnow
from models.user import User

ELIMINATION_DAYS = 14


def _plan(row: Challenge) -> Plan:
    return Plan(row.group, row.start_date, row.exposure_days, row.observation_days)


def _live(session: Session, owner: User) -> list[Challenge]:
    statement = (select(Challenge).where(Challenge.user_id == owner.id, Challenge.cancelled_at.is_(None))  # type: ignore[union-attr]
                 .order_by(col(Challenge.start_date)))
    return list(session.exec(statement).all())


def _check_elimination(session: Session, owner: User, first: date) -> None:
    start, source, _, _ = elimination_start(session, owner, first - timedelta(days=1))
    if start is None or (first - start).days < ELIMINATION_DAYS:
        raise Conflict("A challenge needs a complete two-week elimination first: 14 clean days must end before the "
                       "first challenge starts.")
    window = meal_days_between(session, owner, start, start + timedelta(days=ELIMINATION_DAYS - 1))
    slips = sorted(d for d, m in window.items() if m.definite_mask)
    if slips:
        raise Conflict(f"The two-week elimination had slips ({', '.join(map(str, slips))}); complete a clean two "
                       "weeks before reintroducing a group.")


def create_challenge(*, session: Session, owner: User, body: ChallengeCreate) -> tuple[Challenge, list[str]]:
    """Schedule a challenge; refused while another runs, or before a clean two weeks."""
    plan = Plan(body.group, body.start_date, body.exposure_days, body.observation_days)
    live = _live(session, owner)
    for other in live:
        if _plan(other).end >= plan.start and other.start_date <= plan.end:
            raise Conflict(f"The {other.group} challenge runs until {_plan(other).end}; one challenge at a time.")
    _check_elimination(session, owner, min([plan.start] + [c.start_date for c in live]))
    warnings = []
    earlier = [c for c in live if _plan(c).end < plan.start]
    if earlier:
        gap = (plan.start - _plan(earlier[-1]).end).days - 1
        if gap < WASHOUT_DAYS:
            warnings.append(f"Only {gap} clean day(s) since the {earlier[-1].group} challenge ended; "
                            f"{WASHOUT_DAYS} are advised so symptoms can settle back to where they were before.")
    row = Challenge(user_id=owner.id, group=body.group, start_date=body.start_date,
                    exposure_days=body.exposure_days, observation_days=body.observation_days)
    session.add(row)
    session.flush()
    return row, warnings


def _evaluate_all(session: Session, owner: User, rows: list[Challenge], as_of: date) -> list[tuple[Plan, dict]]:
    if not rows:
        return []
    first = min(r.start_date for r in rows) - timedelta(days=BASELINE_LOOKBACK)
    last = max(_plan(r).end for r in rows)
    meal_days = meal_days_between(session, owner, first, last)
    scores = {d: {k: v for k, v in values.items() if v is not None}
              for d, values in scores_between(session, owner, first, last).items()}
    return [(_plan(r), evaluate(_plan(r), as_of=as_of, cancelled=r.cancelled_at is not None, meal_days=meal_days,
                                scores=scores)) for r in rows]


def public(row: Challenge, outcome: dict, warnings: list[str] | None = None) -> ChallengePublic:
    return ChallengePublic(id=row.id, group=row.group, start_date=row.start_date, exposure_days=row.exposure_days,  # type: ignore[arg-type]
                           observation_days=row.observation_days, warnings=warnings or [], **outcome)


def list_challenges(*, session: Session, owner: User) -> list[ChallengePublic]:
    """Every challenge, oldest first, with its current verdict."""
    rows = list(session.exec(select(Challenge).where(Challenge.user_id == owner.id)
                             .order_by(Challenge.start_date, Challenge.created_at)).all())  # type: ignore[arg-type]
    evaluated = _evaluate_all(session, owner, rows, local_today(owner.timezone))
    return [public(row, outcome) for row, (_, outcome) in zip(rows, evaluated, strict=True)]


def get_challenge(*, session: Session, owner: User, challenge_id: uuid.UUID) -> Challenge:
    row = session.exec(select(Challenge).where(Challenge.id == challenge_id, Challenge.user_id == owner.id)).first()
    if row is None:
        raise NotFound("No such challenge.")
    return row


def evaluate_one(
    *, session: Session, owner: User, row: Challenge, warnings: list[str] | None = None
) -> ChallengePublic:
    (_, outcome), = _evaluate_all(session, owner, [row], local_today(owner.timezone))
    return public(row, outcome, warnings)


def cancel_challenge(*, session: Session, row: Challenge) -> Challenge:
    """Stop a challenge; it no longer blocks the next one."""
    if row.cancelled_at is None:
        row.cancelled_at = utcnow()
        session.add(row)
    return row


def group_summary(*, session: Session, owner: User, as_of: date) -> dict[str, dict]:
    """Per group: tolerated, reaction, inconclusive, in progress or not yet tested."""
    rows = _live(session, owner)
    return summary(_evaluate_all(session, owner, rows, as_of))
