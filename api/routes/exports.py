"""Exports for a practitioner, and import of a JSON export into an empty account."""

import email.message
import json
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

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


# The body is read and validated in a worker thread, not by FastAPI on the event loop: validating 50,000 meals
# takes seconds, and the loop serves everyone. So the schema is stated here; its $defs sit under this operation.
_IMPORT_SCHEMA_AT = "#/paths/~1v1~1import/post/requestBody/content/application~1json/schema/$defs/{model}"
IMPORT_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": ImportDocument.model_json_schema(ref_template=_IMPORT_SCHEMA_AT)}}}}


def read_import(raw: bytes, content_type: str | None) -> ImportDocument:
    """The document, or the answer FastAPI gives a body it reads itself: 400 unreadable, 422 invalid."""
    if raw and _is_json(content_type):
        try:  # straight from the bytes, with no dict of the whole document in between: half the memory
            return ImportDocument.model_validate_json(raw)
        except ValidationError:
            pass  # answered below, by the same path FastAPI takes (its JSON reader also takes what pydantic's won't)
    try:
        data: Any = json.loads(raw) if raw and _is_json(content_type) else raw or None
    except json.JSONDecodeError as exc:
        raise RequestValidationError([{"type": "json_invalid", "loc": ("body", exc.pos), "msg": "JSON decode error",
                                       "input": {}, "ctx": {"error": exc.msg}}]) from None
    except UnicodeDecodeError:
        raise HTTPException(status_code=400, detail="There was an error parsing the body") from None
    if data is None:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required", "input": None}])
    try:
        return ImportDocument.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]) from None


def _is_json(content_type: str | None) -> bool:
    if not content_type:
        return True
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (subtype == "json" or subtype.endswith("+json"))


@router.post("/v1/import", status_code=status.HTTP_201_CREATED, response_model=ImportSummary, openapi_extra=IMPORT_BODY,
             responses={409: {"description": "The account already has records"},
                        422: {"description": "The document fails its schema, or repeats a meal or massage id or a "
                                             "symptom date (each repeat is named)"}})
async def import_export(request: Request, session: SessionDep, user: CurrentUser) -> ImportSummary:
    """Restore a JSON export into an empty account (ids kept)."""
    document = await run_in_threadpool(read_import, await request.body(), request.headers.get("content-type"))
    return await run_in_threadpool(imports.import_document, session=session, owner=user, document=document)
