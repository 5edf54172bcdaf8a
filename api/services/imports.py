"""Restore a JSON export into an empty account."""


from sqlalchemy import func
from sqlmodel import Session, select

from api.services import massage, meals, symptoms
from api.services.elimination import set_start
from api.services.foods import add_term
from domain.errors import Conflict
from models.challenge import Challenge
from models.elimination import EliminationIn
from models.exchange import ImportDocument, ImportSummary
from models.massage import MassageSession
from models.meal import Meal, TermCreate
from models.symptom import SymptomEntry, SymptomScores
from models.types import utcnow
from models.user import User


def _has_data(session: Session, owner: User) -> bool:
    for table in (Meal, SymptomEntry, MassageSession):
        if session.exec(select(func.count()).select_from(table).where(table.user_id == owner.id)).one():  # type: ignore[attr-defined]
            return True
    return False


def import_document(*, session: Session, owner: User, document: ImportDocument) -> ImportSummary:
    """Everything in the document, or nothing: one transaction, and only into an account with no records."""
    if _has_data(session, owner):
        raise Conflict("Import restores into an empty account; this one already has meals, symptoms or massage.")
    for term in document.personal_terms:
        add_term(session=session, owner=owner, term_in=TermCreate(term=term.term, group=term.group,
                                                                  certainty=term.certainty))
    if document.elimination is not None:
        set_start(session=session, owner=owner, body=EliminationIn(start_date=document.elimination.start_date))
    for meal_in in document.meals:
        meal, _ = meals.put_meal(session=session, owner=owner, meal_id=meal_in.id, meal_in=meal_in, if_match=None)
        if meal_in.overrides.dismissed or meal_in.overrides.added:
            meals.set_overrides(session=session, owner=owner, meal=meal, overrides=meal_in.overrides, if_match=None)
    for entry in document.symptoms:
        scores = SymptomScores.model_validate(entry.model_dump(exclude={"date"}))
        symptoms.put_entry(session=session, owner=owner, day=entry.date, scores=scores)
    for row_in in document.massage:
        row, _ = massage.put_session(session=session, owner=owner, massage_id=row_in.id, massage_in=row_in,
                                     if_match=None)
        row.routine_id = row_in.routine_id
        session.add(row)
    for challenge in document.challenges:
        # A restore keeps the history as it was; the scheduling rules applied when it was first made.
        session.add(Challenge(user_id=owner.id, group=challenge.group, start_date=challenge.start_date,
                              exposure_days=challenge.exposure_days, observation_days=challenge.observation_days,
                              cancelled_at=utcnow() if challenge.cancelled else None))
    session.flush()
    return ImportSummary(meals=len(document.meals), symptoms=len(document.symptoms), massage=len(document.massage),
                         personal_terms=len(document.personal_terms))
