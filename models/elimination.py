"""The user's own elimination start date (otherwise trends detect it)."""

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from models.types import IsoDate, UTCDateTime, utcnow


class Elimination(SQLModel, table=True):
    user_id: uuid.UUID = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    start_date: date
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class EliminationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start_date: IsoDate


class EliminationPublic(BaseModel):
    start_date: date
    updated_at: datetime
