"""`diet-tracker`: the operator's command line (serve, migrate, check, users, invitations, tokens, exports, backups,
demo)."""

import getpass
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated

import typer
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn
from rich.table import Table
from sqlmodel import Session, col, select

from api import operations
from api.config import Settings, get_settings
from api.db import make_engine, open_session
from api.migrate import alembic_config
from api.services import accounts, exports, imports, invitations, product_import
from domain.errors import TrackerError
from models.user import MIN_PASSWORD, User, UserCreate

app = typer.Typer(help="Operate a diet-tracker service.", no_args_is_help=True, add_completion=False)
users = typer.Typer(help="Accounts.", no_args_is_help=True)
tokens = typer.Typer(help="Bearer tokens for mobile clients.", no_args_is_help=True)
migrate = typer.Typer(help="Schema migrations (Alembic).", no_args_is_help=True)
products = typer.Typer(help="The shared catalogue of packaged products (Open Food Facts).", no_args_is_help=True)
invites = typer.Typer(help="Invitations, for SIGNUP=invite.", no_args_is_help=True)
app.add_typer(users, name="user")
app.add_typer(invites, name="invite")
app.add_typer(tokens, name="token")
app.add_typer(migrate, name="migrate")
app.add_typer(products, name="products")
console = Console(stderr=True)


def _settings() -> Settings:
    return get_settings()


def _fail(message: str) -> None:
    console.print(f"[red]diet-tracker:[/red] {message}", highlight=False)
    raise typer.Exit(1)


def _user(session: Session, email: str) -> User:
    user = session.exec(select(User).where(User.email == accounts.normalise_email(email))).first()
    if user is None:
        _fail(f"no account with the email {email}")
    return user  # type: ignore[return-value]


def _password(prompt: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first, second = getpass.getpass(prompt), getpass.getpass("Again: ")
    if first != second:
        _fail("the two passwords differ")
    return first


@app.command()
def serve() -> None:
    """Apply migrations and serve (HOST, PORT and DATABASE_URL from the environment)."""
    from api.serve import main

    raise typer.Exit(main())


@migrate.command("upgrade")
def migrate_upgrade(revision: str = "head") -> None:
    """Apply migrations up to a revision (default: head)."""
    command.upgrade(alembic_config(_settings().database_url), revision)
    console.print(f"migrated to {revision}")


@migrate.command("current")
def migrate_current() -> None:
    """Show the database's revision."""
    command.current(alembic_config(_settings().database_url), verbose=False)


@migrate.command("history")
def migrate_history() -> None:
    """List the migrations."""
    command.history(alembic_config(_settings().database_url))


@app.command()
def check() -> None:
    """Settings valid, database reachable, migrations at head: exit 0 only when all three hold."""
    try:
        settings = _settings()
    except Exception as exc:  # noqa: BLE001 - any settings problem is reported the same way
        _fail(f"settings: {exc}")
    engine = make_engine(settings)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:  # noqa: BLE001 - report why the database does not answer
        _fail(f"database not reachable: {type(exc).__name__}")
    finally:
        engine.dispose()
    head = ScriptDirectory.from_config(alembic_config(settings.database_url)).get_current_head()
    if current != head:
        _fail(f"migrations not at head: database at {current}, code at {head} (run: diet-tracker migrate upgrade)")
    typer.echo(f"ok: settings valid, database reachable, migrations at head ({head})")


@users.command("create")
def user_create(email: str, timezone: Annotated[str, typer.Option(help="IANA zone")] = "UTC") -> None:
    """Create an account (the password is asked for, or read from standard input)."""
    password = _password("Password: ")
    engine = make_engine(_settings())
    try:
        with open_session(engine) as session:
            user = accounts.create_user(session=session, user_in=UserCreate(email=email, password=password,
                                                                            timezone=timezone))
            session.commit()
            typer.echo(f"created {user.email} ({user.id})")
    except (TrackerError, ValueError) as exc:
        _fail(str(exc))
    finally:
        engine.dispose()


@users.command("list")
def user_list() -> None:
    """Every account, with whether it is disabled."""
    engine = make_engine(_settings())
    with open_session(engine) as session:
        rows = session.exec(select(User).order_by(col(User.created_at))).all()
    engine.dispose()
    table = Table("email", "time zone", "created", "disabled")
    for user in rows:
        table.add_row(user.email, user.timezone, f"{user.created_at:%Y-%m-%d}", "yes" if user.disabled else "")
    Console().print(table)


@users.command("disable")
def user_disable(email: str) -> None:
    """Disable an account: its tokens stop working and it cannot sign in."""
    engine = make_engine(_settings())
    with open_session(engine) as session:
        user = _user(session, email)
        user.disabled = True
        session.add(user)
        session.commit()
    engine.dispose()
    typer.echo(f"disabled {email}")


@users.command("reset-password")
def user_reset_password(email: str) -> None:
    """Set a new password (asked for, or read from standard input) and revoke every token."""
    password = _password("New password: ")
    if len(password) < MIN_PASSWORD:
        _fail(f"the password needs at least {MIN_PASSWORD} characters")
    engine = make_engine(_settings())
    with open_session(engine) as session:
        accounts.set_password(session=session, user=_user(session, email), new=password)
        session.commit()
    engine.dispose()
    typer.echo(f"password reset for {email}; its tokens were revoked")


@tokens.command("create")
def token_create(email: str, days: Annotated[int, typer.Option(min=1, max=365)] = 30) -> None:
    """Mint a bearer token for a mobile client; it is shown once."""
    engine = make_engine(_settings())
    with open_session(engine) as session:
        raw, row = accounts.issue_token(session=session, user=_user(session, email), ttl=timedelta(days=days))
        session.commit()
    engine.dispose()
    typer.echo(raw)
    console.print(f"expires {row.expires_at:%Y-%m-%d %H:%M} UTC")


@invites.command("create")
def invite_create(days: Annotated[int, typer.Option(min=1, max=90, help="days until it expires")] = 7) -> None:
    """Make a single-use invitation; its code is shown once (only its hash is stored)."""
    engine = make_engine(_settings())
    with open_session(engine) as session:
        raw, row = invitations.create_invitation(session=session, ttl=timedelta(days=days))
        session.commit()
    engine.dispose()
    typer.echo(raw)
    console.print(f"single use; expires {row.expires_at:%Y-%m-%d %H:%M} UTC. Sign-up sends it as invitation_code.")


def _progress_bar():
    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), console=console,
                    disable=not console.is_terminal)


