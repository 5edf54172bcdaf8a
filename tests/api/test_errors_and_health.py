"""The error shape, body limits, security headers and probes."""


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "up"


def test_unknown_route_uses_the_error_shape(client):
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_oversized_body_is_413(alice):
    response = alice.patch("/v1/me", content=b"{" + b" " * (1024 * 1024 + 10) + b"}",
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_a_chunked_body_over_the_limit_is_413_and_one_under_it_is_read(alice):
    def chunks(total: int):
        yield b'{"timezone": "Europe/Paris"'
        for _ in range(total // 4096):
            yield b" " * 4096
        yield b"}"

    headers = {"Content-Type": "application/json"}
    over = alice.patch("/v1/me", content=chunks(1024 * 1024 + 10), headers=headers)
    assert over.status_code == 413 and over.json()["error"]["code"] == "payload_too_large"
    under = alice.patch("/v1/me", content=chunks(64 * 1024), headers=headers)
    assert under.status_code == 200 and under.json()["timezone"] == "Europe/Paris"


def test_malformed_json_is_422_not_500(alice):
    response = alice.patch("/v1/me", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert [f["field"] for f in response.json()["error"]["fields"]] == ["body"], "not a character offset"


def test_security_headers_and_no_server_banner(client):
    response = client.get("/healthz")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "content-security-policy" in response.headers
    assert "server" not in response.headers
