"""The one rule for which local dates can be recorded."""

from datetime import UTC, datetime, timedelta

from domain.clock import local_today, outside_record


def test_a_local_date_is_recordable_from_2000_to_a_day_ahead_of_the_users_today():
    zone = "Pacific/Kiritimati"  # UTC+14: its today is often the server's tomorrow
    today = local_today(zone)
    assert outside_record(today + timedelta(days=1), zone) is None
    assert "future" in outside_record(today + timedelta(days=2), zone)
    assert outside_record(datetime(2000, 1, 1, tzinfo=UTC).date(), zone) is None
    assert outside_record(datetime(1999, 12, 31, tzinfo=UTC).date(), zone) == "must be 2000-01-01 or later"
    assert outside_record(today + timedelta(days=60), zone, days_ahead=60) is None
    assert outside_record(today + timedelta(days=61), zone, days_ahead=60) is not None
