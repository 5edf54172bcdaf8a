"""Instants are UTC; a 'day' is the user's local date in their IANA zone."""

from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones


def local_date_of(instant: datetime, timezone: str) -> date:
    return instant.astimezone(ZoneInfo(timezone)).date()


def local_today(timezone: str, now: datetime | None = None) -> date:
    return local_date_of(now or datetime.now(UTC), timezone)


EARLIEST_DAY = date(2000, 1, 1)  # nothing is recorded before it: an earlier date is a typo, not history


def outside_record(day: date, timezone: str, *, days_ahead: int = 1) -> str | None:
    """Why a local date lies outside what can be recorded (2000-01-01 to `days_ahead` after the user's today), or
    None. A day ahead by default: a client's clock or zone may run ahead of ours."""
    if day < EARLIEST_DAY:
        return "must be 2000-01-01 or later"
    latest = local_today(timezone) + timedelta(days=days_ahead)
    if day > latest:
        return f"is too far in the future: the latest date allowed is {latest}"
    return None


@cache
def zone_names() -> tuple[str, ...]:
    """The IANA zone names a user may choose, sorted; read once, on first use (walking the database takes ~30 ms).

    "localtime", "Factory" and legacy aliases without a slash are keys on some systems but mean nothing to a
    client; "UTC" is the one exception kept.
    """
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))
