"""The Open Food Facts read API (v2), called as their terms ask: a User-Agent naming the app, its version and a
contact; a short timeout; at most so many product reads a minute (per instance: each keeps its own budget).

A lookup sends only the barcode. No user id, token, cookie or client address is forwarded; Open Food Facts sees
this server's address and which product was asked for.
"""

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from importlib.metadata import version
from typing import Any

import httpx

from api.config import Settings
from domain.errors import Unavailable
from domain.products import OFF_FIELDS

WINDOW_SECONDS = 60.0
RETRY_AFTER_DOWN = 30  # what a client is told to wait when Open Food Facts is down or slow
RETRY_AFTER_THROTTLED = 60  # when their 429 names no Retry-After
FOUND, NOT_FOUND = 1, 0


class ReadBudget:
    """At most `per_minute` reads in any sliding minute, shared by every thread of this process."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._lock = threading.Lock()
        self._reads: deque[float] = deque()
        self._paused_until = 0.0

    def take(self) -> float:
        """Spend one read and return 0, or return the seconds until one is free (nothing spent)."""
        with self._lock:
            now = self._clock()
            while self._reads and self._reads[0] <= now - WINDOW_SECONDS:
                self._reads.popleft()
            if now < self._paused_until:
                return self._paused_until - now
            if len(self._reads) >= self.per_minute:
                return self._reads[0] + WINDOW_SECONDS - now
            self._reads.append(now)
            return 0.0

    def pause(self, seconds: float) -> None:
        """Spend nothing for a while: the remote asked us to slow down."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)


def user_agent(contact: str | None) -> str:
    return f"diet-tracker/{version('diet-tracker')} ({contact or 'self-hosted; operator contact not set'})"


def _retry_after(response: httpx.Response) -> int:
    value = response.headers.get("Retry-After", "")
    return int(value) if value.isdigit() and int(value) > 0 else RETRY_AFTER_THROTTLED


class OpenFoodFacts:
    """One client per app instance; thread-safe (httpx.Client and ReadBudget both are)."""

    def __init__(self, base_url: str, *, contact: str | None, timeout: float, budget: ReadBudget) -> None:
        self.budget = budget
        self._http = httpx.Client(base_url=base_url, timeout=timeout, follow_redirects=False,
                                  headers={"User-Agent": user_agent(contact), "Accept": "application/json"})

    @classmethod
    def from_settings(cls, settings: Settings) -> "OpenFoodFacts | None":
        if not settings.openfoodfacts_url:
            return None
        return cls(settings.openfoodfacts_url, contact=settings.openfoodfacts_contact,
                   timeout=settings.openfoodfacts_timeout_seconds,
                   budget=ReadBudget(settings.openfoodfacts_reads_per_minute))

    def fetch(self, barcode: str) -> dict[str, Any] | None:
        """The product object Open Food Facts has for this barcode, None when it has none; Unavailable (with
        Retry-After) when it cannot say: our read budget spent, a timeout, a refused connection, 429 or 5xx."""
        wait = self.budget.take()
        if wait:
            raise Unavailable("Open Food Facts lookups are at their rate limit; try again shortly.",
                              retry_after=math.ceil(wait))
        try:
            response = self._http.get(f"/api/v2/product/{barcode}", params={"fields": ",".join(OFF_FIELDS)})
        except httpx.TimeoutException:
            raise Unavailable("Open Food Facts did not answer in time.", retry_after=RETRY_AFTER_DOWN) from None
        except httpx.HTTPError:
            raise Unavailable("Open Food Facts cannot be reached.", retry_after=RETRY_AFTER_DOWN) from None
        if response.status_code == 429:
            seconds = _retry_after(response)
            self.budget.pause(seconds)
            raise Unavailable("Open Food Facts asked us to slow down.", retry_after=seconds)
        body = self._json(response)
        status = body.get("status") if isinstance(body, dict) else None
        # v2 answers an unknown product with 404 and status 0; any other 404 is a wrong base URL, not an answer.
        if response.status_code in (200, 404) and status == NOT_FOUND:
            return None
        if response.status_code == 200 and status == FOUND and isinstance(body.get("product"), dict):
            return body["product"]
        raise Unavailable(f"Open Food Facts answered {response.status_code} without a product.",
                          retry_after=RETRY_AFTER_DOWN)

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            return None

    def close(self) -> None:
        self._http.close()
