"""Reintroduction challenges: eligibility, one at a time, and verdicts computed from current records."""

import uuid
from datetime import date, timedelta

from sqlmodel import Session, select

from api.services.challenge_verdicts import evaluate_all, live_challenges, plan_of
from api.services.days import elimination_start, meal_days_between
from domain.challenges import DEFAULT_TARGET, WASHOUT_DAYS, ChallengeResult, Plan
from domain.clock import local_today
from domain.errors import Conflict, NotFound
from domain.windows import ELIMINATION_DAYS
from models.challenge import Challenge, ChallengeCreate, ChallengePublic
from models.types import utcnow
from models.user import User


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
    target = body.target_scale or owner.primary_scale or DEFAULT_TARGET
    plan = Plan(body.group, body.start_date, body.exposure_days, body.observation_days, target)
    live = live_challenges(session, owner)
    for other in live:
        if plan_of(other).end >= plan.start and other.start_date <= plan.end:
            raise Conflict(f"The {other.group} challenge runs until {plan_of(other).end}; one challenge at a time.")
    _check_elimination(session, owner, min([plan.start] + [c.start_date for c in live]))
    warnings = []
    earlier = [c for c in live if plan_of(c).end < plan.start]
    if earlier:
        gap = (plan.start - plan_of(earlier[-1]).end).days - 1
        if gap < WASHOUT_DAYS:
            warnings.append(f"Only {gap} clean day(s) since the {earlier[-1].group} challenge ended; "
                            f"{WASHOUT_DAYS} are advised so symptoms can settle back to where they were before.")
    row = Challenge(user_id=owner.id, group=body.group, start_date=body.start_date,
                    exposure_days=body.exposure_days, observation_days=body.observation_days, target_scale=target)
    session.add(row)
    session.flush()
    return row, warnings


def public(row: Challenge, result: ChallengeResult, warnings: list[str] | None = None) -> ChallengePublic:
    fields = {name: getattr(result, name) for name in ChallengePublic.model_fields if hasattr(result, name)}
    return ChallengePublic.model_validate({**fields, "id": row.id, "group": row.group, "start_date": row.start_date,
                                           "exposure_days": row.exposure_days,
                                           "observation_days": row.observation_days, "warnings": warnings or []},
                                          from_attributes=True)


def list_challenges(*, session: Session, owner: User) -> list[ChallengePublic]:
    """Every challenge, oldest first, with its current verdict."""
    rows = list(session.exec(select(Challenge).where(Challenge.user_id == owner.id)
                             .order_by(Challenge.start_date, Challenge.created_at)).all())  # type: ignore[arg-type]
    evaluated, _ = evaluate_all(session, owner, rows, local_today(owner.timezone))
    return [public(row, result) for row, (_, result) in zip(rows, evaluated, strict=True)]


def get_challenge(*, session: Session, owner: User, challenge_id: uuid.UUID) -> Challenge:
    row = session.exec(select(Challenge).where(Challenge.id == challenge_id, Challenge.user_id == owner.id)).first()
    if row is None:
        raise NotFound("No such challenge.")
    return row


def evaluate_one(
    *, session: Session, owner: User, row: Challenge, warnings: list[str] | None = None
) -> ChallengePublic:
    live = [r for r in live_challenges(session, owner) if r.id != row.id]
    evaluated, _ = evaluate_all(session, owner, [row, *live], local_today(owner.timezone))
    return public(row, evaluated[0][1], warnings)


def cancel_challenge(*, session: Session, row: Challenge) -> Challenge:
    """Stop a challenge; it no longer blocks the next one."""
    if row.cancelled_at is None:
        row.cancelled_at = utcnow()
        session.add(row)
    return row
