"""Shared fixtures. Every API test runs once per database backend: SQLite, then PostgreSQL.

Each backend gets a database made for this run by `alembic upgrade head` and dropped at the end.
Tests stay independent by working through their own freshly signed-up users: every query in the
app is scoped to the current user, so one test's rows are invisible to another's.
"""

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from api.config import Settings
from api.main import create_app
from api.migrate import upgrade

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PASSWORD = "correct horse battery"


def _postgres_or_skip() -> str:
    engine = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        message = f"PostgreSQL is not reachable at {make_url(POSTGRES_ADMIN_URL).render_as_string()}"
        if IN_CI:
            pytest.fail(f"{message}; with CI=true the PostgreSQL run is required ({exc.orig})")
        pytest.skip(message)
    finally:
        engine.dispose()
    return POSTGRES_ADMIN_URL


@pytest.fixture(scope="session")
def make_database(tmp_path_factory) -> Iterator:
    """A factory for fresh, migrated databases of either backend, dropped when the run ends."""
    created: list[str] = []

    def make(backend: str, revision: str = "head") -> str:
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        else:
            admin_url = _postgres_or_skip()
            name = f"dt_test_{uuid.uuid4().hex[:16]}"
            admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            admin.dispose()
            created.append(name)
            url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        upgrade(url, revision)
        return url

    yield make
    if created:
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def database_url(backend, make_database) -> str:
    return make_database(backend)


@pytest.fixture
def fresh_database_url(backend, make_database) -> str:
    """A database of this test's own, for tests that count per client address (every process here is 127.0.0.1)."""
    return make_database(backend)


# Every test signs up and in from one TestClient address; tests/api/test_login_throttle.py and
# test_signup.py check the real per-address limits.
UNTHROTTLED = {"login_failures_per_client": 1_000_000, "signups_per_client": 1_000_000}


def settings_for(database_url: str, **overrides) -> Settings:
    # Tests never reach the internet: remote product lookups are off unless a test points them at its stand-in.
    overrides = {"openfoodfacts_url": "", **UNTHROTTLED, **overrides}
    return Settings(_env_file=None, database_url=database_url, **overrides)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def app(database_url):
    return create_app(settings_for(database_url))


@pytest.fixture(scope="session")
def client(app) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@dataclass
class ApiUser:
    """A signed-up, signed-in user and the client to call the API as them."""

    client: TestClient
    email: str
    token: str
    timezone: str
    headers: dict[str, str] = field(default_factory=dict)

    def get(self, url, **kw):
        return self.client.get(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def post(self, url, **kw):
        return self.client.post(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def put(self, url, **kw):
        return self.client.put(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def patch(self, url, **kw):
        return self.client.patch(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def delete(self, url, **kw):
        return self.client.delete(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)


def sign_up(client: TestClient, timezone: str = "Europe/Berlin", email: str | None = None) -> ApiUser:
    email = email or f"user-{uuid.uuid4().hex[:12]}@example.org"
    response = client.post("/v1/auth/signup", json={"email": email, "password": PASSWORD, "timezone": timezone})
    assert response.status_code == 201, response.text
    response = client.post("/v1/auth/token", data={"username": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    return ApiUser(client, email, token, timezone, {"Authorization": f"Bearer {token}"})


@pytest.fixture
def alice(client) -> ApiUser:
    return sign_up(client)


@pytest.fixture
def bob(client) -> ApiUser:
    return sign_up(client)


@pytest.fixture
def user_factory(client):
    return lambda timezone="Europe/Berlin": sign_up(client, timezone)
