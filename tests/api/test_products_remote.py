"""Remote lookups against a stand-in Open Food Facts that the tests start; the real client code runs unchanged."""

import threading
import time
import uuid
from importlib.metadata import version

import httpx
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.openfoodfacts import ReadBudget
from scripts.harness import writes_while
from tests.api.products import StandInOpenFoodFacts, fresh_ean13
from tests.conftest import settings_for, sign_up
from tests.servers import ServerProcess

TIMEOUT = 0.5
EATEN = "2026-05-01T08:00:00Z"
CRACKERS = {"product_name": "Corn crackers", "brands": "Acme", "quantity": "200 g", "lang": "en",
            "ingredients_text": "Corn flour, sunflower oil, salt", "allergens_tags": [],
            "traces_tags": ["en:milk"]}


@pytest.fixture(scope="module")
def stand_in():
    with StandInOpenFoodFacts() as server:
        yield server


def remote_client(database_url: str, stand_in: StandInOpenFoodFacts, **settings) -> TestClient:
    return TestClient(create_app(settings_for(
        database_url, openfoodfacts_url=stand_in.base, openfoodfacts_timeout_seconds=TIMEOUT,
        openfoodfacts_contact="ops@example.org", login_failures_per_client=1_000_000, **settings)))


@pytest.fixture(scope="module")
def online(database_url, stand_in):
    with remote_client(database_url, stand_in, openfoodfacts_reads_per_minute=1000) as client:
        yield client


def test_a_found_product_is_fetched_once_then_answered_from_the_catalogue(online, stand_in):
    user = sign_up(online)
    code = fresh_ean13()
    stand_in.behaviours[code] = CRACKERS
    first = user.get(f"/v1/products/{code}")
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["product"]["source"] == "openfoodfacts-api" and body["product"]["name"] == "Corn crackers"
    assert "corn" in body["definite"] and body["tags"] == [
        {"group": "dairy", "certainty": "possible", "source": "traces", "tag": "en:milk"}]
    assert user.get(f"/v1/products/{code}").json()["product"] == body["product"]
    assert stand_in.asked_for(code) == 1, "the second answer came from the catalogue"

    request = next(r for r in stand_in.requests if r["path"] == f"/api/v2/product/{code}")
    assert request["headers"]["User-Agent"] == f"diet-tracker/{version('diet-tracker')} (ops@example.org)"
    assert "ingredients_text_en" in request["query"]["fields"][0].split(",")
    sent = " ".join(f"{k}: {v}" for k, v in request["headers"].items())
    assert user.token not in sent and "Authorization" not in request["headers"] and user.email not in sent


@pytest.mark.parametrize("behaviour", ["slow", "error"])
def test_a_slow_or_failing_remote_is_503_with_retry_after(online, stand_in, behaviour):
    user = sign_up(online)
    code = fresh_ean13()
    stand_in.behaviours[code] = behaviour
    answer = user.get(f"/v1/products/{code}")
    assert answer.status_code == 503 and int(answer.headers["Retry-After"]) > 0
    assert answer.json()["error"]["code"] == "unavailable"


def test_a_product_the_remote_does_not_know_is_404(online, stand_in):
    user = sign_up(online)
    code = fresh_ean13()
    stand_in.behaviours[code] = "missing"
    answer = user.get(f"/v1/products/{code}")
    assert answer.status_code == 404 and "Open Food Facts" in answer.json()["error"]["message"]


def test_a_meal_names_a_product_only_the_remote_knows(online, stand_in):
    user = sign_up(online)
    code = fresh_ean13()
    stand_in.behaviours[code] = CRACKERS
    meal = user.post("/v1/meals", json={"eaten_at": EATEN, "barcodes": [code]})
    assert meal.status_code == 201, meal.text
    assert meal.json()["description"] == "Corn crackers" and "corn" in meal.json()["definite"]
    assert user.get(f"/v1/products/{code}").status_code == 200 and stand_in.asked_for(code) == 1


