"""The FHIR export checked the way an R5 validator would, for every state an account can be in.

fhir.resources (R5) checks structure, cardinality and types. On top of it this module checks what it does
not: the core invariants the export could break (bdl-7 unique fullUrls, ele-1 no empty elements, ext-1 value
or children, nor-1 an oral diet), that every reference resolves inside the bundle, that every code of our
own systems is defined by a CodeSystem the bundle ships, and that each extension sits in a context its
StructureDefinition allows.
"""

import json
import typing
import uuid
from datetime import date, timedelta

import pytest
from fhir.resources import get_fhir_model_class
from fhir.resources.bundle import Bundle

TODAY = date.today()
TIMEZONE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/timezone"
# The contexts HL7's timezone extension declares (FHIR R5 extensions pack, StructureDefinition/timezone).
TIMEZONE_CONTEXTS = {"date", "dateTime", "instant", "Meta", "time"}
OUR_SYSTEMS = "https://diet-tracker.example.org/fhir/"


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def log_days(user, offsets, description="grilled fish and rice"):
    for offset in offsets:
        user.post("/v1/meals", json={"eaten_at": f"{day(offset)}T12:00:00Z", "description": description})
        user.put(f"/v1/symptoms/{day(offset)}", json={"sleep": 6, "pain": 3, "energy": 6, "headache": 1,
                                                      "sleep_hours": 7.5})


def no_start(user):
    log_days(user, range(-5, 0), "bagel with cream cheese")


def a_start(user):
    user.put("/v1/elimination", json={"start_date": day(-6)})
    log_days(user, range(-6, 0))


def slips(user):
    a_start(user)
    user.post("/v1/meals", json={"eaten_at": f"{day(-3)}T19:00:00Z", "description": "pizza and a latte"})
    user.post("/v1/massage", json={"performed_at": f"{day(-2)}T21:00:00Z", "technique": "empty_palm_patting",
                                   "knee": "both", "duration_seconds": 120, "rounds": 3, "pain_before": 5})


def challenges(user):
    user.put("/v1/elimination", json={"start_date": day(-30)})
    log_days(user, range(-30, -10))
    created = user.post("/v1/challenges", json={"group": "dairy", "start_date": day(-10)})
    assert created.status_code == 201, created.text
    user.post("/v1/meals", json={"eaten_at": f"{day(-10)}T12:00:00Z", "description": "glass of milk"})
    log_days(user, range(-9, -7))


STATES = {"no start": no_start, "a start": a_start, "slips": slips, "challenges": challenges}


def fhir_export(user) -> dict:
    response = user.get("/v1/export", params={"format": "fhir"})
    assert response.status_code == 200, response.text
    return response.json()


def _type_name(annotation) -> str:
    """The FHIR type of a fhir.resources field: `Annotated[datetime, DateTime()]` is dateTime, `MetaType` Meta."""
    for arg in typing.get_args(annotation) or (annotation,):
        if typing.get_origin(arg) is typing.Annotated:
            kind = type(typing.get_args(arg)[1]).__name__
            return kind[0].lower() + kind[1:]
        if typing.get_origin(arg) is list:
            return _type_name(typing.get_args(arg)[0])
        name = getattr(arg, "__name__", "")
        if name.endswith("Type"):
            return name.removesuffix("Type")
    raise AssertionError(f"no FHIR type in {annotation}")


def extension_sites(node: dict, fhir_type: str, path: str):
    """(url, path, FHIR type) of every extension in a resource, primitives' `_name` extensions included."""
    fields = get_fhir_model_class(fhir_type).model_fields if fhir_type[0].isupper() else {}
    for extension in node.get("extension", ()):
        yield extension["url"], path, fhir_type
    for key, value in node.items():
        if key in ("extension", "resourceType"):
            continue
        name = key.removeprefix("_")
        child_type = _type_name(fields[name].annotation)
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, dict):
                yield from extension_sites(child, child_type, f"{path}.{name}")


def validation_errors(document: dict) -> list[str]:
    """What an R5 validator would call an error in this bundle; empty when it has none."""
    errors = []
    try:
        Bundle.model_validate(document)
    except ValueError as exc:
        errors.append(f"structure: {exc}")
    entries = document.get("entry", [])
    urls = [e["fullUrl"] for e in entries]
    errors += [f"bdl-7: fullUrl {u} twice" for u in {u for u in urls if urls.count(u) > 1}]
    resources = [e["resource"] for e in entries]
    definitions = {r["url"]: r for r in resources if "url" in r}
    text = json.dumps(document)

    def resolves(reference: str) -> bool:
        # A relative reference resolves against a RESTful fullUrl's base (FHIR R5, Bundle "Resolving references").
        return reference in urls or any(u.endswith(f"/{reference}") for u in urls if not u.startswith("urn:"))

    def walk(node, where):
        if isinstance(node, dict):
            if not node:
                errors.append(f"ele-1: empty element at {where}")
            if "url" in node and "extension" in node and any(k.startswith("value") for k in node):
                errors.append(f"ext-1: extension {node['url']} has both a value and extensions")
            if isinstance(node.get("reference"), str) and not resolves(node["reference"]):
                errors.append(f"unresolved reference {node['reference']} at {where}")
            if "code" in node and str(node.get("system", "")).startswith(OUR_SYSTEMS):
                system = definitions.get(node["system"])
                if system is None or node["code"] not in {c["code"] for c in system["concept"]}:
                    errors.append(f"code {node['code']} is undefined in {node['system']}")
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            if not node:
                errors.append(f"ele-1: empty array at {where}")
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")
        elif node == "":
            errors.append(f"ele-1: empty string at {where}")

    walk(document, "Bundle")
    for resource in resources:
        kind = resource["resourceType"]
        if kind == "NutritionOrder" and not {"oralDiet", "supplement", "enteralFormula"} & resource.keys():
            errors.append("nor-1: a NutritionOrder with no oral diet, supplement or enteral formula")
        for url, path, fhir_type in extension_sites(resource, kind, kind):
            if url == TIMEZONE_EXTENSION:
                allowed = TIMEZONE_CONTEXTS
            elif url in definitions:
                allowed = {c["expression"] for c in definitions[url]["context"]}
            else:
                errors.append(f"extension {url} is defined nowhere")
                continue
            if not {path, fhir_type} & allowed:
                errors.append(f"extension {url} on {path} ({fhir_type}); its contexts are {sorted(allowed)}")
    if "T00:00:00Z" in text:
        errors.append("a local date written as midnight UTC")
    return errors


