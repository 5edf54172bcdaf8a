"""Restore a JSON export into an empty account: streamed, staged, then moved.

The body is parsed as it arrives (ijson), and each meal, symptom day and massage session is validated, flagged
and written to a TEMP staging table of this connection in batches; nothing of the document is held whole, so
memory stays flat in the import's size. A staging table takes no lock on the main database (SQLite keeps TEMP
tables in a database of the connection's own; PostgreSQL's are private to the session), so while the document
streams in, other users' writes go on. Only then does the import take the write lock and move the staged rows
into their tables with INSERT ... SELECT.

How they move was decided by measurement. On PostgreSQL, one transaction under one change-number bump:
everything or nothing, and no other user waits (writers lock only their own rows). On SQLite that transaction
held the database's one write lock 0.6-6 s for 50,000 meals on the loaded 2-core benchmark machine, against a
goal of 1 s for another user's write, so there the rows move in turns (TURN rows, each a transaction of its own,
the lock left free for TURN_PAUSE after it; see _move_in_turns for what keeps sync pulls and all-or-nothing).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

import ijson
from pydantic import TypeAdapter, ValidationError
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    Table,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    text,
    update,
)
from sqlmodel import Session, col

from api.db import HOLDS_TEMP_TABLES, begin_writing, next_write_turn
from api.services import massage
from api.services.changes import reserve_seqs
from api.services.elimination import set_start
from api.services.foods import add_term, flags_json, knowledge_with
from api.services.import_reading import Body, members
from domain.clock import local_date_of, outside_record
from domain.errors import Conflict, FieldProblem, InvalidInput, field_of
from domain.flagging import Analysis, analyze
from domain.groups import effective_masks, to_mask
from domain.knowledge import Knowledge
from models.challenge import Challenge
from models.elimination import EliminationIn
from models.exchange import (
    MAX_IMPORT_ITEMS,
    ImportDocument,
    ImportedMassage,
    ImportedMeal,
    ImportedSymptom,
    ImportSummary,
    PersonalTerms,
)
from models.massage import MassageSession
from models.meal import Meal, TermCreate
from models.symptom import SymptomEntry
from models.types import UTCDateTime, utcnow
from models.user import User

TURN = 2000  # rows per write transaction when an import goes in turns (SQLite)
TURN_PAUSE = 0.11  # seconds the write lock is left free between turns (see api/db.py next_write_turn)
IMPORT_UNDER_WAY = timedelta(minutes=5)  # a mark younger than this is an import still going in
BATCH = 1000  # rows per staging INSERT: big enough to be cheap per row, small enough to keep memory flat
MAX_NAMED_DUPLICATES = 20
SECTIONS = {"meals": (Meal, "id"), "symptoms": (SymptomEntry, "local_date"), "massage": (MassageSession, "id")}
_SHARED_ANALYSES = 2048  # meals of one text share their flagging, within a bounded memory
_TERMS = TypeAdapter(PersonalTerms)


def _schema_problems(exc: ValidationError, *at: str | int) -> InvalidInput:
    problems = [FieldProblem(field_of(("body", *at, *error["loc"]))[0], error["msg"]) for error in exc.errors()]
    return InvalidInput("; ".join(f"{p.field}: {p.message}" for p in problems[:5]), fields=problems)


def _validated(model: Any, item: Any, section: str, index: int) -> Any:
    try:
        return model.model_validate(item)
    except ValidationError as exc:
        raise _schema_problems(exc, section, index) from None


# ---------------------------------------------------------------- staging

def _staging_table(table: Table) -> Table:
    # The real table's columns and types (so INSERT ... SELECT copies values as stored), no constraints, and the
    # row's place in its section (`position`), which names a repeat. `seq` and the times are given as rows move.
    # On SQLite an INTEGER PRIMARY KEY is the rowid, so a turn's rows are read as a range of the table.
    columns = [Column(c.name, c.type) for c in table.columns] + [Column("position", Integer, primary_key=True,
                                                                        autoincrement=False)]
    return Table(f"import_{table.name}", MetaData(), *columns, prefixes=["TEMPORARY"],
                 postgresql_on_commit="DROP")


@dataclass
class _Staging:
    """The import's rows on their way in: buffered up to a batch, then written to the connection's TEMP tables."""

    session: Session
    tables: dict[str, Table] = field(default_factory=dict)
    pending: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SECTIONS, 0))

    def __post_init__(self) -> None:
        connection = self.session.connection()
        for section, (model, _) in SECTIONS.items():
            staged = _staging_table(model.__table__)  # type: ignore[attr-defined]
            connection.execute(text(f"DROP TABLE IF EXISTS {staged.name}"))
            staged.create(connection)
            self.tables[section], self.pending[section] = staged, []
        connection.info[HOLDS_TEMP_TABLES] = True  # on SQLite, api/db.py drops them when the connection goes back

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, section: str, row: dict[str, Any]) -> None:
        row["position"] = self.counts[section]
        self.counts[section] += 1
        self.pending[section].append(row)
        if len(self.pending[section]) >= BATCH:
            self.flush(section)

    def flush(self, section: str) -> None:
        rows, self.pending[section] = self.pending[section], []
        if rows:
            # Core executemany: the ORM's bulk path costs more per row than the database does.
            self.session.connection().execute(insert(self.tables[section]), rows)

    def repeats(self, section: str) -> list[FieldProblem]:
        """Rows whose key an earlier row of the section has, in document order."""
        staged, key = self.tables[section], SECTIONS[section][1]
        first = (select(staged.c[key].label("key"), func.min(staged.c.position).label("first"))
                 .group_by(staged.c[key]).having(func.count() > 1).subquery())
        found = self.session.connection().execute(
            select(staged.c.position, staged.c[key], first.c.first).join(first, staged.c[key] == first.c.key)
            .where(staged.c.position > first.c.first).order_by(staged.c.position).limit(MAX_NAMED_DUPLICATES))
        return [FieldProblem(f"{section}.{position}.{'date' if key == 'local_date' else key}",
                             f"repeats {value} of {section}.{earlier}; each must appear once")
                for position, value, earlier in found]

    def move(self, section: str, start: int, stop: int, first_seq: int, moved_at: datetime) -> None:
        """The section's rows from `start` to `stop` into their table, with change numbers from `first_seq` on and
        created and updated at `moved_at`."""
        staged, table = self.tables[section], SECTIONS[section][0].__table__  # type: ignore[attr-defined]
        names = [c.name for c in table.columns]
        given = {"seq": staged.c.position + literal(first_seq - start),
                 "created_at": literal(moved_at, UTCDateTime()), "updated_at": literal(moved_at, UTCDateTime())}
        # In document order (an export's is by time): the time and change-number indexes grow at their end.
        rows = (select(*[given.get(name, staged.c[name]) for name in names])
                .where(staged.c.position >= start, staged.c.position < stop).order_by(staged.c.position))
        self.session.connection().execute(insert(table).from_select(names, rows))


# ---------------------------------------------------------------- one section's rows

# Flags a meal's (description, ingredients) with the account's and the document's terms.
Flagging = Callable[[str, tuple[str, ...]], Analysis]


def _flagging(personal: Knowledge | None) -> Flagging:
    """Meals of one text share their analysis, within a bounded memory (the most recent texts are kept)."""
    @lru_cache(maxsize=_SHARED_ANALYSES)
    def flag(description: str, ingredients: tuple[str, ...]) -> Analysis:
        return analyze(description, list(ingredients), personal=personal)
    return flag


def _meal_row(owner: User, meal: ImportedMeal, analysis: Analysis, index: int) -> dict[str, Any]:
    both = set(meal.overrides.dismissed) & set(meal.overrides.added)
    if both:
        raise InvalidInput.for_field(f"meals.{index}.overrides.added",
                                     f"{sorted(both)} cannot be both dismissed and added")
    dismissed, added = to_mask(meal.overrides.dismissed), to_mask(meal.overrides.added)
    return {"user_id": owner.id, "id": meal.id, "eaten_at": meal.eaten_at,
            "local_date": local_date_of(meal.eaten_at, owner.timezone), "description": meal.description,
            "ingredients": meal.ingredients or [], "meal_type": meal.meal_type, "notes": meal.notes,
            "dismissed_mask": dismissed, "added_mask": added, **_flag_columns(analysis, dismissed, added),
            "version": 1, "deleted_at": None}


def _flag_columns(analysis: Analysis, dismissed: int, added: int) -> dict[str, Any]:
    """The columns a meal's flags decide: the engine's answer, then the person's corrections applied to it."""
    engine_definite, engine_possible = to_mask(analysis.definite), to_mask(analysis.possible)
    definite, possible = effective_masks(engine_definite, engine_possible, dismissed, added)
    return {"flags": flags_json(analysis), "engine_definite_mask": engine_definite,
            "engine_possible_mask": engine_possible, "definite_mask": definite, "possible_mask": possible}


