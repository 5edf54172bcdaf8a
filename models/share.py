"""Read-only share links for a practitioner, and their access log."""

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import JSON, Column, String
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.types import NotABoolean, UTCDateTime, utcnow

ShareFormat = Literal["pdf", "html", "csv", "json", "fhir"]


class Share(SQLModel, table=True):
    id: uuid.UUID = SQLField(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = SQLField(foreign_key="user.id", index=True, ondelete="CASCADE")
    token_hash: str = SQLField(max_length=64, unique=True, index=True)
    formats: list[str] = SQLField(sa_column=Column(JSON, nullable=False))
    created_at: datetime = SQLField(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = SQLField(sa_column=Column(UTCDateTime(), nullable=False))
    revoked_at: datetime | None = SQLField(default=None, sa_column=Column(UTCDateTime()))


class ShareAccess(SQLModel, table=True):
    __tablename__ = "share_access"

    id: uuid.UUID = SQLField(default_factory=uuid.uuid4, primary_key=True)
    share_id: uuid.UUID = SQLField(foreign_key="share.id", index=True, ondelete="CASCADE")
    accessed_at: datetime = SQLField(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    format: str = SQLField(sa_column=Column(String(8), nullable=False))


class ShareCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    expires_in_days: Annotated[int, Field(ge=1, le=90), NotABoolean]
    formats: list[ShareFormat] = Field(min_length=1, max_length=5)


class ShareCreated(BaseModel):
    id: uuid.UUID
    url: str = Field(description="Base of the share: append /report.pdf, /report.html or /export?format=")
    expires_at: datetime
    formats: list[ShareFormat]
    qr_svg: str = Field(description="A QR code (SVG document) of the share's first report link, to show on the "
                        "phone for the practitioner to scan; like the url, it is given only once")


class AccessPublic(BaseModel):
    accessed_at: datetime
    format: str


class SharePublic(BaseModel):
    id: uuid.UUID
    formats: list[ShareFormat]
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    active: bool
    accesses: list[AccessPublic]
