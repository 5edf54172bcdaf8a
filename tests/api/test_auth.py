"""Sign-up, tokens, /v1/me and logout."""

import uuid
from datetime import timedelta

from sqlmodel import select

from api.db import open_session
from models.token import AuthToken
from models.types import utcnow
from tests.conftest import PASSWORD, sign_up


def _email() -> str:
    return f"Person-{uuid.uuid4().hex[:10]}@Example.org"


def test_signup_returns_the_account_without_secrets(client):
    email = _email()
    response = client.post("/v1/auth/signup", json={"email": email, "password": PASSWORD, "timezone": "Asia/Tokyo"})
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == email.lower()
    assert body["timezone"] == "Asia/Tokyo"
    assert "password" not in response.text and "password_hash" not in body


def test_duplicate_email_is_409_whatever_the_case(client):
    email = _email()
    first = client.post("/v1/auth/signup", json={"email": email, "password": PASSWORD, "timezone": "UTC"})
    assert first.status_code == 201
    again = client.post("/v1/auth/signup", json={"email": email.upper(), "password": PASSWORD, "timezone": "UTC"})
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"


def test_short_password_and_bad_timezone_name_their_fields(client):
    response = client.post("/v1/auth/signup", json={"email": _email(), "password": "short", "timezone": "Mars/Base"})
    assert response.status_code == 422
    fields = {f["field"] for f in response.json()["error"]["fields"]}
    assert fields == {"password", "timezone"}


def test_unknown_fields_on_signup_are_rejected(client):
    response = client.post(
        "/v1/auth/signup", json={"email": _email(), "password": PASSWORD, "timezone": "UTC", "disabled": False}
    )
    assert response.status_code == 422
    assert response.json()["error"]["fields"][0]["field"] == "disabled"


def test_wrong_password_and_unknown_email_look_the_same(client):
    user = sign_up(client)
    wrong = client.post("/v1/auth/token", data={"username": user.email, "password": "not the password"})
    unknown = client.post("/v1/auth/token", data={"username": "nobody@example.org", "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_token_login_is_case_insensitive_on_email(client):
    user = sign_up(client)
    response = client.post("/v1/auth/token", data={"username": user.email.upper(), "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert len(response.json()["access_token"]) >= 40


def test_me_and_patch_timezone(alice):
    assert alice.get("/v1/me").json()["email"] == alice.email
    changed = alice.patch("/v1/me", json={"timezone": "America/New_York"})
    assert changed.status_code == 200
    assert alice.get("/v1/me").json()["timezone"] == "America/New_York"
    assert alice.patch("/v1/me", json={"timezone": "Nowhere"}).status_code == 422


def test_missing_token_is_401_with_bearer_challenge(client):
    response = client.get("/v1/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    garbage = client.get("/v1/me", headers={"Authorization": "Bearer not-a-token"})
    assert garbage.status_code == 401


def test_logout_revokes_only_the_token_in_use(client):
    user = sign_up(client)
    second = client.post("/v1/auth/token", data={"username": user.email, "password": PASSWORD}).json()
    assert user.post("/v1/auth/logout").status_code == 204
    after = user.get("/v1/me")
    assert after.status_code == 401 and after.headers["www-authenticate"] == "Bearer"
    other = client.get("/v1/me", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert other.status_code == 200


def test_tokens_are_stored_only_as_hashes(client, app):
    user = sign_up(client)
    with open_session(app.state.engine) as session:
        stored = session.exec(select(AuthToken.token_hash)).all()
    assert user.token not in stored
    assert all(len(h) == 64 for h in stored)


def test_expired_token_is_401(client, app):
    user = sign_up(client)
    with open_session(app.state.engine) as session:
        for row in session.exec(select(AuthToken)).all():
            row.expires_at = utcnow() - timedelta(seconds=1)
            session.add(row)
        session.commit()
    assert user.get("/v1/me").status_code == 401
