"""Daily symptom scores over HTTP."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.scales import SCALES

SCORES = {"sleep": 6, "pain": 4, "energy": 5}


def test_scales_are_served_from_the_one_definition(client):
    served = client.get("/v1/symptoms/scales").json()
    assert [s["name"] for s in served] == [s.name for s in SCALES]
    pain = next(s for s in served if s["name"] == "pain")
    assert pain["higher_is_better"] is False and pain["required"] is True and pain["maximum"] == 10
    assert next(s for s in served if s["name"] == "sleep_hours")["integer"] is False


def test_put_creates_then_replaces(alice):
    created = alice.put("/v1/symptoms/2026-03-01", json=SCORES | {"headache": 2, "sleep_hours": 7.5})
    assert created.status_code == 201
    assert created.json()["headache"] == 2 and created.json()["sleep_hours"] == 7.5
    replaced = alice.put("/v1/symptoms/2026-03-01", json=SCORES | {"pain": 1})
    assert replaced.status_code == 200
    body = replaced.json()
    assert body["pain"] == 1 and body["headache"] is None, "PUT replaces the whole entry"
    assert body["version"] == 2 and body["date"] == "2026-03-01"
    assert alice.get("/v1/symptoms/2026-03-01").json()["pain"] == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [({"sleep": 6, "pain": 4}, "energy"), (SCORES | {"pain": 11}, "pain"), (SCORES | {"sleep": -1}, "sleep"),
     (SCORES | {"anxiety": 2.5}, "anxiety"), (SCORES | {"sleep_hours": 25}, "sleep_hours"),
     (SCORES | {"notes": "x" * 2001}, "notes"), (SCORES | {"mood": 3}, "mood")],
)
def test_bad_scores_are_422_naming_the_field(alice, body, field):
    response = alice.put("/v1/symptoms/2026-03-02", json=body)
    assert response.status_code == 422
    assert field in {f["field"] for f in response.json()["error"]["fields"]}


def test_dates_too_far_ahead_or_before_2000_are_422(alice):
    today = datetime.now(ZoneInfo(alice.timezone)).date()  # the user's today decides, not the machine's
    tomorrow = today + timedelta(days=1)
    far = today + timedelta(days=3)
    assert alice.put(f"/v1/symptoms/{tomorrow}", json=SCORES).status_code in (200, 201)
    ahead = alice.put(f"/v1/symptoms/{far}", json=SCORES)
    assert ahead.status_code == 422 and "future" in ahead.json()["error"]["message"]
    old = alice.put("/v1/symptoms/1999-12-31", json=SCORES)
    assert old.status_code == 422 and old.json()["error"]["fields"][0]["field"] == "date"
    assert alice.put("/v1/symptoms/2026-02-30", json=SCORES).status_code == 422


def test_list_range_and_delete(alice):
    for day in ("2026-01-01", "2026-01-02", "2026-01-05"):
        alice.put(f"/v1/symptoms/{day}", json=SCORES)
    listed = alice.get("/v1/symptoms", params={"from": "2026-01-01", "to": "2026-01-03"}).json()
    assert [e["date"] for e in listed] == ["2026-01-01", "2026-01-02"]
    stale = alice.delete("/v1/symptoms/2026-01-02", headers={"If-Match": '"7"'})
    assert stale.status_code == 412 and stale.json()["error"]["code"] == "precondition_failed"
    assert alice.get("/v1/symptoms/2026-01-02").status_code == 200, "a 412 deletes nothing"
    assert alice.delete("/v1/symptoms/2026-01-02").status_code == 204
    assert alice.get("/v1/symptoms/2026-01-02").status_code == 404
    too_wide = alice.get("/v1/symptoms", params={"from": "2020-01-01", "to": "2026-01-01"})
    assert too_wide.status_code == 422


def test_entries_are_per_user(alice, bob):
    alice.put("/v1/symptoms/2026-02-01", json=SCORES)
    assert bob.get("/v1/symptoms/2026-02-01").status_code == 404
    assert bob.delete("/v1/symptoms/2026-02-01").status_code == 404
    assert bob.get("/v1/symptoms", params={"from": "2026-02-01", "to": "2026-02-01"}).json() == []
