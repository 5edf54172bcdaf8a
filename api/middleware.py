"""Pure ASGI middleware: request body cap and security headers; the route label of a finished request."""

import asyncio
import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_body

UNMATCHED = "unmatched"  # no route serves the path: a real 404
UNROUTED = "unrouted"  # answered before routing: a body over the limit, a CORS preflight, a slash redirect


class RouteLabels:
    """Name a finished request by the route that served it, as the OpenAPI document names it.

    API routes give their path template without convertors (`/v1/meals/{meal_id}`, not `{meal_id:uuid}`).
    The app's own routes (`/openapi.json`, `/docs`, `/metrics`) give theirs, a mount its name (`static`).
    Routing leaves the served endpoint in the scope, so nothing is matched twice.
    """

    def __init__(self) -> None:
        self._by_endpoint: dict[Any, str] | None = None

    def __call__(self, scope: Scope, status: int) -> str:
        route = scope.get("route")
        if isinstance(route, Route):
            return route.path_format
        endpoint = scope.get("endpoint")
        if endpoint is None:
            return UNMATCHED if status == 404 else UNROUTED
        if self._by_endpoint is None:
            routes = scope["app"].router.routes
            self._by_endpoint = {r.app: r.name or r.path for r in routes if isinstance(r, Mount)}
            self._by_endpoint |= {r.endpoint: r.path_format for r in routes if isinstance(r, Route)}
        return self._by_endpoint.get(endpoint, getattr(endpoint, "__name__", UNROUTED))


class BodySizeLimit:
    """Answer 413 for bodies over the limit, whether declared by Content-Length or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int, overrides: dict[str, int] | None = None,
                 streamed: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.overrides = overrides or {}
        self.streamed = streamed  # routes that read their body as it arrives, so memory does not grow with it

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.overrides.get(scope.get("path", ""), self.max_bytes)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(send, limit)
            return
        if declared is None and scope.get("path") in self.streamed:
            receive = _counted(receive, limit)
        elif declared is None:
            # A chunked body has no length to check: read it here, up to the limit, before the app sees it.
            # (Raised from inside the app's receive(), the error would reach FastAPI's body parser as a 400.)
            body = await self._read_up_to(receive, limit)
            if body is None:
                await self._reject(send, limit)
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    @staticmethod
    async def _read_up_to(receive: Receive, limit: int) -> bytes | None:
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _reject(self, send: Send, limit: int) -> None:
        body = json.dumps(error_body(413, f"The request body is over the {limit}-byte limit.")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _counted(receive: Receive, limit: int) -> Receive:
    # A route that streams its body reads it itself, so going over the limit reaches it as a 413 to raise.
    received = 0

    async def counted() -> Message:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise HTTPException(413, f"The request body is over the {limit}-byte limit.")
        return message

    return counted


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()  # what follows the body: a disconnect
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


class WriteGate:
    """Queue write requests on the event loop before they reach the thread pool (SQLite only).

    SQLite has one writer at a time. If every pool thread waited inside BEGIN IMMEDIATE, the request holding
    the lock could not get a thread to commit, and all would wait for the busy timeout. Waiting here costs no
    thread. Reads are not gated: WAL lets them run beside the writer; nor are POSTs that only read (`read_only`).
    """

    def __init__(self, app: ASGIApp, limit: int, read_only: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.limit = limit
        self.read_only = read_only
        self._semaphore: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS")
                or scope.get("path") in self.read_only):
            await self.app(scope, receive, send)
            return
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.limit)
        async with self._semaphore:
            await self.app(scope, receive, send)


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]
DOCS_CSP = (b"default-src 'self'; img-src 'self' data: https://fastapi.tiangolo.com; "
            b"script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            b"style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; frame-ancestors 'none'")
STRICT_CSP = b"default-src 'none'; frame-ancestors 'none'"
# The web app: its own scripts and styles only, charts as blob: images, API calls to itself.
APP_CSP = (b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; "
           b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


# The service worker's own fetches obey its script's policy, so it gets the app's.
APP_PATHS = ("/", "/sw.js", "/manifest.webmanifest")


class SecurityHeaders:
    """Add the security headers to every response; no Server banner."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if path in ("/docs", "/redoc") or path.startswith("/docs/"):
            csp = DOCS_CSP
        elif path in APP_PATHS or path.startswith("/static/"):
            csp = APP_CSP
        else:
            csp = STRICT_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", csp))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
