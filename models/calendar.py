"""The private calendar feed: a revocable token that opens one person's reminders as iCalendar."""

import uuid
from datetime import datetime, time
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import Column, Time
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.types import UTCDateTime, utcnow

DEFAULT_REMINDER = "20:00"
# A wall-clock time in the person's zone. A plain "HH:MM" string: JSON Schema's "time" format demands an offset,
# which a daily reminder in the person's own zone must not have.
ClockTime = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


def clock_time(value: time) -> str:
    return value.strftime("%H:%M")


class CalendarFeed(SQLModel, table=True):
    __tablename__ = "calendar_feed"

    # One feed a person: rotating replaces the token, so an old copy of the link stops working at once.
    user_id: uuid.UUID = SQLField(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    token_hash: str = SQLField(max_length=64, unique=True, index=True)
    reminder_time: time = SQLField(sa_column=Column(Time(), nullable=False))
    created_at: datetime = SQLField(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class CalendarFeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reminder_time: ClockTime = Field(default=DEFAULT_REMINDER,
                                     description="Local time of the daily check-in reminder, HH:MM, in your time zone")

    def as_time(self) -> time:
        return time.fromisoformat(self.reminder_time)


class CalendarFeedPublic(BaseModel):
    reminder_time: ClockTime
    created_at: datetime


class CalendarFeedCreated(CalendarFeedPublic):
    url: str = Field(description="The feed's private address; shown once, subscribe to it in a calendar app")
