"""Restore a JSON export into an empty account, in bulk.

Everything the engine derives (flags, local dates) is computed before the first write, so on SQLite the write
lock is held only for the inserts. Rows go in by the thousand per statement and share one change-number bump.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, select

from api.services import massage
from api.services.changes import reserve_seqs
from api.services.elimination import set_start
from api.services.foods import add_term, flags_json, knowledge_with
from domain.clock import local_date_of, outside_record
from domain.errors import Conflict, FieldProblem, InvalidInput
from domain.flagging import Analysis, analyze
from domain.groups import effective_masks, to_mask
from models.challenge import Challenge
from models.elimination import EliminationIn
from models.exchange import ImportDocument, ImportedMeal, ImportSummary
from models.massage import MassageSession
from models.meal import Meal, TermCreate
from models.symptom import SymptomEntry
from models.types import utcnow
from models.user import User

BATCH = 2000  # rows per INSERT statement
MAX_NAMED_DUPLICATES = 20


def _has_data(session: Session, owner: User) -> bool:
    for table in (Meal, SymptomEntry, MassageSession):
        if session.exec(select(func.count()).select_from(table).where(table.user_id == owner.id)).one():  # type: ignore[attr-defined]
            return True
    return False


def _duplicates(section: str, field: str, keys: Sequence[object]) -> list[FieldProblem]:
    first: dict[object, int] = {}
    problems = []
    for index, key in enumerate(keys):
        if key in first:
            problems.append(FieldProblem(f"{section}.{index}.{field}",
                                         f"repeats {key} of {section}.{first[key]}; each must appear once"))
        first.setdefault(key, index)
    return problems


def _refuse_duplicates(document: ImportDocument) -> None:
    problems = (_duplicates("meals", "id", [m.id for m in document.meals])
                + _duplicates("symptoms", "date", [e.date for e in document.symptoms])
                + _duplicates("massage", "id", [m.id for m in document.massage]))
    if problems:
        shown = problems[:MAX_NAMED_DUPLICATES]
        raise InvalidInput("; ".join(f"{p.field}: {p.message}" for p in shown[:5]), fields=shown)


def _refuse_contradicting_overrides(document: ImportDocument) -> None:
    for index, meal in enumerate(document.meals):
        both = set(meal.overrides.dismissed) & set(meal.overrides.added)
        if both:
            raise InvalidInput.for_field(f"meals.{index}.overrides.added",
                                         f"{sorted(both)} cannot be both dismissed and added")


def _analyses(session: Session, owner: User, document: ImportDocument) -> list[Analysis]:
    """Flag every meal with the account's terms and the document's (CPU work, before any write)."""
    personal = knowledge_with(session=session, owner=owner,
                              terms=[(t.term, t.group, t.certainty) for t in document.personal_terms])
    seen: dict[tuple[str, tuple[str, ...]], Analysis] = {}
    analyses = []
    for meal in document.meals:
        ingredients = meal.ingredients or []
        key = (meal.description, tuple(ingredients))
        if key not in seen:
            seen[key] = analyze(meal.description, ingredients, personal=personal)
        analyses.append(seen[key])
    return analyses


def _meal_row(owner: User, meal: ImportedMeal, analysis: Analysis, now: Any) -> dict[str, Any]:
    engine_definite, engine_possible = to_mask(analysis.definite), to_mask(analysis.possible)
    dismissed, added = to_mask(meal.overrides.dismissed), to_mask(meal.overrides.added)
    definite, possible = effective_masks(engine_definite, engine_possible, dismissed, added)
    return {"user_id": owner.id, "id": meal.id, "eaten_at": meal.eaten_at,
            "local_date": local_date_of(meal.eaten_at, owner.timezone), "description": meal.description,
            "ingredients": meal.ingredients or [], "meal_type": meal.meal_type, "notes": meal.notes,
            "flags": analysis, "engine_definite_mask": engine_definite,
            "engine_possible_mask": engine_possible, "dismissed_mask": dismissed, "added_mask": added,
            "definite_mask": definite, "possible_mask": possible, "version": 1, "deleted_at": None,
            "created_at": now, "updated_at": now}


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    # Core executemany, many rows per statement: the ORM's bulk path costs more per row than the database does.
    # A meal's flags stay an Analysis (compact, shared by meals of the same text) until their batch goes in.
    connection = session.connection()
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        if table is Meal:
            batch = [row | {"flags": flags_json(row["flags"])} for row in batch]
        connection.execute(insert(table.__table__), batch)


def import_document(*, session: Session, owner: User, document: ImportDocument) -> ImportSummary:
    """Everything in the document, or nothing: one transaction, and only into an account with no records."""
    _refuse_duplicates(document)
    _refuse_contradicting_overrides(document)
    for index, entry in enumerate(document.symptoms):
        if problem := outside_record(entry.date, owner.timezone):
            raise InvalidInput.for_field(f"symptoms.{index}.date", problem)
    massage_values = [massage.content_of(row, f"massage.{index}.") for index, row in enumerate(document.massage)]
    if _has_data(session, owner):
        raise Conflict("Import restores into an empty account; this one already has meals, symptoms or massage.")
    # Every row is ready before the first write; the change numbers are filled in once they are taken.
    now = utcnow()
    meal_rows = [_meal_row(owner, meal, analysis, now)
                 for meal, analysis in zip(document.meals, _analyses(session, owner, document), strict=True)]
    symptom_rows = [{"user_id": owner.id, "local_date": entry.date, **entry.model_dump(exclude={"date"}),
                     "version": 1, "deleted_at": None, "created_at": now, "updated_at": now}
                    for entry in document.symptoms]
    massage_rows = [{"user_id": owner.id, "id": row.id, "routine_id": row.routine_id, **values,
                     "local_date": local_date_of(row.performed_at, owner.timezone), "version": 1, "deleted_at": None,
                     "created_at": now, "updated_at": now}
                    for row, values in zip(document.massage, massage_values, strict=True)]

    # The write phase: from here on rows are only inserted.
    for term in document.personal_terms:
        add_term(session=session, owner=owner, term_in=TermCreate(term=term.term, group=term.group,
                                                                  certainty=term.certainty))
    if document.elimination is not None:
        set_start(session=session, owner=owner, body=EliminationIn(start_date=document.elimination.start_date))
    every_row = [*meal_rows, *symptom_rows, *massage_rows]
    for row, seq in zip(every_row, reserve_seqs(session, owner, len(every_row)), strict=True):
        row["seq"] = seq
    for table, rows in ((Meal, meal_rows), (SymptomEntry, symptom_rows), (MassageSession, massage_rows)):
        _insert(session, table, rows)
    for challenge in document.challenges:
        # A restore keeps the history as it was; the scheduling rules applied when it was first made.
        session.add(Challenge(user_id=owner.id, group=challenge.group, start_date=challenge.start_date,
                              exposure_days=challenge.exposure_days, observation_days=challenge.observation_days,
                              cancelled_at=now if challenge.cancelled else None))
    session.flush()
    return ImportSummary(meals=len(document.meals), symptoms=len(document.symptoms), massage=len(document.massage),
                         personal_terms=len(document.personal_terms))
