"""Structured logs: one line per request with its id; JSON when not on a terminal. No personal data."""

import contextvars
import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_body
from api.middleware import RouteLabels

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
log = logging.getLogger("diet_tracker.requests")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
                 "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage(),
                 "request_id": getattr(record, "request_id", None) or request_id.get()}
        entry |= getattr(record, "fields", {})
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def _stamp_request_ids() -> None:
    # Stamped when the record is made, in the request's own context: a handler may format it later, elsewhere.
    make_record = logging.getLogRecordFactory()

    def with_request_id(*args, **kwargs) -> logging.LogRecord:  # type: ignore[no-untyped-def]
        record = make_record(*args, **kwargs)
        record.request_id = request_id.get()
        return record

    logging.setLogRecordFactory(with_request_id)


def configure_logging(level: str) -> None:
    """Once per process: JSON lines unless stderr is a terminal."""
    root = logging.getLogger()
    if getattr(root, "_diet_tracker_configured", False):
        return
    _stamp_request_ids()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if not sys.stderr.isatty()
                         else logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.handlers = [handler]
    root.setLevel(level.upper())
    root._diet_tracker_configured = True  # type: ignore[attr-defined]


async def _internal_error(send: Send) -> None:
    body = json.dumps(error_body(500, "Something went wrong on our side; it has been logged.")).encode()
    await send({"type": "http.response.start", "status": 500,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class RequestLog:
    """Give every request an id (a sane incoming X-Request-ID is kept), echo it, and log the outcome.

    The log line names the route template, not the concrete path, and never a body, email or score.
    """

    def __init__(self, app: ASGIApp, metrics=None) -> None:
        self.app = app
        self.metrics = metrics
        self.route_label = RouteLabels()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if VALID_ID.match(incoming) else uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status, response_started = message["status"], True
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", rid.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            # Handled here, not by the server's own error log, so that the traceback carries the request id.
            log.exception("unhandled error")
            if not response_started:
                await _internal_error(send_with_id)
        finally:
            route = self.route_label(scope, status)
            seconds = time.perf_counter() - started
            log.info("request", extra={"fields": {
                "method": scope["method"], "route": route, "status": status,
                "duration_ms": round(seconds * 1000, 2)}})
            if self.metrics is not None:
                self.metrics.observe(scope["method"], route, status, seconds)
            request_id.reset(token)
