"""POST /v1/import in bulk: repeats refused by name, every row pullable, terms applied to the imported meals."""

import uuid

MEAL = {"eaten_at": "2026-05-01T08:00:00Z", "description": "rice"}
SCORES = {"sleep": 6, "pain": 4, "energy": 5}
SESSION = {"performed_at": "2026-05-01T20:00:00Z", "knee": "left", "technique": "rubbing", "duration_seconds": 60}


def _document(**sections) -> dict:
    return {"format": "diet-tracker", "version": 1, **sections}


def test_repeated_ids_and_dates_are_a_422_naming_each_repeat(user_factory):
    user = user_factory()
    twice, massage_id = str(uuid.uuid4()), str(uuid.uuid4())
    document = _document(
        meals=[{"id": twice, **MEAL}, {"id": str(uuid.uuid4()), **MEAL}, {"id": twice, **MEAL, "description": "tea"}],
        symptoms=[{"date": "2026-05-01", **SCORES}, {"date": "2026-05-01", **SCORES, "pain": 1}],
        massage=[{"id": massage_id, **SESSION}, {"id": massage_id, **SESSION}])
    refused = user.post("/v1/import", json=document)
    assert refused.status_code == 422, refused.text
    fields = {f["field"]: f["message"] for f in refused.json()["error"]["fields"]}
    assert set(fields) == {"meals.2.id", "symptoms.1.date", "massage.1.id"}
    assert twice in fields["meals.2.id"] and "meals.0" in fields["meals.2.id"]
    assert "2026-05-01" in fields["symptoms.1.date"]
    assert user.get("/v1/meals", params={"from": "2026-05-01", "to": "2026-05-01"}).json()["items"] == []


def test_every_imported_row_is_pulled_once_in_pages(user_factory):
    user = user_factory()
    meals = [{"id": str(uuid.uuid4()), **MEAL, "eaten_at": f"2026-04-{day:02d}T08:00:00Z"} for day in range(1, 29)]
    symptoms = [{"date": f"2026-04-{day:02d}", **SCORES} for day in range(1, 11)]
    document = _document(meals=meals, symptoms=symptoms, massage=[{"id": str(uuid.uuid4()), **SESSION}])
    assert user.post("/v1/import", json=document).json() == {"meals": 28, "symptoms": 10, "massage": 1,
                                                             "personal_terms": 0}
    seen, cursor = [], ""
    while True:
        page = user.get("/v1/sync/pull", params={"cursor": cursor, "limit": 7}).json()
        seen += [(c["type"], c["id"]) for c in page["changes"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert len(seen) == len(set(seen)) == 39
    after = user.post("/v1/meals", json=MEAL).json()["id"]
    assert [c["id"] for c in user.get("/v1/sync/pull", params={"cursor": cursor}).json()["changes"]] == [after]


def test_the_documents_own_terms_flag_its_meals(user_factory):
    user = user_factory()
    meal_id = str(uuid.uuid4())
    document = _document(personal_terms=[{"term": "nanas loaf", "group": "wheat", "certainty": "definite"}],
                         meals=[{"id": meal_id, **MEAL, "description": "a slice of nanas loaf",
                                 "overrides": {"added": ["soy"]}}])
    assert user.post("/v1/import", json=document).status_code == 201
    meal = user.get(f"/v1/meals/{meal_id}").json()
    assert meal["engine"]["definite"] == ["wheat"] and meal["definite"] == ["wheat", "soy"]
    assert meal["flags"][0]["personal"] is True
    contradicting = _document(meals=[{"id": str(uuid.uuid4()), **MEAL,
                                      "overrides": {"added": ["soy"], "dismissed": ["soy"]}}])
    refused = user_factory().post("/v1/import", json=contradicting)
    assert refused.status_code == 422 and refused.json()["error"]["fields"][0]["field"] == "meals.0.overrides.added"
