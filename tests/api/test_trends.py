"""/v1/trends and /v1/elimination over HTTP, on both databases."""

from datetime import date, timedelta

from tests.conftest import sign_up


def meal(user, when: str, text: str):
    response = user.post("/v1/meals", json={"eaten_at": when, "description": text})
    assert response.status_code == 201, response.text
    return response.json()


def scores(user, day: str, **values):
    response = user.put(f"/v1/symptoms/{day}", json={"sleep": 5, "pain": 5, "energy": 5} | values)
    assert response.status_code in (200, 201), response.text


def test_detected_start_skips_unlogged_days_and_restarts_after_a_slip(alice):
    meal(alice, "2026-03-01T12:00:00+01:00", "pizza")
    meal(alice, "2026-03-02T12:00:00+01:00", "grilled fish and rice")
    # 3-4 March unlogged: they do not break the run
    meal(alice, "2026-03-05T12:00:00+01:00", "salad with olive oil")
    trends = alice.get("/v1/trends", params={"as_of": "2026-03-06"}).json()
    assert trends["elimination"]["start_date"] == "2026-03-02"
    assert trends["elimination"]["source"] == "detected" and trends["elimination"]["day"] == 5
    assert trends["elimination"]["day10_date"] == "2026-03-11"
    statuses = {r["date"]: r["status"] for r in trends["daily"]}
    assert statuses["2026-03-01"] == "exposed" and statuses["2026-03-03"] == "unlogged"
    assert statuses["2026-03-05"] == "clean"

    meal(alice, "2026-03-07T19:00:00+01:00", "latte")
    meal(alice, "2026-03-08T12:00:00+01:00", "rice")
    after_slip = alice.get("/v1/trends", params={"as_of": "2026-03-08"}).json()
    assert after_slip["elimination"]["start_date"] == "2026-03-08"
    assert after_slip["elimination"]["slips"] == []
    assert after_slip["elimination"]["clean_streak_days"] == 1


def test_no_clean_day_after_the_last_exposure_means_no_run(alice):
    meal(alice, "2026-04-01T12:00:00Z", "bagel")
    trends = alice.get("/v1/trends", params={"as_of": "2026-04-03"}).json()
    assert trends["elimination"]["start_date"] is None
    assert trends["windows"] == {"day10": None, "day14": None}


def test_user_start_lists_slips_and_computes_windows(alice):
    assert alice.put("/v1/elimination", json={"start_date": "2026-05-10"}).status_code == 200
    for offset in range(1, 8):
        scores(alice, f"2026-05-{offset + 1:02d}", pain=7 + offset % 2, sleep=4)
    for offset in range(10, 16):
        scores(alice, f"2026-05-{offset:02d}", pain=3 + offset % 2, sleep=7)
    meal(alice, "2026-05-12T20:00:00+02:00", "ice cream")
    trends = alice.get("/v1/trends", params={"as_of": "2026-05-15"}).json()
    assert trends["elimination"]["source"] == "user" and trends["elimination"]["day"] == 6
    assert trends["elimination"]["slips"] == [{"date": "2026-05-12", "groups": ["dairy", "sugar"]}]
    day10 = trends["windows"]["day10"]
    assert day10["complete"] is False and day10["contaminated"] is True
    pain = day10["scales"]["pain"]
    assert (pain["baseline_n"], pain["baseline_mean"], pain["window_n"], pain["window_mean"]) == (7, 7.571, 6, 3.5)
    # An incomplete window shows the model's estimate but no verdict.
    assert pain["verdict"] == "pending" and pain["method"] == "ar1_bayes"
    assert pain["statement"] == "pending: the day-10 window completes on 2026-05-19"
    assert pain["ci95"][0] < pain["delta"] < pain["ci95"][1] < 0 and pain["probability_better"] > 0.975
    assert day10["correction"] == "holm" and day10["primary_scale"] is None
    assert alice.get("/v1/elimination").json()["start_date"] == "2026-05-10"
    assert alice.delete("/v1/elimination").status_code == 204
    assert alice.get("/v1/elimination").status_code == 404


def test_a_complete_window_gives_verdicts_in_words_and_names_its_correction(alice):
    alice.put("/v1/elimination", json={"start_date": "2026-05-10"})
    for offset in range(1, 15):
        scores(alice, (date(2026, 5, 10) - timedelta(days=offset)).isoformat(), pain=7 + offset % 2, sleep=4)
    for offset in range(14):
        scores(alice, (date(2026, 5, 10) + timedelta(days=offset)).isoformat(), pain=3 + offset % 2, sleep=4)
    day14 = alice.get("/v1/trends", params={"as_of": "2026-05-24"}).json()["windows"]["day14"]
    pain, sleep = day14["scales"]["pain"], day14["scales"]["sleep"]
    assert day14["complete"] and pain["verdict"] == "improved" and sleep["verdict"] == "no_clear_change"
    assert pain["statement"] == "pain is lower than before the start, 99% likely"
    assert sleep["statement"].startswith("no clear change in sleep quality")
    assert day14["scales"]["headache"]["verdict"] == "insufficient_data" and day14["correction"] == "holm"

    assert alice.patch("/v1/me", json={"primary_scale": "pain"}).json()["primary_scale"] == "pain"
    day14 = alice.get("/v1/trends", params={"as_of": "2026-05-24"}).json()["windows"]["day14"]
    assert (day14["correction"], day14["primary_scale"]) == ("primary_then_holm", "pain")
    bad = alice.patch("/v1/me", json={"primary_scale": "mood"})
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "primary_scale"
    assert alice.patch("/v1/me", json={"timezone": "UTC"}).json()["primary_scale"] == "pain"
    assert alice.patch("/v1/me", json={"primary_scale": None}).json()["primary_scale"] is None


