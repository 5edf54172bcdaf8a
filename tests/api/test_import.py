"""POST /v1/import in bulk: repeats refused by name, every row pullable, terms applied to the imported meals."""

import io
import json
import tracemalloc
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import select, update

from api.db import make_engine, open_session
from api.main import create_app
from api.services import imports
from domain.errors import InvalidInput
from models.meal import Meal
from models.user import User
from tests.conftest import settings_for, sign_up

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


def test_terms_after_the_meals_still_flag_them(user_factory):
    # Exports put the terms first, so meals are flagged as they stream in; a document in another order is flagged
    # again once its terms are read.
    user, meal_id = user_factory(), str(uuid.uuid4())
    body = ('{"format": "diet-tracker", "version": 1, "meals": [' + json.dumps({"id": meal_id, **MEAL,
            "description": "a slice of nanas loaf"}) + '], "personal_terms": [{"term": "nanas loaf", "group": '
            '"wheat", "certainty": "definite"}]}')
    assert user.post("/v1/import", content=body, headers={"Content-Type": "application/json"}).status_code == 201
    assert user.get(f"/v1/meals/{meal_id}").json()["engine"]["definite"] == ["wheat"]


def test_a_bad_row_deep_in_the_document_is_a_422_naming_it_and_nothing_is_stored(user_factory):
    user = user_factory()
    meals = [{"id": str(uuid.uuid4()), **MEAL} for _ in range(2500)]
    meals[2345]["eaten_at"] = "yesterday"
    refused = user.post("/v1/import", json=_document(meals=meals, symptoms=[{"date": "2026-05-01", **SCORES}]))
    assert refused.status_code == 422 and refused.json()["error"]["fields"][0]["field"] == "meals.2345.eaten_at"
    cut_short = json.dumps(_document(meals=meals[:3000 - 1000]))[:-40]
    broken = user.post("/v1/import", content=cut_short, headers={"Content-Type": "application/json"})
    assert broken.status_code == 422 and broken.json()["error"]["fields"][0]["field"] == "body"
    assert user.get("/v1/sync/pull").json()["changes"] == []
    assert user.post("/v1/import", json=_document(meals=meals[:100])).status_code == 201, "the account stayed empty"


def test_a_chunked_import_over_the_limit_is_413_and_stores_nothing(database_url):
    limit = 64 * 1024
    with TestClient(create_app(settings_for(database_url, max_import_bytes=limit))) as http:
        user = sign_up(http)
        meals = [{"id": str(uuid.uuid4()), **MEAL} for _ in range(1000)]
        encoded = json.dumps(_document(meals=meals)).encode()

        def chunks():
            for start in range(0, len(encoded), 4096):
                yield encoded[start:start + 4096]

        over = user.post("/v1/import", content=chunks(), headers={"Content-Type": "application/json"})
        assert over.status_code == 413 and over.json()["error"]["code"] == "payload_too_large"
        assert user.get("/v1/sync/pull").json()["changes"] == []


def _peak_of_import(app, client, count: int) -> int:
    email = f"memory-{uuid.uuid4().hex[:8]}@example.org"
    sign_up(client, email=email)
    body = json.dumps(_document(meals=[{"id": str(uuid.uuid4()), **MEAL, "description": f"rice and tea ({i})",
                                        "eaten_at": f"2026-04-{1 + i % 28:02d}T08:00:00Z"}
                                       for i in range(count)])).encode()
    with open_session(app.state.engine) as session:
        owner = session.exec(select(User).where(User.email == email)).one()
        stream = io.BytesIO(body)  # the body itself is the client's; the server reads it as it arrives
        tracemalloc.start()
        try:
            imports.import_stream(session=session, owner=owner, body=stream)
            session.commit()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_an_imports_memory_does_not_grow_with_its_size(app, client):
    _peak_of_import(app, client, 200)  # warm: the engine's knowledge compiles once per process
    small, large = _peak_of_import(app, client, 1500), _peak_of_import(app, client, 6000)
    assert large < 1.5 * small, f"peak {small / 2**20:.1f} MiB for 1,500 meals, {large / 2**20:.1f} MiB for 6,000"


def _interrupt(app, email: str, ago: timedelta) -> None:
    """Leave the account as an import stopped halfway leaves it: its rows so far, and the user row's mark."""
    started = datetime.now(UTC) - ago
    with open_session(app.state.engine) as session:
        owner = session.exec(select(User).where(User.email == email)).one()
        session.execute(update(Meal).where(Meal.user_id == owner.id).values(created_at=started))
        session.execute(update(User).where(User.id == owner.id).values(import_started_at=started))
        session.commit()


def test_an_interrupted_import_is_cleared_by_sending_it_again(app, user_factory):
    user = user_factory()
    halfway = [{"id": str(uuid.uuid4()), **MEAL, "description": "rice"} for _ in range(3)]
    assert user.post("/v1/import", json=_document(meals=halfway)).status_code == 201
    _interrupt(app, user.email, timedelta(minutes=1))
    under_way = user.post("/v1/import", json=_document(meals=halfway))
    assert under_way.status_code == 409 and "under way" in under_way.json()["error"]["message"]
    _interrupt(app, user.email, timedelta(hours=1))
    whole = [{"id": str(uuid.uuid4()), **MEAL, "description": "toast"} for _ in range(4)]
    assert user.post("/v1/import", json=_document(meals=whole)).status_code == 201
    stored = user.get("/v1/meals", params={"from": "2026-05-01", "to": "2026-05-01"}).json()["items"]
    assert sorted(m["id"] for m in stored) == sorted(m["id"] for m in whole)
    assert user.post("/v1/import", json=_document(meals=whole)).status_code == 409, "and the mark is gone"


def test_an_import_that_fails_after_its_rows_began_to_move_leaves_nothing(user_factory):
    # A term the account already has is found only when the terms are written, with the last rows (on SQLite
    # after the earlier turns committed theirs): the import clears what it wrote.
    user = user_factory()
    assert user.post("/v1/foods/terms", json={"term": "nanas loaf", "group": "wheat"}).status_code == 201
    meals = [{"id": str(uuid.uuid4()), **MEAL} for _ in range(imports.TURN + 500)]
    document = _document(personal_terms=[{"term": "nanas loaf", "group": "wheat", "certainty": "definite"}],
                         meals=meals)
    assert user.post("/v1/import", json=document).status_code == 409
    assert user.get("/v1/sync/pull").json()["changes"] == []
    assert user.post("/v1/import", json=_document(meals=meals)).status_code == 201, "no mark was left"


def test_a_connection_goes_back_to_the_pool_without_the_staging_tables(backend, database_url, client):
    if backend != "sqlite":
        pytest.skip("PostgreSQL drops them at commit or rollback (ON COMMIT DROP)")
    engine = make_engine(settings_for(database_url, db_pool_size=1, db_max_overflow=0))
    try:
        for cut in (0, 40):  # an import that succeeds, and one whose body breaks off
            email = f"staging-{uuid.uuid4().hex[:8]}@example.org"
            sign_up(client, email=email)
            body = json.dumps(_document(meals=[{"id": str(uuid.uuid4()), **MEAL} for _ in range(50)])).encode()
            with open_session(engine) as session:
                owner = session.exec(select(User).where(User.email == email)).one()
                try:
                    imports.import_stream(session=session, owner=owner, body=io.BytesIO(body[:len(body) - cut]))
                    session.commit()
                except InvalidInput:
                    session.rollback()
            with engine.connect() as connection:  # the one pooled connection, the import's
                assert connection.execute(text("SELECT name FROM sqlite_temp_schema")).all() == []
    finally:
        engine.dispose()
