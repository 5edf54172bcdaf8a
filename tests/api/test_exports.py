"""Exports read back with their own libraries, the import round trip, and read-only shares."""

import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from fhir.resources.bundle import Bundle
from pypdf import PdfReader

from domain.scales import BY_NAME
from tests.conftest import sign_up


@pytest.fixture
def patient(client):
    """A user with six weeks of meals, scores and massage around an elimination start."""
    user = sign_up(client)
    user.post("/v1/foods/terms", json={"term": "nana's bread", "group": "wheat"})
    user.put("/v1/elimination", json={"start_date": "2026-03-15"})
    for day in range(1, 29):
        when = f"2026-03-{day:02d}" if day <= 31 else None
        exposed = day < 15 or day == 20
        user.post("/v1/meals", json={"eaten_at": f"{when}T12:00:00+01:00",
                                     "description": "pizza and a latte" if exposed else "grilled fish and rice"})
        user.put(f"/v1/symptoms/{when}", json={"sleep": 4 if day < 15 else 7, "pain": 7 if day < 15 else 3,
                                                "energy": 5, "sleep_hours": 6.5, "notes": "=HYPERLINK(\"x\")"})
    user.post("/v1/massage", json={"performed_at": "2026-03-16T21:00:00+01:00", "technique": "acupressure",
                                   "knee": "right", "duration_seconds": 300, "points": ["ST34"], "pain_before": 6,
                                   "pain_after": 4})
    meal = user.post("/v1/meals", json={"eaten_at": "2026-03-28T19:00:00+01:00", "description": "nana's bread"}).json()
    user.put(f"/v1/meals/{meal['id']}/overrides", json={"dismissed": ["wheat"], "added": ["dairy"]})
    return user


def export(user, fmt, **params):
    response = user.get("/v1/export", params={"format": fmt} | params)
    assert response.status_code == 200, response.text
    return response


def test_csv_zip_opens_cleanly(patient):
    response = export(patient, "csv")
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["massage.csv", "meals.csv", "symptoms.csv"]
    meals = list(csv.DictReader(io.StringIO(archive.read("meals.csv").decode("utf-8-sig"))))
    assert len(meals) == 29
    pizza = next(m for m in meals if m["description"] == "pizza and a latte")
    assert (pizza["wheat"], pizza["dairy"], pizza["excluded"]) == ("definite", "definite", "true")
    assert "pizza -> wheat (definite)" in pizza["flags"] and "latte -> dairy (definite)" in pizza["flags"]
    assert pizza["eaten_at"].startswith("2026-03-01T11:00:00") and pizza["local_date"] == "2026-03-01"
    corrected = next(m for m in meals if m["description"] == "nana's bread")
    assert corrected["dismissed"] == "wheat" and corrected["added"] == "dairy" and corrected["dairy"] == "definite"
    symptoms = list(csv.DictReader(io.StringIO(archive.read("symptoms.csv").decode("utf-8-sig"))))
    assert symptoms[0]["date"] == "2026-03-01" and symptoms[0]["pain"] == "7" and symptoms[0]["sleep_hours"] == "6.5"
    assert symptoms[0]["notes"].startswith("'="), "spreadsheet formulas are neutralised"
    massage = list(csv.DictReader(io.StringIO(archive.read("massage.csv").decode("utf-8-sig"))))
    assert massage[0]["points"] == "ST34" and massage[0]["knee"] == "right"
    ranged = zipfile.ZipFile(io.BytesIO(export(patient, "csv", **{"from": "2026-03-10", "to": "2026-03-11"}).content))
    assert len(ranged.read("meals.csv").decode("utf-8-sig").strip().splitlines()) == 3


def _comparable(document: dict) -> dict:
    """The export minus what an import may legitimately change: timestamps and versions."""
    def strip(item: dict) -> dict:
        return {k: v for k, v in item.items() if k not in ("created_at", "updated_at", "version")}
    return {"meals": [strip(m) for m in document["meals"]], "symptoms": [strip(s) for s in document["symptoms"]],
            "massage": [strip(m) for m in document["massage"]], "personal_terms": document["personal_terms"],
            "elimination": document["elimination"], "account": document["account"],
            "challenges": document["challenges"]}


