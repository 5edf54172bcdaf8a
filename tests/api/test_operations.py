"""The operator's command line, backups under load, the demo account, and request ids in logs."""

import json
import logging
import threading
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from api import operations
from api.cli import app as cli
from api.config import get_settings
from tests.conftest import POSTGRES_ADMIN_URL, settings_for, sign_up
from tests.servers import ServerProcess

runner = CliRunner()
MEAL = {"eaten_at": "2026-05-01T08:00:00Z", "description": "rice and beans"}


@pytest.fixture
def cli_env(monkeypatch, database_url):
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def invoke(*args: str, stdin: str | None = None):
    result = runner.invoke(cli, list(args), input=stdin)
    return result


def test_user_and_token_commands(cli_env, client):
    email = f"cli-{uuid.uuid4().hex[:8]}@example.org"
    created = invoke("user", "create", email, "--timezone", "Europe/Rome", stdin="a long password\n")
    assert created.exit_code == 0, created.output
    assert email in invoke("user", "list").output
    token = invoke("token", "create", email).stdout.strip().splitlines()[0]
    auth = {"Authorization": f"Bearer {token}"}
    assert client.get("/v1/me", headers=auth).json()["timezone"] == "Europe/Rome"
    assert invoke("user", "reset-password", email, stdin="another long one\n").exit_code == 0
    assert client.get("/v1/me", headers=auth).status_code == 401, "a reset revokes the tokens"
    assert client.post("/v1/auth/token", data={"username": email, "password": "another long one"}).status_code == 200
    assert invoke("user", "disable", email).exit_code == 0
    assert client.post("/v1/auth/token", data={"username": email, "password": "another long one"}).status_code == 401
    missing = invoke("token", "create", "nobody@example.org")
    assert missing.exit_code == 1 and "no account" in missing.output


def test_check_and_migrate_commands(cli_env):
    checked = invoke("check")
    assert checked.exit_code == 0 and "migrations at head" in checked.output
    assert invoke("migrate", "upgrade").exit_code == 0


def test_export_and_import_commands(cli_env, client, tmp_path):
    source = sign_up(client)
    source.post("/v1/meals", json=MEAL)
    source.put("/v1/symptoms/2026-05-01", json={"sleep": 5, "pain": 5, "energy": 5})
    out = tmp_path / "export.json"
    exported = invoke("export", source.email, "--format", "json", "--out", str(out))
    assert exported.exit_code == 0, exported.output
    assert len(json.loads(out.read_text())["meals"]) == 1
    target = sign_up(client)
    imported = invoke("import", target.email, str(out))
    assert imported.exit_code == 0 and "imported 1 meals, 1 symptom days" in imported.output
    assert len(target.get("/v1/meals").json()["items"]) == 1
    assert invoke("import", target.email, str(out)).exit_code == 1, "only into an empty account"


def _restore_target(backend: str, tmp_path: Path) -> tuple[str, callable]:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'restored.db'}", lambda: None
    name = f"dt_restore_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False), drop


def test_a_backup_under_concurrent_writes_holds_every_write_acknowledged_before_it(client, database_url, backend,
                                                                                   tmp_path):
    user = sign_up(client)
    server = ServerProcess(database_url)
    acknowledged: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {user.token}"}, timeout=120) as http:
            while not stop.is_set():
                meal_id = str(uuid.uuid4())
                if http.put(f"/v1/meals/{meal_id}", json=MEAL).status_code in (200, 201):
                    acknowledged.append(meal_id)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        while len(acknowledged) < 30:
            threading.Event().wait(0.02)
        before_backup = list(acknowledged)
        backup_file = tmp_path / "backup.dump"
        operations.backup(settings_for(database_url), backup_file)
        # The writers were live around the backup: one more write lands before they stop (a count, not a race
        # between the backup's speed and the writers').
        while len(acknowledged) == len(before_backup) and all(thread.is_alive() for thread in threads):
            threading.Event().wait(0.02)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        server.stop()
    assert len(acknowledged) > len(before_backup), "writes went on around the backup"
    restored_url, cleanup = _restore_target(backend, tmp_path)
    try:
        operations.restore(settings_for(restored_url), backup_file, force=True)
        engine = create_engine(restored_url)
        with engine.connect() as conn:
            present = {str(row[0]) for row in conn.execute(text("SELECT id FROM meal"))}
        engine.dispose()
    finally:
        cleanup()
    assert {uuid.UUID(m).hex for m in before_backup} <= {uuid.UUID(p).hex for p in present}


