"""Products by barcode with remote lookups off: imported from a dump, looked up, flagged, and eaten as meals."""

import uuid

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from api.cli import app as cli
from api.config import get_settings
from tests.api.products import fresh_ean13, fresh_upc_a, write_dump

runner = CliRunner()
EATEN = "2026-05-01T08:00:00Z"


def spread(code: str, **fields) -> dict:
    """A hazelnut spread as the dump has it: French main text, an English translation, allergen and trace tags."""
    return {"code": code, "product_name": "Hazelnut spread", "brands": "Acme", "quantity": "400 g", "lang": "fr",
            "ingredients_text": "Sucre, huile de palme, noisettes, lait écrémé en poudre",
            "ingredients_text_en": "Sugar, palm oil, hazelnuts 13%, skimmed milk powder 8.7%, cocoa",
            "allergens_tags": ["en:milk", "en:nuts"], "traces_tags": ["en:soybeans"],
            "countries_tags": ["en:france", "en:germany"], **fields}


@pytest.fixture
def products_import(monkeypatch, database_url, client):
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()

    def run(*args: str):
        result = runner.invoke(cli, ["products", "import", *args])
        assert result.exit_code == 0, result.output
        return result.output

    yield run
    get_settings.cache_clear()


def test_an_imported_product_is_answered_with_flags_from_its_text_and_its_tags(tmp_path, products_import, alice):
    code = fresh_ean13()
    output = products_import(str(write_dump(tmp_path / "dump.jsonl.gz", [spread(code)], gzipped=True)))
    assert "imported 1 products" in output

    answer = alice.get(f"/v1/products/{code}")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    product = body["product"]
    assert (product["barcode"], product["name"], product["brand"], product["quantity"]) == (
        code, "Hazelnut spread", "Acme", "400 g")
    assert product["ingredients_lang"] == "en" and product["ingredients_text"].startswith("Sugar, palm oil")
    assert product["source"] == "openfoodfacts-dump" and product["allergens_tags"] == ["en:milk", "en:nuts"]
    from_text = {(f["group"], f["certainty"], span["source"])
                 for f in body["ingredients"]["flags"] for span in f["spans"]}
    assert ("dairy", "definite", "ingredients") in from_text and ("sugar", "definite", "ingredients") in from_text
    assert {(t["group"], t["certainty"], t["source"], t["tag"]) for t in body["tags"]} == {
        ("dairy", "definite", "allergens", "en:milk"), ("soy", "possible", "traces", "en:soybeans")}
    assert body["definite"] == ["dairy", "sugar"] and body["possible"] == ["soy"]
    assert body["attribution"]["license"] == "ODbL-1.0" and "Open Food Facts" in body["attribution"]["notice"]


def test_tags_alone_flag_a_product_whose_only_text_is_in_another_language(tmp_path, products_import, alice):
    code = fresh_ean13()
    products_import(str(write_dump(tmp_path / "dump.jsonl", [
        {"code": code, "product_name": "Biscuits", "lang": "de", "ingredients_text": "Weizenmehl, Zucker, Butter",
         "allergens_tags": ["en:gluten", "en:milk"], "traces_tags": []}])))
    body = alice.get(f"/v1/products/{code}").json()
    assert body["product"]["ingredients_lang"] == "de"
    assert {t["group"] for t in body["tags"]} == {"wheat", "dairy"}
    assert {"wheat", "dairy"} <= set(body["definite"])


def test_upc_a_and_its_ean_13_form_are_one_product(tmp_path, products_import, alice):
    upc = fresh_upc_a()
    products_import(str(write_dump(tmp_path / "dump.jsonl", [spread(upc)])))
    short, long = alice.get(f"/v1/products/{upc}"), alice.get(f"/v1/products/0{upc}")
    assert short.status_code == long.status_code == 200
    assert short.json()["product"]["barcode"] == long.json()["product"]["barcode"] == f"0{upc}"


def test_reimporting_refreshes_in_place_and_bad_lines_are_counted_not_stored(tmp_path, products_import, alice,
                                                                             database_url):
    first, second = fresh_ean13(), fresh_ean13()
    corrupted = first[:-1] + str((int(first[-1]) + 1) % 10)
    dump = write_dump(tmp_path / "dump.jsonl", [spread(first), spread(second), {"code": corrupted}, {"name": "x"}],
                      extra_lines=("not json", "[1, 2]"))
    assert "skipped 4 invalid lines" in products_import(str(dump))
    write_dump(dump, [spread(first, product_name="Hazelnut spread, less sugar"), spread(second)])
    products_import(str(dump))
    assert alice.get(f"/v1/products/{first}").json()["product"]["name"] == "Hazelnut spread, less sugar"
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM product WHERE barcode IN (:a, :b, :c)"),
                            {"a": first, "b": second, "c": corrupted}).scalar_one()
    engine.dispose()
    assert rows == 2