def test_json_round_trip_through_import(patient, client):
    first = export(patient, "json").json()
    assert first["format"] == "diet-tracker" and first["version"] == 1
    fresh = sign_up(client)
    imported = fresh.post("/v1/import", json=first)
    assert imported.status_code == 201, imported.text
    assert imported.json() == {"meals": 29, "symptoms": 28, "massage": 1, "personal_terms": 1}
    second = export(fresh, "json").json()
    assert _comparable(second) == _comparable(first)
    assert fresh.post("/v1/import", json=first).status_code == 409, "only into an empty account"
    bad = sign_up(client).post("/v1/import", json=first | {"version": 99})
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "version"
    wrong_score = first | {"symptoms": [first["symptoms"][0] | {"pain": 11}]}
    refused = sign_up(client).post("/v1/import", json=wrong_score)
    assert refused.status_code == 422 and refused.json()["error"]["fields"][0]["field"] == "symptoms.0.pain"


def test_fhir_bundle_validates_and_codes_what_we_measure(patient):
    response = export(patient, "fhir")
    assert response.headers["content-type"].startswith("application/fhir+json")
    bundle = Bundle.model_validate_json(response.content)
    assert bundle.type == "collection"
    resources = [e.resource for e in bundle.entry]
    kinds = [r.get_resource_type() for r in resources]
    assert kinds.count("Patient") == 1 and kinds.count("NutritionIntake") == 29 and kinds.count("Procedure") == 1
    codes = {(c.system, c.code) for r in resources if r.get_resource_type() == "Observation" for c in r.code.coding}
    assert ("http://loinc.org", "72514-3") in codes and ("http://loinc.org", "93832-4") in codes
    assert all(system != "http://loinc.org" for system, code in codes if code in ("sleep", "energy"))
    order = next(r for r in resources if r.get_resource_type() == "NutritionOrder")
    assert sorted(m.coding[0].code for m in order.excludeFoodModifier) == ["corn", "dairy", "soy", "sugar", "wheat"]
    procedure = next(r for r in resources if r.get_resource_type() == "Procedure")
    assert procedure.bodySite[0].coding[0].code == "6757004"
    intake = next(r for r in resources if r.get_resource_type() == "NutritionIntake")
    assert intake.consumedItem[0].extension, "flags travel with the meal"


def test_pdf_report_has_its_sections_and_figures(patient):
    response = export(patient, "pdf", to="2026-03-30")
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    pages = [page.extract_text() for page in reader.pages]
    text = "\n".join(pages)
    for heading in ("Elimination diet report", "Elimination timeline", "At a glance", "Baseline against days 1-10",
                    "Baseline against days 1-14", "Exposures by group", "Knee self-massage",
                    "Reintroduction challenges", "Appendix: meals and their flags", "self-reported"):
        assert heading in text, heading
    assert "2026-03-15 (set by the patient)" in text and "2026-03-20 (wheat, dairy" in text
    assert "grilled fish and rice" in text and patient.email in text
    period = "2026-03-01 to 2026-03-30"
    assert all(period in page for page in pages), "the date range is on every page"
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_html_report_is_the_same_report_with_svg_charts(patient):
    response = export(patient, "html", to="2026-03-30")
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    body = response.text
    assert "Baseline against days 1-14" in body and "<script" not in body
    panels = re.findall(r'<div class="panel" data-scale="(\w+)"><svg', body)
    assert panels == ["sleep", "pain", "energy", "sleep_hours"], "one drawing per scored scale, in the scales' order"
    assert body.count("<svg") == len(panels) + 1, "and one legend for them all"
    defined = re.findall(r'<pattern id="([^"]+)"', body)
    assert sorted(defined) == sorted(set(defined)) and set(re.findall(r"url\(#(h[^)]+)\)", body)) <= set(defined), \
        "each hatch is defined once in the page, and every panel's hatch is found"
    # The report words each verdict exactly as the API does: one source for the sentences.
    trends = patient.get("/v1/trends", params={"as_of": "2026-03-30"}).json()
    for window in ("day10", "day14"):
        for name in ("sleep", "pain", "energy", "sleep_hours"):
            assert html.escape(trends["windows"][window]["scales"][name]["statement"]) in body, (window, name)
    assert "clues, not proof" in trends["clues"] and "clues, not proof" in body


