"""Read-only share links for a practitioner, and their access log."""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import JSON, Column, String
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.types import IsoDate, NotABoolean, UTCDateTime, utcnow

ShareFormat = Literal["pdf", "html", "csv", "json", "fhir"]


class Share(SQLModel, table=True):
    id: uuid.UUID = SQLField(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = SQLField(foreign_key="user.id", index=True, ondelete="CASCADE")
    token_hash: str = SQLField(max_length=64, unique=True, index=True)
    formats: list[str] = SQLField(sa_column=Column(JSON, nullable=False))
    created_at: datetime = SQLField(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = SQLField(sa_column=Column(UTCDateTime(), nullable=False))
    revoked_at: datetime | None = SQLField(default=None, sa_column=Column(UTCDateTime()))
    # The period the share opens (local dates, inclusive); None is open-ended on that side.
    date_from: date | None = SQLField(default=None)
    date_to: date | None = SQLField(default=None)


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
    date_from: IsoDate | None = Field(default=None, alias="from", description="First local date the share opens "
                                      "(inclusive; default: the start of the record)")
    date_to: IsoDate | None = Field(default=None, alias="to", description="Last local date the share opens "
                                    "(inclusive, at most a day after today; default: open-ended)")


class ShareCreated(BaseModel):
    id: uuid.UUID
    date_from: date | None = Field(serialization_alias="from")
    date_to: date | None = Field(serialization_alias="to")
    url: str = Field(description="Base of the share: append /report.pdf, /report.html or /export?format=. Absolute "
                     "under the server's PUBLIC_URL; without one, a path relative to this API's address")
    expires_at: datetime
    formats: list[ShareFormat]
    qr_svg: str | None = Field(description="A QR code (SVG document) of the share's first report link, to show on "
                               "the phone for the practitioner to scan; like the url, it is given only once. Null "
                               "when the server has no PUBLIC_URL, since a relative link cannot be scanned")


class AccessPublic(BaseModel):
    accessed_at: datetime
    format: str


class SharePublic(BaseModel):
    id: uuid.UUID
    formats: list[ShareFormat]
    date_from: date | None = Field(serialization_alias="from")
    date_to: date | None = Field(serialization_alias="to")
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    active: bool
    accesses: list[AccessPublic]
