"""The application factory."""

import gc
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.config import Settings, get_settings
from api.db import make_engine
from api.errors import install_error_handlers
from api.logs import RequestLog, configure_logging
from api.middleware import BodySizeLimit, SecurityHeaders, WriteGate
from api.openapi import install_openapi
from api.openfoodfacts import OpenFoodFacts
from api.routes import (
    auth,
    calendar,
    catalogue,
    challenges,
    exports,
    foods,
    health,
    massage,
    me,
    meals,
    products,
    shares,
    symptoms,
    sync,
    trends,
    web,
)
from api.services.retention import purge_expired
from domain.knowledge import default_knowledge

ERROR_SCHEMA_NOTE = (
    "Every error answers with one JSON shape: "
    '`{"error": {"status", "code", "message", "fields": [{"field", "location", "message"}]}}`.'
)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    engine = make_engine(settings)
    openfoodfacts = OpenFoodFacts.from_settings(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        # Every instance purges at start-up: no scheduler to run, and deleting twice is harmless.
        purge_expired(engine, tombstone_days=settings.tombstone_retention_days)
        # The food knowledge lives as long as the process: compile it now, and keep its objects out of every later
        # garbage collection, whose full passes would otherwise walk all of it (a 1 MB label: 20% of its time).
        default_knowledge()
        gc.freeze()
        yield
        engine.dispose()
        if openfoodfacts is not None:
            openfoodfacts.close()

    app = FastAPI(
        title="diet-tracker",
        version="0.1.0",
        description="Elimination-diet tracker: meals flagged against wheat, dairy, corn, soy and sugar; "
        "daily symptoms; knee self-massage; trends. " + ERROR_SCHEMA_NOTE,
        lifespan=lifespan,
        docs_url="/docs" if settings.docs_enabled else None,
        redoc_url=None,
        openapi_url="/openapi.json" if settings.docs_enabled else None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.openfoodfacts = openfoodfacts
    install_error_handlers(app)
    install_openapi(app)
    for router in (health.router, auth.router, catalogue.router, me.router, foods.router, meals.router, products.router,
                   symptoms.router,
                   massage.router, trends.router, sync.router, exports.router, shares.router, challenges.router,
                   calendar.router, web.router):
        app.include_router(router)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "If-Match"],
            expose_headers=["ETag"],
        )
    app.mount("/static", web.static_files, name="static")
    app.add_middleware(SecurityHeaders)
    if settings.is_sqlite:
        app.add_middleware(WriteGate, limit=settings.sqlite_concurrent_writes, read_only=foods.READ_ONLY_PATHS)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes,
                       overrides={"/v1/import": settings.max_import_bytes}, streamed=frozenset({"/v1/import"}))
    metrics = None
    if settings.metrics_enabled:
        from api.metrics import Metrics

        metrics = Metrics(engine, settings.metrics_token)
        app.add_route("/metrics", metrics.endpoint, include_in_schema=False)
    app.add_middleware(RequestLog, metrics=metrics)
    return app