@pytest.mark.parametrize("params", [{"format": "xls"}, {"format": "csv", "from": "2026-03-05", "to": "2026-03-01"}])
def test_bad_export_requests_are_422(patient, params):
    assert patient.get("/v1/export", params=params).status_code == 422


def test_shares_open_only_their_formats_log_access_and_revoke(patient, client, app):
    created = patient.post("/v1/shares", json={"expires_in_days": 7, "formats": ["pdf", "csv"]})
    assert created.status_code == 201
    share = created.json()
    base = share["url"]
    token = base.rsplit("/", 1)[-1]
    assert len(token) >= 40
    assert client.get(f"{base}/report.pdf").status_code == 200
    assert client.get(f"{base}/export", params={"format": "csv"}).status_code == 200
    assert client.get(f"{base}/report.html").status_code == 404, "html was not shared"
    assert client.get(f"{base}/export", params={"format": "json"}).status_code == 404
    assert client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert client.post(f"{base}/report.pdf").status_code == 405
    listed = patient.get("/v1/shares").json()
    assert [a["format"] for a in listed[0]["accesses"]] == ["pdf", "csv"] and listed[0]["active"] is True
    other = sign_up(client)
    assert other.delete(f"/v1/shares/{share['id']}").status_code == 404
    assert other.get("/v1/shares").json() == []
    assert patient.delete(f"/v1/shares/{share['id']}").status_code == 204
    assert client.get(f"{base}/report.pdf").status_code == 404
    assert patient.get("/v1/shares").json()[0]["active"] is False


def test_expired_share_is_404(patient, client, app):
    from sqlmodel import select

    from api.db import open_session
    from models.share import Share
    from models.types import utcnow

    share = patient.post("/v1/shares", json={"expires_in_days": 1, "formats": ["pdf"]}).json()
    with open_session(app.state.engine) as session:
        row = session.exec(select(Share).where(Share.id == __import__("uuid").UUID(share["id"]))).one()
        row.expires_at = utcnow() - timedelta(seconds=1)
        session.add(row)
        session.commit()
    assert client.get(share["url"] + "/report.pdf").status_code == 404
    assert patient.post("/v1/shares", json={"expires_in_days": 91, "formats": ["pdf"]}).status_code == 422
    assert patient.post("/v1/shares", json={"expires_in_days": 5, "formats": []}).status_code == 422


def test_json_export_is_streamed_and_complete(patient):
    document = json.loads(export(patient, "json").content)
    assert len(document["meals"]) == 29 and len(document["symptoms"]) == 28


API_WORDS = ("/v1/", "PUT ", "your ", "Your ")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def flat(text: str) -> str:
    return " ".join(text.split())


def test_report_page_one_tells_the_story(patient):
    patient.patch("/v1/me", json={"display_name": "Ada Example"})
    response = export(patient, "pdf", to="2026-03-30")
    reader = PdfReader(io.BytesIO(response.content))
    first = flat(reader.pages[0].extract_text())
    assert f"Ada Example <{patient.email}>" in first and "2026-03-01 to 2026-03-30" in first
    assert "2026-03-20 (wheat, dairy" in first, "the timeline with its slip"
    window = patient.get("/v1/trends", params={"as_of": "2026-03-30"}).json()["windows"]["day14"]
    for name in ("sleep", "pain", "energy", "sleep_hours"):
        c = window["scales"][name]
        means = f"{c['baseline_mean']:.1f} -> {c['window_mean']:.1f}"
        sentence = f"{BY_NAME[name].label} {means}: {c['statement']} (days 1-14)"
        assert flat(sentence) in first, sentence
    assert "Headache" not in first.split("At a glance")[1].split("Not scored")[0], "an unscored scale has no line"
    assert "Not scored in this period, so left out: woke rested, headache" in first
    assert len(reader.pages[0].images) == 1, "one figure of the scored scales on page 1"
    assert "Baseline against days 1-14" not in first, "the detail starts on page 2"
    save_first_page(response.content)


