"""/v1/challenges over HTTP on both databases."""

import uuid
from datetime import date, timedelta

import pytest

from domain.wording import likely

TODAY = date.today()


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


@pytest.fixture
def eliminated(user_factory):
    """A user 30 days into a clean elimination (started by their own date), scored every day."""
    user = user_factory()
    user.put("/v1/elimination", json={"start_date": day(-30).isoformat()})
    for offset in range(-30, -10):
        user.post("/v1/meals", json={"eaten_at": f"{day(offset)}T12:00:00Z", "description": "grilled fish and rice"})
        user.put(f"/v1/symptoms/{day(offset)}", json={"sleep": 7, "pain": 2 + offset % 3 // 2, "energy": 7,
                                                       "headache": 1 + offset % 2})
    return user


def run_challenge(user, headaches):
    """Dairy on day -10, observed on -9 and -8."""
    user.post("/v1/meals", json={"eaten_at": f"{day(-10)}T12:00:00Z", "description": "glass of milk"})
    for offset, headache in zip((-10, -9, -8), headaches, strict=True):
        if offset != -10:
            user.post("/v1/meals", json={"eaten_at": f"{day(offset)}T12:00:00Z", "description": "rice and beans"})
        user.put(f"/v1/symptoms/{day(offset)}", json={"sleep": 7, "pain": 2, "energy": 7, "headache": headache})


def test_challenge_needs_two_clean_weeks_first(user_factory):
    user = user_factory()
    user.put("/v1/elimination", json={"start_date": day(-5).isoformat()})
    response = user.post("/v1/challenges", json={"group": "dairy", "start_date": day(-1).isoformat()})
    assert response.status_code == 409 and "two-week" in response.json()["error"]["message"]


def test_a_reaction_then_a_correction_flips_it(eliminated):
    created = eliminated.post("/v1/challenges", json={"group": "dairy", "start_date": day(-10).isoformat(),
                                                      "target_scale": "headache"})
    assert created.status_code == 201, created.text
    challenge = created.json()
    assert challenge["exposure_dates"] == [day(-10).isoformat()]
    assert challenge["observation_dates"] == [day(-9).isoformat(), day(-8).isoformat()]
    assert challenge["target_scale"] == "headache" and challenge["verdict"] == "inconclusive"
    assert challenge["statement"].startswith(f"inconclusive: no symptom scores on this observation day ({day(-9)})")
    run_challenge(eliminated, [4, 7, 6])
    result = eliminated.get(f"/v1/challenges/{challenge['id']}").json()
    assert result["status"] == "complete" and result["verdict"] == "reaction"
    assert result["reacting_scales"] == ["headache"] and len(result["baseline_days"]) == 14
    assert result["retest_on"] == (day(-8) + timedelta(days=90)).isoformat()
    assert result["statement"].startswith("reaction: headache was worse after the dairy challenge than on the clean "
                                          "days before, 99% likely")
    headache = next(e for e in result["evidence"] if e["scale"] == "headache")
    assert headache["target"] and headache["reacts"] and headache["required"] == 0.975
    trends = eliminated.get("/v1/trends").json()
    assert trends["challenges"]["dairy"]["outcome"] == "reaction"
    assert trends["challenges"]["dairy"]["statement"] == result["statement"]
    assert trends["challenges"]["soy"]["outcome"] == "not_yet_tested"
    exported = eliminated.get("/v1/export", params={"format": "json"}).json()
    assert exported["challenges"][0]["verdict"] == "reaction"
    report = eliminated.get("/v1/export", params={"format": "html"}).text
    assert "Reintroduction challenges" in report and result["statement"] in report
    for offset in (-9, -8):  # the person corrects two mistyped scores
        eliminated.put(f"/v1/symptoms/{day(offset)}", json={"sleep": 7, "pain": 2, "energy": 7, "headache": 1})
    corrected = eliminated.get(f"/v1/challenges/{challenge['id']}").json()
    # A steady baseline (headache 1-2) would have shown a 3-point reaction almost surely.
    assert corrected["verdict"] == "no_reaction_detected" and corrected["power"] > 0.9
    assert corrected["statement"] == (
        "no reaction detected \u2014 one open challenge only detects large reactions (about "
        f"{likely(corrected['power'])} chance to see a 3-point one); repeat it to be surer")


def test_the_target_defaults_to_the_primary_scale_then_pain(eliminated):
    first = eliminated.post("/v1/challenges", json={"group": "dairy", "start_date": day(-10).isoformat()}).json()
    assert first["target_scale"] == "pain"
    eliminated.post(f"/v1/challenges/{first['id']}/cancel")
    eliminated.patch("/v1/me", json={"primary_scale": "energy"})
    second = eliminated.post("/v1/challenges", json={"group": "soy", "start_date": day(-10).isoformat()}).json()
    assert second["target_scale"] == "energy"
    bad = eliminated.post("/v1/challenges", json={"group": "corn", "start_date": day(-2).isoformat(),
                                                  "target_scale": "mood"})
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "target_scale"


def test_confounded_and_incomplete_are_inconclusive(eliminated):
    challenge = eliminated.post("/v1/challenges", json={"group": "dairy", "start_date": day(-10).isoformat(),
                                                        "observation_days": 3}).json()
    run_challenge(eliminated, [1, 1, 1])
    eliminated.post("/v1/meals", json={"eaten_at": f"{day(-9)}T19:00:00Z", "description": "tofu"})
    result = eliminated.get(f"/v1/challenges/{challenge['id']}").json()
    kinds = {p["kind"] for p in result["problems"]}
    assert result["verdict"] == "inconclusive" and kinds == {"confounded", "incomplete"}


def test_one_at_a_time_washout_warning_and_cancel(eliminated):
    first = eliminated.post("/v1/challenges", json={"group": "dairy", "start_date": day(-10).isoformat()}).json()
    overlapping = eliminated.post("/v1/challenges", json={"group": "soy", "start_date": day(-9).isoformat()})
    assert overlapping.status_code == 409
    soon = eliminated.post("/v1/challenges", json={"group": "soy", "start_date": day(-6).isoformat()})
    assert soon.status_code == 201 and "advised" in soon.json()["warnings"][0]
    cancelled = eliminated.post(f"/v1/challenges/{soon.json()['id']}/cancel").json()
    assert cancelled["status"] == "cancelled"
    assert [c["group"] for c in eliminated.get("/v1/challenges").json()] == ["dairy", "soy"]
    corn = eliminated.post("/v1/challenges", json={"group": "corn", "start_date": day(-6).isoformat()})
    assert corn.status_code == 201, "a cancelled challenge no longer blocks the next one"
    assert first["status"] in ("exposure", "observation", "complete")


def test_challenges_are_per_user_and_validated(eliminated, bob):
    challenge = eliminated.post("/v1/challenges", json={"group": "dairy", "start_date": day(-10).isoformat()}).json()
    assert bob.get(f"/v1/challenges/{challenge['id']}").status_code == 404
    assert bob.post(f"/v1/challenges/{challenge['id']}/cancel").status_code == 404
    assert bob.get(f"/v1/challenges/{uuid.uuid4()}").status_code == 404
    for body in ({"group": "eggs", "start_date": "2026-01-01"},
                 {"group": "dairy", "start_date": "2026-01-01", "exposure_days": 4},
                 {"group": "dairy", "start_date": "2026-01-01", "observation_days": 1}):
        assert eliminated.post("/v1/challenges", json=body).status_code == 422
