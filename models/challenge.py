"""Reintroduction challenges."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Column
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from domain.challenges import DEFAULT_TARGET, ChallengeStatus, ChallengeVerdict, ProblemKind
from domain.groups import FoodGroup
from models.types import IsoDate, NotABoolean, ScaleName, UTCDateTime, utcnow


class Challenge(SQLModel, table=True):
    id: uuid.UUID = SQLField(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = SQLField(foreign_key="user.id", index=True, ondelete="CASCADE")
    group: str = SQLField(max_length=16)
    start_date: date
    exposure_days: int
    observation_days: int
    target_scale: str = SQLField(default=DEFAULT_TARGET, max_length=32,
                                 sa_column_kwargs={"server_default": DEFAULT_TARGET})
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
    target_scale: ScaleName | None = Field(default=None, description=(
        "The symptom this challenge tests (one-sided, against the clean days before); default: your "
        f"primary_scale, else {DEFAULT_TARGET}"))


class Problem(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    kind: ProblemKind
    date: date
    detail: str


class Evidence(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    scale: str
    target: bool = Field(description="The challenge's declared target scale, which alone decides the verdict")
    baseline_mean: float
    baseline_n: int
    challenge_mean: float
    challenge_n: int
    worsening: float = Field(description="The model's estimate of how much worse the challenge days were, in the "
                             "scale's bad direction")
    ci95: list[float] = Field(description="95% interval for the worsening")
    probability_worse: float
    required: float = Field(description="The probability a reaction needs: 0.975 for the target, Bonferroni "
                            "(0.025 shared over the other scales) for the rest")
    reacts: bool
    method: str


class ChallengePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    group: FoodGroup
    start_date: date
    exposure_days: int
    observation_days: int
    target_scale: str
    exposure_dates: list[date]
    observation_dates: list[date]
    status: ChallengeStatus
    verdict: ChallengeVerdict | None
    reacting_scales: list[str]
    evidence: list[Evidence]
    problems: list[Problem]
    baseline_days: list[date]
    retest_on: date | None
    power: float | None = Field(description="About how likely this challenge was to show a 3-point reaction in "
                                "the target scale")
    statement: str = Field(description="The verdict in plain words")
    warnings: list[str] = Field(default_factory=list)
