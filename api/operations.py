"""What an operator runs: consistent backups and restores, and the demo account."""

import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, func
from sqlalchemy.engine import make_url
from sqlmodel import select

from api.config import Settings
from api.db import open_session
from api.seed import create_users, insert_history
from domain.clock import local_today
from domain.errors import Conflict, TrackerError, Unavailable
from domain.simulate import MealRecord, simulate
from models.elimination import Elimination
from models.user import User

DEMO_EMAIL = "demo@diet-tracker.example"
DEMO_PASSWORD = "demo password"
DEMO_TIMEZONE = "Europe/Berlin"
Progress = Callable[[int, int], None]


def _sqlite_path(settings: Settings) -> Path:
    return Path(settings.database_url.removeprefix("sqlite:///"))


def _libpq_url(settings: Settings) -> str:
    return make_url(settings.database_url).set(drivername="postgresql").render_as_string(hide_password=False)


def backup(settings: Settings, out: Path, progress: Progress | None = None) -> str:
    """A consistent copy while the service runs: SQLite's online backup API, or pg_dump on PostgreSQL."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if settings.is_sqlite:
        source = sqlite3.connect(_sqlite_path(settings))
        target = sqlite3.connect(out)
        try:
            # One consistent snapshot: the copy restarts if a writer changes a page it already copied.
            source.backup(target, pages=256, progress=(lambda _s, left, total: progress(total - left, total))
                          if progress else None)
        finally:
            target.close()
            source.close()
        return f"SQLite online backup written to {out}"
    if shutil.which("pg_dump") is None:
        raise Unavailable("pg_dump is not installed here; install the PostgreSQL client tools "
                          "(Debian: postgresql-client) to back up a PostgreSQL database.")
    subprocess.run(["pg_dump", "--format=custom", "--no-owner", f"--file={out}", f"--dbname={_libpq_url(settings)}"],
                   check=True)
    return f"pg_dump (custom format, one consistent snapshot) written to {out}"


def restore(settings: Settings, source: Path, *, force: bool = False) -> str:
    """Put a backup back. The service should be stopped; an existing database is only replaced with force."""
    if not source.exists():
        raise TrackerError(f"No backup at {source}.")
    if settings.is_sqlite:
        path = _sqlite_path(settings)
        if path.exists() and path.stat().st_size and not force:
            raise Conflict(f"{path} exists; pass --force to replace it with the backup.")
        path.parent.mkdir(parents=True, exist_ok=True)
        src, dst = sqlite3.connect(source), sqlite3.connect(path)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return f"Restored {source} into {path}"
    if shutil.which("pg_restore") is None:
        raise Unavailable("pg_restore is not installed here; install the PostgreSQL client tools.")
    command = ["pg_restore", "--no-owner", f"--dbname={_libpq_url(settings)}", str(source)]
    if force:
        command[1:1] = ["--clean", "--if-exists"]
    subprocess.run(command, check=True)
    return f"Restored {source} into the PostgreSQL database"


def seed_demo(engine: Engine, *, allow_other_users: bool = False) -> str:
    """Six weeks for a demo account: a baseline with exposures, a two-week-plus elimination with one slip.

    Its password is published, so it belongs in a database of its own: one that holds anyone else is refused
    unless `allow_other_users`.
    """
    with open_session(engine) as session:
        if session.exec(select(User.id).where(User.email == DEMO_EMAIL)).first() is not None:
            return f"The demo account exists; sign in as {DEMO_EMAIL} / {DEMO_PASSWORD!r}."
        others = session.exec(select(func.count()).select_from(User)).one()
    if others and not allow_other_users:
        raise Conflict(f"This database holds {others} other account(s); the demo account, whose password is "
                       "published, belongs in a database of its own (DEMO=1 scripts/serve uses data/demo.db). "
                       "Pass --allow-other-users to seed it here anyway.")
    user_id = create_users(engine, [DEMO_EMAIL], timezone=DEMO_TIMEZONE, password=DEMO_PASSWORD)[0]
    first_day = local_today(DEMO_TIMEZONE) - timedelta(days=41)
    history = simulate(first_day=first_day, days=42, timezone=DEMO_TIMEZONE, seed=2026, slip_chance=0.0)
    start = history.elimination_starts[0]
    slip_day = start + timedelta(days=19)
    slip = next(m for m in history.meals if m.eaten_at.date() == slip_day and m.meal_type == "dinner")
    meals = [MealRecord(m.eaten_at, "pizza with extra cheese", m.meal_type) if m is slip else m for m in history.meals]
    history = history.__class__(meals, history.symptoms, history.massage, history.elimination_starts)
    insert_history(engine, user_id, DEMO_TIMEZONE, history)
    with open_session(engine) as session:
        session.add(Elimination(user_id=user_id, start_date=start))
        session.commit()
    return (f"Demo account ready: sign in as {DEMO_EMAIL} / {DEMO_PASSWORD!r} (elimination from {start}, "
            f"one slip on {slip_day}).")
