"""scripts/bench section 6: the product catalogue on SQLite.

Import: `diet-tracker products import` (the operator's command, in process) on a generated gzip dump, against a
floor measured in the same run: plain executemany INSERTs of the same rows already parsed, so the ratio is what
reading, parsing, normalising and upserting cost on top of storing. Lookup: with the catalogue filled to its size
(1,000,000 products), the service's lookup and answer in process, and GET /v1/products/{barcode} over real HTTP
against GET /v1/me on the same server (an authenticated request that touches no catalogue); each also at 1,000
products, so the ratio shows what catalogue size costs.
"""

import argparse
import gzip
import json
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import httpx
from harness import fresh_database, server
from sqlmodel import Session
from typer.testing import CliRunner

from api.cli import app as cli
from api.config import Settings, get_settings
from api.db import make_engine
from api.seed import create_users
from api.services.accounts import issue_token
from api.services.products import product_answer
from domain.barcodes import check_digit
from models.product import Product
from models.user import User

TEXTS = (
    "Enriched flour (wheat flour, niacin, reduced iron), sugar, soybean oil, whey, salt. Contains: wheat, milk, soy.",
    "Water, modified tapioca starch, rice flour, sunflower lecithin, natural flavors, xanthan gum, citric acid.",
    "Corn, vegetable oil (corn, canola, and/or sunflower oil), maltodextrin (made from corn), salt, cheddar cheese.",
    "Sugar, palm oil, hazelnuts 13%, skimmed milk powder 8.7%, fat-reduced cocoa, emulsifier: lecithins (soya).",
)
COUNTRIES = (["en:france"], ["en:germany", "en:france"], ["en:united-states"], ["en:spain"])
ALLERGENS = ([], ["en:milk"], ["en:gluten", "en:milk"], ["en:soybeans", "en:nuts"])
FETCHED_AT = "2026-12-01 00:00:00.000000"


def barcode(index: int) -> str:
    payload = f"29{index:010d}"
    return payload + check_digit(payload)


def dump_line(index: int, rng: random.Random) -> dict:
    return {"code": barcode(index), "product_name": f"Product {index}", "brands": f"Brand {index % 997}",
            "quantity": "250 g", "lang": "en", "ingredients_text": rng.choice(TEXTS),
            "ingredients_text_fr": "Sucre, lait", "allergens_tags": rng.choice(ALLERGENS),
            "traces_tags": rng.choice(ALLERGENS), "countries_tags": rng.choice(COUNTRIES),
            "nutriments": {"energy_100g": rng.randint(50, 2500), "sugars_100g": rng.random() * 50}}


def write_dump(path: Path, count: int) -> None:
    rng = random.Random(21)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        for index in range(count):
            out.write(json.dumps(dump_line(index, rng)) + "\n")


def _rows(start: int, count: int) -> list[tuple]:
    return [(barcode(i), f"Product {i}", f"Brand {i % 997}", "250 g", TEXTS[i % len(TEXTS)], "en",
             json.dumps(ALLERGENS[i % len(ALLERGENS)]), "[]", "openfoodfacts-dump", FETCHED_AT)
            for i in range(start, start + count)]