def test_a_push_whose_barcode_cannot_be_looked_up_now_is_503_and_stores_nothing(online, stand_in):
    user = sign_up(online)
    code = fresh_ean13()
    stand_in.behaviours[code] = "error"
    meal_id = uuid.uuid4()
    pushed = user.post("/v1/sync/push", json={"meals": [
        {"id": str(uuid.uuid4()), "eaten_at": EATEN, "description": "rice"},
        {"id": str(meal_id), "eaten_at": EATEN, "barcodes": [code]}]})
    assert pushed.status_code == 503 and "Retry-After" in pushed.headers
    assert user.get("/v1/meals").json()["items"] == [], "the client keeps the whole push queued and retries"


def test_their_429_is_passed_on_and_no_read_is_sent_until_it_has_passed(database_url, stand_in):
    with remote_client(database_url, stand_in) as client:
        user = sign_up(client)
        limited, later = fresh_ean13(), fresh_ean13()
        stand_in.behaviours[limited] = ("limited", 7)
        stand_in.behaviours[later] = CRACKERS
        answer = user.get(f"/v1/products/{limited}")
        assert answer.status_code == 503 and answer.headers["Retry-After"] == "7"
        waiting = user.get(f"/v1/products/{later}")
        assert waiting.status_code == 503 and 0 < int(waiting.headers["Retry-After"]) <= 7
        assert stand_in.asked_for(later) == 0


def test_the_read_budget_is_shared_by_the_instance_and_spent_reads_are_refused_locally(database_url, stand_in):
    with remote_client(database_url, stand_in, openfoodfacts_reads_per_minute=2) as client:
        user = sign_up(client)
        codes = [fresh_ean13() for _ in range(3)]
        for code in codes:
            stand_in.behaviours[code] = CRACKERS
        assert [user.get(f"/v1/products/{c}").status_code for c in codes] == [200, 200, 503]
        assert stand_in.asked_for(codes[2]) == 0
        assert 50 <= int(user.get(f"/v1/products/{codes[2]}").headers["Retry-After"]) <= 60
        assert user.get(f"/v1/products/{codes[0]}").status_code == 200, "the catalogue needs no budget"


def test_read_budget_slides_with_the_clock_and_holds_across_threads():
    now = [0.0]
    budget = ReadBudget(15, clock=lambda: now[0])
    granted = []
    threads = [threading.Thread(target=lambda: granted.append(budget.take() == 0)) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert granted.count(True) == 15
    now[0] = 59.0
    assert budget.take() == pytest.approx(1.0)
    now[0] = 60.0
    assert budget.take() == 0
    budget.pause(30)
    now[0] = 200.0
    assert budget.take() == 0


@pytest.mark.slow
@pytest.mark.parametrize("via", ["push", "post", "lookup"])
def test_a_slow_remote_lookup_never_holds_up_another_users_write(database_url, client, stand_in, via):
    """The remote call comes before the request's first write, so on SQLite the write lock is not held while it
    waits: another user's writes during a lookup answer long before the lookup does."""
    delay = 1.5
    server = ServerProcess(database_url, OPENFOODFACTS_URL=stand_in.base, OPENFOODFACTS_TIMEOUT_SECONDS="10",
                           OPENFOODFACTS_READS_PER_MINUTE="1000")
    try:
        looker, writer = sign_up(client), sign_up(client)
        code = fresh_ean13()
        stand_in.behaviours[code] = ("delayed", delay, CRACKERS)
        request = {
            "push": ("POST", "/v1/sync/push", {"meals": [
                {"id": str(uuid.uuid4()), "eaten_at": EATEN, "description": "rice"},
                {"id": str(uuid.uuid4()), "eaten_at": EATEN, "barcodes": [code]}]}),
            "post": ("POST", "/v1/meals", {"eaten_at": EATEN, "barcodes": [code]}),
            "lookup": ("GET", f"/v1/products/{code}", None),
        }[via]
        answers: list[httpx.Response] = []

        def look_up() -> None:
            answers.append(httpx.request(request[0], f"{server.base}{request[1]}", json=request[2],
                                         headers=looker.headers, timeout=30))

        thread = threading.Thread(target=look_up)
        thread.start()
        while stand_in.asked_for(code) == 0 and thread.is_alive():
            time.sleep(0.01)
        latencies = writes_while([thread], server.base, writer.token)
        thread.join()
        assert answers[0].status_code in (200, 201), answers[0].text
        assert latencies and max(latencies) < delay / 3, f"writes waited {[round(x, 2) for x in latencies]} s"
    finally:
        server.stop()