def test_the_country_filter_keeps_only_products_sold_there(tmp_path, products_import, alice):
    french, american = fresh_ean13(), fresh_ean13()
    dump = write_dump(tmp_path / "dump.jsonl", [spread(french), spread(american, countries_tags=["en:united-states"])])
    assert "1 not sold in en:france" in products_import(str(dump), "--country", "en:france")
    assert alice.get(f"/v1/products/{french}").status_code == 200
    assert alice.get(f"/v1/products/{american}").status_code == 404


def test_an_unknown_barcode_is_404_and_a_wrong_check_digit_422_naming_it(alice):
    code = fresh_ean13()
    missing = alice.get(f"/v1/products/{code}")
    assert missing.status_code == 404 and "remote lookups are off" in missing.json()["error"]["message"]
    wrong = alice.get(f"/v1/products/{code[:-1]}{(int(code[-1]) + 3) % 10}")
    assert wrong.status_code == 422
    problem = wrong.json()["error"]["fields"][0]
    assert (problem["field"], problem["location"]) == ("barcode", "path") and "check digit" in problem["message"]
    assert alice.get("/v1/products/12345").status_code == 422


def test_a_meal_from_barcodes_takes_their_names_and_ingredients_and_is_flagged(tmp_path, products_import, alice):
    spread_code, biscuit_code = fresh_ean13(), fresh_ean13()
    products_import(str(write_dump(tmp_path / "dump.jsonl", [
        spread(spread_code),
        {"code": biscuit_code, "product_name": "Butter biscuits", "lang": "de", "ingredients_text": "Mehl",
         "allergens_tags": ["en:gluten"], "traces_tags": []}])))

    only = alice.post("/v1/meals", json={"eaten_at": EATEN, "barcodes": [spread_code]})
    assert only.status_code == 201, only.text
    assert only.json()["description"] == "Hazelnut spread"
    assert only.json()["ingredients"] == [spread(spread_code)["ingredients_text_en"],
                                          "Contains: milk. May contain: soybeans"]
    assert only.json()["definite"] == ["dairy", "sugar"] and only.json()["possible"] == ["soy"]

    both = alice.post("/v1/meals", json={"eaten_at": EATEN, "description": "tea", "ingredients": ["black tea"],
                                         "barcodes": [spread_code, biscuit_code]}).json()
    assert both["description"] == "tea, Hazelnut spread, Butter biscuits"
    assert both["ingredients"][0] == "black tea" and both["ingredients"][-1] == "Contains: gluten"
    assert "wheat" in both["definite"], "the biscuits' text is German, but their gluten tag still flags them"


def test_meal_barcodes_that_are_unknown_or_malformed_are_422_naming_their_position(alice):
    known_nowhere = fresh_ean13()
    unknown = alice.post("/v1/meals", json={"eaten_at": EATEN, "description": "x", "barcodes": [known_nowhere]})
    assert unknown.status_code == 422 and unknown.json()["error"]["fields"][0]["field"] == "barcodes.0"
    bad = alice.post("/v1/meals", json={"eaten_at": EATEN, "barcodes": ["3017620422003", "3017620422004"]})
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "barcodes.1"
    neither = alice.post("/v1/meals", json={"eaten_at": EATEN})
    assert neither.status_code == 422 and neither.json()["error"]["fields"][0]["field"] == "description"
    assert alice.get("/v1/meals").json()["items"] == []


def test_put_and_push_take_barcodes_too(tmp_path, products_import, alice):
    code = fresh_ean13()
    products_import(str(write_dump(tmp_path / "dump.jsonl", [spread(code)])))
    meal_id = uuid.uuid4()
    body = {"eaten_at": EATEN, "barcodes": [code]}
    created = alice.put(f"/v1/meals/{meal_id}", json=body)
    assert created.status_code == 201 and created.json()["description"] == "Hazelnut spread"
    replayed = alice.put(f"/v1/meals/{meal_id}", json=body)
    assert replayed.status_code == 200 and replayed.json()["version"] == created.json()["version"]

    pushed_id, unknown_id = uuid.uuid4(), uuid.uuid4()
    pushed = alice.post("/v1/sync/push", json={"meals": [
        {"id": str(pushed_id), "eaten_at": EATEN, "barcodes": [code]},
        {"id": str(unknown_id), "eaten_at": EATEN, "barcodes": [fresh_ean13()]}]})
    assert pushed.status_code == 200, pushed.text
    good, bad = pushed.json()["results"]
    assert good["status"] == "created" and bad["status"] == "invalid" and bad["reason"].startswith("barcodes.0")
    assert "dairy" in alice.get(f"/v1/meals/{pushed_id}").json()["definite"]


def test_a_truncated_gzip_dump_fails_saying_so(tmp_path, monkeypatch, database_url, client):
    dump = write_dump(tmp_path / "dump.jsonl.gz", [spread(fresh_ean13()) for _ in range(50)], gzipped=True)
    dump.write_bytes(dump.read_bytes()[:200])
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    result = runner.invoke(cli, ["products", "import", str(dump)])
    get_settings.cache_clear()
    assert result.exit_code == 1 and "end-of-stream" in result.output