@pytest.mark.parametrize("state", STATES)
def test_every_account_state_exports_a_bundle_with_no_validation_errors(user_factory, state):
    user = user_factory()
    STATES[state](user)
    document = fhir_export(user)
    assert validation_errors(document) == []
    kinds = [e["resource"]["resourceType"] for e in document["entry"]]
    assert kinds.count("Patient") == 1 and kinds.count("CodeSystem") == 4 and kinds.count("StructureDefinition") == 1
    orders = [e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "NutritionOrder"]
    if state == "no start":
        assert orders == [], "no order is stated for an elimination the patient never started"
        return
    (order,) = orders
    start = user.get("/v1/elimination").json()["start_date"]
    assert order["dateTime"] and order["oralDiet"]["schedule"]["timing"][0]["repeat"]["boundsPeriod"]["start"] == start
    assert all(label in order["oralDiet"]["instruction"] for label in ("wheat", "dairy", "corn", "soy", "sugar"))


def test_the_checks_catch_what_the_old_export_got_wrong(user_factory):
    user = user_factory()
    a_start(user)
    document = fhir_export(user)
    patient = next(e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "Patient")
    patient["extension"] = patient.pop("meta")["extension"]
    order = next(e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "NutritionOrder")
    del order["oralDiet"]
    order["dateTime"] = f"{day(-6)}T00:00:00Z"
    document["entry"] = [e for e in document["entry"] if e["resource"].get("id") != "excluded-food-group"]
    document["entry"].append(document["entry"][0])
    errors = validation_errors(document)
    assert any("timezone on Patient (Patient)" in e for e in errors), errors
    assert any(e.startswith("nor-1") for e in errors) and any(e.startswith("bdl-7") for e in errors)
    assert any("midnight UTC" in e for e in errors) and any("undefined in" in e for e in errors)
    del order["dateTime"]
    assert any(e.startswith("structure:") for e in validation_errors(document)), "dateTime is 1..1"


def _ids(document: dict) -> dict[str, str]:
    """fullUrl by what the entry records: resource type and the patient's own key for it."""
    return {e["fullUrl"]: e["resource"]["resourceType"] for e in document["entry"]}


def test_ids_are_stable_uuids_unique_per_patient(user_factory):
    meal_id = str(uuid.uuid4())  # two devices may choose the same id: each account owns its copy
    bundles = []
    for _ in range(2):
        user = user_factory()
        slips(user)
        assert user.put(f"/v1/meals/{meal_id}", json={"eaten_at": f"{day(-1)}T08:00:00Z",
                                                      "description": "oatmeal"}).status_code == 201
        bundles.append(fhir_export(user))
        assert _ids(fhir_export(user)) == _ids(bundles[-1]), "the same data exports with the same ids"
    first, second = (_ids(b) for b in bundles)
    patient_urls = [{u for u in ids if u.startswith("urn:uuid:")} for ids in (first, second)]
    assert all(uuid.UUID(u.removeprefix("urn:uuid:")) for u in patient_urls[0] | patient_urls[1])
    assert len(patient_urls[0]) == len(patient_urls[1]) > 40
    assert not patient_urls[0] & patient_urls[1], "no two patients share a resource"
    definitions = [{u for u in ids if not u.startswith("urn:uuid:")} for ids in (first, second)]
    assert definitions[0] == definitions[1], "the definitions are the same entries in every bundle"
    for document in bundles:
        for entry in document["entry"]:
            if entry["fullUrl"].startswith("urn:uuid:"):
                assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"


def test_days_are_local_dates_with_their_zone(user_factory):
    user = user_factory(timezone="Pacific/Auckland")
    a_start(user)
    document = fhir_export(user)
    observation = next(e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "Observation")
    assert date.fromisoformat(observation["effectiveDateTime"]) <= TODAY
    assert observation["_effectiveDateTime"]["extension"] == [{"url": TIMEZONE_EXTENSION,
                                                               "valueCode": "Pacific/Auckland"}]
    patient = next(e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "Patient")
    assert patient["meta"]["extension"][0]["valueCode"] == "Pacific/Auckland"
