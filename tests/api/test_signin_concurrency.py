"""Guesses released together over two instances on one database reach the password check at most the limit."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.conftest import PASSWORD, sign_up
from tests.servers import running

pytestmark = pytest.mark.slow
GUESSES = 60
PER_ACCOUNT, PER_CLIENT = 5, 20


def _release_together(servers, attempts: list[dict[str, str]]) -> list[int]:
    """POST every attempt at once, alternating between the instances; the answers' status codes, in order."""
    barrier = threading.Barrier(len(attempts))

    def attempt(i: int) -> int:
        with httpx.Client(base_url=servers[i % len(servers)].base, timeout=120) as http:
            barrier.wait()
            return http.post("/v1/auth/token", data=attempts[i]).status_code

    with ThreadPoolExecutor(max_workers=len(attempts)) as pool:
        return list(pool.map(attempt, range(len(attempts))))


@pytest.fixture
def two_instances(fresh_database_url):
    with running(fresh_database_url, count=2, LOGIN_FAILURES_PER_ACCOUNT=str(PER_ACCOUNT),
                 LOGIN_FAILURES_PER_CLIENT=str(PER_CLIENT)) as servers:
        yield servers


def test_concurrent_guesses_at_one_account_are_checked_at_most_the_account_limit(two_instances):
    user = sign_up(httpx.Client(base_url=two_instances[0].base))
    guesses = [{"username": user.email, "password": f"wrong guess {i}"} for i in range(GUESSES - 1)]
    statuses = _release_together(two_instances, guesses)
    assert set(statuses) <= {401, 429}
    assert 1 <= statuses.count(401) <= PER_ACCOUNT, f"{statuses.count(401)} of {GUESSES - 1} were checked"
    # The right one last: the account is locked, on either instance (a success would have forgiven the rest).
    for server in two_instances:
        right = httpx.post(f"{server.base}/v1/auth/token", data={"username": user.email, "password": PASSWORD})
        assert right.status_code == 429


def test_concurrent_guesses_from_one_address_are_checked_at_most_the_address_limit(two_instances):
    attempts = [{"username": f"{uuid.uuid4().hex}@example.org", "password": "a guess"} for _ in range(GUESSES)]
    statuses = _release_together(two_instances, attempts)
    assert set(statuses) <= {401, 429}
    assert 1 <= statuses.count(401) <= PER_CLIENT, f"{statuses.count(401)} of {GUESSES} were checked"
