"""One JSON error shape for every 4xx/5xx, and the handlers that render it.

    {"error": {"status": 422, "code": "validation_error", "message": "...",
               "fields": [{"field": "email", "location": "body", "message": "..."}]}}
"""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from domain.errors import (
    Conflict,
    FieldProblem,
    InvalidInput,
    NotFound,
    TooManyRequests,
    TrackerError,
    Unauthorized,
    Unavailable,
    field_of,
)

__all__ = ["Conflict", "InvalidInput", "NotFound", "TrackerError", "Unauthorized", "Unavailable"]

log = logging.getLogger("diet_tracker.errors")

_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 412: "precondition_failed", 413: "payload_too_large", 415: "unsupported_media_type",
    422: "validation_error", 428: "precondition_required", 429: "too_many_requests",
    500: "internal_error", 503: "unavailable",
}


def error_body(status: int, message: str, fields: list[FieldProblem] | None = None, code: str | None = None):
    return {
        "error": {
            "status": status,
            "code": code or _CODES.get(status, "error"),
            "message": message,
            "fields": [{"field": f.field, "location": f.location, "message": f.message} for f in fields or []],
        }
    }


def error_response(status: int, message: str, *, fields=None, code=None, headers=None) -> JSONResponse:
    return JSONResponse(error_body(status, message, fields, code), status_code=status, headers=headers)


def _validation_problems(exc: RequestValidationError) -> list[FieldProblem]:
    problems = []
    for err in exc.errors():
        # A JSON syntax error's location ends in a character offset, which names no field.
        loc = ("body",) if err.get("type") == "json_invalid" else tuple(err.get("loc", ()))
        name, location = field_of(loc)
        problems.append(FieldProblem(field=name, message=err.get("msg", "invalid"), location=location))
    return problems


def _allowed_methods(request: Request) -> list[str]:
    """Ask the router which methods fully match this path (convertors included)."""
    allowed = []
    for method in ("DELETE", "GET", "PATCH", "POST", "PUT"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


def tracker_error_response(exc: TrackerError) -> JSONResponse:
    """The answer to a domain error; a route returns it instead of raising when its transaction must commit."""
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
    if isinstance(exc, TooManyRequests | Unavailable) and exc.retry_after is not None:
        headers = {"Retry-After": str(exc.retry_after)}
    return error_response(exc.status_code, exc.message, fields=exc.fields, code=exc.code, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TrackerError)
    async def _tracker_error(_: Request, exc: TrackerError) -> JSONResponse:
        return tracker_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = _validation_problems(exc)
        summary = "; ".join(f"{p.field}: {p.message}" for p in problems[:5]) or "invalid request"
        return error_response(422, summary, fields=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            # Starlette lists only the matched route's methods; a path served by several routes has more.
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return error_response(exc.status_code, str(exc.detail), headers=headers or None)

    @app.exception_handler(OperationalError)
    async def _database_down(_: Request, exc: OperationalError) -> JSONResponse:
        # The driver message says why (locked, refused, timed out); it carries no personal data. SQL is not logged.
        log.error("database unavailable: %s: %s", type(exc.orig).__name__ if exc.orig else "OperationalError",
                  str(exc.orig).splitlines()[0][:160] if exc.orig else "")
        return error_response(503, "The database is not answering; try again shortly.", code="unavailable")

    # An unexpected exception is logged and answered 500 by api/logs.py RequestLog, where the request id is known.


_DESCRIPTIONS = {
    400: "The body cannot be read: not UTF-8 JSON, or a form without its multipart boundary",
    401: "Missing, expired or revoked token (WWW-Authenticate: Bearer)",
    404: "No such object, or not yours",
    409: "Conflicts with the current state",
    413: "The request body is over the limit",
    422: "Invalid input; `fields` names each problem",
    429: "Too many attempts; see Retry-After",
    503: "The database is not answering; retry shortly",
}


Responses = dict[int | str, dict[str, Any]]


def documented(*codes: int) -> Responses:
    """OpenAPI `responses` entries in the one error shape."""
    from models.errors import ErrorResponse

    return {code: {"model": ErrorResponse, "description": _DESCRIPTIONS[code]} for code in codes}


# 400 and 422 are added where a body or parameters are read (api.openapi).
AUTHENTICATED = documented(401, 503)
PRECONDITION: Responses = {412: {"description": "If-Match does not match the current ETag"}}
# A PUT creates what is missing, so its only 404 is a path whose id is not a UUID (or whose date is malformed).
UNMATCHED_PATH: Responses = {404: {"description": "No such path: its id is not a UUID, or its date not YYYY-MM-DD"}}