def test_restore_refuses_to_overwrite_without_force(database_url, backend, tmp_path):
    if backend != "sqlite":
        pytest.skip("pg_restore --clean is exercised by the backup test")
    source = tmp_path / "b.db"
    operations.backup(settings_for(database_url), source)
    with pytest.raises(operations.Conflict):
        operations.restore(settings_for(database_url), source)


def test_seed_demo_refuses_a_database_with_other_accounts_unless_told(monkeypatch, make_database, backend):
    monkeypatch.setenv("DATABASE_URL", make_database(backend))
    get_settings.cache_clear()
    try:
        assert invoke("user", "create", "real@example.org", stdin="a long password\n").exit_code == 0
        refused = invoke("seed-demo")
        assert refused.exit_code == 1 and "database of its own" in refused.output
        monkeypatch.setenv("DATABASE_URL", make_database(backend))
        get_settings.cache_clear()
        assert invoke("seed-demo").exit_code == 0, "an empty database is the demo's own"
    finally:
        get_settings.cache_clear()


def test_invitations_are_made_by_the_operator(cli_env):
    made = invoke("invite", "create", "--days", "3")
    code = made.stdout.strip().splitlines()[0]
    assert made.exit_code == 0 and len(code) >= 40
    assert invoke("invite", "create", "--days", "0").exit_code != 0


def test_seed_demo_fills_the_trends(cli_env, client):
    first = invoke("seed-demo", "--allow-other-users")
    assert first.exit_code == 0 and operations.DEMO_EMAIL in first.output, first.output
    assert "exists" in invoke("seed-demo").output, "idempotent"
    token = client.post("/v1/auth/token", data={"username": operations.DEMO_EMAIL,
                                                "password": operations.DEMO_PASSWORD}).json()["access_token"]
    trends = client.get("/v1/trends", headers={"Authorization": f"Bearer {token}"}).json()
    assert trends["elimination"]["source"] == "user" and trends["elimination"]["day"] == 28
    assert len(trends["elimination"]["slips"]) == 1
    pain = trends["windows"]["day14"]["scales"]["pain"]
    assert pain["baseline_n"] == 14 and pain["window_n"] == 14 and pain["verdict"] == "improved"
    assert sum(t["sessions"] for t in trends["massage"]["techniques"].values()) > 0


def test_request_ids_are_echoed_and_logs_hold_no_personal_data(client, caplog):
    caplog.set_level(logging.INFO, logger="diet_tracker.requests")
    user = sign_up(client)
    mine = user.post("/v1/meals", json=MEAL | {"description": "secret family recipe"},
                     headers={"X-Request-ID": "trace-123"})
    assert mine.headers["x-request-id"] == "trace-123"
    minted = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert minted.headers["x-request-id"] != "bad id with spaces" and len(minted.headers["x-request-id"]) == 32
    lines = [r for r in caplog.records if r.name == "diet_tracker.requests"]
    traced = [r for r in lines if getattr(r, "request_id", None) == "trace-123"]
    assert traced and traced[0].fields["route"] == "/v1/meals" and traced[0].fields["status"] == 201
    text_of_logs = caplog.text + " ".join(json.dumps(getattr(r, "fields", {})) for r in lines)
    assert user.email not in text_of_logs and "secret family recipe" not in text_of_logs


def test_metrics_are_off_by_default_and_protected_when_on(database_url):
    from fastapi.testclient import TestClient

    from api.main import create_app

    assert TestClient(create_app(settings_for(database_url))).get("/metrics").status_code == 404
    app = create_app(settings_for(database_url, metrics_enabled=True, metrics_token="s3cret-metrics-token"))
    http = TestClient(app)
    http.get("/healthz")
    http.get("/v1/me")
    assert http.get("/metrics").status_code == 401
    scraped = http.get("/metrics", headers={"Authorization": "Bearer s3cret-metrics-token"})
    assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
    body = scraped.text
    assert 'diet_tracker_http_requests_total{method="GET",route="/healthz",status="200"} 1.0' in body
    assert 'route="/v1/me",status="401"' in body and "diet_tracker_http_request_duration_seconds_bucket" in body
    assert "diet_tracker_db_pool_checked_out" in body
