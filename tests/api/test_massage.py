"""The knee self-massage log over HTTP."""

import uuid

import pytest

from domain.massage import CATALOGUE

SESSION = {"performed_at": "2026-03-01T21:00:00+01:00", "technique": "kneading", "knee": "left",
           "duration_seconds": 180, "pain_before": 5, "pain_after": 3}


def test_catalogue_lists_the_four_techniques_with_the_points(client):
    served = client.get("/v1/massage/techniques").json()
    assert [t["name"] for t in served] == [t.name for t in CATALOGUE]
    acupressure = served[0]
    assert [p["code"] for p in acupressure["points"]] == ["ST34", "SP10", "XIYAN"]
    assert "outer border" in acupressure["points"][0]["location"]
    assert "nine" in served[2]["round_description"]


def test_log_a_session_and_read_it_back(alice):
    created = alice.post("/v1/massage", json=SESSION)
    assert created.status_code == 201
    body = created.json()
    assert body["local_date"] == "2026-03-01" and body["points"] == [] and body["rounds"] is None
    assert alice.get(f"/v1/massage/{body['id']}").json() == body


def test_acupressure_points_and_patting_rounds(alice):
    acu = alice.post("/v1/massage", json=SESSION | {"technique": "acupressure", "points": ["ST34", "XIYAN"]})
    assert acu.status_code == 201 and acu.json()["points"] == ["ST34", "XIYAN"]
    pat = alice.post("/v1/massage", json=SESSION | {"technique": "empty_palm_patting", "rounds": 3})
    assert pat.status_code == 201 and pat.json()["rounds"] == 3


@pytest.mark.parametrize(
    ("extra", "field"),
    [({"points": ["ST34"]}, "points"), ({"rounds": 2}, "rounds"), ({"duration_seconds": 0}, "duration_seconds"),
     ({"duration_seconds": 3601}, "duration_seconds"), ({"knee": "elbow"}, "knee"),
     ({"technique": "tapping"}, "technique"),
     ({"pain_after": 11}, "pain_after"), ({"performed_at": "2026-03-01T21:00:00"}, "performed_at")],
)
def test_fields_that_do_not_belong_are_422_saying_why(alice, extra, field):
    response = alice.post("/v1/massage", json=SESSION | extra)
    assert response.status_code == 422
    error = response.json()["error"]
    assert field in {f["field"] for f in error["fields"]}
    if field in ("points", "rounds"):
        assert "only" in error["message"]


def test_patch_keeps_the_technique_rules(alice):
    row = alice.post("/v1/massage", json=SESSION | {"technique": "acupressure", "points": ["SP10"]}).json()
    bad = alice.patch(f"/v1/massage/{row['id']}", json={"technique": "rubbing"})
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "points"
    good = alice.patch(f"/v1/massage/{row['id']}", json={"technique": "rubbing", "points": None})
    assert good.status_code == 200 and good.json()["points"] == [] and good.json()["version"] == 2


def test_routine_stores_each_technique_back_to_back(alice):
    routine = {
        "performed_at": "2026-03-02T20:00:00Z", "knee": "both", "pain_before": 6, "pain_after": 4,
        "sessions": [
            {"technique": "acupressure", "duration_seconds": 360, "points": ["ST34", "SP10", "XIYAN"]},
            {"technique": "kneading", "duration_seconds": 180},
            {"technique": "empty_palm_patting", "duration_seconds": 120, "rounds": 3},
            {"technique": "rubbing", "duration_seconds": 180},
        ],
    }
    response = alice.post("/v1/massage/routine", json=routine)
    assert response.status_code == 201
    rows = response.json()
    assert [r["technique"] for r in rows] == ["acupressure", "kneading", "empty_palm_patting", "rubbing"]
    assert len({r["routine_id"] for r in rows}) == 1
    assert [r["performed_at"][11:19] for r in rows] == ["20:00:00", "20:06:00", "20:09:00", "20:11:00"]
    routine["sessions"][1]["rounds"] = 2
    bad = alice.post("/v1/massage/routine", json=routine)
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "sessions.1.rounds"


def test_list_and_isolation(alice, bob):
    row = alice.post("/v1/massage", json=SESSION | {"id": str(uuid.uuid4())}).json()
    listed = alice.get("/v1/massage", params={"from": "2026-03-01", "to": "2026-03-01"}).json()
    assert row["id"] in [r["id"] for r in listed]
    for method in (bob.get, bob.delete):
        assert method(f"/v1/massage/{row['id']}").status_code == 404
    assert bob.patch(f"/v1/massage/{row['id']}", json={"knee": "right"}).status_code == 404
    assert bob.get("/v1/massage", params={"from": "2026-03-01", "to": "2026-03-01"}).json() == []
    assert alice.delete(f"/v1/massage/{row['id']}").status_code == 204
