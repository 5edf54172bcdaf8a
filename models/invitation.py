"""Operator-made invitations (SIGNUP=invite) and the sign-up attempts counted per client address."""

import uuid
from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime, utcnow


class Invitation(SQLModel, table=True):
    """Single use and expiring; only the code's SHA-256 is stored, as for tokens."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    used_by: uuid.UUID | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")


class SignupAttempt(SQLModel, table=True):
    __tablename__ = "signup_attempt"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client: str = Field(max_length=64, index=True, description="the client address")
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True))
