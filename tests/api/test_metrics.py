"""/metrics read back with prometheus_client's own parser: names, route labels, gauges and the standard collectors."""

import uuid

from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import create_engine

from api.main import create_app
from api.metrics import PoolCollector
from tests.conftest import settings_for, sign_up

# Routes outside the OpenAPI document, named for what they are; "unmatched" is a path no route serves and
# "unrouted" an answer given before routing (a body over the limit, a CORS preflight, a slash redirect).
NON_API_ROUTES = {"/", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/metrics", "static", "unmatched",
                  "unrouted"}
STANDARD_PREFIXES = ("process_", "python_")


def scrape(http: TestClient) -> list:
    response = http.get("/metrics")
    assert response.status_code == 200
    return list(text_string_to_metric_families(response.text))  # raises on a line that is not exposition format


def metric_problems(families: list, api_paths: set[str]) -> list[str]:
    """What an operator's dashboard would trip over; empty when the scrape is clean."""
    problems = []
    for family in families:
        if not family.name.startswith(("diet_tracker_", *STANDARD_PREFIXES)):
            problems.append(f"{family.name} is not prefixed diet_tracker_")
        for sample in family.samples:
            route = sample.labels.get("route")
            if route is not None and route not in api_paths | NON_API_ROUTES:
                problems.append(f"{sample.name}: route {route!r} is neither an OpenAPI path nor a named route")
            if route == "unmatched" and sample.labels.get("status", "404") != "404":
                problems.append(f"{sample.name}: a {sample.labels['status']} counted as unmatched")
            if family.type == "gauge" and sample.value < 0:
                problems.append(f"{sample.name} is negative ({sample.value})")
    return problems


def test_metrics_parse_with_template_labels_named_routes_and_runtime_collectors(database_url):
    http = TestClient(create_app(settings_for(database_url, metrics_enabled=True)))
    user = sign_up(http)
    meal = user.post("/v1/meals", json={"eaten_at": "2026-03-01T12:00:00Z", "description": "rice"}).json()
    assert user.get(f"/v1/meals/{meal['id']}").status_code == 200
    assert user.get(f"/v1/meals/{uuid.uuid4()}").status_code == 404
    assert user.put("/v1/symptoms/2026-03-01", json={"sleep": 5, "pain": 3, "energy": 6}).status_code == 201
    for path in ("/openapi.json", "/docs", "/static/app.css", "/metrics"):
        assert http.get(path).status_code == 200, path
    assert http.get("/no/such/path").status_code == 404
    assert http.get("/v1/meals/not-a-uuid").status_code == 404

    families = scrape(http)
    api_paths = set(http.get("/openapi.json").json()["paths"])
    assert metric_problems(families, api_paths) == []
    by_name = {f.name: f for f in families}
    counted = {(s.labels["route"], s.labels["status"]): s.value
               for s in by_name["diet_tracker_http_requests"].samples if s.name.endswith("_total")}
    assert counted[("/v1/meals/{meal_id}", "200")] == 1 and counted[("/v1/meals/{meal_id}", "404")] == 1
    assert counted[("/v1/symptoms/{date}", "201")] == 1
    for route in ("/openapi.json", "/docs", "static", "/metrics"):
        assert counted[(route, "200")] >= 1, route
    assert counted[("unmatched", "404")] == 2
    assert by_name["diet_tracker_db_pool_overflow"].samples[0].value >= 0
    for standard in ("process_cpu_seconds", "process_resident_memory_bytes", "python_info",
                     "python_gc_objects_collected"):
        assert standard in by_name, standard


def test_the_checks_catch_what_the_old_metrics_got_wrong():
    old = """# HELP http_requests_total Requests
# TYPE http_requests_total counter
http_requests_total{method="GET",route="/v1/meals/{meal_id:uuid}",status="200"} 1.0
http_requests_total{method="GET",route="unmatched",status="200"} 4.0
# HELP db_pool_overflow Connections beyond the pool size
# TYPE db_pool_overflow gauge
db_pool_overflow -9.0
"""
    problems = metric_problems(list(text_string_to_metric_families(old)), {"/v1/meals/{meal_id}"})
    assert len(problems) == 5, problems


def test_pool_overflow_counts_connections_beyond_the_pool_from_zero(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'pool.db'}", pool_size=1, max_overflow=2)
    collector = PoolCollector(engine)

    def gauges() -> dict[str, float]:
        return {f.name.removeprefix("diet_tracker_db_pool_"): f.samples[0].value for f in collector.collect()}

    assert gauges() == {"size": 1, "checked_out": 0, "overflow": 0}
    first = engine.connect()
    assert gauges() == {"size": 1, "checked_out": 1, "overflow": 0}
    second = engine.connect()
    assert gauges() == {"size": 1, "checked_out": 2, "overflow": 1}
    second.close()
    first.close()
    engine.dispose()
