"""Offline-first writes: client ids, ETags, Idempotency-Key, batch push and pull."""

import uuid

import pytest

MEAL = {"eaten_at": "2026-05-01T08:00:00Z", "description": "rice and beans"}
SCORES = {"sleep": 6, "pain": 4, "energy": 5}
MASSAGE = {"performed_at": "2026-05-01T21:00:00Z", "technique": "rubbing", "knee": "left", "duration_seconds": 120}


def test_put_creates_replays_replaces_and_honours_if_match(alice):
    url = f"/v1/meals/{uuid.uuid4()}"
    created = alice.put(url, json=MEAL)
    assert created.status_code == 201 and created.headers["etag"] == '"1"'
    replay = alice.put(url, json=MEAL)
    assert replay.status_code == 200 and replay.json()["version"] == 1, "same PUT changes nothing"
    stale = alice.put(url, json=MEAL | {"description": "pizza"}, headers={"If-Match": '"7"'})
    assert stale.status_code == 412
    assert alice.get(url).json()["description"] == "rice and beans", "a 412 leaves the row as it was"
    weak = alice.put(url, json=MEAL | {"description": "pizza"}, headers={"If-Match": 'W/"1"'})
    assert weak.status_code == 412, "weak tags never match"
    fresh = alice.put(url, json=MEAL | {"description": "pizza"}, headers={"If-Match": '"1"'})
    assert fresh.status_code == 200 and fresh.headers["etag"] == '"2"' and fresh.json()["definite"]
    assert alice.get(url).headers["etag"] == '"2"'


def test_if_match_on_patch_overrides_and_delete(alice):
    meal = alice.post("/v1/meals", json=MEAL).json()
    url = f"/v1/meals/{meal['id']}"
    assert alice.patch(url, json={"notes": "x"}, headers={"If-Match": '"9"'}).status_code == 412
    assert alice.patch(url, json={"notes": "x"}, headers={"If-Match": '"1"'}).headers["etag"] == '"2"'
    assert alice.put(f"{url}/overrides", json={"added": ["soy"]}, headers={"If-Match": '"1"'}).status_code == 412
    assert alice.delete(url, headers={"If-Match": '"1"'}).status_code == 412
    assert alice.delete(url, headers={"If-Match": '"2"'}).status_code == 204
    assert alice.get(url).status_code == 404
    assert alice.put(url, json=MEAL).status_code == 201, "PUT brings a deleted meal back"


def test_symptom_and_massage_puts_are_idempotent_with_etags(alice):
    first = alice.put("/v1/symptoms/2026-05-02", json=SCORES)
    again = alice.put("/v1/symptoms/2026-05-02", json=SCORES)
    assert first.status_code == 201 and again.status_code == 200 and again.json()["version"] == 1
    assert alice.get("/v1/symptoms/2026-05-02").headers["etag"] == '"1"'
    stale = alice.put("/v1/symptoms/2026-05-02", json=SCORES | {"pain": 1}, headers={"If-Match": '"5"'})
    assert stale.status_code == 412
    assert alice.delete("/v1/symptoms/2026-05-02", headers={"If-Match": '"1"'}).status_code == 204
    url = f"/v1/massage/{uuid.uuid4()}"
    assert alice.put(url, json=MASSAGE).status_code == 201
    assert alice.put(url, json=MASSAGE).json()["version"] == 1
    assert alice.put(url, json=MASSAGE | {"points": ["ST34"]}).status_code == 422


def test_idempotency_key_replays_the_first_response(alice):
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = alice.post("/v1/meals", json=MEAL, headers=key)
    second = alice.post("/v1/meals", json=MEAL, headers=key)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json() and second.headers["idempotent-replayed"] == "true"
    assert second.headers["etag"] == '"1"'
    listed = alice.get("/v1/meals", params={"from": "2026-05-01", "to": "2026-05-01"}).json()["items"]
    assert len(listed) == 1
    different = alice.post("/v1/meals", json=MEAL | {"description": "toast"}, headers=key)
    assert different.status_code == 422
    assert different.json()["error"]["fields"][0] == {"field": "Idempotency-Key", "location": "header",
                                                      "message": "was already used with a different request"}


def test_idempotency_keys_are_per_user_and_failures_store_nothing(alice, bob):
    key = {"Idempotency-Key": "same-key-for-both"}
    mine = alice.post("/v1/foods/terms", json={"term": "nana's bread", "group": "wheat"}, headers=key)
    assert mine.status_code == 201
    theirs = bob.post("/v1/foods/terms", json={"term": "granny's cake", "group": "sugar"}, headers=key)
    assert theirs.status_code == 201 and theirs.json()["term"] == "granny's cake"
    retry_key = {"Idempotency-Key": str(uuid.uuid4())}
    bad = alice.post("/v1/massage", json=MASSAGE | {"rounds": 3}, headers=retry_key)
    assert bad.status_code == 422
    fixed = alice.post("/v1/massage", json=MASSAGE, headers=retry_key)
    assert fixed.status_code == 201, "a rejected request leaves the key free for the corrected retry"
    assert alice.post("/v1/meals", json=MEAL, headers={"Idempotency-Key": "k" * 256}).status_code == 422


