"""Batch push and pull for offline-first clients."""

import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from models.types import IsoDate, NotABoolean

MAX_PUSH_ITEMS = 500
MAX_PULL_PAGE = 500
EntityType = Literal["meal", "symptom", "massage"]


class PushEnvelope(BaseModel):
    """What every pushed item carries beside its fields."""

    model_config = ConfigDict(extra="allow")
    base_version: Annotated[int, Field(ge=1), NotABoolean] | None = Field(default=None,
                                     description="The version this client last saw; omit for an item it created")
    deleted: StrictBool = False


class MealPushItem(PushEnvelope):
    id: uuid.UUID


class SymptomPushItem(PushEnvelope):
    date: IsoDate


class MassagePushItem(PushEnvelope):
    id: uuid.UUID


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    meals: list[dict[str, Any]] = Field(default_factory=list, max_length=MAX_PUSH_ITEMS,
                                        description="MealPushItem: id, base_version, deleted and the meal's fields")
    symptoms: list[dict[str, Any]] = Field(default_factory=list, max_length=MAX_PUSH_ITEMS,
                                           description="date, base_version, deleted and the day's scores")
    massage: list[dict[str, Any]] = Field(default_factory=list, max_length=MAX_PUSH_ITEMS,
                                          description="id, base_version, deleted and the session's fields")


class PushResult(BaseModel):
    type: EntityType
    id: str | None
    status: Literal["created", "updated", "unchanged", "conflict", "invalid"]
    version: int | None = None
    deleted: bool = False
    reason: str | None = None
    current: dict[str, Any] | None = Field(default=None, description="The server's copy, on conflict")


class PushResponse(BaseModel):
    results: list[PushResult]


class Change(BaseModel):
    type: EntityType
    id: str
    seq: int
    version: int
    deleted: bool
    data: dict[str, Any] | None


class PullResponse(BaseModel):
    changes: list[Change]
    next_cursor: str
    has_more: bool
