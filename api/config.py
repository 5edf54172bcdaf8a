"""Every setting the service reads, in one class, from the environment or a .env file."""

from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SQLITE_PATH = Path("data") / "diet-tracker.db"


class Settings(BaseSettings):
    # extra="forbid" makes a misspelt key in .env fail at start-up instead of being ignored.
    model_config = SettingsConfigDict(env_file=".env", extra="forbid", case_sensitive=False)

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_SQLITE_PATH}",
        description="SQLAlchemy URL: sqlite:///path or postgresql+psycopg://user@host/db",
    )
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    log_level: Literal["debug", "info", "warning", "error", "critical"] = "info"
    cors_origins: list[str] = Field(default_factory=list, description="Allowed browser origins")
    token_ttl_minutes: int = Field(default=60 * 24 * 30, ge=5, le=60 * 24 * 365)
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_import_bytes: int = Field(default=64 * 1024 * 1024, ge=1024, description="POST /v1/import takes a whole export")
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=30, ge=0, le=500)
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    sqlite_concurrent_writes: int = Field(default=4, ge=1, le=32,
                                          description="write requests let into the thread pool at once on SQLite")
    postgres_lock_timeout_ms: int = Field(default=15000, ge=100,
                                          description="no statement waits longer for a lock (then 503)")
    forwarded_allow_ips: str | None = Field(
        default=None, description="the proxies (comma-separated addresses or networks, or *) whose X-Forwarded-For "
        "and X-Forwarded-Proto are believed; unset, proxy headers are ignored and the peer is the client")
    public_url: str | None = Field(
        default=None, description="the service's public base URL, e.g. https://diet.example.org: share links and "
        "other absolute links start with it; unset, they are relative paths (the Host header never builds one)")
    docs_enabled: bool = True
    metrics_enabled: bool = Field(default=False, description="serve Prometheus metrics at /metrics")
    metrics_token: str | None = Field(default=None, min_length=16, description="if set, /metrics needs this bearer")
    migrate_on_start: bool = Field(default=True, description="false when a deploy step migrates once for all instances")
    login_failures_per_account: int = Field(default=5, ge=1, description="failed sign-ins per email per window")
    login_failures_per_client: int = Field(default=20, ge=1, description="failed sign-ins per client address")
    login_window_minutes: int = Field(default=15, ge=1, le=1440)
    signup: Literal["open", "invite", "closed"] = Field(
        default="open", description="who may sign up: anyone, holders of an operator's invitation, or no one")
    signups_per_client: int = Field(default=10, ge=1, description="sign-up attempts per client address per window")
    signup_window_minutes: int = Field(default=60, ge=1, le=1440)
    tombstone_retention_days: int = Field(default=90, ge=1, le=3650,
                                          description="Deleted items stay pullable as tombstones this long")
    openfoodfacts_url: str = Field(default="https://world.openfoodfacts.org",
                                   description="Open Food Facts base URL for barcode lookups; empty turns them off")
    openfoodfacts_contact: str | None = Field(default=None, max_length=200,
                                              description="an email or URL for the lookups' User-Agent")
    openfoodfacts_timeout_seconds: float = Field(default=5.0, gt=0, le=30)
    openfoodfacts_reads_per_minute: int = Field(default=15, ge=1, le=1000,
                                                description="product reads per minute, per instance")

    @field_validator("database_url")
    @classmethod
    def _known_backend(cls, url: str) -> str:
        if not url.startswith(("sqlite:///", "postgresql+psycopg://", "postgresql://")):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg://")
        if url.startswith("postgresql://"):
            # psycopg 3 is the only PostgreSQL driver we install.
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url

    @field_validator("openfoodfacts_url")
    @classmethod
    def _http_or_off(cls, url: str) -> str:
        url = url.strip().rstrip("/")
        if url and not url.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://, or be empty to turn remote lookups off")
        return url

    @field_validator("public_url")
    @classmethod
    def _base_url(cls, url: str | None) -> str | None:
        if url is None:
            return None
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
            raise ValueError("must be an http(s) URL with a host and no query, e.g. https://diet.example.org")
        return url.rstrip("/")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
