"""Knee self-massage sessions."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic import Field as PydanticField
from sqlalchemy import JSON, BigInteger, Column, Index, String
from sqlmodel import Field, SQLModel

from domain.massage import POINTS_TECHNIQUE, ROUNDS_TECHNIQUE
from models.types import NOT_SENT, NotABoolean, RecordedInstant, Text, UTCDateTime, utcnow

TechniqueName = Literal["acupressure", "kneading", "empty_palm_patting", "rubbing"]
Knee = Literal["left", "right", "both"]
PointCode = Literal["ST34", "SP10", "XIYAN"]
PainScore = Annotated[int, PydanticField(ge=0, le=10), NotABoolean]
DurationSeconds = Annotated[int, PydanticField(ge=1, le=3600), NotABoolean]
Rounds = Annotated[int, PydanticField(ge=1, le=200), NotABoolean]
MAX_NOTES = 2000


class MassageSession(SQLModel, table=True):
    __tablename__ = "massage_session"
    __table_args__ = (Index("ix_massage_session_user_local_date", "user_id", "local_date"),
                      Index("ix_massage_session_user_seq", "user_id", "seq"))

    user_id: uuid.UUID = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    id: uuid.UUID = Field(primary_key=True)
    routine_id: uuid.UUID | None = Field(default=None)
    performed_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    local_date: date
    technique: str = Field(max_length=32)
    knee: str = Field(max_length=8)
    duration_seconds: int
    points: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    rounds: int | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    notes: str | None = Field(default=None, sa_column=Column(String(MAX_NOTES)))
    version: int = Field(default=1)
    # Sync: the user's change number at the last write, and a tombstone instead of a hard delete.
    seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    deleted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def _when_technique_is_not(technique: str, then: dict[str, Any]) -> dict[str, Any]:
    return {"if": {"required": ["technique"], "properties": {"technique": {"not": {"const": technique}}}},
            "then": {"properties": then}}


def _technique_rules(schema: dict[str, Any]) -> None:
    # domain.massage.field_problems, stated in the schema so that clients (and the fuzzer) see the rule too.
    # A PATCH without `technique` is checked against the stored session's technique, which no schema can know.
    no_points = {"type": "array", "items": {"type": "string", "enum": list(get_args(PointCode))}, "maxItems": 0}
    schema["allOf"] = [
        _when_technique_is_not(POINTS_TECHNIQUE, {"points": {"anyOf": [{"type": "null"}, no_points]}}),
        _when_technique_is_not(ROUNDS_TECHNIQUE, {"rounds": {"type": "null"}}),
    ]


def _listed_once(points: list[str]) -> list[str]:
    # Checked with the body's shape, so a duplicate is a 422 before any If-Match is compared.
    if len(set(points)) != len(points):
        raise ValueError("each point may be listed once")
    return points


Points = Annotated[list[PointCode], PydanticField(max_length=3, json_schema_extra={"uniqueItems": True}),
                   AfterValidator(_listed_once)]


class TechniqueFields(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_technique_rules)
    technique: TechniqueName
    duration_seconds: DurationSeconds
    points: Points | None = Field(default=None, description="acupressure only")
    rounds: Rounds | None = Field(default=None, description="empty_palm_patting only; 9 + 9 pats a round")


class MassageReplace(TechniqueFields):
    """The whole session, for PUT /v1/massage/{id} (the id is in the path)."""

    performed_at: RecordedInstant
    knee: Knee
    pain_before: PainScore | None = None
    pain_after: PainScore | None = None
    notes: Text | None = Field(default=None, max_length=MAX_NOTES)


class MassageCreate(MassageReplace):
    id: uuid.UUID | None = Field(default=None, description="Chosen by the client for offline-first sync")


class MassageUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_technique_rules)
    performed_at: RecordedInstant = NOT_SENT
    technique: TechniqueName = NOT_SENT
    knee: Knee = NOT_SENT
    duration_seconds: DurationSeconds = NOT_SENT
    points: Points | None = None
    rounds: Rounds | None = None
    pain_before: PainScore | None = None
    pain_after: PainScore | None = None
    notes: Text | None = Field(default=None, max_length=MAX_NOTES)


class RoutineCreate(BaseModel):
    """All four techniques in one sitting; each is stored as its own session, back to back."""

    model_config = ConfigDict(extra="forbid")
    performed_at: RecordedInstant
    knee: Knee
    sessions: list[TechniqueFields] = Field(min_length=1, max_length=8)
    pain_before: PainScore | None = None
    pain_after: PainScore | None = None
    notes: Text | None = Field(default=None, max_length=MAX_NOTES)


class MassagePublic(BaseModel):
    id: uuid.UUID
    routine_id: uuid.UUID | None
    performed_at: datetime
    local_date: date
    technique: TechniqueName
    knee: Knee
    duration_seconds: int
    points: list[PointCode]
    rounds: int | None
    pain_before: int | None
    pain_after: int | None
    notes: str | None
    version: int
    created_at: datetime
    updated_at: datetime


class PointPublic(BaseModel):
    code: str
    name: str
    location: str
    used_for: str


class TechniquePublic(BaseModel):
    name: TechniqueName
    label: str
    order: int
    what_it_does: str
    how: str
    suggested_seconds: int
    points: list[PointPublic]
    round_description: str | None
