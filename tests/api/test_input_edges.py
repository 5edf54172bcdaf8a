"""Inputs at the edges of what the schema admits: each is refused with a 422 naming the field, never a 500, and the
OpenAPI document states the same rule the app enforces."""

from datetime import UTC, datetime, timedelta

import pytest

from domain.clock import zone_names


def _field(response) -> str:
    assert response.status_code == 422, response.text
    return response.json()["error"]["fields"][0]["field"]


@pytest.mark.parametrize("instant", [
    "0001-01-01T00:00:00+14:00",   # its UTC equivalent lies before year 1
    "9999-12-31T23:00:00Z",        # ahead of any zone east of UTC, past year 9999
    "1999-12-31T23:59:59Z",
])
def test_meal_and_session_instants_outside_the_record_are_refused(alice, instant):
    assert _field(alice.post("/v1/meals", json={"eaten_at": instant, "description": "toast"})) == "eaten_at"
    session = {"technique": "rubbing", "duration_seconds": 60, "knee": "left", "performed_at": instant}
    assert _field(alice.post("/v1/massage", json=session)) == "performed_at"


def test_a_meal_a_day_ahead_is_kept_but_not_two(alice):
    soon = (datetime.now(UTC) + timedelta(hours=20)).isoformat()
    later = (datetime.now(UTC) + timedelta(hours=30)).isoformat()
    assert alice.post("/v1/meals", json={"eaten_at": soon, "description": "toast"}).status_code == 201
    assert _field(alice.post("/v1/meals", json={"eaten_at": later, "description": "toast"})) == "eaten_at"


@pytest.mark.parametrize("value", ["0", "1700000000", "2026-1-2", "20261102"])
def test_dates_must_be_written_as_dates(alice, value):
    # Pydantic's lax mode would read a number as a Unix timestamp: "0" as 1970-01-01.
    assert _field(alice.get("/v1/massage", params={"to": value})) == "to"
    assert _field(alice.get("/v1/trends", params={"as_of": value})) == "as_of"
    assert _field(alice.put("/v1/elimination", json={"start_date": value})) == "start_date"


def test_instants_must_be_written_as_rfc3339_strings(alice):
    assert _field(alice.post("/v1/meals", json={"eaten_at": 0, "description": "toast"})) == "eaten_at"
    assert _field(alice.post("/v1/meals", json={"eaten_at": "1700000000", "description": "toast"})) == "eaten_at"


def test_sync_cursor_takes_ascii_digits_only(alice):
    # "²".isdigit() is true but int("²") raises: this was a 500.
    for cursor in ("²", "١٢", "-1", "1.5"):
        assert _field(alice.get("/v1/sync/pull", params={"cursor": cursor})) == "cursor"
    assert alice.get("/v1/sync/pull", params={"cursor": ""}).status_code == 200
    assert alice.get("/v1/sync/pull", params={"cursor": "999999999999999999"}).json()["changes"] == []


def test_every_cursor_the_meal_pattern_admits_is_a_position(alice):
    for hour in range(3):
        alice.post("/v1/meals", json={"eaten_at": f"2026-03-0{hour + 1}T12:00:00Z", "description": f"meal {hour}"})
    first = alice.get("/v1/meals", params={"limit": 2}).json()
    second = alice.get("/v1/meals", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [m["description"] for m in first["items"] + second["items"]] == ["meal 2", "meal 1", "meal 0"]
    # A made-up position in the right shape pages from there; anything else names the cursor.
    made_up = f"{int(datetime(2026, 3, 2, 13, tzinfo=UTC).timestamp() * 1_000_000)}.{'f' * 32}"
    page = alice.get("/v1/meals", params={"cursor": made_up}).json()
    assert [m["description"] for m in page["items"]] == ["meal 1", "meal 0"]
    for bad in ("e30", "1." + "0" * 31, "-5." + "0" * 32):
        assert _field(alice.get("/v1/meals", params={"cursor": bad})) == "cursor"


def test_import_refuses_a_number_for_a_boolean(alice):
    document = {"format": "diet-tracker", "version": 1, "challenges": [
        {"group": "wheat", "start_date": "2026-01-01", "exposure_days": 1, "observation_days": 2, "cancelled": 0}]}
    assert _field(alice.post("/v1/import", json=document)) == "challenges.0.cancelled"


def test_the_schema_lists_the_zone_names_the_app_accepts(client, alice):
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert schema["UserCreate"]["properties"]["timezone"]["enum"] == list(zone_names())
    assert "Europe/Berlin" in zone_names() and "localtime" not in zone_names()
    assert alice.patch("/v1/me", json={"timezone": "Europe/Berlin"}).status_code == 200
    for name in ("", "localtime", "Factory", "Mars/Olympus_Mons"):
        assert _field(alice.patch("/v1/me", json={"timezone": name})) == "timezone"


def test_the_schema_states_which_technique_takes_points_and_rounds(client, alice):
    rules = client.get("/openapi.json").json()["components"]["schemas"]["MassageCreate"]["allOf"]
    not_for = {rule["if"]["properties"]["technique"]["not"]["const"]: set(rule["then"]["properties"])
               for rule in rules}
    assert not_for == {"acupressure": {"points"}, "empty_palm_patting": {"rounds"}}
    base = {"duration_seconds": 60, "knee": "left", "performed_at": "2026-03-01T08:00:00Z"}
    assert _field(alice.post("/v1/massage", json={**base, "technique": "rubbing", "rounds": 3})) == "rounds"
    assert _field(alice.post("/v1/massage", json={**base, "technique": "kneading", "points": ["ST34"]})) == "points"
    assert alice.post("/v1/massage", json={**base, "technique": "kneading", "points": []}).status_code == 201
    assert alice.post("/v1/massage", json={**base, "technique": "empty_palm_patting", "rounds": 3}).status_code == 201


def test_chart_scales_are_an_enum(client, alice):
    operation = client.get("/openapi.json").json()["paths"]["/v1/trends/charts/{scale}.svg"]["get"]
    scales = next(p for p in operation["parameters"] if p["name"] == "scale")["schema"]["enum"]
    names = [s["name"] for s in alice.get("/v1/symptoms/scales").json()]
    assert scales == names


def test_sign_up_refuses_special_use_email_domains_as_documented(client):
    schema = client.get("/openapi.json").json()["components"]["schemas"]["UserCreate"]["properties"]["email"]
    assert ".local" in schema["description"]
    for email in ("someone@clinic.local", "someone@8bce9.test"):
        response = client.post("/v1/auth/signup", json={"email": email, "password": "long enough password",
                                                        "timezone": "UTC"})
        assert _field(response) == "email"
