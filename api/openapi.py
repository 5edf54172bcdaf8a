"""The OpenAPI document, with each error status on the operations that can answer it.

FastAPI documents 422 (with its own body shape) on every operation that has parameters or a body, and nothing
for a body it cannot read. Here every 422 carries the one error shape, and 400 is documented where a body is
read: a body that is not UTF-8 JSON, or a form without its multipart boundary; so is 413, a body over the limit
(api.middleware.BodySizeLimit). 401 and 503 come from the routers (api.errors.AUTHENTICATED). The fuzz run
(scripts/fuzz) lists documented statuses it never saw.
"""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from api.errors import documented

_FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")
# Every tag a router uses, declared once with what it groups (tests/api/test_openapi_lint.py keeps them in step).
TAGS = [
    {"name": "health", "description": "Liveness and readiness probes for load balancers and orchestrators."},
    {"name": "auth", "description": "Sign-up, sign-in for a bearer token, and sign-out."},
    {"name": "me", "description": "The signed-in account: its time zone and password."},
    {"name": "foods", "description": "The flagging engine: analyse a meal without storing it, and personal terms."},
    {"name": "meals", "description": "Meals flagged against wheat, dairy, corn, soy and sugar, with your corrections."},
    {"name": "symptoms", "description": "Daily 0-10 symptom scores per local date, and the scales they use."},
    {"name": "massage", "description": "The knee self-massage log, and the four techniques it records."},
    {"name": "trends", "description": "The elimination start, the 10- and 14-day windows, verdicts and charts."},
    {"name": "challenges", "description": "Reintroduction challenges: one group at a time, with a verdict."},
    {"name": "sync", "description": "Offline-first sync: push batches of changes, pull them by cursor."},
    {"name": "exports", "description": "CSV, JSON, FHIR, PDF and HTML exports, and import of a JSON export."},
    {"name": "shares", "description": "Read-only links to the report and exports, for a practitioner with no account."},
    {"name": "products", "description": "Packaged food by barcode, from the shared catalogue or Open Food Facts."},
    {"name": "calendar", "description": "A private calendar feed: daily check-in, day-10 and day-14 milestones."},
]


def _error(status: int) -> dict[str, Any]:
    description = documented(status)[status]["description"]
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}


def _can_fail_validation(operation: dict[str, Any]) -> bool:
    # UUID path segments are matched by the router's :uuid convertor: a malformed one is a 404 before any
    # validation runs (the fuzz run would report a 422 that this left undocumented).
    return "requestBody" in operation or any(
        parameter["in"] != "path" or parameter["schema"].get("format") != "uuid"
        for parameter in operation.get("parameters", ()))


def _document_errors(operation: dict[str, Any]) -> None:
    responses = operation["responses"]
    if "422" in responses:
        if _can_fail_validation(operation):
            responses["422"] = _error(422)
        else:
            del responses["422"]
    if "requestBody" in operation:
        responses.setdefault("400", _error(400))
        responses.setdefault("413", _error(413))


def install_openapi(app: FastAPI) -> None:
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            schema["tags"] = TAGS
            for operations in schema["paths"].values():
                for operation in operations.values():
                    _document_errors(operation)
            for name in _FASTAPI_VALIDATION_SCHEMAS:
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
