"""The phone app in a real browser: Debian's Chromium driven by Playwright at 390x844, light and dark.

One server and one browser for the module; each test opens the contexts (phones) it needs. Screenshots go
to test-artifacts/screenshots/ (ignored by git). Without Chromium or Playwright these tests are skipped with
a message, except with CI=true, where they fail.
"""

import os
import re
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from tests.conftest import IN_CI, PASSWORD, settings_for
from tests.servers import ServerProcess

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
# A zone where it is daytime now, so "two hours ago" is still today wherever and whenever the suite runs.
ZONE = next(zone for zone in ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "America/Los_Angeles")
            if 4 <= datetime.now(ZoneInfo(zone)).hour < 21)
SCREENS = ("today", "massage", "trends", "challenges", "more", "profile", "terms", "share")


def _browser_or_skip():
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "Playwright for Python is not installed (pip install -e '.[test]')"
    if reason is None and not shutil.which(CHROMIUM):
        reason = f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)"
    if reason:
        if IN_CI:
            pytest.fail(f"browser tests are required in CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


@pytest.fixture(scope="module")
def server(make_database):
    process = ServerProcess(make_database("sqlite"))
    yield process
    process.stop()


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _browser_or_skip()
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"],
        )
        yield instance
        instance.close()


class Person:
    """An account made through the API, and calls on its behalf to check what the server holds."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.email = f"web-{uuid.uuid4().hex[:10]}@example.org"
        httpx.post(f"{base}/v1/auth/signup", json={"email": self.email, "password": PASSWORD, "timezone": ZONE})
        token = httpx.post(f"{base}/v1/auth/token", data={"username": self.email, "password": PASSWORD})
        self.headers = {"Authorization": f"Bearer {token.json()['access_token']}"}

    def call(self, method: str, path: str, **kw) -> httpx.Response:
        return httpx.request(method, self.base + path, headers=self.headers, timeout=30, **kw)

    def today(self) -> str:
        return datetime.now(ZoneInfo(ZONE)).date().isoformat()


def phone(browser, **options):
    context = browser.new_context(**{"viewport": PHONE, "timezone_id": ZONE, **options})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    return context, page, problems


def sign_in(page, person: Person, password: str = PASSWORD) -> None:
    page.goto(person.base + "/")
    form = page.locator("#signin-form")
    form.get_by_label("Email").fill(person.email)
    form.get_by_label("Password").fill(password)
    form.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Today", exact=True).wait_for()
    page.locator("#sync-state", has_text="All synced").wait_for()


def wait_synced(page, timeout: float = 30000) -> None:
    """Call after the action's own feedback shows: nothing in sight marked "on this phone", the outbox empty."""
    page.wait_for_function("""() => ![...document.querySelectorAll('.mark.local')].some((m) => m.offsetParent)
        && document.querySelector('#sync-state').classList.contains('done')""", timeout=timeout)


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def log_meal(page, text: str, when: str | None = None) -> None:
    page.get_by_label("What did you eat?").fill(text)
    if when:
        page.get_by_label("When").fill(when)
    page.get_by_role("button", name="Save meal").click()
    page.locator("#day-meals li", has_text=text).wait_for()


def nudge(page, scale: str, key: str, times: int = 1) -> None:
    slider = page.locator(f"#scale-{scale}")
    slider.focus()
    for _ in range(times):
        slider.press(key)