def save_first_page(pdf: bytes) -> None:
    """Page 1 as a PNG for people to look at: pdftoppm where installed (required with CI=true), else only this step
    is skipped."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        assert os.environ.get("CI") != "true", "CI needs poppler's pdftoppm for the page-1 PNG (.ci/run installs it)"
        return
    ARTIFACTS.mkdir(exist_ok=True)
    source = ARTIFACTS / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(source),
                    str(ARTIFACTS / "report-page-1")], check=True)


def test_with_every_scale_scored_the_figure_stays_on_page_one(client):
    user = sign_up(client)
    user.put("/v1/elimination", json={"start_date": "2026-03-15"})
    for day in range(1, 29):
        before = day < 15
        user.put(f"/v1/symptoms/2026-03-{day:02d}", json={
            "sleep": 4 if before else 7, "energy": 4 if before else 6, "rested": 3 if before else 6,
            "pain": 7 if before else 3, "headache": 5 if before else 2, "skin": 4 if before else 2,
            "digestion": 6 if before else 3, "anxiety": 5 if before else 3, "sleep_hours": 6 + day % 3 / 2})
    reader = PdfReader(io.BytesIO(export(user, "pdf", to="2026-03-30").content))
    first = flat(reader.pages[0].extract_text())
    assert "Not scored in this period" not in first, "every scale was scored"
    assert len(reader.pages[0].images) == 1, "the figure of all nine scales fits on page 1"
    assert len(reader.pages[1].images) == 0 or "Baseline against days 1-14" in flat(reader.pages[1].extract_text())


def test_report_draws_and_words_only_the_scored_scales(patient):
    body = export(patient, "html", to="2026-03-30").text
    figure = body[body.index('<figure class="multiples">'):body.index("</figure>")]
    assert "Pain" in figure and "Sleep duration" in figure
    assert "Headache" not in figure and "Skin irritation" not in figure
    table = body[body.index("Baseline against days 1-14"):body.index("Exposures by group")]
    assert "Pain" in table and "Headache" not in table


def test_report_period_bounds_windows_charts_clues_and_appendix(patient):
    early = export(patient, "html", to="2026-03-24").text
    assert "pending: the day-14 window completes on 2026-03-28" in early, "windows as of `to`"
    assert "2026-03-25" not in early and "Daily scores from 2026-03-01 to 2026-03-24" in early
    late = html.unescape(export(patient, "html", **{"from": "2026-03-20", "to": "2026-03-26"}).text)
    assert "Daily scores from 2026-03-20 to 2026-03-26" in late
    assert "Baseline against days 1-14" not in late and "begin before this report's period" in late
    assert "2026-03-13" not in late, "neither the exposures nor the appendix reach before `from`"
    assert "2026-03-20" in late and "grilled fish and rice" in late


def test_report_speaks_to_a_clinician_without_api_words(patient, client):
    newcomer = sign_up(client)
    newcomer.post("/v1/meals", json={"eaten_at": "2026-03-10T12:00:00+01:00", "description": "pizza"})
    for user in (patient, newcomer):
        for fmt in ("pdf", "html"):
            response = export(user, fmt, to="2026-03-30")
            text = ("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
                    if fmt == "pdf" else html.unescape(response.text))
            assert not [w for w in API_WORDS if w in text], (fmt, [w for w in API_WORDS if w in text])
    assert "No elimination run in this period" in export(newcomer, "html", to="2026-03-30").text
