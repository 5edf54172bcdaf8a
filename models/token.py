"""Opaque bearer tokens, stored only as their SHA-256."""

import uuid
from datetime import datetime

from sqlmodel import Column, Field, SQLModel

from models.types import UTCDateTime, utcnow


class AuthToken(SQLModel, table=True):
    __tablename__ = "auth_token"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class TokenPublic(SQLModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
