"""Food analysis and personal terms."""

import uuid
from dataclasses import fields

from sqlmodel import Session, col, select

from domain.errors import Conflict, NotFound
from domain.flagging import Analysis, Flag, Span, analyze
from domain.knowledge import Knowledge, compile_personal_terms, default_knowledge, fold
from models.meal import PersonalTerm, TermCreate
from models.user import User

_FLAG_FIELDS = tuple(field.name for field in fields(Flag) if field.name != "spans")
_SPAN_FIELDS = tuple(field.name for field in fields(Span))


def _cache_key(owner: User) -> tuple[str, uuid.UUID]:
    return ("personal_knowledge", owner.id)


def _forget_knowledge(session: Session, owner: User) -> None:
    session.info.pop(_cache_key(owner), None)
    session.info.pop(("flagged", owner.id), None)


def personal_knowledge(*, session: Session, owner: User) -> Knowledge | None:
    """The user's own terms compiled for the engine, or None when they have none.

    Compiled once per unit of work: a sync push or an import flags hundreds of meals in one session.
    """
    key = _cache_key(owner)
    if key not in session.info:
        rows = session.exec(
            select(PersonalTerm.term, PersonalTerm.group, PersonalTerm.certainty)
            .where(PersonalTerm.user_id == owner.id)
        ).all()
        session.info[key] = (compile_personal_terms(((t, g, c) for t, g, c in rows), default_knowledge())  # type: ignore[misc]
                             if rows else None)
    return session.info[key]


def knowledge_with(*, session: Session, owner: User, terms: list[tuple[str, str, str]]) -> Knowledge | None:
    """The user's stored terms and these not yet stored ones (an import's), compiled together."""
    stored = session.exec(select(PersonalTerm.term, PersonalTerm.group, PersonalTerm.certainty)
                          .where(PersonalTerm.user_id == owner.id)).all()
    every = [*stored, *terms]
    return compile_personal_terms(every, default_knowledge()) if every else None  # type: ignore[arg-type]


def analyze_food(
    *, session: Session, owner: User, description: str | None, ingredients: list[str] | None
) -> Analysis:
    """Flag text against the five groups with the user's own terms included.

    Remembered for the unit of work, so a push or an import can flag its meals before taking the write lock and
    its writes then find the answers ready.
    """
    answers = session.info.setdefault(("flagged", owner.id), {})
    key = (description, tuple(ingredients or ()))
    if key not in answers:
        answers[key] = analyze(description, ingredients, personal=personal_knowledge(session=session, owner=owner))
    return answers[key]


def flags_json(analysis: Analysis) -> list[dict]:
    """The grouped flags as stored on a meal and returned by the API (one per group and term)."""
    # Plain values copied field by field: asdict() deep-copies each one and cost an import of 50,000 meals tens of
    # seconds.
    return [{name: getattr(flag, name) for name in _FLAG_FIELDS}
            | {"spans": [{name: getattr(span, name) for name in _SPAN_FIELDS} for span in flag.spans]}
            for flag in analysis.flags]


def analysis_json(analysis: Analysis) -> dict:
    return {
        "flags": flags_json(analysis),
        "definite": sorted(analysis.definite),
        "possible": sorted(analysis.possible),
    }


def add_term(*, session: Session, owner: User, term_in: TermCreate) -> PersonalTerm:
    """Teach the engine one of the user's own words."""
    key = " ".join(fold(term_in.term).split())
    exists = session.exec(
        select(PersonalTerm.id).where(PersonalTerm.user_id == owner.id, PersonalTerm.term_key == key)
    ).first()
    if exists is not None:
        raise Conflict(f"You already have the term {term_in.term!r}.")
    term = PersonalTerm(user_id=owner.id, term=term_in.term, term_key=key, group=term_in.group,
                        certainty=term_in.certainty)
    session.add(term)
    session.flush()
    _forget_knowledge(session, owner)
    return term


def list_terms(*, session: Session, owner: User) -> list[PersonalTerm]:
    """The user's terms, oldest first."""
    statement = select(PersonalTerm).where(PersonalTerm.user_id == owner.id).order_by(col(PersonalTerm.created_at))
    return list(session.exec(statement).all())


def delete_term(*, session: Session, owner: User, term_id: uuid.UUID) -> None:
    """Forget one of the user's terms."""
    term = session.exec(
        select(PersonalTerm).where(PersonalTerm.id == term_id, PersonalTerm.user_id == owner.id)
    ).first()
    if term is None:
        raise NotFound("No such term.")
    session.delete(term)
    _forget_knowledge(session, owner)
