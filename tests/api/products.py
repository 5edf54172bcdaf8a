"""What the product tests share: fresh barcodes, dump files in Open Food Facts' shape, and a stand-in for their API."""

import gzip
import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from domain.barcodes import check_digit


def fresh_ean13() -> str:
    """A valid EAN-13 no other test uses (the catalogue is shared by every test's users)."""
    payload = "2" + "".join(random.choice("0123456789") for _ in range(11))
    return payload + check_digit(payload)


def fresh_upc_a() -> str:
    payload = "7" + "".join(random.choice("0123456789") for _ in range(10))
    return payload + check_digit(payload)


def write_dump(path: Path, products: list[dict], *, gzipped: bool = False, extra_lines: tuple[str, ...] = ()) -> Path:
    """A JSONL dump as Open Food Facts publishes it: one product object a line, the API's field names."""
    text = "".join(json.dumps(product) + "\n" for product in products) + "".join(f"{line}\n" for line in extra_lines)
    if gzipped:
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text, encoding="utf-8")
    return path


class StandInOpenFoodFacts:
    """A tiny threaded HTTP server on 127.0.0.1 answering GET /api/v2/product/{code} in the documented v2 shape.

    Each barcode is given a behaviour: a product dict (found), "missing" (404, status 0), "slow" (answers after
    the client's timeout), "error" (500), ("limited", seconds) (429 with Retry-After) or ("delayed", seconds,
    product dict) (found, after that long)."""

    def __init__(self) -> None:
        self.behaviours: dict[str, object] = {}
        self.requests: list[dict] = []
        self.slow_seconds = 2.0
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                parts = urlsplit(self.path)
                code = parts.path.rsplit("/", 1)[-1]
                stand_in.requests.append({"path": parts.path, "query": parse_qs(parts.query),
                                          "headers": dict(self.headers)})
                behaviour = stand_in.behaviours.get(code, "missing")
                if isinstance(behaviour, dict):
                    self._answer(200, {"code": code, "status": 1, "status_verbose": "product found",
                                       "product": behaviour})
                elif behaviour == "slow":
                    time.sleep(stand_in.slow_seconds)
                    self._answer(200, {"code": code, "status": 0, "status_verbose": "product not found"})
                elif behaviour == "error":
                    self._answer(500, None)
                elif isinstance(behaviour, tuple) and behaviour[0] == "delayed":
                    time.sleep(behaviour[1])
                    self._answer(200, {"code": code, "status": 1, "status_verbose": "product found",
                                       "product": behaviour[2]})
                elif isinstance(behaviour, tuple) and behaviour[0] == "limited":
                    self._answer(429, None, {"Retry-After": str(behaviour[1])})
                else:
                    self._answer(404, {"code": code, "status": 0, "status_verbose": "product not found"})

            def _answer(self, status: int, body: dict | None, headers: dict | None = None) -> None:
                payload = json.dumps(body).encode() if body is not None else b"<html>oops</html>"
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json" if body is not None else "text/html")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the slow case)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "StandInOpenFoodFacts":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def asked_for(self, code: str) -> int:
        return sum(request["path"].endswith(f"/{code}") for request in self.requests)
