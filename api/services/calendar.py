"""The calendar feed: mint, rotate, retime and revoke its token, and render it for the token's owner."""

import hmac

from sqlmodel import Session, select

from api.security import new_token, token_digest
from api.services.trends import elimination_start
from domain.challenges import Plan
from domain.clock import local_date_of, local_today
from domain.errors import NotFound
from domain.export.calendar import challenge_days, feed_ics, milestone_days
from models.calendar import CalendarFeed, CalendarFeedIn
from models.challenge import Challenge
from models.types import utcnow
from models.user import User

NO_FEED = "No calendar feed; create one with POST /v1/calendar/feed."


def issue_feed(*, session: Session, owner: User, feed_in: CalendarFeedIn) -> tuple[CalendarFeed, str]:
    """Create the feed, or rotate its token (the old link stops working); the raw token is returned once."""
    raw = new_token()
    feed = session.get(CalendarFeed, owner.id)
    if feed is None:
        feed = CalendarFeed(user_id=owner.id, token_hash=token_digest(raw), reminder_time=feed_in.as_time())
    else:
        feed.token_hash, feed.reminder_time, feed.created_at = token_digest(raw), feed_in.as_time(), utcnow()
    session.add(feed)
    session.flush()
    return feed, raw


def get_feed(*, session: Session, owner: User) -> CalendarFeed:
    """The user's feed settings, or NotFound."""
    feed = session.get(CalendarFeed, owner.id)
    if feed is None:
        raise NotFound(NO_FEED)
    return feed


def update_feed(*, session: Session, owner: User, feed_in: CalendarFeedIn) -> CalendarFeed:
    """Change the reminder time; the link stays the same."""
    feed = get_feed(session=session, owner=owner)
    feed.reminder_time = feed_in.as_time()
    session.add(feed)
    return feed


def revoke_feed(*, session: Session, owner: User) -> None:
    """Delete the feed, so its link answers 404 from now on."""
    session.delete(get_feed(session=session, owner=owner))


def render_feed(*, session: Session, raw_token: str) -> bytes:
    """The iCalendar document behind a live token; anything else is NotFound."""
    digest = token_digest(raw_token)
    feed = session.exec(select(CalendarFeed).where(CalendarFeed.token_hash == digest)).first()
    owner = session.get(User, feed.user_id) if feed is not None else None
    if feed is None or owner is None or owner.disabled or not hmac.compare_digest(feed.token_hash, digest):
        raise NotFound("No such calendar feed, or it was revoked.")
    today = local_today(owner.timezone)
    start = elimination_start(session, owner, today)[0]
    rows = session.exec(select(Challenge).where(Challenge.user_id == owner.id,
                                                Challenge.cancelled_at.is_(None))).all()  # type: ignore[union-attr]
    days = milestone_days(start)
    for row in rows:
        days += challenge_days(str(row.id), Plan(row.group, row.start_date, row.exposure_days, row.observation_days))
    first_day = min(local_date_of(feed.created_at, owner.timezone), today)
    return feed_ics(timezone=owner.timezone, reminder_time=feed.reminder_time, first_day=first_day, days=days,
                    now=utcnow())
