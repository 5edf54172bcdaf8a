"""A slow request (a big import, parallel analyze calls) does not hold up another user's writes.

Bounds are ratios against the slow request's own duration, measured in the same run: before the write lock
was narrowed, another user's write on SQLite waited for the whole import. scripts/bench --only import gives
the absolute figures.
"""

import statistics
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from scripts.harness import writes_while
from tests.conftest import sign_up
from tests.servers import ServerProcess

pytestmark = pytest.mark.slow
WORDS = ["rice", "toast", "cheese", "soy sauce", "corn chips", "oat milk", "whey", "bagel", "apple", "tofu", "cola"]
LABEL = "Enriched flour (wheat flour, niacin), sugar, soybean oil, whey, salt, corn syrup, maltodextrin, lecithin."


def _big_import(count: int) -> dict:
    start = datetime.now(UTC) - timedelta(hours=2 * count)
    meals = [{"id": str(uuid.uuid4()), "eaten_at": (start + timedelta(hours=2 * i)).isoformat(),
              "description": f"{WORDS[i % 11]} and {WORDS[(i // 11) % 11]}, portion {i}",
              "ingredients": [LABEL[: 30 + i % 70]]} for i in range(count)]
    return {"format": "diet-tracker", "version": 1, "meals": meals}


def _in_threads(count: int, work) -> tuple[list[threading.Thread], list[float]]:
    durations: list[float] = []

    def timed() -> None:
        started = time.perf_counter()
        work()
        durations.append(time.perf_counter() - started)

    threads = [threading.Thread(target=timed) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads, durations


@pytest.fixture
def server(database_url):
    process = ServerProcess(database_url)
    yield process
    process.stop()


def test_another_users_write_during_a_big_import_does_not_wait_for_it(client, server):
    importer, writer = sign_up(client), sign_up(client)
    body = _big_import(6000)

    def run_import() -> None:
        response = httpx.post(f"{server.base}/v1/import", json=body, headers=importer.headers, timeout=600)
        assert response.status_code == 201, response.text

    threads, durations = _in_threads(1, run_import)
    latencies = writes_while(threads, server.base, writer.token)
    threads[0].join()
    assert len(latencies) >= 5, "the writes ran while the import did"
    # The import streams and stages its rows without the write lock, then moves them in turns (SQLite) or in a
    # transaction that locks only the importer's rows (PostgreSQL): no write waits for more than a turn.
    assert max(latencies) < durations[0] / 4 and statistics.median(latencies) < durations[0] / 20, (
        f"import {durations[0]:.1f} s, writes {[round(x, 2) for x in latencies]}")


def test_a_pull_while_an_import_goes_in_misses_nothing(client, server):
    # On SQLite the import commits in turns; the importer's own clients keep pulling, and writing once the rows
    # move in. Each turn takes its change numbers as it commits, so a cursor never passes a row committed later.
    importer = sign_up(client)
    body = _big_import(7000)
    imported = {meal["id"] for meal in body["meals"]}

    def run_import() -> None:
        response = httpx.post(f"{server.base}/v1/import", json=body, headers=importer.headers, timeout=600)
        assert response.status_code == 201, response.text

    threads, _ = _in_threads(1, run_import)
    seen: list[str] = []
    written: set[str] = set()
    cursor = ""
    with httpx.Client(base_url=server.base, headers=importer.headers, timeout=120) as http:
        def pull_all() -> None:
            nonlocal cursor
            while True:
                page = http.get("/v1/sync/pull", params={"cursor": cursor, "limit": 500}).json()
                seen.extend(c["id"] for c in page["changes"] if c["type"] == "meal")
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    return

        while threads[0].is_alive():
            pull_all()
            if seen:  # the rows are moving in (before, a write of the importer's own would make the import a 409)
                meal = http.post("/v1/meals", json={"eaten_at": datetime.now(UTC).isoformat(), "description": "tea"})
                assert meal.status_code == 201, meal.text
                written.add(meal.json()["id"])
        threads[0].join()
        pull_all()
    assert len(seen) == len(set(seen)) and set(seen) == imported | written


def test_another_users_write_during_parallel_analyze_calls_does_not_wait_for_them(client, server):
    analyst, writer = sign_up(client), sign_up(client)
    # Work enough that each thread's calls outlast a write many times over on any machine: distinct texts (no
    # cache helps), 200 statements of several labels each per call.
    statement = " ".join([LABEL] * 6)

    def analyze_repeatedly() -> None:
        with httpx.Client(base_url=server.base, headers=analyst.headers, timeout=120) as http:
            for call in range(4):
                body = {"ingredients": [f"{statement} ({uuid.uuid4()} {call} {i})" for i in range(200)]}
                assert http.post("/v1/foods/analyze", json=body).status_code == 200

    httpx.post(f"{server.base}/v1/meals", headers=writer.headers, timeout=30,
               json={"eaten_at": datetime.now(UTC).isoformat(), "description": "warm-up tea"})
    threads, durations = _in_threads(4, analyze_repeatedly)
    latencies = writes_while(threads, server.base, writer.token)
    for thread in threads:
        thread.join()
    assert len(latencies) >= 3
    assert max(latencies) < min(durations) / 2, (
        f"analyze calls {[round(x, 1) for x in durations]} s, writes {[round(x, 2) for x in latencies]}")
