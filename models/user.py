"""Accounts."""

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, EmailStr
from pydantic import Field as PydanticField
from sqlalchemy import BigInteger
from sqlmodel import Column, Field, SQLModel

from domain.clock import zone_names
from models.types import ScaleName, Text, UTCDateTime, utcnow

MAX_EMAIL = 254
MIN_PASSWORD = 10
MAX_PASSWORD = 256
MAX_DISPLAY_NAME = 100


def check_timezone(name: str) -> str:
    if name not in zone_names():
        raise ValueError(f"{name!r} is not an IANA time zone name such as 'Europe/Berlin'")
    return name


def _list_zone_names(schema: dict[str, Any]) -> None:
    # The schema lists every accepted name, so a client (or a fuzzer) knows exactly what passes.
    schema["enum"] = list(zone_names())


TimeZoneName = Annotated[
    str,
    PydanticField(max_length=64, description="IANA time zone name, e.g. Europe/Berlin",
                  json_schema_extra=_list_zone_names),
    AfterValidator(check_timezone),
]


class UserBase(SQLModel):
    email: EmailStr = Field(max_length=MAX_EMAIL, description="An address on a real domain: special-use names "
                            "(.test, .local, .localhost, .invalid, .onion, .arpa) are refused")
    timezone: TimeZoneName


class User(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    email: str = Field(max_length=MAX_EMAIL, unique=True, index=True, description="stored lower-cased")
    password_hash: str = Field(max_length=255)
    timezone: str = Field(max_length=64)
    display_name: str | None = Field(default=None, max_length=MAX_DISPLAY_NAME)
    disabled: bool = Field(default=False)
    primary_scale: str | None = Field(default=None, max_length=32)
    # The last change number handed out; bumping it row-locks the user, which orders one user's writes.
    change_seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    # While an import's rows move in over several write transactions (SQLite): their created_at, so that an import
    # interrupted halfway is cleared when it is sent again (api/services/imports.py).
    import_started_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class UserCreate(UserBase):
    model_config = {"extra": "forbid"}
    password: str = Field(min_length=MIN_PASSWORD, max_length=MAX_PASSWORD)
    invitation_code: Text | None = Field(default=None, max_length=100,
                                         description="Required when the server signs up by invitation only")


PRIMARY_SCALE_RULE = ("The symptom that matters most to you: its trend verdict is tested at the full 5% level and "
                      "Holm's correction covers the other scales; it is also a new challenge's default target. "
                      "null clears it (then Holm covers every scale).")
CLEARABLE = {"primary_scale"}  # fields where an explicit null means "unset", not "leave as it is"


class UserUpdate(SQLModel):
    model_config = {"extra": "forbid"}
    timezone: TimeZoneName | None = None
    primary_scale: ScaleName | None = Field(default=None, description=PRIMARY_SCALE_RULE)
    display_name: str | None = Field(default=None, max_length=MAX_DISPLAY_NAME,
                                     description="How the app greets you; an empty string clears it")


class UserPublic(SQLModel):
    id: uuid.UUID
    email: str
    timezone: str
    primary_scale: str | None = Field(description=PRIMARY_SCALE_RULE)
    display_name: str | None
    created_at: datetime


class PasswordChange(SQLModel):
    model_config = {"extra": "forbid"}
    current_password: str = Field(max_length=MAX_PASSWORD)
    new_password: str = Field(min_length=MIN_PASSWORD, max_length=MAX_PASSWORD)
