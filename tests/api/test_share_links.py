"""Share links: built from PUBLIC_URL, never the Host header; a share's period holds in every format."""

import csv
import io
import json
import zipfile

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from api.main import create_app
from tests.conftest import settings_for, sign_up

DAYS = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"]


@pytest.fixture
def patient(client):
    user = sign_up(client, timezone="UTC")
    for day in DAYS:
        user.post("/v1/meals", json={"eaten_at": f"{day}T12:00:00Z", "description": f"meal of {day}"})
        user.put(f"/v1/symptoms/{day}", json={"sleep": 5, "pain": 5, "energy": 5})
    return user


def _share(user, **period) -> str:
    created = user.post("/v1/shares", json={"expires_in_days": 7, "formats": ["csv", "json", "fhir", "pdf", "html"],
                                            **period})
    assert created.status_code == 201, created.text
    return created.json()["url"]


def test_without_public_url_the_link_is_a_path_whatever_the_host_header(patient):
    url = _share(patient)
    assert url.startswith("/v1/shared/")
    created = patient.post("/v1/shares", json={"expires_in_days": 7, "formats": ["pdf"]},
                           headers={"Host": "attacker.example"})
    assert "attacker" not in created.json()["url"]


def test_with_public_url_the_link_is_absolute_under_it(database_url):
    app = create_app(settings_for(database_url, public_url="https://diet.example.org/"))
    with TestClient(app) as http:
        user = sign_up(http)
        created = user.post("/v1/shares", json={"expires_in_days": 7, "formats": ["pdf"]},
                            headers={"Host": "attacker.example"})
        url = created.json()["url"]
        assert url.startswith("https://diet.example.org/v1/shared/") and "attacker" not in url
        assert http.get(url.removeprefix("https://diet.example.org") + "/report.pdf").status_code == 200


def test_a_public_url_with_a_query_is_refused():
    with pytest.raises(ValueError, match="public_url"):
        settings_for("sqlite:///x.db", public_url="https://diet.example.org/?next=1")


def _csv_days(raw: bytes) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {row["local_date"] for row in csv.DictReader(io.StringIO(archive.read("meals.csv").decode("utf-8-sig")))}


def test_every_format_keeps_to_the_shares_period(patient, client):
    url = _share(patient, **{"from": "2026-03-02", "to": "2026-03-03"})
    listed = patient.get("/v1/shares").json()[0]
    assert (listed["from"], listed["to"]) == ("2026-03-02", "2026-03-03")
    assert _csv_days(client.get(f"{url}/export", params={"format": "csv"}).content) == {"2026-03-02", "2026-03-03"}
    document = client.get(f"{url}/export", params={"format": "json"}).json()
    assert sorted(m["local_date"] for m in document["meals"]) == ["2026-03-02", "2026-03-03"]
    assert sorted(s["date"] for s in document["symptoms"]) == ["2026-03-02", "2026-03-03"]
    fhir = json.dumps(client.get(f"{url}/export", params={"format": "fhir"}).json())
    assert "meal of 2026-03-02" in fhir and "meal of 2026-03-01" not in fhir and "meal of 2026-03-04" not in fhir
    # The reports list the period's meals only (the elimination timeline may still name its detected start).
    html = client.get(f"{url}/report.html").text
    assert "meal of 2026-03-02" in html and "meal of 2026-03-01" not in html and "meal of 2026-03-04" not in html
    pdf = "".join(page.extract_text() for page in PdfReader(io.BytesIO(client.get(f"{url}/report.pdf").content)).pages)
    assert "2026-03-02" in pdf and "meal of 2026-03-01" not in pdf and "meal of 2026-03-04" not in pdf
    # Asking for more narrows to the period; asking wholly outside it is a 422.
    wider = client.get(f"{url}/export", params={"format": "json", "from": "2026-02-01", "to": "2026-03-02"}).json()
    assert [m["local_date"] for m in wider["meals"]] == ["2026-03-02"]
    outside = client.get(f"{url}/export", params={"format": "csv", "from": "2026-03-04"})
    assert outside.status_code == 422 and outside.json()["error"]["fields"][0]["field"] == "from"


def test_a_period_must_run_forwards_within_the_record(patient):
    backwards = patient.post("/v1/shares", json={"expires_in_days": 7, "formats": ["pdf"], "from": "2026-03-03",
                                                 "to": "2026-03-02"})
    assert backwards.status_code == 422 and backwards.json()["error"]["fields"][0]["field"] == "from"
    future = patient.post("/v1/shares", json={"expires_in_days": 7, "formats": ["pdf"], "to": "2999-01-01"})
    assert future.status_code == 422 and future.json()["error"]["fields"][0]["field"] == "to"
