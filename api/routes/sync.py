"""Batch push and pull for offline-first clients."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import JSONResponse

from api.deps import CurrentUser, RemoteProducts, SessionDep
from api.errors import AUTHENTICATED
from api.idempotency import IdempotencyKey, respond_once
from api.services import sync
from models.sync import MAX_PULL_PAGE, PullResponse, PushRequest, PushResponse

router = APIRouter(prefix="/v1/sync", tags=["sync"], responses=AUTHENTICATED)


@router.post("/push", response_model=PushResponse, responses={409: {"description": "The Idempotency-Key is in flight"}})
def push(session: SessionDep, user: CurrentUser, body: PushRequest, request: Request, remote: RemoteProducts,
         idempotency_key: IdempotencyKey = None) -> JSONResponse:
    """Apply up to 500 offline changes, each on its own, answered in order."""
    def work():
        return PushResponse(results=sync.push(session=session, owner=user, body=body, remote=remote)), {}

    return respond_once(session=session, owner=user, key=idempotency_key, request=request, body=body,
                        status_code=status.HTTP_200_OK, work=work)


@router.get("/pull", response_model=PullResponse)
def pull(
    session: SessionDep, user: CurrentUser,
    cursor: Annotated[str | None, Query(pattern=sync.CURSOR_PATTERN,
                                        description="next_cursor of the last pull; omit at first")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = 200,
) -> PullResponse:
    """Every change after the cursor, in server order, a page at a time."""
    return sync.pull(session=session, owner=user, cursor=cursor, limit=limit)
