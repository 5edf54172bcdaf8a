"""The web app in a real browser: Debian's Chromium driven by Playwright, at phone size.

Screenshots of each page go to test-artifacts/screenshots/ (ignored by git). Without Chromium or Playwright
these tests are skipped with a message, except with CI=true, where they fail.
"""

import os
import shutil
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import IN_CI, PASSWORD
from tests.servers import ServerProcess

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}


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


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_sign_up_log_the_day_and_watch_the_trends(server, browser):
    context = browser.new_context(viewport=PHONE, timezone_id="Europe/Berlin")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto(server.base + "/")
    page.get_by_role("heading", name="Sign in").wait_for()
    shot(page, "01-sign-in")
    email = f"web-{uuid.uuid4().hex[:8]}@example.org"
    signup = page.locator("#signup-form")
    signup.get_by_label("Email").fill(email)
    signup.get_by_label("Password (10 characters or more)").fill(PASSWORD)
    assert signup.get_by_label("Time zone").input_value() == "Europe/Berlin"
    signup.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Log a meal").wait_for()

    # A meal, with the flags previewed while typing
    page.get_by_label("What did you eat?").fill("bagel w/ cream cheese")
    page.locator("#flag-preview .flag", has_text="wheat").wait_for()
    page.locator("#flag-preview .flag", has_text="dairy").wait_for()
    shot(page, "02-today-meal-preview")
    page.get_by_role("button", name="Save meal").click()
    page.get_by_text("Saved. It contains wheat, dairy.").wait_for()
    page.locator("#today-meals li", has_text="bagel w/ cream cheese").wait_for()
    assert page.locator("#today-meals li").count() == 1

    # Scores on 0-10 controls built from /v1/symptoms/scales
    sleep = page.locator("#scale-sleep")
    sleep.focus()
    sleep.press("ArrowRight")
    sleep.press("ArrowRight")
    assert page.locator("#scale-sleep-value").text_content() == "7"
    page.get_by_label("Score headache today").check()
    page.get_by_role("button", name="Save scores").click()
    page.get_by_text("Scores saved for").wait_for()

    # Massage: the guide, acupressure points, and the nine-and-nine patting counter
    page.get_by_label("Technique").select_option("acupressure")
    page.locator("#technique-guide", has_text="pressure").wait_for()
    page.locator("#points label", has_text="ST34").locator("input").check()
    page.get_by_label("Knee pain before (0-10)").fill("5")
    page.get_by_label("Knee pain after (0-10)").fill("3")
    page.get_by_role("button", name="Save session").click()
    page.get_by_text("Massage session saved (acupressure).").wait_for()
    page.get_by_label("Technique").select_option("empty_palm_patting")
    for _ in range(9):
        page.get_by_role("button", name="Pat").click()
    assert page.locator("#pat-phase").text_content() == "sides"
    shot(page, "03-today-massage")

    # Trends: set the start, see the day counter and the charts
    page.get_by_role("link", name="Trends").click()
    started = datetime.now(ZoneInfo("Europe/Berlin")).date() - timedelta(days=3)  # the user's today, not the machine's
    page.get_by_label("I started the elimination on").fill(started.isoformat())
    page.get_by_role("button", name="Set start").click()
    page.get_by_role("heading", name="Day 4 of 14").wait_for()
    page.locator("#charts img").nth(8).wait_for()
    page.wait_for_load_state("networkidle")
    assert page.locator("#charts img").count() == 9, "one chart per scale"
    assert page.locator("#charts img").first.evaluate("img => img.complete && img.naturalWidth > 0")
    # Four days in, the two-week window is not complete: every scale's verdict waits.
    assert page.locator("#verdicts td.pending").count() == 9
    shot(page, "04-trends")

    # History: correct a flag
    page.get_by_role("link", name="History").click()
    item = page.locator("#history li").first
    item.wait_for()
    item.get_by_label("contains dairy").uncheck()
    item.get_by_role("button", name="Save correction").click()
    page.get_by_text("Correction saved").wait_for()
    shot(page, "05-history")

    # Share: a link, then revoke it
    page.get_by_role("link", name="Share").click()
    page.get_by_role("button", name="Create link").click()
    page.locator("#share-url", has_text="/v1/shared/").wait_for()
    page.get_by_role("button", name="Revoke").click()
    page.get_by_text("Share revoked.").wait_for()
    shot(page, "06-share")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("link", name="Trends").click()
    page.locator("#charts img").nth(8).wait_for()
    shot(page, "07-trends-desktop")
    context.close()
    assert problems == [], problems


def test_every_control_has_a_label_and_the_app_has_a_strict_csp(server, browser):
    import httpx

    csp = httpx.get(server.base + "/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    page = browser.new_page(viewport=PHONE)
    page.goto(server.base + "/")
    page.get_by_role("heading", name="Sign in").wait_for()
    unlabeled = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea')]
        .filter(el => el.type !== 'hidden' && !el.labels?.length && !el.getAttribute('aria-label'))
        .map(el => el.name || el.id)""")
    assert unlabeled == []
    page.close()
