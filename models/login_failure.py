"""Failed sign-ins, kept for the throttling window so every instance sees them."""

import uuid
from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime, utcnow


class LoginFailure(SQLModel, table=True):
    __tablename__ = "login_failure"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    account: str = Field(max_length=254, index=True, description="the email tried, lower-cased")
    client: str = Field(max_length=64, index=True, description="the client address")
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True))
