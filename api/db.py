"""Engine construction and the per-request session (the one place that commits)."""

from collections.abc import Iterator
from pathlib import Path

from fastapi import Request
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from api.config import Settings
from api.errors import Conflict

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def make_engine(settings: Settings) -> Engine:
    if settings.is_sqlite:
        return _sqlite_engine(settings)
    return create_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_pre_ping=True,
        # A burst of one user's writes queues on that user's row lock; a bound turns a stuck wait into a 503.
        connect_args={"options": f"-c lock_timeout={settings.postgres_lock_timeout_ms}"},
    )


def _sqlite_engine(settings: Settings) -> Engine:
    path = settings.database_url.removeprefix("sqlite:///")
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        settings.database_url,
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not pysqlite, decide when a transaction begins (see _begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={settings.sqlite_synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        # A deferred transaction that reads and then writes fails at once with SQLITE_BUSY,
        # busy_timeout or not; writers take the lock up front and wait for it instead.
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def open_session(engine: Engine, *, write: bool = True) -> Session:
    session = Session(engine, expire_on_commit=False)
    if engine.dialect.name == "sqlite" and not write:
        session.connection(execution_options={"sqlite_begin": "DEFERRED"})
    return session


def get_session(request: Request) -> Iterator[Session]:
    """One unit of work per request: commit when the handler returns, roll back when it raises."""
    engine: Engine = request.app.state.engine
    session = open_session(engine, write=request.method not in READ_METHODS)
    try:
        yield session
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict("That conflicts with data that already exists.") from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
