"""/v1/calendar/feed and /v1/calendar.ics: a private, revocable iCalendar feed in the person's zone."""

from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from icalendar import Calendar

from api.main import create_app
from tests.conftest import settings_for, sign_up


def feed_path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def events(client, url: str) -> dict[str, object]:
    response = client.get(feed_path(url))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_feed_holds_the_check_in_milestones_and_challenge_days_in_the_persons_zone(user_factory):
    user = user_factory("America/New_York")
    today = datetime.now(ZoneInfo("America/New_York")).date()
    start = today - timedelta(days=20)
    user.put("/v1/elimination", json={"start_date": start.isoformat()})
    for offset in range(20, 0, -1):
        day = today - timedelta(days=offset)
        user.post("/v1/meals", json={"eaten_at": f"{day}T16:00:00Z", "description": "rice and fish"})
    challenge = user.post("/v1/challenges", json={"group": "dairy", "start_date": today.isoformat(),
                                                  "exposure_days": 2, "observation_days": 3})
    assert challenge.status_code == 201, challenge.text
    created = user.post("/v1/calendar/feed", json={"reminder_time": "07:30"})
    assert created.status_code == 201, created.text
    found = events(user.client, created.json()["url"])

    check_in = found["daily-check-in@diet-tracker"]
    starts = check_in.decoded("dtstart")
    assert starts.tzinfo is not None and str(starts.tzinfo) == "America/New_York"
    assert starts.time() == time(7, 30)
    assert check_in["rrule"]["FREQ"] == ["DAILY"]
    assert [alarm["action"] for alarm in check_in.walk("VALARM")] == ["DISPLAY"]

    all_day = {str(e["summary"]): e.decoded("dtstart") for uid, e in found.items()
               if uid != "daily-check-in@diet-tracker"}
    assert all_day["Day 10 of the elimination"] == start + timedelta(days=9)
    assert all_day["Day 14: two weeks clean"] == start + timedelta(days=13)
    eat = sorted(d for s, d in ((e["summary"], e.decoded("dtstart")) for e in found.values()) if "eat dairy" in s)
    watch = sorted(d for s, d in ((e["summary"], e.decoded("dtstart")) for e in found.values()) if "no dairy" in s)
    assert eat == [today, today + timedelta(days=1)]
    assert watch == [today + timedelta(days=2 + i) for i in range(3)]
    assert all(isinstance(d, date) and not isinstance(d, datetime) for d in eat + watch)


def test_rotating_the_link_ends_the_old_one_and_revoking_ends_the_feed(alice):
    first = alice.post("/v1/calendar/feed").json()
    assert first["reminder_time"] == "20:00"
    assert alice.client.get(feed_path(first["url"])).status_code == 200
    second = alice.post("/v1/calendar/feed", json={"reminder_time": "21:15"}).json()
    assert alice.client.get(feed_path(first["url"])).status_code == 404
    assert alice.client.get(feed_path(second["url"])).status_code == 200

    changed = alice.patch("/v1/calendar/feed", json={"reminder_time": "06:45"})
    assert changed.status_code == 200 and changed.json()["reminder_time"] == "06:45"
    check_in = events(alice.client, second["url"])["daily-check-in@diet-tracker"]
    assert check_in.decoded("dtstart").time() == time(6, 45)

    assert alice.delete("/v1/calendar/feed").status_code == 204
    assert alice.client.get(feed_path(second["url"])).status_code == 404
    assert alice.get("/v1/calendar/feed").status_code == 404
    assert alice.delete("/v1/calendar/feed").status_code == 404


def test_a_feed_is_the_owners_alone(alice, bob):
    url = alice.post("/v1/calendar/feed").json()["url"]
    assert bob.get("/v1/calendar/feed").status_code == 404
    assert bob.delete("/v1/calendar/feed").status_code == 404
    assert alice.client.get(feed_path(url)).status_code == 200
    assert alice.client.get("/v1/calendar.ics?token=" + "x" * 43).status_code == 404


def test_a_bad_reminder_time_names_the_field(alice):
    for wrong in ("25:00", 0, "20:00:00Z"):
        response = alice.post("/v1/calendar/feed", json={"reminder_time": wrong})
        assert response.status_code == 422, wrong
        assert response.json()["error"]["fields"][0]["field"] == "reminder_time"


def test_share_creation_returns_a_qr_code_of_its_absolute_link(database_url):
    with TestClient(create_app(settings_for(database_url, public_url="https://diet.example.org"))) as http:
        share = sign_up(http).post("/v1/shares", json={"expires_in_days": 7, "formats": ["html", "csv"]}).json()
    assert share["qr_svg"].startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in share["qr_svg"]
    assert "<path" in share["qr_svg"]


def test_without_a_public_url_no_qr_code_is_made_of_a_relative_link(alice):
    share = alice.post("/v1/shares", json={"expires_in_days": 7, "formats": ["html"]}).json()
    assert share["url"].startswith("/v1/shared/") and share["qr_svg"] is None


def test_profile_takes_a_display_name_and_zones_come_from_the_server(alice):
    zones = alice.client.get("/v1/timezones").json()
    assert "Europe/Berlin" in zones and zones == sorted(zones)
    named = alice.patch("/v1/me", json={"display_name": "  Ana  "})
    assert named.status_code == 200 and named.json()["display_name"] == "Ana"
    assert named.json()["timezone"] == "Europe/Berlin"
    cleared = alice.patch("/v1/me", json={"display_name": ""})
    assert cleared.json()["display_name"] is None
