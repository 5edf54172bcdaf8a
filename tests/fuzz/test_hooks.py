"""The fuzzing hooks excuse only requests that provably break a documented rule, and keep replays replays."""

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from tests.fuzz import hooks

ST202 = SimpleNamespace(code="ST202")


def _exchange(method: str, template: str, url: str, *, status: int, fields=(), body=None, headers=None):
    content = json.dumps({"error": {"status": status, "fields": [
        {"field": name, "location": location, "message": "..."} for name, location in fields]}}).encode()
    sent = json.dumps(body).encode() if body is not None else None
    request = SimpleNamespace(url=f"http://127.0.0.1{url}", headers=headers or {}, body=sent)
    case = SimpleNamespace(method=method, path=template)
    return case, SimpleNamespace(status_code=status, content=content, request=request)


def _kept(case, response, failure=ST202) -> bool:
    return hooks.filter_failure(None, failure, case, response)


def test_a_date_outside_the_window_is_excused_and_one_inside_is_not():
    outside = _exchange("PUT", "/v1/symptoms/{date}", "/v1/symptoms/1999-12-31", status=422, fields=[("date", "path")])
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    inside = _exchange("PUT", "/v1/symptoms/{date}", f"/v1/symptoms/{tomorrow}", status=422, fields=[("date", "path")])
    assert not _kept(*outside)
    assert _kept(*inside)


def test_every_field_problem_must_be_excused():
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    both = _exchange("POST", "/v1/meals", "/v1/meals", status=422, fields=[("eaten_at", "body"), ("notes", "body")],
                     body={"eaten_at": "1990-01-01T00:00:00Z"})
    in_range = _exchange("POST", "/v1/meals", "/v1/meals", status=422, fields=[("eaten_at", "body")],
                         body={"eaten_at": soon})
    assert _kept(*both) and _kept(*in_range)


def test_a_412_is_excused_only_when_an_if_match_was_sent():
    stale = _exchange("DELETE", "/v1/meals/{meal_id}", "/v1/meals/x", status=412, headers={"If-Match": '"3"'})
    unasked = _exchange("DELETE", "/v1/meals/{meal_id}", "/v1/meals/x", status=412)
    assert not _kept(*stale) and _kept(*unasked)


def test_ranges_are_judged_with_their_defaults_filled_in():
    long = _exchange("GET", "/v1/massage", "/v1/massage?from=2000-01-01", status=422, fields=[("to", "query")])
    recent = datetime.now(UTC).date() - timedelta(days=5)
    short = _exchange("GET", "/v1/massage", f"/v1/massage?from={recent}", status=422, fields=[("to", "query")])
    assert not _kept(*long) and _kept(*short)


def test_barcodes_are_excused_for_a_wrong_check_digit_or_an_unknown_product_only():
    wrong = _exchange("GET", "/v1/products/{barcode}", "/v1/products/3017620422004", status=422,
                      fields=[("barcode", "path")])
    right = _exchange("GET", "/v1/products/{barcode}", "/v1/products/3017620422003", status=422,
                      fields=[("barcode", "path")])
    assert not _kept(*wrong) and _kept(*right)
    unknown = _exchange("POST", "/v1/meals", "/v1/meals", status=422, fields=[("barcodes.0", "body")],
                        body={"barcodes": ["3017620422003"]})
    absent = _exchange("POST", "/v1/meals", "/v1/meals", status=422, fields=[("barcodes.1", "body")],
                       body={"barcodes": ["3017620422003"]})
    assert not _kept(*unknown) and _kept(*absent)


def test_other_failures_are_never_dropped():
    server_error = SimpleNamespace(code="ST101")
    assert _kept(*_exchange("PUT", "/v1/symptoms/{date}", "/v1/symptoms/1999-12-31", status=422,
                            fields=[("date", "path")]), failure=server_error)


def test_idempotency_keys_follow_the_request():
    def key(body, generated="k"):
        case = SimpleNamespace(method="POST", formatted_path="/v1/meals", body=body,
                               headers={"Idempotency-Key": generated})
        hooks.before_call(None, case)
        return case.headers["Idempotency-Key"]

    assert key({"description": "toast"}) == key({"description": "toast"})
    assert key({"description": "toast"}) != key({"description": "tea"})
    assert len(key({}, "k" * 255)) == 255
    assert key({}, "") == "" and key({}, "k" * 256) == "k" * 256


def test_only_special_use_email_domains_are_excused():
    def exchange(email):
        return _exchange("POST", "/v1/auth/signup", "/v1/auth/signup", status=422, fields=[("email", "body")],
                         body={"email": email})

    assert not _kept(*exchange("0@8bce9.test")) and not _kept(*exchange("a@clinic.local"))
    assert _kept(*exchange("a@example.org")) and _kept(*exchange("a@latest"))


def test_a_shares_period_is_excused_only_when_it_breaks_the_rule():
    def share(fields, body):
        return _exchange("POST", "/v1/shares", "/v1/shares", status=422, fields=fields, body=body)

    assert not _kept(*share([("from", "body")], {"from": "1999-12-22", "to": "1389-11-13"}))
    assert not _kept(*share([("from", "body")], {"from": "2026-03-03", "to": "2026-03-02"}))
    assert _kept(*share([("from", "body")], {"from": "2026-03-01", "to": "2026-03-02"}))


def test_an_imports_repeats_are_excused_only_when_they_repeat():
    twice = {"meals": [{"id": "a"}, {"id": "b"}, {"id": "a"}]}
    repeated = _exchange("POST", "/v1/import", "/v1/import", status=422, fields=[("meals.2.id", "body")], body=twice)
    unique = _exchange("POST", "/v1/import", "/v1/import", status=422, fields=[("meals.1.id", "body")], body=twice)
    assert not _kept(*repeated) and _kept(*unique)