@app.command("export")
def export_command(
    email: str,
    format: Annotated[str, typer.Option(help="csv, json, fhir, pdf or html")] = "json",
    out: Annotated[Path, typer.Option(help="file to write")] = Path("export.json"),
    date_from: Annotated[str | None, typer.Option("--from")] = None,
    date_to: Annotated[str | None, typer.Option("--to")] = None,
) -> None:
    """Export one user's data, in the same formats as the API."""
    if format not in exports.MEDIA_TYPES:
        _fail(f"unknown format {format!r}; choose csv, json, fhir, pdf or html")
    engine = make_engine(_settings())
    with open_session(engine) as session:
        user = _user(session, email)
    written = 0
    with out.open("wb") as handle, _progress_bar() as bar:
        task = bar.add_task(f"export {format}", total=None)
        first = date.fromisoformat(date_from) if date_from else None
        last = date.fromisoformat(date_to) if date_to else None
        for chunk in exports.stream_export(engine, user.id, format, first, last):
            handle.write(chunk)
            written += len(chunk)
            bar.update(task, completed=written)
            if not console.is_terminal and written // (1 << 20) != (written - len(chunk)) // (1 << 20):
                console.print(f"export {format}: {written // (1 << 20)} MiB")
    engine.dispose()
    typer.echo(f"wrote {written} bytes to {out}")


@app.command("import")
def import_command(email: str, file: Path) -> None:
    """Import a JSON export into an existing, empty account (read as a stream: any size in flat memory)."""
    engine = make_engine(_settings())
    try:
        with file.open("rb") as body, open_session(engine) as session:
            summary = imports.import_stream(session=session, owner=_user(session, email), body=body)
            session.commit()
    except OSError as exc:
        _fail(f"{file}: {exc}")
    except TrackerError as exc:
        _fail(exc.message)
    finally:
        engine.dispose()
    typer.echo(f"imported {summary.meals} meals, {summary.symptoms} symptom days, {summary.massage} massage sessions")


@products.command("import")
def products_import(
    file: Path,
    country: Annotated[str | None, typer.Option(help="only products sold there: Open Food Facts' countries_tags, "
                                                "e.g. en:france")] = None,
) -> None:
    """Stream Open Food Facts' JSONL dump (gzip or plain) into the catalogue; re-importing refreshes in place."""
    try:
        raw = file.open("rb")
    except OSError as exc:
        _fail(f"{file}: {exc.strerror}")
    engine = make_engine(_settings())
    tag = product_import.country_tag(country) if country else None
    progress = product_import.ImportProgress()
    try:
        with raw, product_import.open_dump(raw) as lines, _progress_bar() as bar, open_session(engine) as session:
            task = bar.add_task(f"import {file.name}", total=file.stat().st_size)
            for progress in product_import.import_products(session=session, lines=lines, country=tag):
                session.commit()
                bar.update(task, completed=raw.tell(), description=f"import {file.name}: {progress.stored:,} products")
    except (OSError, EOFError) as exc:  # a truncated or corrupt gzip stream; the batches before it are stored
        _fail(f"{file}: {exc} (after {progress.stored:,} products were stored)")
    finally:
        engine.dispose()
    skipped = f", skipped {progress.invalid:,} invalid lines"
    if tag:
        skipped += f" and {progress.other_countries:,} not sold in {tag}"
    typer.echo(f"imported {progress.stored:,} products from {progress.read:,} lines{skipped}")


@app.command("backup")
def backup_command(out: Annotated[Path, typer.Option(help="the backup file")]) -> None:
    """A consistent copy while the service runs (SQLite online backup, or pg_dump on PostgreSQL)."""
    with _progress_bar() as bar:
        task = bar.add_task("backup", total=None)
        try:
            message = operations.backup(_settings(), out, lambda done, total: bar.update(task, completed=done,
                                                                                          total=total))
        except TrackerError as exc:
            _fail(exc.message)
    typer.echo(message)


@app.command("restore")
def restore_command(
    file: Path, force: Annotated[bool, typer.Option(help="replace an existing database")] = False
) -> None:
    """Restore a backup (stop the service first)."""
    try:
        typer.echo(operations.restore(_settings(), file, force=force))
    except TrackerError as exc:
        _fail(exc.message)


@app.command("seed-demo")
def seed_demo(
    allow_other_users: Annotated[bool, typer.Option(help="seed even into a database that holds real accounts")] = False,
) -> None:
    """Create the demo account with six realistic weeks (idempotent), in a database of its own."""
    engine = make_engine(_settings())
    try:
        typer.echo(operations.seed_demo(engine, allow_other_users=allow_other_users))
    except TrackerError as exc:
        _fail(exc.message)
    finally:
        engine.dispose()


if __name__ == "__main__":
    app()
