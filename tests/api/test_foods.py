"""/v1/foods: analysis while typing, and personal terms."""


def test_analyze_stores_nothing_and_explains(alice):
    response = alice.post("/v1/foods/analyze", json={"description": "soy latte", "ingredients": ["maltodextrin"]})
    assert response.status_code == 200
    body = response.json()
    assert body["definite"] == ["soy"] and body["possible"] == ["corn"]
    assert {span["source"] for f in body["flags"] for span in f["spans"]} == {"description", "ingredients"}
    assert alice.get("/v1/meals").json()["items"] == []


def test_analyze_groups_flags_per_group_and_term_with_a_bounded_answer(alice):
    statement = "Milk, " * 150 + "sugar. May contain: milk."
    body = alice.post("/v1/foods/analyze", json={"ingredients": [statement] * 20}).json()
    counts = [(f["group"], f["term"], f["count"]) for f in body["flags"]]
    assert counts == [("dairy", "milk", 3020), ("sugar", "sugar", 20)]
    milk = body["flags"][0]
    assert milk["certainty"] == "definite" and len(milk["spans"]) == 10
    span = milk["spans"][0]
    assert statement[span["start"]:span["end"]] == span["matched"] == "Milk" and span["ingredient_index"] == 0


def test_analyze_requires_auth_and_limits_input(client, alice):
    assert client.post("/v1/foods/analyze", json={"description": "milk"}).status_code == 401
    too_long = alice.post("/v1/foods/analyze", json={"description": "m" * 2001})
    assert too_long.status_code == 422 and too_long.json()["error"]["fields"][0]["field"] == "description"


def test_personal_terms_flag_meals_for_their_owner_only(alice, bob):
    added = alice.post("/v1/foods/terms", json={"term": "Nana's Bread", "group": "wheat"})
    assert added.status_code == 201 and added.json()["certainty"] == "definite"
    duplicate = alice.post("/v1/foods/terms", json={"term": "nana's  bread", "group": "wheat"})
    assert duplicate.status_code == 409
    mine = alice.post("/v1/meals", json={"eaten_at": "2026-03-01T08:00:00Z", "description": "nana's bread"}).json()
    personal = [f for f in mine["flags"] if f["personal"]]
    assert mine["definite"] == ["wheat"] and personal[0]["spans"][0]["matched"] == "nana's bread"
    theirs = bob.post("/v1/meals", json={"eaten_at": "2026-03-01T08:00:00Z", "description": "nana's cake"}).json()
    assert not any(f["personal"] for f in theirs["flags"])
    term_id = added.json()["id"]
    assert bob.delete(f"/v1/foods/terms/{term_id}").status_code == 404
    assert [t["term"] for t in alice.get("/v1/foods/terms").json()] == ["Nana's Bread"]
    assert alice.delete(f"/v1/foods/terms/{term_id}").status_code == 204
    assert alice.get("/v1/foods/terms").json() == []


def test_term_group_must_be_one_of_the_five(alice):
    response = alice.post("/v1/foods/terms", json={"term": "eggs", "group": "eggs"})
    assert response.status_code == 422 and response.json()["error"]["fields"][0]["field"] == "group"
