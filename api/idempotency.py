"""Idempotency-Key (IETF httpapi draft) for POSTs that create or change data.

The key is claimed inside the request's own transaction, in a savepoint, and the response is stored in that
same transaction, so a committed claim always carries its response and a failed or crashed request leaves
nothing behind (the client can fix the request and retry with the same key). A concurrent request with the
same key waits on the unique index; on PostgreSQL a short lock timeout turns that wait into 409 "still in
flight". SQLite serialises writers, so there the second request simply finds the first one's response.
Keys are per user and kept for 24 hours.
"""

import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Header, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from api.db import begin_writing
from domain.errors import Conflict, InvalidInput
from models.idempotency import IdempotencyRecord
from models.types import utcnow
from models.user import User

KEY_TTL = timedelta(hours=24)
IN_FLIGHT_WAIT = "200ms"
LOCK_NOT_AVAILABLE = "55P03"

IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", min_length=1, max_length=255,
           description="Retry-safe writes: the same key and body replays the first response for 24 hours"),
]
Work = Callable[[], tuple[Any, dict[str, str]]]


def fingerprint(request: Request, body: BaseModel | None) -> str:
    canonical = body.model_dump_json() if body is not None else ""
    return hashlib.sha256(f"{request.method} {request.url.path}\n{canonical}".encode()).hexdigest()


def respond_once(*, session: Session, owner: User, key: str | None, request: Request, body: BaseModel | None,
                 status_code: int, work: Work) -> JSONResponse:
    """Run `work` once per key; a repeat with the same key and body gets the stored response."""
    if key is None:
        payload, headers = work()
        return JSONResponse(_encode(payload), status_code=status_code, headers=headers)
    replay = _claim(session, owner, key, fingerprint(request, body), request.url.path)
    if replay is not None:
        return replay
    payload, headers = work()
    content = _encode(payload)
    record = session.get(IdempotencyRecord, (owner.id, key))
    assert record is not None  # claimed above, in this transaction
    record.response_status, record.response_body, record.response_headers = status_code, content, headers
    session.add(record)
    session.flush()
    return JSONResponse(content, status_code=status_code, headers=headers)


def _encode(payload: Any) -> Any:
    # pydantic's own JSON mode is several times faster than jsonable_encoder on the write path.
    if isinstance(payload, BaseModel):
        return payload.model_dump(mode="json")
    if isinstance(payload, list):
        return [_encode(item) for item in payload]
    return jsonable_encoder(payload)


def _claim(session: Session, owner: User, key: str, digest: str, path: str) -> JSONResponse | None:
    postgres = session.get_bind().dialect.name == "postgresql"
    now = utcnow()
    begin_writing(session)  # before the savepoint: the claim is a write
    savepoint = session.begin_nested()
    try:
        if postgres:
            session.execute(text(f"SET LOCAL lock_timeout = '{IN_FLIGHT_WAIT}'"))
        existing = session.get(IdempotencyRecord, (owner.id, key), populate_existing=True)
        if existing is not None and existing.expires_at <= now:
            session.delete(existing)
            session.flush()
            existing = None
        if existing is None:
            session.add(IdempotencyRecord(user_id=owner.id, key=key, fingerprint=digest, path=path, created_at=now,
                                          expires_at=now + KEY_TTL))
            session.flush()
        savepoint.commit()
    except IntegrityError:
        savepoint.rollback()
        existing = session.get(IdempotencyRecord, (owner.id, key), populate_existing=True)
        if existing is None:
            raise Conflict("A request with this Idempotency-Key is still in flight; retry shortly.") from None
    except OperationalError as exc:
        savepoint.rollback()
        if getattr(exc.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
            raise Conflict("A request with this Idempotency-Key is still in flight; retry shortly.") from None
        raise
    finally:
        if postgres:
            session.execute(text("SET LOCAL lock_timeout TO DEFAULT"))
    if existing is None:
        return None
    if existing.fingerprint != digest:
        raise InvalidInput.for_field("Idempotency-Key", "was already used with a different request", "header")
    headers = dict(existing.response_headers) | {"Idempotent-Replayed": "true"}
    return JSONResponse(existing.response_body, status_code=existing.response_status, headers=headers)
