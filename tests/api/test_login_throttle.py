"""Failed sign-ins are throttled per account and per client address, in the database (every instance sees it)."""

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from api.db import open_session
from api.main import create_app
from models.login_failure import LoginFailure
from tests.conftest import PASSWORD, settings_for, sign_up


@pytest.fixture
def strict_app(database_url):
    return create_app(settings_for(database_url, login_failures_per_account=5, login_failures_per_client=20))


def client_at(app, address: str) -> TestClient:
    return TestClient(app, client=(address, 50000))


def test_five_failures_lock_the_account_even_for_the_right_password(strict_app):
    first, second = client_at(strict_app, "10.0.0.1"), client_at(strict_app, "10.0.0.2")
    user = sign_up(first)
    for _ in range(5):
        failed = first.post("/v1/auth/token", data={"username": user.email, "password": "wrong guess!"})
        assert failed.status_code == 401
    locked = first.post("/v1/auth/token", data={"username": user.email, "password": PASSWORD})
    assert locked.status_code == 429 and 1 <= int(locked.headers["retry-after"]) <= 15 * 60
    assert locked.json()["error"]["code"] == "too_many_requests"
    from_elsewhere = second.post("/v1/auth/token", data={"username": user.email.upper(), "password": PASSWORD})
    assert from_elsewhere.status_code == 429, "per account, whatever the address"


def test_twenty_failures_lock_the_address_for_every_account(strict_app):
    attacker, bystander = client_at(strict_app, "10.0.1.1"), client_at(strict_app, "10.0.1.2")
    victim = sign_up(bystander)
    for _ in range(20):
        attacker.post("/v1/auth/token", data={"username": f"{uuid.uuid4().hex}@example.org", "password": "guess"})
    blocked = attacker.post("/v1/auth/token", data={"username": victim.email, "password": PASSWORD})
    assert blocked.status_code == 429 and "address" in blocked.json()["error"]["message"]
    assert bystander.post("/v1/auth/token", data={"username": victim.email, "password": PASSWORD}).status_code == 200


def test_an_address_past_its_limit_is_slowed_not_locked_for_the_window(strict_app):
    # Lock per account, throttle per address: one attempt per window/limit (45 s) once the address is over.
    attacker, victim_at_home = client_at(strict_app, "10.0.4.1"), client_at(strict_app, "10.0.4.2")
    victim = sign_up(victim_at_home)
    for _ in range(20):
        attacker.post("/v1/auth/token", data={"username": f"{uuid.uuid4().hex}@example.org", "password": "guess"})
    refused = attacker.post("/v1/auth/token", data={"username": victim.email, "password": PASSWORD})
    assert refused.status_code == 429 and 1 <= int(refused.headers["retry-after"]) <= 45
    _age_failures(strict_app, "10.0.4.1", timedelta(seconds=46))
    assert attacker.post("/v1/auth/token", data={"username": victim.email, "password": PASSWORD}).status_code == 200
    attacker.post("/v1/auth/token", data={"username": f"{uuid.uuid4().hex}@example.org", "password": "guess"})
    again = attacker.post("/v1/auth/token", data={"username": victim.email, "password": PASSWORD})
    assert again.status_code == 429, "still over the limit: the next attempt waits its turn again"


def _age_failures(app, client: str, by: timedelta) -> None:
    with open_session(app.state.engine) as session:
        for failure in session.exec(select(LoginFailure).where(LoginFailure.client == client)):
            failure.created_at -= by
            session.add(failure)
        session.commit()


def test_a_success_forgives_earlier_failures(strict_app):
    http = client_at(strict_app, "10.0.2.1")
    user = sign_up(http)
    for _ in range(4):
        http.post("/v1/auth/token", data={"username": user.email, "password": "wrong guess!"})
    assert http.post("/v1/auth/token", data={"username": user.email, "password": PASSWORD}).status_code == 200
    for _ in range(4):
        http.post("/v1/auth/token", data={"username": user.email, "password": "wrong guess!"})
    assert http.post("/v1/auth/token", data={"username": user.email, "password": PASSWORD}).status_code == 200


def test_changing_the_password_revokes_the_other_tokens(client):
    user = sign_up(client)
    other = client.post("/v1/auth/token", data={"username": user.email, "password": PASSWORD}).json()["access_token"]
    wrong = user.post("/v1/me/password", json={"current_password": "not it at all", "new_password": "a new long one"})
    assert wrong.status_code == 422 and wrong.json()["error"]["fields"][0]["field"] == "current_password"
    assert user.post("/v1/me/password", json={"current_password": PASSWORD, "new_password": "short"}).status_code == 422
    changed = user.post("/v1/me/password", json={"current_password": PASSWORD, "new_password": "a new long one"})
    assert changed.status_code == 204
    assert user.get("/v1/me").status_code == 200, "the token that changed it keeps working"
    assert client.get("/v1/me", headers={"Authorization": f"Bearer {other}"}).status_code == 401
    assert client.post("/v1/auth/token", data={"username": user.email, "password": PASSWORD}).status_code == 401
    assert client.post("/v1/auth/token", data={"username": user.email, "password": "a new long one"}).status_code == 200


def test_guessing_through_password_change_counts_as_failed_sign_ins(strict_app):
    # A stolen token must not become an unthrottled oracle for the account's password.
    http = client_at(strict_app, "10.0.3.1")
    user = sign_up(http)
    for _ in range(5):
        guess = user.post("/v1/me/password", json={"current_password": "a wrong guess", "new_password": "new one!!!!"})
        assert guess.status_code == 422
    locked = user.post("/v1/me/password", json={"current_password": PASSWORD, "new_password": "a new long one"})
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1
    assert http.post("/v1/auth/token", data={"username": user.email, "password": PASSWORD}).status_code == 429
    assert user.get("/v1/me").status_code == 200, "the token itself still works"
