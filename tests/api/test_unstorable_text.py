"""Text no engine can store (NUL; an unpaired surrogate) is a 422 naming the field everywhere, and never logged."""

import json
import logging
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from api.logs import JsonFormatter
from api.main import create_app
from tests.conftest import PASSWORD, settings_for

BAD = ["milk\u0000tea", "milk\ud800tea"]
MEAL = {"eaten_at": "2026-05-01T08:00:00Z", "description": "rice"}
SESSION = {"performed_at": "2026-05-01T20:00:00Z", "knee": "left", "technique": "rubbing", "duration_seconds": 60}


def _field(response) -> str:
    assert response.status_code == 422, response.text
    return response.json()["error"]["fields"][0]["field"]


def _requests(bad: str) -> list[tuple[str, str, dict, str]]:
    meal_id = str(uuid.uuid4())
    return [
        ("POST", "/v1/meals", MEAL | {"description": bad}, "description"),
        ("POST", "/v1/meals", MEAL | {"notes": bad}, "notes"),
        ("POST", "/v1/meals", MEAL | {"ingredients": ["rice", bad]}, "ingredients.1"),
        ("PUT", f"/v1/meals/{meal_id}", MEAL | {"description": bad}, "description"),
        ("POST", "/v1/foods/analyze", {"description": bad}, "description"),
        ("PUT", "/v1/symptoms/2026-05-01", {"sleep": 5, "pain": 5, "energy": 5, "notes": bad}, "notes"),
        ("POST", "/v1/foods/terms", {"term": bad, "group": "dairy"}, "term"),
        ("POST", "/v1/massage", SESSION | {"notes": bad}, "notes"),
        ("POST", "/v1/massage/routine", {"performed_at": "2026-05-01T20:00:00Z", "knee": "both", "notes": bad,
                                         "sessions": [{"technique": "rubbing", "duration_seconds": 60}]}, "notes"),
        ("POST", "/v1/import", {"format": "diet-tracker", "version": 1,
                                "meals": [{"id": meal_id, **MEAL, "description": bad}]}, "meals.0.description"),
        ("POST", "/v1/import", {"format": "diet-tracker", "version": 1,
                                "personal_terms": [{"term": bad, "group": "soy", "certainty": "definite"}]},
         "personal_terms.0.term"),
        ("POST", "/v1/auth/signup", {"email": f"a{bad}@example.org", "password": PASSWORD, "timezone": "UTC"},
         "email"),
    ]


@pytest.mark.parametrize("bad", BAD, ids=["nul", "surrogate"])
def test_every_text_field_refuses_it_with_a_422_naming_the_field(alice, bad, caplog):
    caplog.set_level(logging.DEBUG)
    for method, url, body, field in _requests(bad):
        assert _field(_send(alice, method, url, body)).startswith(field), url
    if bad == BAD[0]:  # a form is percent-encoded UTF-8, which cannot carry a surrogate
        form = alice.client.post("/v1/auth/token", data={"username": f"{bad}@example.org", "password": "x"})
        assert _field(form) == "username"
    assert "milk" not in caplog.text


def _send(user, method: str, url: str, body: dict):
    # json.dumps escapes a lone surrogate as \ud800, as any client's JSON may; httpx's own encoder refuses it.
    return user.client.request(method, url, content=json.dumps(body),
                               headers=user.headers | {"Content-Type": "application/json"})


@pytest.mark.parametrize("bad", BAD, ids=["nul", "surrogate"])
def test_a_push_marks_only_that_item_invalid(alice, bad):
    good, poisoned = str(uuid.uuid4()), str(uuid.uuid4())
    body = {"meals": [{"id": good, **MEAL}, {"id": poisoned, **MEAL, "description": bad}],
            "symptoms": [{"date": "2026-05-02", "sleep": 5, "pain": 5, "energy": 5, "notes": bad}]}
    results = _send(alice, "POST", "/v1/sync/push", body).json()["results"]
    assert [r["status"] for r in results] == ["created", "invalid", "invalid"]
    assert "description" in results[1]["reason"] and "notes" in results[2]["reason"]
    assert alice.get(f"/v1/meals/{good}").status_code == 200


def test_database_errors_never_carry_their_parameters(app):
    with app.state.engine.connect() as conn, pytest.raises(DBAPIError) as raised:
        conn.execute(text("SELECT CAST(:value AS INTEGER) / 0 FROM no_such_table"), {"value": "milk tea"})
    assert "milk tea" not in str(raised.value)


def test_every_log_line_of_a_request_carries_its_request_id(database_url, caplog):
    app = create_app(settings_for(database_url))

    @app.get("/boom")
    def boom() -> None:
        logging.getLogger("diet_tracker.test").warning("about to fail")
        raise RuntimeError("a bug")

    caplog.set_level(logging.INFO)
    with TestClient(app, raise_server_exceptions=False) as http:
        response = http.get("/boom", headers={"X-Request-ID": "trace-me-1"})
    assert response.status_code == 500 and response.json()["error"]["code"] == "internal_error"
    assert response.headers["x-request-id"] == "trace-me-1"
    ours = [r for r in caplog.records if r.name.startswith("diet_tracker")]
    assert {r.name for r in ours} >= {"diet_tracker.test", "diet_tracker.requests"}
    assert any(r.exc_info for r in ours), "the traceback is logged"
    for record in ours:
        assert json.loads(JsonFormatter().format(record))["request_id"] == "trace-me-1", record.getMessage()
