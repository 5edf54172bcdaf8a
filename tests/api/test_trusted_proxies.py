"""FORWARDED_ALLOW_IPS: behind a trusted proxy the throttle keys on the client X-Forwarded-For names."""

import uuid

import httpx
import pytest

from tests.servers import ServerProcess

pytestmark = pytest.mark.slow
PER_CLIENT = 3


def _fail_from(base: str, forwarded_for: str) -> int:
    return httpx.post(f"{base}/v1/auth/token", headers={"X-Forwarded-For": forwarded_for}, timeout=30,
                      data={"username": f"{uuid.uuid4().hex}@example.org", "password": "a guess"}).status_code


def _throttled_addresses(database_url: str, trusted: str) -> tuple[int, int]:
    """PER_CLIENT failures 'from' one forwarded address, then one more from it and one from another."""
    server = ServerProcess(database_url, through_serve=True, FORWARDED_ALLOW_IPS=trusted,
                           LOGIN_FAILURES_PER_CLIENT=str(PER_CLIENT))
    try:
        first, second = f"198.51.100.{uuid.uuid4().int % 250}", f"203.0.113.{uuid.uuid4().int % 250}"
        assert [_fail_from(server.base, first) for _ in range(PER_CLIENT)] == [401] * PER_CLIENT
        return _fail_from(server.base, first), _fail_from(server.base, second)
    finally:
        server.stop()


def test_a_trusted_proxys_forwarded_address_is_the_client(fresh_database_url):
    again, other = _throttled_addresses(fresh_database_url, trusted="127.0.0.1")
    assert (again, other) == (429, 401), "each forwarded address has its own budget"


def test_an_untrusted_peers_forwarded_for_is_ignored(fresh_database_url):
    again, other = _throttled_addresses(fresh_database_url, trusted="192.0.2.1")
    assert (again, other) == (429, 429), "the header is not believed: every attempt is the peer's own"