def _symptom_row(owner: User, entry: ImportedSymptom, index: int) -> dict[str, Any]:
    if problem := outside_record(entry.date, owner.timezone):
        raise InvalidInput.for_field(f"symptoms.{index}.date", problem)
    return {"user_id": owner.id, "local_date": entry.date, **entry.model_dump(exclude={"date"}),
            "version": 1, "deleted_at": None}


def _massage_row(owner: User, row: ImportedMassage, index: int) -> dict[str, Any]:
    values = massage.content_of(row, f"massage.{index}.")
    return {"user_id": owner.id, "id": row.id, "routine_id": row.routine_id, **values,
            "local_date": local_date_of(row.performed_at, owner.timezone), "version": 1, "deleted_at": None}


# ---------------------------------------------------------------- the import

def _has_data(session: Session, owner: User) -> bool:
    for table in (Meal, SymptomEntry, MassageSession):
        if session.execute(select(func.count()).select_from(table).where(col(table.user_id) == owner.id)).scalar_one():
            return True
    return False


def _refuse_unless_empty(session: Session, owner: User) -> None:
    if _has_data(session, owner):
        raise Conflict("Import restores into an empty account; this one already has meals, symptoms or massage.")


def import_stream(*, session: Session, owner: User, body: Body) -> ImportSummary:
    """Everything in the document, or nothing, and only into an account with no records.

    `body` is read as it arrives. A schema problem is a 422 naming the first invalid row's fields (or the
    document's), a repeated meal or massage id or symptom date a 422 naming each repeat.
    """
    # Refused before the body is read, unless an interrupted import's rows are there (the write phase clears them).
    if session.execute(select(col(User.import_started_at)).where(col(User.id) == owner.id)).scalar_one() is None:
        _refuse_unless_empty(session, owner)
    staging = _Staging(session)
    flagging = _flagging(knowledge_with(session=session, owner=owner, terms=[]))
    head: dict[str, Any] = {}
    terms_after_meals = False
    try:
        for key, index, value in members(body, streamed=SECTIONS):
            if key is None:
                head = value  # not an object: ImportDocument says so below
                break
            if index is None:
                head[key] = value
                if key == "personal_terms":
                    terms = _terms(value)
                    flagging = _flagging(knowledge_with(session=session, owner=owner,
                                                        terms=[(t.term, t.group, t.certainty) for t in terms]))
                    terms_after_meals = staging.counts["meals"] > 0
                continue
            if index >= MAX_IMPORT_ITEMS:
                raise InvalidInput.for_field(key, f"at most {MAX_IMPORT_ITEMS} items")
            staging.add(key, _row(owner, key, index, value, flagging))
    except ijson.JSONError as exc:
        # Only the parser's first line: the next ones quote the body around the error.
        said = exc.args[0] if exc.args else ""
        said = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
        raise InvalidInput.for_field("body", f"JSON decode error: {said.splitlines()[0][:100]}") from None
    document = _head(head)
    for section in SECTIONS:
        staging.flush(section)
    repeats = [problem for section in SECTIONS for problem in staging.repeats(section)][:MAX_NAMED_DUPLICATES]
    if repeats:
        raise InvalidInput("; ".join(f"{p.field}: {p.message}" for p in repeats[:5]), fields=repeats)
    if terms_after_meals:
        _reflag(staging, flagging)

    # The write phase: the lock is taken, the precondition checked again under it, and the rows moved.
    begin_writing(session)
    now = utcnow()
    _clear_interrupted_import(session, owner, now)
    _refuse_unless_empty(session, owner)

    def finish() -> None:  # what is not staged: small, and written with the last rows
        for term in document.personal_terms:
            add_term(session=session, owner=owner, term_in=TermCreate(term=term.term, group=term.group,
                                                                      certainty=term.certainty))
        if document.elimination is not None:
            set_start(session=session, owner=owner, body=EliminationIn(start_date=document.elimination.start_date))
        for challenge in document.challenges:
            # A restore keeps the history as it was; the scheduling rules applied when it was first made.
            session.add(Challenge(user_id=owner.id, group=challenge.group, start_date=challenge.start_date,
                                  exposure_days=challenge.exposure_days, observation_days=challenge.observation_days,
                                  cancelled_at=now if challenge.cancelled else None))
        session.flush()

    if session.connection().dialect.name == "sqlite" and staging.total > TURN:
        _move_in_turns(session, owner, staging, now, finish)
    else:
        first = reserve_seqs(session, owner, staging.total).start if staging.total else 0
        for section, count in staging.counts.items():
            staging.move(section, 0, count, first, now)
            first += count
        finish()
    return ImportSummary(meals=staging.counts["meals"], symptoms=staging.counts["symptoms"],
                         massage=staging.counts["massage"], personal_terms=len(document.personal_terms))


