"""The private calendar feed: a revocable token that opens one person's reminders as iCalendar."""

import uuid
from datetime import datetime, time

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Column, Time
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.types import UTCDateTime, utcnow

DEFAULT_REMINDER = time(20, 0)


class CalendarFeed(SQLModel, table=True):
    __tablename__ = "calendar_feed"

    # One feed a person: rotating replaces the token, so an old copy of the link stops working at once.
    user_id: uuid.UUID = SQLField(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    token_hash: str = SQLField(max_length=64, unique=True, index=True)
    reminder_time: time = SQLField(sa_column=Column(Time(), nullable=False))
    created_at: datetime = SQLField(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class CalendarFeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reminder_time: time = Field(default=DEFAULT_REMINDER,
                                description="Local time of the daily check-in reminder, HH:MM, in your time zone")


class CalendarFeedPublic(BaseModel):
    reminder_time: time
    created_at: datetime


class CalendarFeedCreated(CalendarFeedPublic):
    url: str = Field(description="The feed's private address; shown once, subscribe to it in a calendar app")
