"""SIGNUP (open, invite, closed), operator invitations, and sign-ups throttled per client address."""

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from api.db import open_session
from api.main import create_app
from api.services import invitations
from tests.conftest import PASSWORD, settings_for


def _client(database_url: str, **settings) -> TestClient:
    address = f"10.9.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"
    return TestClient(create_app(settings_for(database_url, **settings)), client=(address, 50000))


def _signup(http: TestClient, **extra):
    return http.post("/v1/auth/signup", json={"email": f"{uuid.uuid4().hex[:10]}@example.org", "password": PASSWORD,
                                              "timezone": "UTC", **extra})


def _invitation(http: TestClient, ttl: timedelta = timedelta(days=1)) -> str:
    with open_session(http.app.state.engine) as session:  # type: ignore[attr-defined]
        code, _ = invitations.create_invitation(session=session, ttl=ttl)
        session.commit()
    return code


def test_closed_refuses_every_sign_up(database_url):
    refused = _signup(_client(database_url, signup="closed"))
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"


def test_invite_takes_a_valid_code_once(database_url):
    http = _client(database_url, signup="invite")
    missing = _signup(http)
    assert missing.status_code == 422 and missing.json()["error"]["fields"][0]["field"] == "invitation_code"
    code = _invitation(http)
    assert _signup(http, invitation_code="not-a-real-code-at-all").status_code == 422
    assert _signup(http, invitation_code=code).status_code == 201
    reused = _signup(http, invitation_code=code)
    assert reused.status_code == 422 and reused.json()["error"]["fields"][0]["field"] == "invitation_code"
    expired = _invitation(http, ttl=timedelta(seconds=-1))
    assert _signup(http, invitation_code=expired).status_code == 422


def test_sign_ups_are_counted_per_address_known_emails_included(database_url):
    http = _client(database_url, signups_per_client=3)
    taken = _signup(http).json()["email"]
    again = http.post("/v1/auth/signup", json={"email": taken, "password": PASSWORD, "timezone": "UTC"})
    assert again.status_code == 409
    assert _signup(http).status_code == 201
    probe = http.post("/v1/auth/signup", json={"email": taken, "password": PASSWORD, "timezone": "UTC"})
    assert probe.status_code == 429 and int(probe.headers["retry-after"]) >= 1, "the probe budget is spent"
    assert _signup(_client(database_url, signups_per_client=3)).status_code == 201, "another address has its own"


@pytest.mark.parametrize("mode", ["open", "invite", "closed"])
def test_the_mode_is_a_setting_with_three_values(mode):
    assert settings_for("sqlite:///x.db", signup=mode).signup == mode
    with pytest.raises(ValueError, match="signup"):
        settings_for("sqlite:///x.db", signup="sometimes")
