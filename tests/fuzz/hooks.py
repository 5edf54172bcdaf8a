"""Schemathesis hooks for scripts/fuzz (loaded through SCHEMATHESIS_HOOKS).

Two things, both narrow and both checked:

1. Each request's Idempotency-Key is made unique to its method, path and body. Schemathesis generates keys from a
   tiny alphabet, so two different bodies often share one; the API then answers 422 "key already used with a
   different request", as the IETF draft says it should. Deriving the key from the request keeps the generated key,
   keeps replays (the same request twice still shares a key) and stops unrelated requests from colliding.
   Key reuse itself is tested in tests/api/test_sync.py.

2. A "schema-valid request rejected" failure (ST202) is dropped only when the API's answer names a rule that JSON
   Schema cannot state, and this module checks, from the request that was sent, that the request really breaks
   that rule. Anything else stays a failure, and every other check is untouched. The rules, all documented in the
   OpenAPI descriptions:
   - 412: the If-Match sent is not the resource's current ETag (state, not shape);
   - dates and instants: from 2000-01-01 to a day after today (a relation to the clock);
   - ranges: 'from' not after 'to', at most 731 days (a relation between two parameters);
   - PATCH of a massage session without `technique`: points and rounds must fit the stored technique (state);
   - a meal's overrides: no group both dismissed and added (two arrays together);
   - POST /v1/me/password: `current_password` must be the account's password (a secret);
   - sign-up: an email on a special-use domain (.test, .local, ...) is refused, which `format: email` allows;
   - barcodes: a check digit that does not hold (arithmetic), and, for a meal's barcodes, a product no source
     knows (state: the run's catalogue is empty and remote lookups are off).
   - a share's period: `from`/`to` within 2000-01-01 .. a day after today, `from` not after `to`;
   - an import: each meal and massage id, and each symptom date, appears once (uniqueness by a key); its dates
     and overrides follow the same rules as the single writes.
Dropped failures are counted by rule in the file FUZZ_TALLY names, so scripts/fuzz can report them.

3. Every status each operation answered is recorded in the file FUZZ_SEEN names, so scripts/fuzz can list the
   documented statuses the run never saw.
"""

import hashlib
import json
import os
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import schemathesis
from email_validator import SPECIAL_USE_DOMAIN_NAMES

from domain.barcodes import BarcodeError, parse_barcode

EARLIEST = date(2000, 1, 1)
MAX_RANGE_DAYS = 731
ELIMINATION_DAYS_AHEAD = 60
LIST_DEFAULT_DAYS = {"/v1/massage": 30, "/v1/symptoms": 30, "/v1/trends/daily": 28}
KEY_MAX = 255
TALLY: Counter[str] = Counter()
SEEN: set[tuple[str, str, int]] = set()


# ---------------------------------------------------------------- 1. idempotency keys

@schemathesis.hook
def before_call(context: Any, case: Any, **kwargs: Any) -> None:
    key = case.headers.get("Idempotency-Key") if case.headers else None
    if not isinstance(key, str) or not 1 <= len(key) <= KEY_MAX:
        return  # absent, or deliberately invalid for a negative test: leave it as generated
    body = json.dumps(case.body, sort_keys=True, default=str)
    digest = hashlib.sha256(f"{case.method} {case.formatted_path}\n{body}".encode()).hexdigest()[:16]
    case.headers["Idempotency-Key"] = f"{key[:KEY_MAX - 17]}-{digest}"


# ---------------------------------------------------------------- 2. rules JSON Schema cannot state

def _today() -> date:
    return datetime.now(UTC).date()  # the fuzzing accounts live in UTC


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _outside_days(value: Any, ahead: int = 1) -> bool:
    day = _date(value)
    return day is not None and (day < EARLIEST or day > _today() + timedelta(days=ahead))


def _outside_instant(value: Any) -> bool:
    try:
        instant = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return instant.tzinfo is not None and (
        instant < datetime(2000, 1, 1, tzinfo=UTC) or instant > datetime.now(UTC) + timedelta(days=1))


class Sent:
    """The request as it went over the wire."""

    def __init__(self, case: Any, response: Any) -> None:
        request = response.request
        self.method = case.method.upper()
        self.operation = case.path
        parts = urlsplit(request.url)
        self.path = parts.path
        self.query = {name: values[-1] for name, values in parse_qs(parts.query, keep_blank_values=True).items()}
        self.headers = request.headers
        try:
            self.body = json.loads(request.body) if request.body else None
        except (TypeError, ValueError):
            self.body = None

    def body_value(self, dotted: str) -> Any:
        value: Any = self.body
        for part in dotted.split("."):
            if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            elif isinstance(value, dict) and part in value:
                value = value[part]
            else:
                return None
        return value


def _bad_check_digit(value: Any) -> bool:
    try:
        parse_barcode(value)
    except BarcodeError:
        return True
    return False


