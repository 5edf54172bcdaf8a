"""Instants are UTC; a 'day' is the user's local date in their IANA zone."""

from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones


def local_date_of(instant: datetime, timezone: str) -> date:
    return instant.astimezone(ZoneInfo(timezone)).date()


def local_today(timezone: str, now: datetime | None = None) -> date:
    return local_date_of(now or datetime.now(UTC), timezone)


@cache
def zone_names() -> tuple[str, ...]:
    """The IANA zone names a user may choose, sorted; read once, on first use (walking the database takes ~30 ms).

    "localtime", "Factory" and legacy aliases without a slash are keys on some systems but mean nothing to a
    client; "UTC" is the one exception kept.
    """
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))