def test_days_follow_the_users_zone_across_midnight_and_dst(client):
    berlin = sign_up(client, timezone="Europe/Berlin")
    # 28 March 23:30 UTC is 00:30 on 29 March in Berlin (CET); DST starts that night.
    meal(berlin, "2026-03-28T23:30:00Z", "pizza")
    # 29 March 22:30 UTC is 00:30 on 30 March in Berlin (CEST, UTC+2).
    meal(berlin, "2026-03-29T22:30:00Z", "rice")
    daily = berlin.get("/v1/trends/daily", params={"from": "2026-03-28", "to": "2026-03-30"}).json()
    assert [r["status"] for r in daily] == ["unlogged", "exposed", "clean"]
    utc_user = sign_up(client, timezone="UTC")
    meal(utc_user, "2026-03-28T23:30:00Z", "pizza")
    daily_utc = utc_user.get("/v1/trends/daily", params={"from": "2026-03-28", "to": "2026-03-29"}).json()
    assert [r["status"] for r in daily_utc] == ["exposed", "unlogged"]


def test_overrides_change_the_day_status(alice):
    made = meal(alice, "2026-06-01T12:00:00Z", "plum sauce")
    first = alice.get("/v1/trends/daily", params={"from": "2026-06-01", "to": "2026-06-01"}).json()[0]
    assert first["status"] == "exposed"
    alice.put(f"/v1/meals/{made['id']}/overrides", json={"dismissed": ["sugar"]})
    row = alice.get("/v1/trends/daily", params={"from": "2026-06-01", "to": "2026-06-01"}).json()[0]
    assert row["status"] == "clean" and row["uncertain"] is True and row["possible_groups"] == ["soy"]


def test_massage_beside_the_trends(alice):
    alice.put("/v1/elimination", json={"start_date": "2026-07-10"})
    alice.post("/v1/massage", json={"performed_at": "2026-07-11T20:00:00Z", "technique": "kneading", "knee": "left",
                                    "duration_seconds": 200, "pain_before": 6, "pain_after": 4})
    alice.post("/v1/massage", json={"performed_at": "2026-07-12T20:00:00Z", "technique": "kneading", "knee": "left",
                                    "duration_seconds": 100, "pain_before": 5, "pain_after": 4})
    scores(alice, "2026-07-12", pain=4)
    scores(alice, "2026-07-13", pain=3)
    trends = alice.get("/v1/trends", params={"as_of": "2026-07-13"}).json()
    assert trends["massage"]["techniques"]["kneading"] == {"sessions": 2, "seconds": 300, "mean_relief": 1.5,
                                                           "relief_n": 2}
    assert trends["massage"]["next_day_pain"]["after_massage_mean"] == 3.5
    row = next(r for r in trends["daily"] if r["date"] == "2026-07-11")
    assert (row["massage_sessions"], row["massage_seconds"]) == (1, 200)


def test_trends_ignore_other_users(alice, bob):
    meal(bob, "2026-08-01T12:00:00Z", "pizza")
    meal(alice, "2026-08-01T12:00:00Z", "rice")
    trends = alice.get("/v1/trends", params={"as_of": "2026-08-02"}).json()
    assert trends["elimination"]["start_date"] == "2026-08-01"
    assert all(r["status"] != "exposed" for r in trends["daily"])


def test_as_of_and_ranges_are_validated(alice):
    far = (date.today() + timedelta(days=5)).isoformat()
    bad = alice.get("/v1/trends", params={"as_of": far})
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "as_of"
    assert alice.get("/v1/trends", params={"as_of": "1999-01-01"}).status_code == 422
    assert alice.get("/v1/trends/daily", params={"from": "2020-01-01", "to": "2026-01-01"}).status_code == 422
    assert alice.put("/v1/elimination", json={"start_date": "1990-01-01"}).status_code == 422
    assert alice.get("/v1/trends").status_code == 200


def test_chart_draws_what_the_trends_hold(alice, app):
    from api.db import open_session
    from api.services import trends
    from domain.export.charts import scale_chart
    from models.user import User

    alice.put("/v1/elimination", json={"start_date": "2026-05-10"})
    scores(alice, "2026-05-11", pain=3)
    meal(alice, "2026-05-12T20:00:00+02:00", "ice cream")
    chart = alice.get("/v1/trends/charts/pain.svg", params={"as_of": "2026-05-15"})
    assert chart.status_code == 200 and chart.headers["content-type"] == "image/svg+xml"
    with open_session(app.state.engine) as session:
        user = session.exec(__import__("sqlmodel").select(User).where(User.email == alice.email)).one()
        full = trends.get_trends(session=session, owner=user, as_of=__import__("datetime").date(2026, 5, 15))
    slips = [s.date for s in full.elimination.slips]
    assert [str(d) for d in slips] == ["2026-05-12"]
    expected = scale_chart(full.daily, "pain", start=full.elimination.start_date, slips=slips, fmt="svg")
    assert chart.content == expected
    assert alice.get("/v1/trends/charts/mood.svg").status_code == 404
