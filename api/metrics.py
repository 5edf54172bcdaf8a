"""Prometheus metrics: requests by route and status, latency, the database pool, and the standard process and
Python runtime metrics. Off unless enabled.

The app's own metrics are named `diet_tracker_*`; the standard collectors keep their usual `process_*` and
`python_*` names, which dashboards and alerts expect.
"""

import hmac

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import Engine
from starlette.requests import Request
from starlette.responses import Response

from api.errors import error_response

NAMESPACE = "diet_tracker"


class PoolCollector:
    """Reads the SQLAlchemy pool at scrape time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self):
        pool = self.engine.pool
        for name, reader, help_text in (("db_pool_size", "size", "Connections the pool keeps"),
                                        ("db_pool_checked_out", "checkedout", "Connections in use"),
                                        ("db_pool_overflow", "overflow", "Connections open beyond the pool size")):
            method = getattr(pool, reader, None)
            if method is not None:
                # QueuePool.overflow() counts from -pool_size until the pool is full; none beyond it is 0.
                value = max(0, method()) if reader == "overflow" else method()
                yield GaugeMetricFamily(f"{NAMESPACE}_{name}", help_text, value=float(value))


class Metrics:
    def __init__(self, engine: Engine, token: str | None) -> None:
        self.token = token
        self.registry = CollectorRegistry()
        self.requests = Counter("http_requests_total", "Requests by method, route template and status",
                                ["method", "route", "status"], namespace=NAMESPACE, registry=self.registry)
        self.latency = Histogram("http_request_duration_seconds", "Request latency by method and route template",
                                 ["method", "route"], namespace=NAMESPACE, registry=self.registry,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        self.registry.register(PoolCollector(engine))
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        GCCollector(registry=self.registry)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    async def endpoint(self, request: Request) -> Response:
        if self.token:
            sent = request.headers.get("authorization", "")
            if not hmac.compare_digest(sent.encode(), f"Bearer {self.token}".encode()):
                return error_response(401, "Send 'Authorization: Bearer <METRICS_TOKEN>'.",
                                      headers={"WWW-Authenticate": "Bearer"})
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)
