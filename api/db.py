"""Engine construction and the per-request session (the one place that commits).

On SQLite a unit of work reads in a deferred transaction, which takes no lock, and takes the single write lock
(BEGIN IMMEDIATE) only at its first write: the token lookup, a read-only POST and the CPU work done before
writing never hold up another user's write. PostgreSQL needs none of this: writers lock only the rows they touch.
"""

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import Request
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import ORMExecuteState
from sqlmodel import Session

from api.config import Settings
from api.errors import Conflict

_TRANSACTION_MODE = "diet_tracker_sqlite_mode"
# Set in a connection's info by a unit of work that made TEMP tables (an import's staging, api/services/imports.py).
HOLDS_TEMP_TABLES = "diet_tracker_temp_tables"


def make_engine(settings: Settings) -> Engine:
    if settings.is_sqlite:
        return _sqlite_engine(settings)
    return create_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_pre_ping=True,
        # Statements and errors are logged without their parameters: those are users' meals and notes.
        hide_parameters=True,
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
        hide_parameters=True,
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
        # Deferred: a read takes no lock in WAL mode. begin_writing() switches to BEGIN IMMEDIATE when needed.
        conn.exec_driver_sql("BEGIN DEFERRED")
        conn.info[_TRANSACTION_MODE] = "DEFERRED"

    @event.listens_for(engine, "checkin")
    def _drop_temp_tables(dbapi_connection, record):  # type: ignore[no-untyped-def]
        # A TEMP table lives as long as its connection, and the pool keeps connections. PostgreSQL's staging tables
        # go at commit or rollback (ON COMMIT DROP); SQLite's would stay with their rows, so they go here, after the
        # unit of work has ended either way.
        if record.info.pop(HOLDS_TEMP_TABLES, False):
            names = [row[0] for row in dbapi_connection.execute(
                "SELECT name FROM sqlite_temp_schema WHERE type = 'table'")]
            for name in names:
                dbapi_connection.execute(f'DROP TABLE IF EXISTS temp."{name}"')

    return engine


def begin_writing(session: Session) -> None:
    """Take the SQLite write lock now, waiting for it (busy_timeout); a no-op once taken, and on PostgreSQL.

    A deferred transaction that has read cannot safely become a writer (it fails at once with SQLITE_BUSY when
    another writer went first), so the read transaction, which has written nothing, ends and BEGIN IMMEDIATE
    starts the write. Rows read before keep their values: like PostgreSQL's READ COMMITTED, a write that depends
    on a row re-reads it after taking the lock (api/services/changes.py lock_and_reload).
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite" or connection.info.get(_TRANSACTION_MODE) == "IMMEDIATE":
        return
    if session.in_nested_transaction():
        raise RuntimeError("begin_writing() must come before the unit of work's first savepoint")
    raw: Any = connection.connection.driver_connection
    raw.execute("COMMIT")
    raw.execute("BEGIN IMMEDIATE")
    connection.info[_TRANSACTION_MODE] = "IMMEDIATE"


def next_write_turn(session: Session, *, pause: float, keep: bool = True) -> None:
    """SQLite: end the write transaction (commit it, or roll it back unless `keep`), leave the write lock free for
    `pause` seconds, and take it again in a new one.

    For a bulk write that goes in turns so as not to hold up other users' writes (api/services/imports.py).
    SQLite's busy handler is no queue: a writer waiting for the lock sleeps and tries again, at most 100 ms apart,
    so a pause a little longer than that lets every waiting writer find the lock free once.
    """
    connection = session.connection()
    raw: Any = connection.connection.driver_connection
    if raw.in_transaction:
        raw.execute("COMMIT" if keep else "ROLLBACK")
    time.sleep(pause)
    raw.execute("BEGIN IMMEDIATE")
    connection.info[_TRANSACTION_MODE] = "IMMEDIATE"


class UnitOfWork(Session):
    """A Session that takes the SQLite write lock at its first write (a flush or an INSERT/UPDATE/DELETE)."""


@event.listens_for(UnitOfWork, "before_flush")
def _flush_writes(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        begin_writing(session)


@event.listens_for(UnitOfWork, "do_orm_execute")
def _statement_writes(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        begin_writing(state.session)  # type: ignore[arg-type]


def open_session(engine: Engine) -> Session:
    return UnitOfWork(engine, expire_on_commit=False)


def get_session(request: Request) -> Iterator[Session]:
    """One unit of work per request: commit when the handler returns, roll back when it raises."""
    session = open_session(request.app.state.engine)
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
