"""scripts/fuzz: schemathesis against the app's own OpenAPI document, over real HTTP, on SQLite and PostgreSQL.

For each engine: a fresh migrated database, the app in its own uvicorn process, and the accounts the run needs
(tests/fuzz/schemathesis.toml says which operation uses which). Then every operation, every check. The run fails
on any failure schemathesis reports; failures that tests/fuzz/hooks.py excuses are counted and printed by rule.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
from harness import ROOT, fresh_database, postgres_available, server

CONFIG = ROOT / "tests" / "fuzz" / "schemathesis.toml"
HOOKS = ROOT / "tests" / "fuzz" / "hooks.py"
PASSWORD = "fuzzing password"
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
ARTIFACTS = ROOT / "test-artifacts" / "fuzz"


def sign_in(client: httpx.Client, email: str) -> str:
    response = client.post("/v1/auth/token", data={"username": email, "password": PASSWORD})
    response.raise_for_status()
    return response.json()["access_token"]


def accounts(base: str) -> dict[str, str]:
    """The fuzzing user (two tokens), a second user for password changes, and a share link of the first."""
    with httpx.Client(base_url=base, timeout=30) as client:
        for email in ("fuzz@example.org", "password-change@example.org"):
            client.post("/v1/auth/signup", json={"email": email, "password": PASSWORD, "timezone": "UTC"}
                        ).raise_for_status()
        token = sign_in(client, "fuzz@example.org")
        share = client.post("/v1/shares", headers={"Authorization": f"Bearer {token}"},
                            json={"expires_in_days": 30, "formats": ["csv", "json", "fhir", "pdf", "html"]})
        share.raise_for_status()
        return {
            "FUZZ_TOKEN": token,
            "FUZZ_LOGOUT_TOKEN": sign_in(client, "fuzz@example.org"),
            "FUZZ_PASSWORD_CHANGE_TOKEN": sign_in(client, "password-change@example.org"),
            "FUZZ_PASSWORD_CHANGE_PASSWORD": PASSWORD,
            "FUZZ_SHARE_TOKEN": share.json()["url"].rstrip("/").rsplit("/", 1)[-1],
        }


def run(backend: str, examples: int, extra: list[str]) -> dict:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # Remote product lookups off: the run never calls Open Food Facts, and its catalogue stays empty.
    with (fresh_database(backend) as url, server(url, env={"OPENFOODFACTS_URL": ""}) as base,
          tempfile.TemporaryDirectory() as work):
        tally = Path(work) / "excused.json"
        seen = ARTIFACTS / f"{backend}-statuses-seen.json"
        seen.unlink(missing_ok=True)
        secrets = accounts(base)
        config = Path(work) / "schemathesis.toml"
        config.write_text(CONFIG.read_text() + "\n[dictionaries]\nshare_tokens = { values = "
                          + json.dumps([secrets["FUZZ_SHARE_TOKEN"]]) + " }\n")
        env = os.environ | secrets | {"SCHEMATHESIS_HOOKS": str(HOOKS), "FUZZ_TALLY": str(tally),
                                      "FUZZ_SEEN": str(seen)}
        documented = documented_statuses(httpx.get(f"{base}/openapi.json").json())
        command = [str(SCHEMATHESIS), "--config-file", str(config), "run", f"{base}/openapi.json",
                   "--max-examples", str(examples), *extra]
        print(f"\n=== schemathesis on {backend}: {' '.join(command[1:])}", flush=True)
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        output = []
        for line in process.stdout or ():
            print(line, end="", flush=True)
            output.append(line)
        code = process.wait()
        text = "".join(output)
        selected = re.search(r"Selected: (\d+)/(\d+)", text)
        cases = re.search(r"(\d+) generated", text)
        observed = {tuple(status) for status in json.loads(seen.read_text())} if seen.exists() else set()
        return {
            "backend": backend,
            "passed": code == 0,
            "operations": f"{selected.group(1)}/{selected.group(2)}" if selected else "?",
            "cases": int(cases.group(1)) if cases else None,
            "excused": json.loads(tally.read_text()) if tally.exists() else {},
            "documented": len(documented),
            "unseen": sorted(documented - observed),
        }


def documented_statuses(openapi: dict) -> set[tuple[str, str, int]]:
    return {(method.upper(), path, int(status))
            for path, operations in openapi["paths"].items() for method, operation in operations.items()
            for status in operation.get("responses", {}) if status.isdigit()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", action="append", choices=["sqlite", "postgres"],
                        help="repeatable; default: both (PostgreSQL only where it answers, unless CI=true)")
    parser.add_argument("-n", "--max-examples", type=int, default=int(os.environ.get("FUZZ_EXAMPLES", "20")))
    args, extra = parser.parse_known_args()
    backends = args.backend or ["sqlite", "postgres"]
    if "postgres" in backends and not postgres_available():
        if os.environ.get("CI") == "true" or args.backend:
            print("scripts/fuzz: PostgreSQL is required here but does not answer", file=sys.stderr)
            return 1
        print("scripts/fuzz: PostgreSQL does not answer; fuzzing SQLite only", file=sys.stderr)
        backends.remove("postgres")
    results = [run(backend, args.max_examples, extra) for backend in backends]
    print("\n=== scripts/fuzz summary")
    for result in results:
        excused = ", ".join(f"{rule} x{count}" for rule, count in sorted(result["excused"].items())) or "none"
        print(f"{result['backend']}: {'passed' if result['passed'] else 'FAILED'}; operations {result['operations']};"
              f" cases {result['cases']}; excused by documented rules: {excused}")
        unseen = ", ".join(f"{method} {path} {status}" for method, path, status in result["unseen"])
        print(f"  documented statuses seen: {result['documented'] - len(result['unseen'])} of {result['documented']};"
              f" never seen in this run: {unseen or 'none'}")
    return 0 if all(result["passed"] for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
