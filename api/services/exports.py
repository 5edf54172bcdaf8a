"""Exports for a practitioner: streamed CSV (zip), JSON and FHIR; the report as PDF or HTML.

Streams run after the request's unit of work has closed, so they read through their own session, a few
hundred rows at a time: memory stays flat however long the history.
"""

import io
import json
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from api.db import open_session
from api.services import massage as massage_service
from api.services import meals as meal_service
from api.services import symptoms as symptom_service
from api.services.challenges import list_challenges
from api.services.trends import get_trends
from domain.export import fhir, tabular
from domain.groups import ALL, from_mask
from domain.trends import daily_range_start
from models.elimination import Elimination
from models.massage import MassageSession
from models.meal import Meal, PersonalTerm
from models.symptom import SymptomEntry
from models.user import User

if TYPE_CHECKING:  # the report module loads matplotlib and reportlab: only on the first report
    from domain.export.report import AppendixMeal

EXPORT_FORMAT = "diet-tracker"
EXPORT_VERSION = 1
BATCH = 500
MEDIA_TYPES = {"csv": "application/zip", "json": "application/json", "fhir": "application/fhir+json",
               "pdf": "application/pdf", "html": "text/html; charset=utf-8"}
EXTENSIONS = {"csv": "zip", "json": "json", "fhir": "fhir.json", "pdf": "pdf", "html": "html"}


def _in_range(statement, column, date_from: date | None, date_to: date | None):
    if date_from:
        statement = statement.where(column >= date_from)
    if date_to:
        statement = statement.where(column <= date_to)
    return statement


def iter_meals(session: Session, owner_id: uuid.UUID, date_from: date | None, date_to: date | None) -> Iterator[dict]:
    statement = _in_range(select(Meal).where(Meal.user_id == owner_id, Meal.deleted_at.is_(None)),  # type: ignore[union-attr]
                          Meal.local_date, date_from, date_to).order_by(Meal.eaten_at, Meal.id)
    for meal in session.exec(statement.execution_options(yield_per=BATCH)):
        yield meal_service.meal_public(meal).model_dump(mode="json")
        session.expunge(meal)


def iter_symptoms(
    session: Session, owner_id: uuid.UUID, date_from: date | None, date_to: date | None
) -> Iterator[dict]:
    statement = _in_range(
        select(SymptomEntry).where(SymptomEntry.user_id == owner_id, SymptomEntry.deleted_at.is_(None)),  # type: ignore[union-attr]
        SymptomEntry.local_date, date_from, date_to).order_by(SymptomEntry.local_date)
    for entry in session.exec(statement.execution_options(yield_per=BATCH)):
        yield symptom_service.entry_public(entry).model_dump(mode="json")
        session.expunge(entry)


def iter_massage(session: Session, owner_id: uuid.UUID, date_from: date | None, date_to: date | None) -> Iterator[dict]:
    statement = _in_range(
        select(MassageSession).where(MassageSession.user_id == owner_id, MassageSession.deleted_at.is_(None)),  # type: ignore[union-attr]
        MassageSession.local_date, date_from, date_to).order_by(MassageSession.performed_at, MassageSession.id)
    for row in session.exec(statement.execution_options(yield_per=BATCH)):
        yield massage_service.massage_public(row).model_dump(mode="json")
        session.expunge(row)