def _mark(session: Session, owner: User, started: datetime | None) -> None:
    session.execute(update(User).where(col(User.id) == owner.id).values(import_started_at=started)
                    .execution_options(synchronize_session=False))


def _delete_rows_of(session: Session, owner: User, started: datetime) -> None:
    for model, _ in SECTIONS.values():
        table = model.__table__  # type: ignore[attr-defined]
        session.connection().execute(delete(table).where(table.c.user_id == owner.id, table.c.created_at == started))


def _clear_interrupted_import(session: Session, owner: User, now: datetime) -> None:
    """An import that stopped halfway through its turns left its rows and its mark: sending it again clears them."""
    # FOR UPDATE: on PostgreSQL, two imports into one account wait for each other here (SQLite's lock is held).
    started = session.execute(select(col(User.import_started_at)).where(col(User.id) == owner.id)
                              .with_for_update()).scalar_one()
    if started is None:
        return
    if now - started < IMPORT_UNDER_WAY:
        raise Conflict(f"An import into this account began at {started.isoformat(timespec='seconds')} and is still "
                       f"under way; if it was interrupted, send it again after {IMPORT_UNDER_WAY} has passed.")
    _delete_rows_of(session, owner, started)
    _mark(session, owner, None)


def _move_in_turns(session: Session, owner: User, staging: _Staging, now: datetime,
                   finish: Callable[[], None]) -> None:
    """SQLite: the rows go in by TURN, each turn a write transaction of its own, with the lock left free between
    them for other users' writes. Each turn takes its change numbers as it commits, so a sync pull between turns
    never passes a row that a later turn commits (one user's change numbers are handed out in commit order).
    The user row is marked for the while: rows of an import interrupted halfway are cleared when it is sent again,
    and an import that fails between turns clears its own."""
    _mark(session, owner, now)
    try:
        for section, count in staging.counts.items():
            for start in range(0, count, TURN):
                stop = min(start + TURN, count)
                staging.move(section, start, stop, reserve_seqs(session, owner, stop - start).start, now)
                next_write_turn(session, pause=TURN_PAUSE)
        finish()
        _mark(session, owner, None)
    except Exception:
        try:
            next_write_turn(session, pause=0, keep=False)
            _delete_rows_of(session, owner, now)
            _mark(session, owner, None)
            next_write_turn(session, pause=0)
        except Exception:  # noqa: BLE001, S110 - the mark stays, and sending the import again clears its rows
            pass
        raise


