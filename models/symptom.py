"""Daily symptom entries, one per user per local date; the request schema is built from domain.scales."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, create_model
from pydantic import Field as PydanticField
from sqlalchemy import BigInteger, Column, Float, Index, Integer, String
from sqlmodel import Field, SQLModel

from domain.scales import SCALES
from models.types import NotABoolean, Text, UTCDateTime, utcnow

MAX_NOTES = 2000


class SymptomEntry(SQLModel, table=True):
    __tablename__ = "symptom_entry"
    __table_args__ = (Index("ix_symptom_entry_user_seq", "user_id", "seq"),)

    user_id: uuid.UUID = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    local_date: date = Field(primary_key=True)
    sleep: int = Field(sa_column=Column(Integer, nullable=False))
    pain: int = Field(sa_column=Column(Integer, nullable=False))
    energy: int = Field(sa_column=Column(Integer, nullable=False))
    rested: int | None = Field(default=None, sa_column=Column(Integer))
    headache: int | None = Field(default=None, sa_column=Column(Integer))
    skin: int | None = Field(default=None, sa_column=Column(Integer))
    digestion: int | None = Field(default=None, sa_column=Column(Integer))
    anxiety: int | None = Field(default=None, sa_column=Column(Integer))
    sleep_hours: float | None = Field(default=None, sa_column=Column(Float))
    notes: str | None = Field(default=None, sa_column=Column(String(MAX_NOTES)))
    version: int = Field(default=1)
    # Sync: the user's change number at the last write, and a tombstone instead of a hard delete.
    seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    deleted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def _scale_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for scale in SCALES:
        kind: Any = Annotated[int if scale.integer else float,  # type: ignore[valid-type]
                              PydanticField(ge=scale.minimum, le=scale.maximum), NotABoolean]
        if scale.required:
            fields[scale.name] = (kind, PydanticField(description=scale.description))
        else:
            fields[scale.name] = (kind | None, PydanticField(default=None, description=scale.description))
    fields["notes"] = (Text | None, Field(default=None, max_length=MAX_NOTES))
    return fields


SymptomScores: type[BaseModel] = create_model(  # type: ignore[call-overload]
    "SymptomScores", __config__=ConfigDict(extra="forbid", strict=False), **_scale_fields()
)


class SymptomPublic(SymptomScores):  # type: ignore[valid-type, misc]
    model_config = ConfigDict(extra="ignore")
    date: date
    version: int
    updated_at: datetime


class ScalePublic(BaseModel):
    name: str
    label: str
    description: str
    minimum: float
    maximum: float
    higher_is_better: bool
    required: bool
    integer: bool
    unit: str