def raw_insert(path: str, rows: list[tuple], *, synchronous: str = "FULL", table: str = "product") -> float:
    """Seconds to store already-parsed rows with plain executemany, committed every 2,000 like the import."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    started = time.perf_counter()
    for offset in range(0, len(rows), 2000):
        conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows[offset:offset + 2000])
        conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def _import(url: str, dump: Path) -> float:
    get_settings.cache_clear()
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["products", "import", str(dump)], env={"DATABASE_URL": url})
    seconds = time.perf_counter() - started
    get_settings.cache_clear()
    if result.exit_code != 0:
        raise RuntimeError(result.output)
    return seconds


def _percentiles(latencies: list[float]) -> dict:
    latencies = sorted(latencies)
    return {"p50_ms": round(statistics.median(latencies) * 1000, 3),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 3)}


def _lookups_in_process(url: str, user_id, codes: list[str]) -> dict:
    engine = make_engine(Settings(_env_file=None, database_url=url))  # type: ignore[call-arg]
    latencies = []
    with Session(engine) as session:
        user = session.get(User, user_id)
        for code in codes:
            started = time.perf_counter()
            product = session.get(Product, code)
            assert product is not None
            product_answer(session=session, owner=user, product=product)  # type: ignore[arg-type]
            latencies.append(time.perf_counter() - started)
            session.expunge_all()
    engine.dispose()
    return _percentiles(latencies)


def _lookups_over_http(base: str, token: str, paths: list[str]) -> dict:
    latencies = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client:
        for path in paths:
            started = time.perf_counter()
            client.get(path).raise_for_status()
            latencies.append(time.perf_counter() - started)
    return _percentiles(latencies)


def _bench_user(url: str) -> tuple:
    engine = make_engine(Settings(_env_file=None, database_url=url))  # type: ignore[call-arg]
    user_id = create_users(engine, ["products@bench.example"], timezone="UTC", password="benchmark password")[0]
    with Session(engine) as session:
        token, _ = issue_token(session=session, user=session.get(User, user_id), ttl=timedelta(days=1))  # type: ignore[arg-type]
        session.commit()
    engine.dispose()
    return user_id, token


def products_section(quick: bool) -> dict:
    imported = 5_000 if quick else 100_000
    stored = 50_000 if quick else 1_000_000
    small = 1_000
    lookups = 100 if quick else 1_000
    results: dict = {"goal": ">= 5,000 products/s imported on SQLite; lookup p50 <= 5 ms at 1,000,000 products"}
    with tempfile.TemporaryDirectory() as folder, fresh_database("sqlite") as url:
        dump = Path(folder) / "products.jsonl.gz"
        write_dump(dump, imported)
        seconds = _import(url, dump)
        again = _import(url, dump)
        floor_db = str(Path(folder) / "floor.db")
        conn = sqlite3.connect(floor_db)
        conn.execute("CREATE TABLE product (barcode VARCHAR(13) PRIMARY KEY, name TEXT, brand TEXT, quantity TEXT, "
                     "ingredients_text TEXT, ingredients_lang VARCHAR(16), allergens_tags JSON, traces_tags JSON, "
                     "source VARCHAR(32), fetched_at DATETIME)")
        conn.close()
        floor = raw_insert(floor_db, _rows(0, imported))
        results["import"] = {
            "products": imported, "seconds": round(seconds, 2), "per_second": round(imported / seconds),
            "reimport_per_second": round(imported / again), "floor_per_second": round(imported / floor),
            "ratio_vs_floor": round(floor / seconds, 3)}

        user_id, token = _bench_user(url)
        rng = random.Random(5)
        at_small = [barcode(rng.randrange(small)) for _ in range(lookups)]
        results["lookup_in_process_1k"] = _lookups_in_process(url, user_id, at_small)
        if not quick:  # starting servers would take most of the quick run's few seconds
            with server(url, env={"OPENFOODFACTS_URL": ""}) as base:
                results["http_1k"] = _lookups_over_http(base, token, [f"/v1/products/{c}" for c in at_small])
        for offset in range(imported, stored, 100_000):
            raw_insert(url.removeprefix("sqlite:///"), _rows(offset, min(100_000, stored - offset)),
                       synchronous="OFF")
        results["stored"] = stored
        at_size = [barcode(rng.randrange(stored)) for _ in range(lookups)]
        results["lookup_in_process"] = _lookups_in_process(url, user_id, at_size)
        if not quick:
            with server(url, env={"OPENFOODFACTS_URL": ""}) as base:
                results["http"] = _lookups_over_http(base, token, [f"/v1/products/{c}" for c in at_size])
                results["http_me"] = _lookups_over_http(base, token, ["/v1/me"] * lookups)
            results["ratio_http_vs_me"] = round(results["http"]["p50_ms"] / results["http_me"]["p50_ms"], 3)
    results["ratio_size_vs_1k"] = round(results["lookup_in_process"]["p50_ms"]
                                        / results["lookup_in_process_1k"]["p50_ms"], 3)
    return results


def print_products(p: dict) -> None:
    i = p["import"]
    print(f"\n6. [sqlite] products import: {i['products']:,} in {i['seconds']} s = {i['per_second']:,}/s "
          f"(re-import {i['reimport_per_second']:,}/s; floor, plain INSERTs of parsed rows {i['floor_per_second']:,}/s"
          f" -> ratio {i['ratio_vs_floor']})")
    print(f"   lookup with {p['stored']:,} stored: in process p50 {p['lookup_in_process']['p50_ms']} ms "
          f"p99 {p['lookup_in_process']['p99_ms']} ms (at 1,000: p50 {p['lookup_in_process_1k']['p50_ms']} ms, "
          f"ratio {p['ratio_size_vs_1k']})")
    if "http" not in p:
        print(f"   (over HTTP in the full run only); goal {p['goal']}")
        return
    print(f"   GET /v1/products/{{barcode}} p50 {p['http']['p50_ms']} ms p99 {p['http']['p99_ms']} ms "
          f"(at 1,000: p50 {p['http_1k']['p50_ms']} ms; GET /v1/me p50 {p['http_me']['p50_ms']} ms -> ratio "
          f"{p['ratio_http_vs_me']}); goal {p['goal']}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="scripts/bench section 6 alone: " + __doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    figures = products_section(parser.parse_args().quick)
    print(json.dumps(figures, indent=1))
    print_products(figures)