def _row(owner: User, section: str, index: int, item: Any, flagging: Flagging) -> dict[str, Any]:
    if section == "meals":
        meal = _validated(ImportedMeal, item, section, index)
        return _meal_row(owner, meal, flagging(meal.description, tuple(meal.ingredients or ())), index)
    if section == "symptoms":
        return _symptom_row(owner, _validated(ImportedSymptom, item, section, index), index)
    return _massage_row(owner, _validated(ImportedMassage, item, section, index), index)


def _terms(value: Any) -> list[Any]:
    try:
        return _TERMS.validate_python(value)
    except ValidationError as exc:
        raise _schema_problems(exc, "personal_terms") from None


def _head(head: Any) -> ImportDocument:
    """The document without its streamed sections (a section that is not an array is still here, and refused)."""
    try:
        return ImportDocument.model_validate(head)
    except ValidationError as exc:
        raise _schema_problems(exc) from None


def _reflag(staging: _Staging, flagging: Flagging) -> None:
    """Flag the staged meals again: the document's terms came after its first meals (exports put them first)."""
    staged = staging.tables["meals"]
    connection = staging.session.connection()
    for start in range(0, staging.counts["meals"], BATCH):
        rows = connection.execute(select(staged.c.position, staged.c.description, staged.c.ingredients,
                                         staged.c.dismissed_mask, staged.c.added_mask)
                                  .where(staged.c.position >= start, staged.c.position < start + BATCH)).all()
        updates = []
        for position, description, ingredients, dismissed, added in rows:
            analysis = flagging(description, tuple(ingredients))
            updates.append({"at": position, **_flag_columns(analysis, dismissed, added)})
        if updates:
            connection.execute(update(staged).where(staged.c.position == bindparam("at")), updates)