class _Sink(io.RawIOBase):
    """A write-only, unseekable stream whose bytes are drained between rows (zipfile streams to it)."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        self._chunks.append(bytes(data))
        return len(data)

    def drain(self) -> bytes:
        data = b"".join(self._chunks)
        self._chunks.clear()
        return data


def stream_csv(session: Session, owner_id: uuid.UUID, date_from: date | None, date_to: date | None) -> Iterator[bytes]:
    sink = _Sink()
    with zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        files = (("meals.csv", tabular.MEAL_COLUMNS,
                  map(tabular.meal_row, iter_meals(session, owner_id, date_from, date_to))),
                 ("symptoms.csv", tabular.SYMPTOM_COLUMNS,
                  map(tabular.symptom_row, iter_symptoms(session, owner_id, date_from, date_to))),
                 ("massage.csv", tabular.MASSAGE_COLUMNS,
                  map(tabular.massage_row, iter_massage(session, owner_id, date_from, date_to))))
        for name, header, rows in files:
            with archive.open(name, mode="w") as member:
                member.write("\ufeff".encode())  # spreadsheets detect UTF-8 by its byte order mark
                for number, line in enumerate(tabular.csv_lines(header, rows)):
                    member.write(line.encode("utf-8"))
                    if number % BATCH == 0:
                        yield sink.drain()
            yield sink.drain()
    yield sink.drain()


def _json_array(items: Iterator[dict]) -> Iterator[str]:
    first = True
    for item in items:
        yield ("" if first else ",") + json.dumps(item, ensure_ascii=False)
        first = False


def stream_json(session: Session, owner: User, date_from: date | None, date_to: date | None) -> Iterator[bytes]:
    elimination = session.get(Elimination, owner.id)
    terms = session.exec(select(PersonalTerm).where(PersonalTerm.user_id == owner.id)
                         .order_by(PersonalTerm.created_at)).all()  # type: ignore[arg-type]
    head = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": datetime.now(UTC).isoformat(),
            "account": {"timezone": owner.timezone},
            "range": {"from": date_from.isoformat() if date_from else None,
                      "to": date_to.isoformat() if date_to else None},
            "elimination": {"start_date": elimination.start_date.isoformat()} if elimination else None,
            "personal_terms": [{"term": t.term, "group": t.group, "certainty": t.certainty} for t in terms],
            "challenges": [{"group": c.group, "start_date": c.start_date.isoformat(), "exposure_days": c.exposure_days,
                            "observation_days": c.observation_days, "cancelled": c.status == "cancelled",
                            "status": c.status, "verdict": c.verdict, "target_scale": c.target_scale,
                            "retest_on": c.retest_on.isoformat() if c.retest_on else None}
                           for c in list_challenges(session=session, owner=owner)]}
    yield (json.dumps(head, ensure_ascii=False)[:-1] + ',"meals":[').encode()
    for part in _json_array(iter_meals(session, owner.id, date_from, date_to)):
        yield part.encode()
    yield b'],"symptoms":['
    for part in _json_array(iter_symptoms(session, owner.id, date_from, date_to)):
        yield part.encode()
    yield b'],"massage":['
    for part in _json_array(iter_massage(session, owner.id, date_from, date_to)):
        yield part.encode()
    yield b"]}"


def stream_fhir(session: Session, owner: User, date_from: date | None, date_to: date | None) -> Iterator[bytes]:
    patient_id = str(owner.id)
    elimination = session.get(Elimination, owner.id)
    head = {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "collection",
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds")}
    yield (json.dumps(head)[:-1] + ',"entry":[').encode()
    first = [fhir.entry(fhir.patient(patient_id, owner.timezone))]
    if elimination:  # without a start the patient has not begun an elimination: no order to state
        first.append(fhir.entry(fhir.nutrition_order(elimination.start_date.isoformat(),
                                                     elimination.updated_at.isoformat(), patient_id, owner.timezone)))
    yield ",".join(json.dumps(e, ensure_ascii=False) for e in [*first, *fhir.definition_entries()]).encode()
    for entry in iter_symptoms(session, owner.id, date_from, date_to):
        for resource in fhir.observations(entry, patient_id, owner.timezone):
            yield ("," + json.dumps(fhir.entry(resource), ensure_ascii=False)).encode()
    for meal in iter_meals(session, owner.id, date_from, date_to):
        yield ("," + json.dumps(fhir.entry(fhir.nutrition_intake(meal, patient_id)), ensure_ascii=False)).encode()
    for row in iter_massage(session, owner.id, date_from, date_to):
        yield ("," + json.dumps(fhir.entry(fhir.procedure(row, patient_id)), ensure_ascii=False)).encode()
    yield b"]}"


def appendix_meals(session: Session, owner_id: uuid.UUID, date_from: date, date_to: date) -> list["AppendixMeal"]:
    """Only the columns the report's appendix prints: five years of whole meals (JSON flags decoded, then
    validated and dumped) took longer than laying out the appendix itself."""
    from domain.export.report import AppendixMeal

    printed = [col(Meal.meal_type), col(Meal.description), col(Meal.definite_mask), col(Meal.possible_mask)]
    statement = _in_range(select(col(Meal.eaten_at), *printed).where(col(Meal.user_id) == owner_id,
                                                                     col(Meal.deleted_at).is_(None)),
                          Meal.local_date, date_from, date_to).order_by(col(Meal.eaten_at), col(Meal.id))
    groups = {mask: tuple(from_mask(mask)) for mask in range(ALL + 1)}
    return [AppendixMeal(eaten_at=eaten_at, meal_type=meal_type, description=description,
                         definite=groups[definite], possible=groups[possible])
            for eaten_at, meal_type, description, definite, possible in session.execute(statement)]


def report_input(session: Session, owner: User, date_from: date | None, date_to: date | None):
    """The report covers the elimination story by default: the baseline's first day to today."""
    trends = get_trends(session=session, owner=owner, as_of=date_to, daily_from=date_from)
    period_to = trends.as_of
    period_from = date_from or daily_range_start(period_to, trends.elimination.start_date)
    meals = appendix_meals(session, owner.id, period_from, period_to)
    from domain.export.report import ReportInput

    return ReportInput(patient=owner.email, patient_name=owner.display_name, timezone=owner.timezone,
                       period_from=period_from, period_to=period_to, generated_at=datetime.now(UTC), trends=trends,
                       meals=meals)


