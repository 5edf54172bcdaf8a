"""Concurrency and faults: many writers on SQLite, and a database that goes away and comes back."""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy.engine import make_url

from api.main import create_app
from tests.api.routes import operations_documenting
from tests.conftest import settings_for, sign_up
from tests.proxy import TcpProxy
from tests.servers import ServerProcess

pytestmark = pytest.mark.slow
MEAL = {"eaten_at": "2026-05-01T08:00:00Z", "description": "rice and beans"}
# Routes that reach the database only once their input is valid (the others check the token first).
OUTAGE_REQUESTS = {
    "/v1/auth/signup": {"json": {"email": "late@example.org", "password": "long enough password", "timezone": "UTC"}},
    "/v1/auth/token": {"data": {"username": "late@example.org", "password": "long enough password"}},
    "/v1/shared/{token}/export": {"params": {"format": "json"}},
    "/v1/calendar.ics": {"params": {"token": "t" * 43}},
}


def test_fifty_concurrent_writers_never_see_database_is_locked(client, database_url, backend):
    users = [sign_up(client) for _ in range(5)]
    server = ServerProcess(database_url)
    try:
        def write(i: int) -> tuple[int, str]:
            user = users[i % len(users)]
            response = httpx.put(f"{server.base}/v1/meals/{uuid.uuid4()}", json=MEAL, timeout=60,
                                 headers={"Authorization": f"Bearer {user.token}"})
            return response.status_code, response.text[:200]

        with ThreadPoolExecutor(max_workers=50) as pool:
            results = list(pool.map(write, range(200)))
    finally:
        server.stop()
    failures = [r for r in results if r[0] != 201]
    assert failures == [], failures[:3]
    assert not any("locked" in text for _, text in results)


def test_database_outage_answers_503_and_recovers_by_itself(database_url, backend):
    if backend != "postgres":
        pytest.skip("an embedded SQLite file does not go away; this is the PostgreSQL outage test")
    url = make_url(database_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    proxy.start()
    server = ServerProcess(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    try:
        http = httpx.Client(base_url=server.base, timeout=30)
        email = f"outage-{uuid.uuid4().hex[:8]}@example.org"
        http.post("/v1/auth/signup", json={"email": email, "password": "long enough password", "timezone": "UTC"})
        token = http.post("/v1/auth/token", data={"username": email, "password": "long enough password"}).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        assert http.get("/readyz").status_code == 200
        openapi = http.get("/openapi.json").json()
        proxy.stop()
        assert http.get("/readyz").status_code == 503
        down = http.post("/v1/meals", json=MEAL, headers=auth)
        assert down.status_code == 503 and down.json()["error"]["code"] == "unavailable"
        assert "Traceback" not in down.text and "psycopg" not in down.text
        # Every operation that documents 503 answers it, none a 500 (401 comes first where the token is checked).
        walked = []
        for method, path, url in operations_documenting(openapi, 503):
            response = http.request(method, url, headers={**auth, "Idempotency-Key": uuid.uuid4().hex},
                                    **OUTAGE_REQUESTS.get(path, {}))
            walked.append((method, path, response.status_code))
        assert len(walked) >= 40 and [w for w in walked if w[2] != 503] == []
        assert http.get("/healthz").status_code == 200, "the process itself is alive"
        proxy.start()
        deadline = time.monotonic() + 120  # a ceiling for a loaded machine; it returns as soon as the pool recovers
        while http.get("/readyz").status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert http.get("/readyz").status_code == 200
        assert http.post("/v1/meals", json=MEAL, headers=auth).status_code == 201
    finally:
        server.stop()
        proxy.stop()


def test_cors_only_for_configured_origins(database_url):
    from fastapi.testclient import TestClient

    app = create_app(settings_for(database_url, cors_origins=["https://app.example.org"]))
    http = TestClient(app)
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"}
    allowed = http.options("/v1/meals", headers={"Origin": "https://app.example.org"} | preflight)
    assert allowed.headers.get("access-control-allow-origin") == "https://app.example.org"
    refused = http.options("/v1/meals", headers={"Origin": "https://evil.example"} | preflight)
    assert "access-control-allow-origin" not in refused.headers
    default = TestClient(create_app(settings_for(database_url)))
    assert "access-control-allow-origin" not in default.get("/healthz", headers={"Origin": "https://x.example"}).headers


def test_docs_can_be_switched_off(database_url):
    from fastapi.testclient import TestClient

    http = TestClient(create_app(settings_for(database_url, docs_enabled=False)))
    assert http.get("/docs").status_code == 404 and http.get("/openapi.json").status_code == 404
    assert http.get("/healthz").status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("post", "/v1/meals", {"eaten_at": "2026-01-01T08:00:00Z", "description": "x", "flags": []}),
     ("post", "/v1/meals", {"eaten_at": "2026-01-01T08:00:00Z", "description": "x", "excluded": False}),
     ("put", "/v1/symptoms/2026-01-01", {"sleep": 1, "pain": 1, "energy": 1, "version": 9}),
     ("post", "/v1/massage", {"performed_at": "2026-01-01T08:00:00Z", "technique": "rubbing", "knee": "left",
                              "duration_seconds": 60, "local_date": "2020-01-01"}),
     ("post", "/v1/shares", {"expires_in_days": 3, "formats": ["pdf"], "token_hash": "0" * 64}),
     ("patch", "/v1/me", {"email": "someone@else.org"}),
     ("post", "/v1/foods/terms", {"term": "bread", "group": "wheat", "user_id": str(uuid.uuid4())})],
)
def test_server_owned_fields_cannot_be_set(alice, method, path, body):
    response = getattr(alice, method)(path, json=body)
    assert response.status_code == 422, response.text


def test_server_owned_fields_cannot_be_patched(alice):
    meal = alice.post("/v1/meals", json={"eaten_at": "2026-01-01T08:00:00Z", "description": "toast"}).json()
    for field, value in (("id", str(uuid.uuid4())), ("version", 99), ("user_id", str(uuid.uuid4())),
                         ("definite", []), ("local_date", "2020-01-01")):
        assert alice.patch(f"/v1/meals/{meal['id']}", json={field: value}).status_code == 422, field
    assert alice.get(f"/v1/meals/{meal['id']}").json() == meal