def test_push_answers_per_item_and_keeps_the_good_ones(alice):
    good, other = str(uuid.uuid4()), str(uuid.uuid4())
    body = {
        "meals": [{"id": good, **MEAL}, {"id": "not-a-uuid", **MEAL}, {"id": other, "eaten_at": "yesterday",
                                                                      "description": "x"}],
        "symptoms": [{"date": "2026-05-03", **SCORES}, {"date": "2026-05-04", "sleep": 11, "pain": 1, "energy": 1}],
        "massage": [{"id": str(uuid.uuid4()), **MASSAGE, "technique": "kneading", "rounds": 2}],
    }
    results = alice.post("/v1/sync/push", json=body).json()["results"]
    assert [r["status"] for r in results] == ["created", "invalid", "invalid", "created", "invalid", "invalid"]
    assert "eaten_at" in results[2]["reason"] and "rounds" in results[5]["reason"]
    assert alice.get(f"/v1/meals/{good}").status_code == 200
    assert alice.get("/v1/symptoms/2026-05-03").status_code == 200
    again = alice.post("/v1/sync/push", json=body).json()["results"]
    assert [r["status"] for r in again][0::3] == ["unchanged", "unchanged"]


def test_stale_pushes_get_conflicts_not_overwrites(alice):
    meal_id = str(uuid.uuid4())
    alice.post("/v1/sync/push", json={"meals": [{"id": meal_id, **MEAL}]})
    pulled = alice.get("/v1/sync/pull").json()
    seen_version = next(c["version"] for c in pulled["changes"] if c["id"] == meal_id)
    # Another phone edits the meal meanwhile.
    alice.patch(f"/v1/meals/{meal_id}", json={"description": "grilled fish"})
    # This phone edited offline from the version it pulled.
    pushed = alice.post("/v1/sync/push", json={"meals": [{"id": meal_id, "base_version": seen_version, **MEAL,
                                                          "description": "rice, beans and cheese"}]}).json()
    result = pushed["results"][0]
    assert result["status"] == "conflict" and result["version"] == 2
    assert result["current"]["description"] == "grilled fish"
    assert alice.get(f"/v1/meals/{meal_id}").json()["description"] == "grilled fish"
    stale_delete = alice.post("/v1/sync/push", json={"meals": [{"id": meal_id, "base_version": 1,
                                                                "deleted": True}]}).json()
    assert stale_delete["results"][0]["status"] == "conflict"
    deleted = alice.post("/v1/sync/push", json={"meals": [{"id": meal_id, "base_version": 2, "deleted": True}]}).json()
    assert deleted["results"][0] == {"type": "meal", "id": meal_id, "status": "updated", "version": 3,
                                     "deleted": True, "reason": None, "current": None}
    new_on_server = alice.post("/v1/sync/push", json={"meals": [{"id": meal_id, **MEAL}]}).json()
    assert new_on_server["results"][0]["status"] == "conflict", "a tombstone is not silently revived by a stale client"


def test_pull_pages_in_change_order_with_tombstones(alice):
    ids = [alice.post("/v1/meals", json=MEAL).json()["id"] for _ in range(4)]
    alice.put("/v1/symptoms/2026-05-05", json=SCORES)
    alice.delete(f"/v1/meals/{ids[1]}")
    alice.patch(f"/v1/meals/{ids[0]}", json={"notes": "edited"})
    seen, cursor, pages = [], None, 0
    while True:
        page = alice.get("/v1/sync/pull", params={"limit": 1} | ({"cursor": cursor} if cursor else {})).json()
        pages += 1
        seen += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    seqs = [c["seq"] for c in seen]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs)), "nothing repeated, in change order"
    latest = {c["id"]: c for c in seen}
    assert set(latest) == set(ids) | {"2026-05-05"}, "nothing skipped"
    assert latest[ids[1]]["deleted"] is True and latest[ids[1]]["data"] is None
    assert latest[ids[0]]["data"]["notes"] == "edited"
    assert alice.get("/v1/sync/pull", params={"cursor": cursor}).json()["changes"] == []


def test_sync_limits(alice):
    too_many = alice.post("/v1/sync/push", json={"meals": [{"id": str(uuid.uuid4()), **MEAL}] * 501})
    assert too_many.status_code == 422
    split = alice.post("/v1/sync/push", json={"meals": [{}] * 300, "symptoms": [{}] * 201})
    assert split.status_code == 422 and split.json()["error"]["fields"][0]["field"] == "meals"
    assert alice.get("/v1/sync/pull", params={"limit": 501}).status_code == 422
    assert alice.get("/v1/sync/pull", params={"cursor": "abc"}).status_code == 422


@pytest.mark.parametrize("path", ["/v1/sync/pull"])
def test_pull_is_per_user(alice, bob, path):
    alice.post("/v1/meals", json=MEAL)
    assert bob.get(path).json()["changes"] == []


def test_retention_purges_old_tombstones_and_expired_keys(alice, app):
    from datetime import timedelta

    from sqlmodel import select

    from api.db import open_session
    from api.services.retention import purge_expired
    from models.idempotency import IdempotencyRecord
    from models.meal import Meal
    from models.types import utcnow

    old, recent = (alice.post("/v1/meals", json=MEAL).json()["id"] for _ in range(2))
    alice.delete(f"/v1/meals/{old}")
    alice.delete(f"/v1/meals/{recent}")
    alice.post("/v1/meals", json=MEAL | {"notes": "keyed"}, headers={"Idempotency-Key": "expiring"})
    with open_session(app.state.engine) as session:
        for meal in session.exec(select(Meal).where(Meal.id == uuid.UUID(old))).all():
            meal.deleted_at = utcnow() - timedelta(days=91)
            session.add(meal)
        for record in session.exec(select(IdempotencyRecord).where(IdempotencyRecord.key == "expiring")).all():
            record.expires_at = utcnow() - timedelta(seconds=1)
            session.add(record)
        session.commit()
    counts = purge_expired(app.state.engine, tombstone_days=90)
    assert counts["meal"] >= 1 and counts["idempotency_record"] >= 1
    ids = {c["id"] for c in alice.get("/v1/sync/pull").json()["changes"]}
    assert old not in ids and recent in ids