CHUNK_BYTES = 64 * 1024


def _coalesced(parts: Iterator[bytes]) -> Iterator[bytes]:
    """Join small pieces into ~64 KiB chunks: one ASGI message per row would cost more than the row."""
    buffer: list[bytes] = []
    size = 0
    for part in parts:
        buffer.append(part)
        size += len(part)
        if size >= CHUNK_BYTES:
            yield b"".join(buffer)
            buffer.clear()
            size = 0
    if buffer:
        yield b"".join(buffer)


def stream_export(engine: Engine, owner_id: uuid.UUID, fmt: str, date_from: date | None,
                  date_to: date | None) -> Iterator[bytes]:
    """The chosen format, produced inside its own read-only session, in ~64 KiB chunks."""
    yield from _coalesced(_produce(engine, owner_id, fmt, date_from, date_to))


def _produce(engine: Engine, owner_id: uuid.UUID, fmt: str, date_from: date | None,
             date_to: date | None) -> Iterator[bytes]:
    with open_session(engine) as session:
        owner = session.get(User, owner_id)
        if owner is None:
            return
        if fmt == "csv":
            yield from stream_csv(session, owner.id, date_from, date_to)
        elif fmt == "json":
            yield from stream_json(session, owner, date_from, date_to)
        elif fmt == "fhir":
            yield from stream_fhir(session, owner, date_from, date_to)
        else:
            # matplotlib and reportlab load on the first report, not at start-up of every instance.
            from domain.export.report import render_html, render_pdf

            data = report_input(session, owner, date_from, date_to)
            yield render_pdf(data) if fmt == "pdf" else render_html(data).encode("utf-8")


def filename(fmt: str, date_from: date | None, date_to: date | None) -> str:
    span = f"{date_from or 'start'}_{date_to or datetime.now(UTC).date()}"
    return f"diet-tracker_{span}.{EXTENSIONS[fmt]}"
