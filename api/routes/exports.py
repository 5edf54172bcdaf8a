"""Exports for a practitioner, and import of a JSON export into an empty account."""

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import StreamingResponse

from api.deps import CurrentUser, DateFrom, DateTo, SessionDep
from api.errors import AUTHENTICATED
from api.services import exports, imports
from api.services.trends import check_as_of
from domain.errors import InvalidInput
from models.exchange import ImportDocument, ImportSummary
from models.user import User

router = APIRouter(tags=["exports"], responses=AUTHENTICATED)
ExportFormat = Literal["csv", "json", "fhir", "pdf", "html"]


def export_response(request: Request, owner: User, fmt: str, date_from: date | None,
                    date_to: date | None) -> StreamingResponse:
    if date_from and date_to and date_from > date_to:
        raise InvalidInput.for_field("from", "must not be after 'to'", "query")
    if date_to:
        check_as_of(date_to, owner, name="to")
    disposition = "inline" if fmt in ("pdf", "html") else "attachment"
    headers = {"Content-Disposition": f'{disposition}; filename="{exports.filename(fmt, date_from, date_to)}"'}
    if fmt == "html":
        # The report inlines its SVG charts and its own style sheet; nothing else may load.
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return StreamingResponse(exports.stream_export(request.app.state.engine, owner.id, fmt, date_from, date_to),
                             media_type=exports.MEDIA_TYPES[fmt], headers=headers)


@router.get("/v1/export", response_class=StreamingResponse,
            responses={200: {"description": "csv: a ZIP of meals.csv, symptoms.csv and massage.csv; json: the "
                                            "versioned document POST /v1/import reads; fhir: an R5 collection Bundle; "
                                            "pdf and html: the practitioner report",
                             "content": {t: {} for t in ("application/zip", "application/json", "application/fhir+json",
                                                         "application/pdf", "text/html")}}})
def export(
    request: Request, user: CurrentUser,
    format: Annotated[ExportFormat, Query(description="csv, json, fhir, pdf or html")],
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> StreamingResponse:
    """Everything, or the dates from `from` to `to`; `to` lies between 2000-01-01 and a day after today."""
    return export_response(request, user, format, date_from, date_to)


@router.post("/v1/import", status_code=status.HTTP_201_CREATED, response_model=ImportSummary,
             responses={409: {"description": "The account already has records"}})
def import_export(session: SessionDep, user: CurrentUser, document: ImportDocument) -> ImportSummary:
    """Restore a JSON export into an empty account (ids kept)."""
    return imports.import_document(session=session, owner=user, document=document)
