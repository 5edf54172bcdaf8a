"""Idempotency-Key records: one per (user, key), holding the first response for replay."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Integer, String
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime, utcnow


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "idempotency_record"

    user_id: uuid.UUID = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    key: str = Field(primary_key=True, max_length=255)
    fingerprint: str = Field(max_length=64, description="SHA-256 of method, path and validated body")
    response_status: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    response_body: Any = Field(default=None, sa_column=Column(JSON))
    response_headers: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    path: str = Field(sa_column=Column(String(300), nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