def _barcode_rule(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return "barcode check digit" if _bad_check_digit(value) else "barcode no source knows (empty catalogue)"


def _range_broken(sent: Sent) -> bool:
    """'from' after 'to', or a list's range longer than 731 days once its defaults are filled in."""
    date_to = _date(sent.query.get("to")) or _today()
    default_days = LIST_DEFAULT_DAYS.get(sent.operation)
    date_from = _date(sent.query.get("from"))
    if date_from is None:
        if default_days is None:
            return False
        date_from = date_to - timedelta(days=default_days - 1)
    if date_from > date_to:
        return True
    return default_days is not None and (date_to - date_from).days >= MAX_RANGE_DAYS


def _breaks(sent: Sent, field: str, location: str) -> str | None:
    """The rule this field problem cites, if the request really breaks it."""
    leaf = field.rsplit(".", 1)[-1]
    if location == "body" and leaf in ("eaten_at", "performed_at") and _outside_instant(sent.body_value(field)):
        return "instant outside 2000 .. a day ahead"
    if location == "path" and field == "date" and sent.operation == "/v1/symptoms/{date}":
        if _outside_days(sent.path.rsplit("/", 1)[-1]):
            return "date outside 2000 .. a day ahead"
    if location == "body" and field == "start_date" and sent.operation == "/v1/elimination":
        if _outside_days(sent.body_value(field), ahead=ELIMINATION_DAYS_AHEAD):
            return "start date outside 2000 .. 60 days ahead"
    if location == "query" and field in ("as_of", "to") and _outside_days(sent.query.get(field)):
        return "date outside 2000 .. a day ahead"
    if location == "query" and field in ("from", "to") and _range_broken(sent):
        return "range reversed or over 731 days"
    if (location == "body" and field in ("points", "rounds") and sent.method == "PATCH"
            and sent.operation == "/v1/massage/{massage_id}" and "technique" not in (sent.body or {})):
        return "points/rounds checked against the stored technique"
    if location == "body" and field == "added" and sent.operation == "/v1/meals/{meal_id}/overrides":
        if set((sent.body or {}).get("added") or ()) & set((sent.body or {}).get("dismissed") or ()):
            return "a group both dismissed and added"
    if location == "body" and field == "email" and sent.operation == "/v1/auth/signup":
        domain = str(sent.body_value(field)).rsplit("@", 1)[-1].lower()
        if any(domain == name or domain.endswith("." + name) for name in SPECIAL_USE_DOMAIN_NAMES):
            return "email on a special-use domain"
    if location == "path" and field == "barcode" and sent.operation == "/v1/products/{barcode}":
        if _bad_check_digit(sent.path.rsplit("/", 1)[-1]):
            return "barcode check digit"
    if location == "body" and field.startswith("barcodes.") and sent.operation.startswith("/v1/meals"):
        return _barcode_rule(sent.body_value(field))
    if location == "body" and field in ("from", "to") and sent.operation == "/v1/shares":
        first, last = _date(sent.body_value("from")), _date(sent.body_value("to"))
        if _outside_days(sent.body_value(field)):
            return "date outside 2000 .. a day ahead"
        if first and last and first > last:
            return "range reversed or over 731 days"
    if location == "body" and sent.operation == "/v1/import":
        return _import_rule(sent, field)
    if location == "body" and field == "current_password" and sent.operation == "/v1/me/password":
        if sent.body_value(field) != os.environ.get("FUZZ_PASSWORD_CHANGE_PASSWORD"):
            return "wrong current password"
    return None


def _import_rule(sent: Sent, field: str) -> str | None:
    section, _, rest = field.partition(".")
    index, _, leaf = rest.partition(".")
    if not index.isdigit() or section not in ("meals", "symptoms", "massage"):
        return None
    if leaf in ("id", "date"):
        earlier = [sent.body_value(f"{section}.{i}.{leaf}") for i in range(int(index))]
        if sent.body_value(field) in earlier:
            return "repeated id or date in an import"
        if leaf == "date" and _outside_days(sent.body_value(field)):
            return "date outside 2000 .. a day ahead"
    if leaf == "overrides.added":
        overrides = sent.body_value(f"{section}.{index}.overrides") or {}
        if set(overrides.get("added") or ()) & set(overrides.get("dismissed") or ()):
            return "a group both dismissed and added"
    return None


def _excuse(sent: Sent, response: Any) -> str | None:
    if response.status_code == 412:
        return "stale If-Match (412)" if "If-Match" in sent.headers else None
    if response.status_code != 422:
        return None
    try:
        problems = json.loads(response.content)["error"]["fields"]
    except (TypeError, ValueError, KeyError):
        return None
    rules = {_breaks(sent, p.get("field", ""), p.get("location", "")) for p in problems}
    if not problems or None in rules:
        return None
    return " + ".join(sorted(rules))  # type: ignore[arg-type]


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    if getattr(failure, "code", None) != "ST202":
        return True
    rule = _excuse(Sent(case, response), response)
    if rule is None:
        return True
    TALLY[rule] += 1
    if os.environ.get("FUZZ_TALLY"):
        with open(os.environ["FUZZ_TALLY"], "w") as out:
            json.dump(TALLY, out, indent=1, sort_keys=True)
    return False


# ---------------------------------------------------------------- 3. statuses seen

@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    seen = (case.method.upper(), case.path, response.status_code)
    if seen not in SEEN and os.environ.get("FUZZ_SEEN"):
        SEEN.add(seen)
        with open(os.environ["FUZZ_SEEN"], "w") as out:
            json.dump(sorted(SEEN), out)
