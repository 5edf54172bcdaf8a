"""The calendar feed as RFC 5545 iCalendar: a daily check-in reminder, the window milestones, challenge days."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from domain.challenges import Plan
from domain.trends import milestone_dates

PRODUCT_ID = "-//diet-tracker//calendar feed//EN"
CHECK_IN_MINUTES = 10
MILESTONES = {
    "day10": ("Day 10 of the elimination", "About now inflammation is said to drop markedly. Compare your scores "
              "with the baseline on the Trends screen."),
    "day14": ("Day 14: two weeks clean", "The two-week window closes today. Reintroduction challenges can start "
              "after it, one group at a time."),
}


@dataclass(frozen=True)
class AllDay:
    uid: str
    day: date
    summary: str
    description: str


def milestone_days(start: date | None) -> list[AllDay]:
    return [AllDay(f"{name}-{day.isoformat()}@diet-tracker", day, *MILESTONES[name])
            for name, day in milestone_dates(start).items() if day is not None]


def challenge_days(challenge_id: str, plan: Plan) -> list[AllDay]:
    label = plan.group
    days = [AllDay(f"challenge-{challenge_id}-eat-{day.isoformat()}@diet-tracker", day,
                   f"Challenge: eat {label} today", f"Eat {label} on purpose today and score your day as usual.")
            for day in plan.exposure]
    days += [AllDay(f"challenge-{challenge_id}-watch-{day.isoformat()}@diet-tracker", day,
                    f"Challenge: no {label}, watch and score",
                    f"Keep {label} out again and score your day; the verdict needs these days.")
             for day in plan.observation]
    return days


def feed_ics(*, timezone: str, reminder_time: time, first_day: date, days: Iterable[AllDay], now: datetime) -> bytes:
    """The whole feed; the daily reminder repeats from first_day at reminder_time in the person's zone."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "diet-tracker")
    calendar.add("x-wr-timezone", timezone)
    check_in = Event()
    check_in.add("uid", "daily-check-in@diet-tracker")
    check_in.add("dtstamp", now)
    check_in.add("summary", "diet-tracker: score your day")
    check_in.add("description", "Log today's meals and score sleep, pain and energy.")
    check_in.add("dtstart", datetime.combine(first_day, reminder_time, tzinfo=ZoneInfo(timezone)))
    check_in.add("duration", timedelta(minutes=CHECK_IN_MINUTES))
    check_in.add("rrule", {"freq": "daily"})
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", "Time to score your day")
    alarm.add("trigger", timedelta(0))
    check_in.add_component(alarm)
    calendar.add_component(check_in)
    for day in days:
        event = Event()
        event.add("uid", day.uid)
        event.add("dtstamp", now)
        event.add("summary", day.summary)
        event.add("description", day.description)
        event.add("dtstart", day.day)
        event.add("dtend", day.day + timedelta(days=1))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
