"""Every documented error status is real: walked from the OpenAPI document, each operation that documents 401,
400 or 413 answers it, in the one error shape. (The fuzz run prints the statuses it never produced; these need a
missing token, an unreadable body or one over the limit, which it does not send. 503 is walked in
test_resilience.py.)"""

from tests.api.routes import operations_documenting


def test_every_operation_documenting_401_answers_it_without_a_token(client):
    walked = 0
    for method, path, url in operations_documenting(client.get("/openapi.json").json(), 401):
        if path == "/v1/auth/token":  # its 401 is for credentials, not a token
            wrong = client.post(url, data={"username": "nobody@example.org", "password": "not the password"})
            assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
            continue
        for headers in ({}, {"Authorization": "Bearer not-a-token-we-issued"}):
            response = client.request(method, url, headers=headers)
            assert response.status_code == 401, (method, path, headers, response.text[:200])
            assert response.headers["www-authenticate"] == "Bearer"
            assert response.json()["error"]["code"] == "unauthorized"
        walked += 1
    assert walked >= 40


def test_every_operation_documenting_400_answers_it_for_a_body_that_is_not_utf8(alice):
    walked = 0
    for method, path, url in operations_documenting(alice.client.get("/openapi.json").json(), 400):
        if path == "/v1/auth/token":  # a form: unreadable is a multipart body without its boundary
            response = alice.client.post(url, content=b"--x", headers={"Content-Type": "multipart/form-data"})
        else:
            headers = {**alice.headers, "Content-Type": "application/json", "Idempotency-Key": f"k-{walked}"}
            response = alice.client.request(method, url, content=b"\xff\xfe{", headers=headers)
        assert response.status_code == 400, (method, path, response.text[:200])
        assert response.json()["error"]["code"] == "bad_request"
        walked += 1
    assert walked >= 15


def test_symptom_dates_in_the_right_shape_but_not_on_the_calendar_are_422(alice):
    response = alice.get("/v1/symptoms/2026-02-30")
    assert response.status_code == 422 and response.json()["error"]["fields"][0]["field"] == "date"


def test_every_operation_documenting_413_answers_it_for_a_body_over_the_limit(database_url):
    from fastapi.testclient import TestClient

    from api.main import create_app
    from tests.conftest import settings_for

    limit = 2048
    http = TestClient(create_app(settings_for(database_url, max_body_bytes=limit, max_import_bytes=limit)))
    walked = 0
    for method, path, url in operations_documenting(http.get("/openapi.json").json(), 413):
        response = http.request(method, url, content=b"[" + b"0," * limit + b"0]",
                                headers={"Content-Type": "application/json"})
        assert response.status_code == 413, (method, path, response.text[:200])
        assert response.json()["error"]["code"] == "payload_too_large"
        walked += 1
    assert walked >= 15
