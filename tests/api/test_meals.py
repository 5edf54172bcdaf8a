"""Meals over HTTP: flagging on the way in, local dates, filters, pagination, overrides, isolation."""

import uuid

import pytest

from tests.conftest import sign_up


def post_meal(user, description="bagel w/ cream cheese", eaten_at="2026-03-02T08:15:00+01:00", **extra):
    response = user.post("/v1/meals", json={"eaten_at": eaten_at, "description": description, **extra})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_meal_flags_it_and_explains(alice):
    meal = post_meal(alice, "bagel w/ cream cheese", meal_type="breakfast")
    assert meal["definite"] == ["wheat", "dairy"]
    assert meal["excluded"] is True
    by_term = {f["term"]: f for f in meal["flags"]}
    assert by_term["bagel"]["spans"] == [{"source": "description", "start": 0, "end": 5, "matched": "bagel",
                                          "ingredient_index": None}]
    assert by_term["bagel"]["count"] == 1
    assert by_term["cream cheese"]["reason"]
    assert meal["engine"] == {"definite": ["wheat", "dairy"], "possible": []}


def test_ingredient_statement_as_one_string(alice):
    meal = post_meal(alice, "crackers", ingredients="Rice flour, sunflower oil, salt. May contain: sesame, soy.")
    assert meal["ingredients"] == ["Rice flour, sunflower oil, salt. May contain: sesame, soy."]
    assert "soy" in meal["possible"] and "wheat" in meal["definite"]  # "crackers" in the description


def test_local_date_follows_the_users_zone_across_midnight(client):
    tokyo = sign_up(client, timezone="Asia/Tokyo")
    meal = post_meal(tokyo, "rice", eaten_at="2026-03-01T23:30:00Z")
    assert meal["local_date"] == "2026-03-02"
    la = sign_up(client, timezone="America/Los_Angeles")
    assert post_meal(la, "rice", eaten_at="2026-03-01T05:30:00Z")["local_date"] == "2026-02-28"


def test_naive_time_and_oversized_fields_are_422_naming_the_field(alice):
    naive = alice.post("/v1/meals", json={"eaten_at": "2026-03-01T08:00:00", "description": "toast"})
    assert naive.status_code == 422 and naive.json()["error"]["fields"][0]["field"] == "eaten_at"
    too_long = alice.post("/v1/meals", json={"eaten_at": "2026-03-01T08:00:00Z", "description": "x" * 2001})
    assert too_long.status_code == 422 and too_long.json()["error"]["fields"][0]["field"] == "description"
    too_many = alice.post("/v1/meals", json={"eaten_at": "2026-03-01T08:00:00Z", "description": "soup",
                                            "ingredients": ["salt"] * 201})
    assert too_many.status_code == 422 and too_many.json()["error"]["fields"][0]["field"] == "ingredients"
    server_fields = alice.post("/v1/meals", json={"eaten_at": "2026-03-01T08:00:00Z", "description": "soup",
                                                 "definite": [], "user_id": str(uuid.uuid4())})
    assert server_fields.status_code == 422


def test_client_chosen_id_and_duplicate(alice):
    meal_id = str(uuid.uuid4())
    assert post_meal(alice, "toast", id=meal_id)["id"] == meal_id
    again = alice.post("/v1/meals", json={"id": meal_id, "eaten_at": "2026-03-02T08:15:00Z", "description": "toast"})
    assert again.status_code == 409


def test_same_client_id_for_two_users_does_not_collide(alice, bob):
    meal_id = str(uuid.uuid4())
    post_meal(alice, "toast", id=meal_id)
    post_meal(bob, "rice", id=meal_id)
    assert alice.get(f"/v1/meals/{meal_id}").json()["description"] == "toast"
    assert bob.get(f"/v1/meals/{meal_id}").json()["description"] == "rice"


def test_patch_reflags_and_bumps_version(alice):
    meal = post_meal(alice, "pizza")
    changed = alice.patch(f"/v1/meals/{meal['id']}", json={"description": "grilled fish and rice"})
    assert changed.status_code == 200
    body = changed.json()
    assert body["definite"] == [] and body["flags"] == [] and body["version"] == meal["version"] + 1
    moved = alice.patch(f"/v1/meals/{meal['id']}", json={"eaten_at": "2026-03-05T23:30:00-05:00"})
    assert moved.json()["local_date"] == "2026-03-06"  # Berlin


def test_overrides_are_kept_beside_the_engine(alice):
    meal = post_meal(alice, "lemonade")
    assert "sugar" in meal["definite"]
    corrected = alice.put(f"/v1/meals/{meal['id']}/overrides", json={"dismissed": ["sugar"], "added": ["soy"]}).json()
    assert corrected["engine"]["definite"] == ["sugar"]
    assert corrected["overrides"] == {"dismissed": ["sugar"], "added": ["soy"]}
    assert corrected["definite"] == ["soy"] and corrected["excluded"] is True
    edited = alice.patch(f"/v1/meals/{meal['id']}", json={"notes": "home made"}).json()
    assert edited["definite"] == ["soy"], "overrides survive re-flagging"
    both = alice.put(f"/v1/meals/{meal['id']}/overrides", json={"dismissed": ["soy"], "added": ["soy"]})
    assert both.status_code == 422


def test_list_filters_and_cursor_pagination_skip_and_repeat_nothing(alice):
    same_time = "2026-04-01T12:00:00Z"
    made = [post_meal(alice, text, eaten_at=same_time)["id"] for text in
            ["pizza", "rice", "tofu", "salad", "latte"]]
    post_meal(alice, "rice", eaten_at="2026-04-03T12:00:00Z")
    seen, cursor = [], None
    while True:
        params = {"from": "2026-04-01", "to": "2026-04-01", "limit": 1} | ({"cursor": cursor} if cursor else {})
        page = alice.get("/v1/meals", params=params).json()
        seen += [m["id"] for m in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))
    dairy = alice.get("/v1/meals", params={"group": "dairy", "from": "2026-04-01", "to": "2026-04-03"}).json()
    assert sorted(m["description"] for m in dairy["items"]) == ["latte", "pizza"]
    clean = alice.get("/v1/meals", params={"excluded": "false", "from": "2026-04-01", "to": "2026-04-03"}).json()
    assert sorted(m["description"] for m in clean["items"]) == ["rice", "rice", "salad"]


@pytest.mark.parametrize("params", [{"cursor": "garbage"}, {"limit": 0}, {"limit": 201}, {"group": "eggs"},
                                    {"from": "2026-05-02", "to": "2026-05-01"}, {"from": "yesterday"}])
def test_bad_list_parameters_are_422(alice, params):
    response = alice.get("/v1/meals", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["fields"]


def test_another_users_meal_is_404_for_every_method(alice, bob):
    meal = post_meal(alice, "toast")
    url = f"/v1/meals/{meal['id']}"
    assert bob.get(url).status_code == 404
    assert bob.patch(url, json={"notes": "mine now"}).status_code == 404
    assert bob.put(f"{url}/overrides", json={"dismissed": ["wheat"]}).status_code == 404
    assert bob.delete(url).status_code == 404
    assert bob.get(f"/v1/meals/{uuid.uuid4()}").status_code == 404
    assert bob.get("/v1/meals").json()["items"] == []
    assert alice.get(url).json()["notes"] is None


def test_delete(alice):
    meal = post_meal(alice, "toast")
    assert alice.delete(f"/v1/meals/{meal['id']}").status_code == 204
    assert alice.get(f"/v1/meals/{meal['id']}").status_code == 404
