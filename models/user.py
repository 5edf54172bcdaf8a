"""Accounts."""

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import EmailStr, field_validator
from sqlalchemy import BigInteger
from sqlmodel import Column, Field, SQLModel

from models.types import UTCDateTime, utcnow

MAX_EMAIL = 254
MIN_PASSWORD = 10
MAX_PASSWORD = 256


def check_timezone(name: str) -> str:
    # "localtime" and file paths are valid ZoneInfo keys on some systems but mean nothing to a client.
    if "/" not in name and name != "UTC":
        raise ValueError(f"{name!r} is not an IANA time zone name such as 'Europe/Berlin'")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{name!r} is not an IANA time zone name such as 'Europe/Berlin'") from exc
    return name


class UserBase(SQLModel):
    email: EmailStr = Field(max_length=MAX_EMAIL)
    timezone: str = Field(max_length=64, description="IANA time zone name, e.g. Europe/Berlin")

    @field_validator("timezone")
    @classmethod
    def _valid_timezone(cls, value: str) -> str:
        return check_timezone(value)


class User(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    email: str = Field(max_length=MAX_EMAIL, unique=True, index=True, description="stored lower-cased")
    password_hash: str = Field(max_length=255)
    timezone: str = Field(max_length=64)
    disabled: bool = Field(default=False)
    # The last change number handed out; bumping it row-locks the user, which orders one user's writes.
    change_seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class UserCreate(UserBase):
    model_config = {"extra": "forbid"}
    password: str = Field(min_length=MIN_PASSWORD, max_length=MAX_PASSWORD)


class UserUpdate(SQLModel):
    model_config = {"extra": "forbid"}
    timezone: str | None = Field(default=None, max_length=64)

    @field_validator("timezone")
    @classmethod
    def _valid_timezone(cls, value: str | None) -> str | None:
        return None if value is None else check_timezone(value)


class UserPublic(SQLModel):
    id: uuid.UUID
    email: str
    timezone: str
    created_at: datetime


class PasswordChange(SQLModel):
    model_config = {"extra": "forbid"}
    current_password: str = Field(max_length=MAX_PASSWORD)
    new_password: str = Field(min_length=MIN_PASSWORD, max_length=MAX_PASSWORD)
