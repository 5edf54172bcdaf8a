"""Instants are UTC; a 'day' is the user's local date in their IANA zone."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def local_date_of(instant: datetime, timezone: str) -> date:
    return instant.astimezone(ZoneInfo(timezone)).date()


def local_today(timezone: str, now: datetime | None = None) -> date:
    return local_date_of(now or datetime.now(UTC), timezone)
