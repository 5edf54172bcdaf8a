"""Reintroduction challenges."""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Column
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.meal import FoodGroup
from models.types import IsoDate, NotABoolean, UTCDateTime, utcnow


class Challenge(SQLModel, table=True):
    id: uuid.UUID = SQLField(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = SQLField(foreign_key="user.id", index=True, ondelete="CASCADE")
    group: str = SQLField(max_length=16)
    start_date: date
    exposure_days: int
    observation_days: int
    created_at: datetime = SQLField(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    cancelled_at: datetime | None = SQLField(default=None, sa_column=Column(UTCDateTime()))


ExposureDays = Annotated[int, Field(ge=1, le=3), NotABoolean]
ObservationDays = Annotated[int, Field(ge=2, le=7), NotABoolean]


class ChallengeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    group: FoodGroup
    start_date: IsoDate
    exposure_days: ExposureDays = Field(default=1, description="Days the group is eaten on purpose")
    observation_days: ObservationDays = Field(default=2, description="Days watched after it is taken out again")


class Problem(BaseModel):
    kind: Literal["confounded", "incomplete", "not_exposed", "no_baseline"]
    date: date
    detail: str


class WorseDay(BaseModel):
    date: date
    value: float


class Evidence(BaseModel):
    scale: str
    baseline_mean: float
    baseline_n: int
    challenge_mean: float
    worsening: float = Field(description="How much worse the challenge days were, in the scale's bad direction")
    threshold: float = Field(description="max(1.5, 2 x baseline SD); 0.75 h for sleep hours")
    reacts: bool
    worse_days: list[WorseDay]


class ChallengePublic(BaseModel):
    id: uuid.UUID
    group: FoodGroup
    start_date: date
    exposure_days: int
    observation_days: int
    exposure_dates: list[date]
    observation_dates: list[date]
    status: Literal["scheduled", "exposure", "observation", "complete", "cancelled"]
    verdict: Literal["reaction", "tolerated", "inconclusive"] | None
    reacting_scales: list[str]
    evidence: list[Evidence]
    problems: list[Problem]
    baseline_days: list[date]
    retest_on: date | None
    warnings: list[str] = Field(default_factory=list)

