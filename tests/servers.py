"""Real uvicorn processes for tests that need more than one instance, or a crash."""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    def __init__(self, database_url: str, *, through_serve: bool = False, **settings: str) -> None:
        """`settings` are extra environment variables, e.g. LOGIN_FAILURES_PER_ACCOUNT="5". `through_serve` starts
        it the operator's way, `python -m api.serve`, which passes the settings on to uvicorn."""
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url
        # Every process here is 127.0.0.1: per-address limits are off unless a test sets them; and tests never
        # reach the internet, so remote product lookups are off unless a test points them at its stand-in.
        environment = os.environ | {"DATABASE_URL": database_url, "LOG_LEVEL": "warning", "OPENFOODFACTS_URL": "",
                                    "LOGIN_FAILURES_PER_CLIENT": "1000000", "SIGNUPS_PER_CLIENT": "1000000"} | settings
        command = [sys.executable, "-m", "uvicorn", "api.main:create_app", "--factory", "--host", "127.0.0.1",
                   "--port", str(self.port), "--log-level", "warning", "--no-access-log"]
        if through_serve:
            command = [sys.executable, "-m", "api.serve"]
            environment |= {"HOST": "127.0.0.1", "PORT": str(self.port), "MIGRATE_ON_START": "false"}
        self.process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        deadline = time.monotonic() + 90  # a loaded CI machine starts slowly
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not become ready")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


@contextmanager
def running(database_url: str, count: int = 1, **settings: str):
    servers: list[ServerProcess] = []
    try:
        # Started one by one inside the try: if a later one fails to start, the earlier ones are still stopped.
        for _ in range(count):
            servers.append(ServerProcess(database_url, **settings))
        yield servers
    finally:
        for server in servers:
            server.stop()
