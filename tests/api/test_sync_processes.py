"""Several app processes on one database, and a server killed in the middle of a stream of writes."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.conftest import sign_up
from tests.servers import ServerProcess, running

pytestmark = pytest.mark.slow
MEAL = {"eaten_at": "2026-05-01T08:00:00Z", "description": "rice and beans"}


def test_two_instances_same_idempotency_key_and_same_client_id_make_one_row(client, database_url):
    user = sign_up(client)
    auth = {"Authorization": f"Bearer {user.token}"}
    with running(database_url, count=2) as servers:
        key = str(uuid.uuid4())
        meal_id = str(uuid.uuid4())
        body = MEAL | {"description": f"idempotent {key}"}

        def post(i: int) -> int:
            server = servers[i % 2]
            return httpx.post(f"{server.base}/v1/meals", json=body, timeout=30,
                              headers=auth | {"Idempotency-Key": key}).status_code

        def put(i: int) -> int:
            return httpx.put(f"{servers[i % 2].base}/v1/meals/{meal_id}", json=MEAL, headers=auth,
                             timeout=30).status_code

        with ThreadPoolExecutor(max_workers=16) as pool:
            posted = list(pool.map(post, range(24)))
            putted = list(pool.map(put, range(24)))
    assert set(posted) <= {201, 409} and 201 in posted
    assert set(putted) <= {200, 201} and putted.count(201) == 1
    items = client.get("/v1/meals", headers=auth, params={"from": "2026-05-01", "to": "2026-05-01"}).json()["items"]
    assert sum(m["description"] == body["description"] for m in items) == 1
    assert sum(m["id"] == meal_id for m in items) == 1
    assert client.get(f"/v1/meals/{meal_id}", headers=auth).json()["version"] == 1


def test_a_token_from_one_instance_works_on_the_other(client, database_url):
    with running(database_url, count=2) as (first, second):
        email = f"multi-{uuid.uuid4().hex[:8]}@example.org"
        httpx.post(f"{first.base}/v1/auth/signup", json={"email": email, "password": "long enough password",
                                                         "timezone": "UTC"})
        token = httpx.post(f"{first.base}/v1/auth/token",
                           data={"username": email, "password": "long enough password"}).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        created = httpx.post(f"{first.base}/v1/meals", json=MEAL, headers=auth).json()
        assert httpx.get(f"{second.base}/v1/meals/{created['id']}", headers=auth).status_code == 200
        assert httpx.post(f"{second.base}/v1/auth/logout", headers=auth).status_code == 204
        assert httpx.get(f"{first.base}/v1/me", headers=auth).status_code == 401


def test_every_acknowledged_write_survives_sigkill(client, database_url):
    user = sign_up(client)
    auth = {"Authorization": f"Bearer {user.token}"}
    server = ServerProcess(database_url)
    acknowledged: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        # No short timeout: on a slow machine a write may take seconds, and a writer that gave up early would
        # leave the count below 40 for ever. Only the kill ends a writer.
        with httpx.Client(base_url=server.base, headers=auth, timeout=120) as http:
            while not stop.is_set():
                meal_id = str(uuid.uuid4())
                try:
                    response = http.put(f"/v1/meals/{meal_id}", json=MEAL)
                except httpx.HTTPError:
                    return
                if response.status_code in (200, 201):
                    acknowledged.append(meal_id)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    while len(acknowledged) < 40 and any(thread.is_alive() for thread in threads):
        threading.Event().wait(0.02)
    server.kill()
    stop.set()
    for thread in threads:
        thread.join()
    restarted = ServerProcess(database_url)
    try:
        with httpx.Client(base_url=restarted.base, headers=auth, timeout=120) as http:
            missing = [m for m in acknowledged if http.get(f"/v1/meals/{m}").status_code != 200]
    finally:
        restarted.stop()
    assert len(acknowledged) >= 40 and missing == []