def test_offline_writes_survive_a_reload_and_sync_once_even_when_a_response_is_lost(server, browser):
    person = Person(server.base)
    toast = person.call("POST", "/v1/meals", json={
        "eaten_at": (datetime.now(UTC) - timedelta(minutes=30)).isoformat(), "description": "toast with honey"}).json()
    person.call("POST", "/v1/foods/terms", json={"term": "grandma's stew", "group": "wheat"})
    today = datetime.now(ZoneInfo(ZONE)).date()
    person.call("PUT", "/v1/elimination", json={"start_date": str(today - timedelta(days=14))})
    planned = person.call("POST", "/v1/challenges",
                          json={"group": "dairy", "start_date": str(today + timedelta(days=3))})
    assert planned.status_code == 201, planned.text
    person.call("POST", "/v1/shares", json={"expires_in_days": 7, "formats": ["pdf"]})
    person.call("POST", "/v1/calendar/feed", json={"reminder_time": "07:15"})
    person.call("PATCH", "/v1/me", json={"display_name": "Ada"})
    context, page, problems = phone(browser)
    sign_in(page, person)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    for screen, shown in (("challenges", "#challenges li.item"), ("share", "#shares li.item"),
                          ("terms", "#terms li.item"), ("profile", "#calendar-create")):
        page.goto(f"{server.base}/#{screen}")  # seen once online: the phone keeps what it was shown
        page.locator(shown).first.wait_for()
        page.wait_for_load_state("networkidle")
    page.goto(f"{server.base}/#today")
    page.locator("#day-meals li.item", has_text="toast with honey").wait_for()

    context.set_offline(True)
    # Local-first beyond meals and scores: a flag correction and food words wait on the phone too.
    toast_item = page.locator("#day-meals li.item", has_text="toast with honey")
    toast_item.get_by_role("button", name="Yes, it has sugar").click()
    page.get_by_text("Flags corrected on this phone").wait_for()
    toast_item.locator(".mark.local").wait_for()
    page.locator("#tabs").get_by_role("link", name="More").click()
    page.get_by_role("link", name="My food words").click()
    page.get_by_text("Offline: these are your words as this phone last saw them").wait_for()
    page.get_by_label("Word or phrase").fill("nonna's ragu")
    page.get_by_role("button", name="Add word").click()
    page.locator("#terms li", has_text="nonna's ragu").locator(".mark.local").wait_for()
    page.get_by_role("button", name="Delete grandma's stew").click()
    page.locator("#terms li", has_text="grandma's stew").get_by_text("deleted on this phone").wait_for()
    for screen, kept, needs in (("challenges", "#challenges li.item", "Starting or cancelling a challenge"),
                                ("share", "#shares li.item", "Making or revoking a link"),
                                ("profile", "#calendar-revoke", "Saving the profile")):
        page.goto(f"{server.base}/#{screen}")
        page.get_by_text(needs).wait_for()
        assert page.locator(kept).first.is_visible(), f"{screen} shows what it last knew"
    assert page.get_by_label("Daily reminder at").input_value() == "07:15"
    assert page.get_by_label("Your name (optional)").input_value() == "Ada"
    page.goto(f"{server.base}/#challenges")
    page.locator("#challenges li.item", has_text="dairy").wait_for()
    shot(page, "offline-challenges")
    page.goto(f"{server.base}/#today")
    breakfast = (datetime.now(ZoneInfo(ZONE)) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    log_meal(page, "oatmeal with banana", when=breakfast)
    assert page.get_by_label("When").input_value() != breakfast, "'When' is now again after each save"
    log_meal(page, "rice and fish")
    log_meal(page, "pizza with cheese")
    nudge(page, "sleep", "ArrowRight", 2)
    nudge(page, "pain", "ArrowLeft")
    nudge(page, "energy", "ArrowRight")
    page.get_by_role("button", name="Save scores").click()
    page.get_by_text("Scores saved on this phone").wait_for()
    page.locator("#tabs").get_by_role("link", name="Massage").click()
    page.get_by_label("Technique").select_option("kneading")
    page.get_by_label("Knee pain before (0-10)").fill("5")
    page.get_by_label("Knee pain after (0-10)").fill("3")
    page.get_by_role("button", name="Save session").click()
    page.locator("#day-massage li", has_text="on this phone").wait_for()

    page.goto(server.base + "/#today")  # offline: the service worker opens the app
    page.get_by_role("heading", name="Today", exact=True).wait_for()
    meals = page.locator("#day-meals li.item")
    meals.nth(3).wait_for()
    assert meals.count() == 4
    assert meals.first.text_content().count("oatmeal") == 1, "the day's meals are in time order"
    assert page.locator("#day-meals .mark.local").count() == 4
    assert page.locator("#day-meals li.item", has_text="toast with honey").locator(".chip.definite",
                                                                                   has_text="sugar").count() == 1
    assert page.locator("#scale-sleep-value").text_content() == "7"
    assert page.locator(".score-status .mark.local").count() == 1
    page.locator("#sync-state", has_text="8 changes on this phone").wait_for()
    shot(page, "offline-today")
    page.locator("#tabs").get_by_role("link", name="Massage").click()
    page.locator("#day-massage li", has_text="on this phone").wait_for()

    page.locator("#tabs").get_by_role("link", name="More").click()
    page.get_by_role("button", name="Sign out").click()
    page.get_by_text("8 changes are only on this phone").wait_for()
    assert page.get_by_role("button", name="Sign out anyway").is_visible()
    page.locator("#tabs").get_by_role("link", name="Massage").click()

    keys: list[str | None] = []

    def lose_the_first_response(route):
        keys.append(route.request.headers.get("idempotency-key"))
        if len(keys) == 1:
            route.fetch()  # the server stores the batch; its answer never reaches the phone
            route.abort("connectionreset")
        else:
            route.continue_()

    context.route("**/v1/sync/push", lose_the_first_response)
    context.set_offline(False)
    wait_synced(page)
    assert len(keys) >= 2 and keys[0] == keys[1], "the retry resends the same batch under the same key"
    page.locator("#day-massage .mark.synced").wait_for()

    today = person.today()
    stored = person.call("GET", f"/v1/meals?from={today}&to={today}").json()["items"]
    assert sorted(m["description"] for m in stored) == ["oatmeal with banana", "pizza with cheese", "rice and fish",
                                                        "toast with honey"]
    assert person.call("GET", f"/v1/meals/{toast['id']}").json()["overrides"] == {"dismissed": [], "added": ["sugar"]}
    assert [t["term"] for t in person.call("GET", "/v1/foods/terms").json()] == ["nonna's ragu"]
    scores = person.call("GET", f"/v1/symptoms/{today}").json()
    assert (scores["sleep"], scores["pain"], scores["energy"], scores["headache"]) == (7, 4, 6, None)
    sessions = person.call("GET", "/v1/massage").json()
    assert [(s["technique"], s["pain_before"], s["pain_after"]) for s in sessions] == [("kneading", 5, 3)]
    context.close()
    assert problems == [], problems


def test_two_phones_scoring_the_same_day_see_a_conflict_and_lose_nothing(server, browser):
    person = Person(server.base)
    (first, one, _), (second, two, _) = phone(browser), phone(browser)
    sign_in(one, person)
    sign_in(two, person)
    nudge(one, "sleep", "ArrowRight", 2)
    nudge(one, "pain", "ArrowRight")
    nudge(one, "energy", "ArrowRight")
    one.get_by_role("button", name="Save scores").click()
    one.get_by_text("Scores saved on this phone").wait_for()
    wait_synced(one)
    nudge(two, "sleep", "ArrowLeft", 2)
    nudge(two, "pain", "ArrowLeft")
    nudge(two, "energy", "ArrowLeft")
    two.get_by_role("button", name="Save scores").click()

    card = two.locator(".conflict")
    card.wait_for()
    assert "This phone: Sleep quality 3, Pain 4, Energy 4" in card.text_content()
    assert "The other device: Sleep quality 7, Pain 6, Energy 6" in card.text_content()
    shot(two, "conflict")
    stored = person.call("GET", f"/v1/symptoms/{person.today()}").json()
    assert (stored["sleep"], stored["version"]) == (7, 1), "nothing was overwritten before the choice"

    card.get_by_role("button", name="Keep this phone's").click()
    card.wait_for(state="detached")
    two.locator(".score-status .mark.synced").wait_for()
    wait_synced(two)
    stored = person.call("GET", f"/v1/symptoms/{person.today()}").json()
    assert (stored["sleep"], stored["pain"], stored["energy"], stored["version"]) == (3, 4, 4, 2)
    one.reload()
    one.locator("#scale-sleep-value", has_text="3").wait_for()
    first.close()
    second.close()


def test_two_phones_correcting_the_same_meals_flags_choose_and_lose_nothing(server, browser):
    person = Person(server.base)
    eaten = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    meal = person.call("POST", "/v1/meals", json={"eaten_at": eaten, "description": "toast with honey"}).json()
    assert "sugar" in meal["possible"], meal
    (first, one, seen_one), (second, two, seen_two) = phone(browser), phone(browser)
    sign_in(one, person)
    sign_in(two, person)
    sugar = lambda page: page.locator("#day-meals li.item", has_text="toast with honey").locator(  # noqa: E731
        ".chip", has_text="sugar")
    sugar(one).get_by_role("button", name="Yes, it has sugar").click()
    one.get_by_text("Flags corrected on this phone").wait_for()
    wait_synced(one)
    assert person.call("GET", f"/v1/meals/{meal['id']}").json()["overrides"] == {"dismissed": [], "added": ["sugar"]}

    # The second phone still shows the meal as it was, and says sugar is not in it.
    sugar(two).get_by_role("button", name="No", exact=True).click()
    card = two.locator(".conflict")
    card.wait_for()
    text = card.text_content()
    assert 'The flags of "toast with honey" were changed on another device' in text, text
    assert "This phone: no sugar" in text and "The other device: has sugar (toast with honey)" in text, text
    assert two.locator("#day-meals .mark.problem").count() == 1
    shot(two, "conflict-flags")
    stored = person.call("GET", f"/v1/meals/{meal['id']}").json()
    assert stored["overrides"]["added"] == ["sugar"], "nothing was overwritten before the choice"

    card.get_by_role("button", name="Keep this phone's").click()
    card.wait_for(state="detached")
    wait_synced(two)
    stored = person.call("GET", f"/v1/meals/{meal['id']}").json()
    assert stored["overrides"] == {"dismissed": ["sugar"], "added": []}
    assert "sugar" not in stored["definite"] + stored["possible"]
    one.reload()
    sugar(one).get_by_text("not in it, you said").wait_for()
    first.close()
    second.close()
    assert seen_one == [] and seen_two == [], seen_one + seen_two


def test_a_phone_in_another_zone_shows_and_takes_times_in_the_accounts_zone(server, browser):
    person = Person(server.base)
    device = next(z for z in ("Pacific/Honolulu", "Asia/Kolkata") if datetime.now(ZoneInfo(z)).utcoffset()
                  != datetime.now(ZoneInfo(ZONE)).utcoffset())
    context, page, problems = phone(browser, timezone_id=device)
    sign_in(page, person)
    shown = datetime.strptime(page.get_by_label("When").input_value(), "%Y-%m-%dT%H:%M").replace(tzinfo=ZoneInfo(ZONE))
    assert abs(shown - datetime.now(ZoneInfo(ZONE))) < timedelta(minutes=3), "'When' is now on the account's clock"

    wall = (datetime.now(ZoneInfo(ZONE)) - timedelta(hours=1)).replace(second=0, microsecond=0)
    log_meal(page, "soup at noon", when=wall.strftime("%Y-%m-%dT%H:%M"))
    item = page.locator("#day-meals li.item", has_text="soup at noon")
    wait_synced(page)
    stored = person.call("GET", "/v1/meals").json()["items"][0]
    assert datetime.fromisoformat(stored["eaten_at"]) == wall, (stored["eaten_at"], wall.isoformat())
    assert stored["local_date"] == wall.date().isoformat()
    assert item.locator(".when").text_content().split(" ")[0] in (wall.strftime("%H:%M"), wall.strftime("%I:%M"))
    item.get_by_role("button", name="Edit soup at noon").click()
    assert page.locator("form.editor").get_by_label("When").input_value() == wall.strftime("%Y-%m-%dT%H:%M")

    # Across daylight-saving changes the offset is the one at that instant, not today's.
    found = page.evaluate("""async () => {
        const clock = await import('/static/js/clock.js');
        const kept = clock.accountZone();
        clock.setZone('Europe/Berlin');
        const iso = (text) => clock.instantIso(text);
        const result = [iso('2026-07-01T12:00'), iso('2026-01-15T12:00'), iso('2026-03-29T02:30'),
                        iso('2026-10-25T02:30'), clock.wallClock('2026-10-25T01:30:00Z'), iso('nonsense')];
        clock.setZone(kept);
        return result;
    }""")
    assert found == ["2026-07-01T10:00:00.000Z", "2026-01-15T11:00:00.000Z", "2026-03-29T01:30:00.000Z",
                     "2026-10-25T00:30:00.000Z", "2026-10-25T02:30", None]
    context.close()
    assert problems == [], problems


def test_today_shows_saved_scores_and_an_untouched_save_changes_nothing(server, browser):
    person = Person(server.base)
    day = person.today()
    saved = {"sleep": 4, "pain": 6, "energy": 3, "headache": 2, "digestion": 5, "sleep_hours": 6.5}
    assert person.call("PUT", f"/v1/symptoms/{day}", json=saved).status_code == 201
    context, page, problems = phone(browser)
    sign_in(page, person)
    page.reload()
    page.locator("#scale-sleep-value", has_text="4").wait_for()
    for name, value in (("pain", "6"), ("energy", "3"), ("headache", "2"), ("digestion", "5")):
        assert page.locator(f"#scale-{name}-value").text_content() == value
    assert page.locator("#scale-skin-value").text_content() == "not scored yet"
    assert page.locator("#scale-sleep_hours").input_value() == "6.5"
    assert page.locator("#scales .scored").count() == 6
    page.get_by_role("button", name="Save scores").click()
    page.get_by_text("Nothing changed").wait_for()
    assert person.call("GET", f"/v1/symptoms/{day}").json()["version"] == 1

    nudge(page, "pain", "ArrowLeft")
    page.get_by_role("button", name="Save scores").click()
    page.get_by_text("Scores saved on this phone").wait_for()
    wait_synced(page)
    stored = person.call("GET", f"/v1/symptoms/{day}").json()
    assert {k: stored[k] for k in saved} == saved | {"pain": 5}
    assert stored["version"] == 2

    # A meal: flags per group, a possible flag confirmed, an edit, and a delete taken back.
    log_meal(page, "toast with honey")
    meal = page.locator("#day-meals li.item", has_text="toast with honey")
    meal.locator(".mark.synced").wait_for()
    meal.locator(".chip", has_text="wheat").wait_for()
    meal.get_by_role("button", name="Yes, it has sugar").click()
    page.get_by_text("Flags corrected on this phone").wait_for()
    wait_synced(page)
    stored = person.call("GET", f"/v1/meals?from={day}&to={day}").json()["items"][0]
    assert stored["overrides"]["added"] == ["sugar"] and "sugar" in stored["definite"]
    meal.get_by_role("button", name="Edit toast with honey").click()
    page.locator("form.editor").get_by_label("What did you eat?").fill("toast with butter")
    page.get_by_role("button", name="Save changes").click()
    page.locator("#day-meals li.item", has_text="toast with butter").wait_for()
    page.get_by_role("button", name="Delete toast with butter").click()
    page.get_by_role("status").filter(has_text="Deleted: toast with butter.").get_by_role("button", name="Undo").click()
    page.locator("#day-meals li.item", has_text="toast with butter").wait_for()
    wait_synced(page)
    stored = person.call("GET", f"/v1/meals?from={day}&to={day}").json()["items"]
    assert [m["description"] for m in stored] == ["toast with butter"]

    yesterday = (datetime.fromisoformat(day) - timedelta(days=1)).date().isoformat()
    page.get_by_label("Day", exact=True).fill(yesterday)
    page.get_by_role("heading", name="Meals that day").wait_for()
    assert page.get_by_label("When").input_value().startswith(yesterday)
    log_meal(page, "late soup")
    wait_synced(page)
    stored = person.call("GET", f"/v1/meals?from={yesterday}&to={yesterday}").json()["items"]
    assert [m["description"] for m in stored] == ["late soup"]
    context.close()
    assert problems == [], problems


def test_the_app_installs_manifest_and_service_worker(server, browser):
    manifest = httpx.get(server.base + "/manifest.webmanifest").json()
    assert manifest["display"] == "standalone" and manifest["start_url"].startswith("/")
    assert manifest["name"] and manifest["theme_color"].startswith("#")
    sizes = {(icon["sizes"], icon.get("purpose", "any")) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
    for icon in manifest["icons"]:
        png = httpx.get(server.base + icon["src"])
        assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    worker = httpx.get(server.base + "/sw.js")
    assert worker.headers["content-type"].startswith("text/javascript") and "__VERSION__" not in worker.text
    # Only Today's modules are preloaded; the other screens' load when shown, yet all are cached for offline.
    page_html = httpx.get(server.base + "/").text
    preloaded = set(re.findall(r'rel="modulepreload" href="/static/js/([\w-]+\.js)"', page_html))
    assert {"main.js", "today.js", "sync.js", "store.js"} <= preloaded and not {"trends.js", "massage.js"} & preloaded
    assert all(f'"/static/js/{name}"' in worker.text for name in ("trends.js", "massage.js", "boot.js"))
    csp = httpx.get(server.base + "/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp

    context, page, _ = phone(browser)
    page.goto(server.base + "/")
    page.get_by_role("heading", name="Sign in").wait_for()
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    page.get_by_role("heading", name="Sign in").wait_for()
    assert page.evaluate("navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL") \
        == server.base + "/sw.js"
    # The chip function reads today's flat flags and grouped shapes alike: one chip per group, terms inside.
    chips = page.evaluate("""async () => {
        const { flagGroups } = await import('/static/js/flags.js');
        const flat = [{group: 'wheat', certainty: 'definite', term: 'bagel'},
                      {group: 'dairy', certainty: 'possible', term: 'natural flavors'},
                      {group: 'wheat', certainty: 'possible', term: 'flour'}];
        const grouped = [{group: 'wheat', certainty: 'definite', terms: ['bagel', {term: 'flour'}]},
                         {group: 'dairy', certainty: 'possible', terms: [{term: 'natural flavors'}]}];
        const keyed = {wheat: [{certainty: 'definite', term: 'bagel'}, {certainty: 'possible', term: 'flour'}],
                       dairy: {certainty: 'possible', terms: ['natural flavors']}};
        return [flat, grouped, keyed].map(flagGroups);
    }""")
    expected = [{"group": "wheat", "certainty": "definite", "terms": ["bagel", "flour"]},
                {"group": "dairy", "certainty": "possible", "terms": ["natural flavors"]}]
    assert chips == [expected, expected, expected]
    context.close()


def test_patting_is_led_by_a_beat_that_counts_nine_and_nine(server, browser):
    person = Person(server.base)
    context, page, problems = phone(browser)
    sign_in(page, person)
    page.locator("#tabs").get_by_role("link", name="Massage").click()
    page.get_by_label("Technique").select_option("empty_palm_patting")
    page.get_by_label("Beat (pats a minute)").fill("160")
    page.get_by_label("Knee pain before (0-10)").fill("4")
    page.get_by_role("button", name="Start the beat").click()
    page.locator("#pat-phase", has_text="sides").wait_for(timeout=15000)
    assert page.locator("#timer-say").text_content() == "Now the sides"
    page.locator("#pat-round", has_text="2").wait_for(timeout=15000)
    page.get_by_role("button", name="Stop the beat").click()
    page.get_by_role("button", name="Save session").click()
    page.get_by_text("Session saved on this phone").wait_for()
    wait_synced(page)
    assert page.get_by_label("Knee pain before (0-10)").input_value() == "", "each session starts empty"
    sessions = person.call("GET", "/v1/massage").json()
    assert [(s["technique"], s["pain_before"]) for s in sessions] == [("empty_palm_patting", 4)]
    assert sessions[0]["rounds"] >= 1
    context.close()
    assert problems == [], problems


def test_a_new_version_is_offered_and_taken_on_reload(server, browser):
    context, page, problems = phone(browser)
    page.goto(server.base + "/")
    page.get_by_role("heading", name="Sign in").wait_for()
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    # A worker at a new script URL is a new version to the browser, as a changed /sw.js is after a deploy.
    page.evaluate("() => navigator.serviceWorker.register('/sw.js?v=next', { scope: '/' })")
    page.get_by_text("A new version of the app is ready.").wait_for()
    with page.expect_navigation():
        page.get_by_role("button", name="Reload").click()
    page.get_by_role("heading", name="Sign in").wait_for()
    assert page.evaluate("() => navigator.serviceWorker.controller.scriptURL").endswith("/sw.js?v=next")
    context.close()
    assert problems == [], problems


def _seed(person: Person) -> None:
    today = datetime.now(ZoneInfo(ZONE)).date()
    for offset in range(20, -1, -1):
        day = today - timedelta(days=offset)
        meal = "bagel w/ cream cheese" if offset > 14 else "rice and fish"
        person.call("POST", "/v1/meals", json={"eaten_at": f"{day}T11:00:00Z", "description": meal})
        person.call("PUT", f"/v1/symptoms/{day}", json={"sleep": 5 + offset % 3, "pain": 6 - offset % 4, "energy": 5})
    person.call("POST", "/v1/foods/terms", json={"term": "grandma's stew", "group": "wheat"})


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_screen_passes_axe_and_is_photographed(server, browser, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    person = Person(server.base)
    _seed(person)
    context, page, problems = phone(browser, color_scheme=scheme)
    page.goto(server.base + "/")
    page.get_by_role("heading", name="Sign in").wait_for()
    found: dict[str, list[str]] = {}

    def check(name: str) -> None:
        violations = axe.run(page).response["violations"]
        serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in violations
                   if v["impact"] in ("serious", "critical")]
        if serious:
            found[name] = serious
        if words := API_WORDS.findall(page.locator("body").inner_text()):
            found[name] = [f"API words a person reads: {words}"]
        shot(page, f"{scheme}-{name}")

    page.wait_for_function("() => document.querySelector('#signup-form select[name=timezone]').value !== ''")
    assert page.locator("#signup-form").get_by_label("Time zone").input_value() == ZONE, "the device's zone"
    check("signin")
    sign_in(page, person)
    page.locator("#day-meals li.item").first.wait_for()
    for name in SCREENS:
        page.goto(f"{server.base}/#{name}")
        page.locator(f"#page-{name}").wait_for()
        page.wait_for_load_state("networkidle")
        if name == "trends":
            page.locator("#chart svg circle").first.wait_for()
        check(name)
    context.close()
    assert found == {}, found
    assert problems == [], problems


def test_a_typed_barcode_becomes_a_flagged_meal_online_and_queued_offline(server, browser, tmp_path):
    """Remote lookups are off: the product comes from an imported dump, as on a server that runs fully offline."""
    from tests.api.products import fresh_ean13, write_dump

    spread, crackers = fresh_ean13(), fresh_ean13()
    dump = write_dump(tmp_path / "dump.jsonl", [
        {"code": spread, "product_name": "Hazelnut spread", "brands": "Acme", "lang": "en",
         "ingredients_text": "Sugar, palm oil, hazelnuts, skimmed milk powder", "allergens_tags": ["en:milk"],
         "traces_tags": []},
        {"code": crackers, "product_name": "Corn crackers", "lang": "en",
         "ingredients_text": "Corn, sunflower oil, salt", "allergens_tags": [], "traces_tags": []}])
    cli = Path(sys.executable).with_name("diet-tracker")
    imported = subprocess.run([str(cli), "products", "import", str(dump)], capture_output=True, text=True,
                              env=os.environ | {"DATABASE_URL": server.database_url, "OPENFOODFACTS_URL": ""})
    assert imported.returncode == 0, imported.stderr
    person = Person(server.base)
    context, page, problems = phone(browser)
    sign_in(page, person)

    page.get_by_text("Packaged food? Scan or type its barcode").click()
    page.get_by_label("Barcode").fill(spread)
    page.get_by_role("button", name="Look it up").click()
    card = page.locator("#barcode-result .product")
    card.get_by_text("Hazelnut spread · Acme").wait_for()
    chips = [chip.split(":")[0] for chip in card.locator(".chip").all_text_contents()]
    assert "dairy" in chips and "sugar" in chips, chips
    assert "Open Food Facts" in card.text_content(), "the ODbL attribution is shown with the product"
    card.get_by_role("button", name="Log it now").click()
    page.locator("#day-meals li", has_text="Hazelnut spread").wait_for()
    wait_synced(page)

    context.set_offline(True)
    page.get_by_label("Barcode").fill(crackers)
    page.get_by_role("button", name="Look it up").click()
    page.get_by_role("button", name="Log it anyway").click()
    page.locator("#day-meals li", has_text=f"barcode {crackers}").wait_for()
    context.set_offline(False)
    page.locator("#day-meals li", has_text="Corn crackers").wait_for(timeout=60000)
    wait_synced(page)

    stored = {m["description"]: m for m in person.call("GET", "/v1/meals").json()["items"]}
    assert set(stored) == {"Hazelnut spread", "Corn crackers"}, "one meal per barcode, named by its product"
    assert {"dairy", "sugar"} <= set(stored["Hazelnut spread"]["definite"])
    assert "corn" in stored["Corn crackers"]["definite"]
    shot(page, "today-barcode")
    context.close()
    assert problems == []


API_WORDS = re.compile(r"/v1/|PUT ")


def _scores(person: Person, first: date, last: date, exposed: set[date] = frozenset()) -> None:
    day = first
    while day <= last:
        meal = "bagel w/ cream cheese" if day in exposed else "rice and fish"
        person.call("POST", "/v1/meals", json={"eaten_at": f"{day}T11:00:00Z", "description": meal})
        person.call("PUT", f"/v1/symptoms/{day}", json={"sleep": 4 + day.day % 4, "pain": 3 + day.day % 5,
                                                       "energy": 5 + day.day % 2, "sleep_hours": 6 + day.day % 3 / 5})
        day += timedelta(days=1)


def _trends(page, person: Person, name: str) -> str:
    page.goto(f"{person.base}/#trends")
    page.locator("#chart svg").wait_for()
    page.wait_for_load_state("networkidle")
    page.locator("#headline-text:not(:empty)").wait_for()
    shot(page, f"trends-{name}")
    text = page.locator("body").inner_text()
    assert not API_WORDS.search(text), API_WORDS.findall(text)
    return text


def test_trends_tells_the_story_at_each_stage(server, browser):
    from api.db import make_engine
    from api.operations import DEMO_EMAIL, DEMO_PASSWORD, seed_demo

    today = datetime.now(ZoneInfo(ZONE)).date()
    newcomer, day5, day28 = Person(server.base), Person(server.base), Person(server.base)
    day5.call("PUT", "/v1/elimination", json={"start_date": str(today - timedelta(days=4))})
    _scores(day5, today - timedelta(days=18), today)
    start = today - timedelta(days=27)
    day28.call("PUT", "/v1/elimination", json={"start_date": str(start)})
    _scores(day28, start - timedelta(days=14), today, exposed={start + timedelta(days=19)})
    engine = make_engine(settings_for(server.database_url))  # the app's engine: its SQLite write-lock rules apply
    seed_demo(engine, allow_other_users=True)  # this test server is shared by the module's other accounts
    engine.dispose()
    demo = Person.__new__(Person)
    demo.base, demo.email = server.base, DEMO_EMAIL
    problems: list[str] = []
    for person, name in ((newcomer, "new-account"), (day5, "day-5"), (day28, "day-28-slip"), (demo, "demo")):
        context, page, seen = phone(browser)
        sign_in(page, person, DEMO_PASSWORD if person is demo else PASSWORD)
        text = _trends(page, person, name)
        counter = page.locator("#day-counter").inner_text()
        if person is newcomer:
            assert counter == "Not started yet" and "To begin, enter the day you started" in text
        elif person is day5:
            assert counter.startswith("Day 5 of 14")
            assert page.locator("#start-form input[name=start_date]").input_value() == str(today - timedelta(4))
            assert "pending: the day-10 window completes on" in page.locator("#windows").inner_text()
        else:
            assert "the two weeks are done" in counter and "of 14" not in counter
            assert "slip: " in page.locator("#chart").inner_text() and "clue, not proof" in text
            assert page.locator("#windows .card").count() == 2
        if person is day28:
            assert counter.startswith("Day 28 · the two weeks are done") and "slip: wheat" in text
            page.get_by_role("button", name="Sleep duration").click()
            page.locator("#chart svg[data-scale=sleep_hours]").wait_for()
            assert page.get_by_role("button", name="Sleep duration").get_attribute("aria-pressed") == "true"
            shot(page, "trends-day-28-sleep-duration")
        context.close()
        problems += seen
    assert problems == [], problems


def test_the_html_report_reflows_at_phone_width(server, browser):
    person = Person(server.base)
    today = datetime.now(ZoneInfo(ZONE)).date()
    start = today - timedelta(days=20)
    person.call("PUT", "/v1/elimination", json={"start_date": str(start)})
    _scores(person, start - timedelta(days=14), today, exposed={start + timedelta(days=16)})
    context = browser.new_context(viewport=PHONE, extra_http_headers=person.headers)
    page = context.new_page()
    page.goto(f"{server.base}/v1/export?format=html")
    page.locator("h2", has_text="Appendix").wait_for()
    shot(page, "report-html-390")
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    narrow = _panel_boxes(page)
    page.set_viewport_size({"width": 1024, "height": 844})
    wide = _panel_boxes(page)
    shot(page, "report-html-1024")
    context.close()
    assert width[0] <= width[1], width
    assert len(narrow) >= 2 and len({round(box["x"]) for box in narrow}) == 1, "one panel to a row on a phone"
    assert all(b["y"] >= a["y"] + a["height"] for a, b in pairwise(narrow)), narrow
    assert all(box["x"] + box["width"] <= PHONE["width"] for box in narrow), narrow
    assert narrow[0]["width"] > 0.8 * PHONE["width"], "a panel takes the phone's width, not half of it"
    assert len({round(box["x"]) for box in wide}) == 2, "two to a row on a wide screen"


def _panel_boxes(page) -> list[dict]:
    return [panel.bounding_box() for panel in page.locator("figure .panel").all()]
