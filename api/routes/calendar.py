"""The private calendar feed (iCalendar), for phone calendars that remind the person to check in."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.deps import CurrentUser, SessionDep
from api.errors import AUTHENTICATED, documented
from api.services import calendar
from models.calendar import CalendarFeedCreated, CalendarFeedIn, CalendarFeedPublic, clock_time

router = APIRouter(tags=["calendar"])
NOT_FOUND = documented(404)


@router.post("/v1/calendar/feed", status_code=status.HTTP_201_CREATED, response_model=CalendarFeedCreated,
             responses=AUTHENTICATED)
def issue_feed(session: SessionDep, user: CurrentUser, request: Request,
               feed_in: CalendarFeedIn | None = None) -> CalendarFeedCreated:
    """Create the feed, or rotate its link: the previous link stops working at once."""
    feed, raw = calendar.issue_feed(session=session, owner=user, feed_in=feed_in or CalendarFeedIn())
    url = f"{str(request.base_url).rstrip('/')}/v1/calendar.ics?token={raw}"
    return CalendarFeedCreated(reminder_time=clock_time(feed.reminder_time), created_at=feed.created_at, url=url)


@router.get("/v1/calendar/feed", response_model=CalendarFeedPublic, responses=AUTHENTICATED | NOT_FOUND)
def read_feed(session: SessionDep, user: CurrentUser) -> CalendarFeedPublic:
    """The feed's reminder time and when its link was made (the link itself is shown only once)."""
    feed = calendar.get_feed(session=session, owner=user)
    return CalendarFeedPublic(reminder_time=clock_time(feed.reminder_time), created_at=feed.created_at)


@router.patch("/v1/calendar/feed", response_model=CalendarFeedPublic, responses=AUTHENTICATED | NOT_FOUND)
def update_feed(session: SessionDep, user: CurrentUser, feed_in: CalendarFeedIn) -> CalendarFeedPublic:
    """Change the daily check-in reminder's local time; the link stays the same."""
    feed = calendar.update_feed(session=session, owner=user, feed_in=feed_in)
    return CalendarFeedPublic(reminder_time=clock_time(feed.reminder_time), created_at=feed.created_at)


@router.delete("/v1/calendar/feed", status_code=status.HTTP_204_NO_CONTENT, responses=AUTHENTICATED | NOT_FOUND)
def revoke_feed(session: SessionDep, user: CurrentUser) -> Response:
    """End the feed: its link answers 404 from now on."""
    calendar.revoke_feed(session=session, owner=user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/v1/calendar.ics", response_class=Response, responses={
    200: {"content": {"text/calendar": {}}, "description": "The feed, RFC 5545"}, **documented(404, 422, 503)})
def calendar_feed(session: SessionDep, token: Annotated[str, Query(min_length=20, max_length=100)]) -> Response:
    """The feed itself: calendar apps cannot send a bearer token, so the private link carries one."""
    body = calendar.render_feed(session=session, raw_token=token)
    return Response(body, media_type="text/calendar; charset=utf-8")
