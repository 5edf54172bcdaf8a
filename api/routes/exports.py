"""Exports for a practitioner, and import of a JSON export into an empty account."""

import email.message
import io
from datetime import date
from typing import Annotated, Any, Literal

import anyio.from_thread
from fastapi import APIRouter, Query, Request, status
from fastapi.concurrency import run_in_threadpool
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


# The body is parsed, validated and staged in a worker thread as it arrives, not by FastAPI on the event loop: it
# can be 50,000 meals, and the loop serves everyone. So the schema is stated here; its $defs sit under this operation.
_IMPORT_SCHEMA_AT = "#/paths/~1v1~1import/post/requestBody/content/application~1json/schema/$defs/{model}"
IMPORT_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": ImportDocument.model_json_schema(ref_template=_IMPORT_SCHEMA_AT)}}}}


class _ArrivingBody(io.RawIOBase):
    """The request body as a blocking file for a worker thread: a read waits on the event loop for the next chunk."""

    def __init__(self, request: Request) -> None:
        self._chunks = request.stream()
        self._left = b""

    def readable(self) -> bool:
        return True

    async def _next_chunk(self) -> bytes:
        return await anext(self._chunks, b"")  # b"" at the end of the body

    def readinto(self, buffer: Any) -> int:
        if not self._left:
            self._left = anyio.from_thread.run(self._next_chunk)
        size = min(len(buffer), len(self._left))
        buffer[:size], self._left = self._left[:size], self._left[size:]
        return size


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
    """Restore a JSON export into an empty account (ids kept); everything in it, or nothing."""
    if not _is_json(request.headers.get("content-type")):
        raise InvalidInput.for_field("body", "must be JSON (Content-Type: application/json)")
    return await run_in_threadpool(imports.import_stream, session=session, owner=user, body=_ArrivingBody(request))
