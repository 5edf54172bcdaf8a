"""What scripts/bench, scripts/fuzz and the tests share: a fresh migrated database on either engine, the app
served by uvicorn in its own process on a loopback port, another user's writes timed meanwhile, and the Python
lines a call runs (work measured whatever the machine's speed)."""

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.migrate import upgrade  # noqa: E402

POSTGRES_ADMIN = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@contextmanager
def fresh_database(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{folder}/diet-tracker.db"
            upgrade(url)
            yield url
        return
    name = f"dt_harness_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_ADMIN).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def postgres_available() -> bool:
    try:
        engine = create_engine(POSTGRES_ADMIN)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not available here"
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server(database_url: str, *, app: str = "api.main:create_app", factory: bool = True, workers: int = 1,
           env: dict | None = None, root: Path = ROOT) -> Iterator[str]:
    """The service from `root` (another checkout of the project, to compare with, or this one)."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), "--log-level", "warning", "--no-access-log", "--app-dir", str(root)]
    if factory:
        command.append("--factory")
    # warning level: a log line per request would flood the output and cost the server time being measured.
    environment = (os.environ | {"DATABASE_URL": database_url, "LOG_LEVEL": "warning",
                                 "PYTHONPATH": f"{root}:{root / 'scripts'}"} | (env or {}))
    process = subprocess.Popen(command, env=environment, cwd=root)
    base = f"http://127.0.0.1:{port}"
    probe = "/readyz" if factory else "/docs"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + probe, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        else:
            raise RuntimeError(f"server on {database_url} did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def writes_while(busy: Sequence[threading.Thread], base: str, token: str) -> list[float]:
    """Another user's single-meal writes, one after another, for as long as any of `busy` runs: their seconds."""
    latencies = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120) as http:
        while any(thread.is_alive() for thread in busy):
            started = time.perf_counter()
            response = http.post("/v1/meals", json={"eaten_at": datetime.now(UTC).isoformat(), "description": "tea"})
            latencies.append(time.perf_counter() - started)
            assert response.status_code == 201, response.text
            time.sleep(0.05)
    return latencies


def lines_run(call: Callable[[], object]) -> int:
    """Python lines run by call(): the work it does, whatever the machine's speed or load."""
    count = 0

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        count += event == "line"
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count
