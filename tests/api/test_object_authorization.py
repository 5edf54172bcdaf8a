"""Every route with a path id, from the app's route table: user B never reads or changes user A's objects.

The table is read through the OpenAPI document FastAPI builds from it (the route objects themselves are
private to FastAPI and change shape between releases); every API route is in it.

Reads and writes of A's ids answer 404 to B, exactly like ids that do not exist. Create-or-replace routes
(PUT /v1/meals/{id}, /v1/massage/{id}, /v1/symptoms/{date}) address B's own namespace, so B may create
there, but A's object must come out unchanged. A route with a path parameter this test does not know fails
the test, so new routes cannot slip past it.
"""

import re

MEAL = {"eaten_at": "2026-02-01T08:00:00Z", "description": "toast"}
MASSAGE = {"performed_at": "2026-02-01T21:00:00Z", "technique": "rubbing", "knee": "left", "duration_seconds": 60}
SCORES = {"sleep": 5, "pain": 5, "energy": 5}
BODIES = {
    ("PUT", "/v1/meals/{meal_id}"): MEAL, ("PATCH", "/v1/meals/{meal_id}"): {"notes": "B was here"},
    ("PUT", "/v1/meals/{meal_id}/overrides"): {"dismissed": ["wheat"]},
    ("PUT", "/v1/massage/{massage_id}"): MASSAGE, ("PATCH", "/v1/massage/{massage_id}"): {"notes": "B was here"},
    ("PUT", "/v1/symptoms/{date}"): SCORES,
}
CREATE_OR_REPLACE = {("PUT", "/v1/meals/{meal_id}"), ("PUT", "/v1/massage/{massage_id}"),
                     ("PUT", "/v1/symptoms/{date}")}


def _objects_of(alice) -> dict[str, str]:
    meal = alice.post("/v1/meals", json=MEAL).json()["id"]
    massage = alice.post("/v1/massage", json=MASSAGE).json()["id"]
    alice.put("/v1/symptoms/2026-02-01", json=SCORES)
    term = alice.post("/v1/foods/terms", json={"term": "secret loaf", "group": "wheat"}).json()["id"]
    share = alice.post("/v1/shares", json={"expires_in_days": 3, "formats": ["pdf"]}).json()
    alice.put("/v1/elimination", json={"start_date": "2026-01-01"})
    challenge = alice.post("/v1/challenges", json={"group": "dairy", "start_date": "2026-01-20"})
    assert challenge.status_code == 201, "the walk needs a real challenge of A's"
    return {"meal_id": meal, "massage_id": massage, "date": "2026-02-01", "term_id": term, "share_id": share["id"],
            "challenge_id": challenge.json()["id"],
            "token": share["url"].rsplit("/", 1)[-1], "scale": "pain"}


def _snapshot(alice, ids) -> dict:
    return {
        "meal": alice.get(f"/v1/meals/{ids['meal_id']}").json(),
        "massage": alice.get(f"/v1/massage/{ids['massage_id']}").json(),
        "symptoms": alice.get(f"/v1/symptoms/{ids['date']}").json(),
        "terms": alice.get("/v1/foods/terms").json(),
        "shares": [{k: v for k, v in s.items() if k != "accesses"} for s in alice.get("/v1/shares").json()],
    }


def test_user_b_gets_404_on_every_route_with_user_a_ids(app, alice, bob):
    ids = _objects_of(alice)
    before = _snapshot(alice, ids)
    checked = 0
    calls = []
    for path, operations in app.openapi()["paths"].items():
        if "{" not in path or path.startswith(("/v1/shared/", "/v1/products/")):
            continue  # share links carry no user (see the share test below); the product catalogue is everyone's
        params = re.findall(r"{(\w+)}", path)
        unknown = [p for p in params if p not in ids]
        assert not unknown, f"{path}: add {unknown} to this test so the route is covered"
        for method in (m.upper() for m in operations):
            url = path
            for name in params:
                url = url.replace("{" + name + "}", ids[name])
            calls.append((method, path, url))
    # Create-or-replace last: once B has PUT an id into B's own namespace, later calls would reach B's own object.
    calls.sort(key=lambda call: (call[0], call[1]) in CREATE_OR_REPLACE)
    for method, path, url in calls:
        response = bob.client.request(method, url, headers=bob.headers, json=BODIES.get((method, path)),
                                      params={"format": "pdf"} if "export" in path else None)
        checked += 1
        if (method, path) in CREATE_OR_REPLACE:
            assert response.status_code in (200, 201), (method, url, response.status_code)
        elif path == "/v1/trends/charts/{scale}.svg":
            assert response.status_code == 200  # a scale name is not an object; B sees B's own chart
        else:
            assert response.status_code == 404, (method, url, response.status_code, response.text[:200])
    assert checked >= 15
    assert _snapshot(alice, ids) == before, "user B changed something of user A's"


def test_a_share_token_opens_only_its_own_share(client, alice):
    ids = _objects_of(alice)
    token = ids["token"]
    assert client.get(f"/v1/shared/{token}/report.pdf").status_code == 200
    assert client.get(f"/v1/shared/{token}/report.html").status_code == 404  # not among its formats
    assert client.get(f"/v1/shared/{'x' * 43}/report.pdf").status_code == 404
    for path in ("/v1/me", "/v1/meals", f"/v1/meals/{ids['meal_id']}", "/v1/export?format=pdf", "/v1/shares"):
        assert client.get(path, headers={"Authorization": f"Bearer {token}"}).status_code == 401, path
    assert client.post(f"/v1/shared/{token}/report.pdf").status_code == 405
