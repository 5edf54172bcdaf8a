"""The OpenAPI document linted with the rules of spectral's `oas` ruleset, in Python so the suite needs no node.

Each rule keeps spectral's name. oas3-schema is openapi-spec-validator; the rest are written from the
ruleset's documentation: every error of `spectral:oas`, and the warnings a client generator or a reader of
/docs trips over. Not checked: info-contact and oas3-api-servers (a self-hosted service has no one contact or
base URL to state). no-$ref-siblings applies to OpenAPI 3.0 only, as in spectral (3.1 allows siblings).
A second test holds the statuses to the project's own rules: what an operation can answer, it documents.
"""

import copy
import re
from collections.abc import Iterator

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from api.main import create_app
from tests.conftest import settings_for

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
URL_SAFE = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]*$")
JSON_TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "object": dict,
              "array": list, "null": type(None)}


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict:
    database = tmp_path_factory.mktemp("openapi") / "unused.db"
    return create_app(settings_for(f"sqlite:///{database}")).openapi()


def operations(doc: dict) -> Iterator[tuple[str, str, dict]]:
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def nodes(node, pointer: str = "") -> Iterator[tuple[str, dict]]:
    """Every JSON object in the document with its JSON pointer."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from nodes(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from nodes(value, f"{pointer}/{index}")


def schemas(doc: dict) -> Iterator[tuple[str, dict]]:
    """Every Schema object: the nodes under a `schema` key or the component schemas, and all they nest."""
    roots = [(f"/components/schemas/{name}", s) for name, s in doc.get("components", {}).get("schemas", {}).items()]
    roots += [(f"{p}/schema", n["schema"]) for p, n in nodes(doc.get("paths", {}), "/paths")
              if isinstance(n.get("schema"), dict)]
    seen = set()
    for root_pointer, root in roots:
        for pointer, node in nodes(root, root_pointer):
            parent = pointer.rsplit("/", 1)[-1]
            if parent in ("properties", "$defs", "examples", "example", "const", "enum", "default"):
                continue  # a map of names, or a value: not a schema itself
            if pointer not in seen:
                seen.add(pointer)
                yield pointer, node


def _types(schema: dict) -> list[str]:
    declared = schema.get("type")
    return [declared] if isinstance(declared, str) else list(declared) if isinstance(declared, list) else []


def _fits(value, types: list[str]) -> bool:
    return any(isinstance(value, JSON_TYPES[t]) and not (isinstance(value, bool) and t in ("integer", "number"))
               for t in types if t in JSON_TYPES)


def lint(doc: dict) -> list[str]:
    """spectral's `oas` rules, as `rule: where: what`; empty when the document passes."""
    problems: list[str] = []
    validator = OpenAPIV31SpecValidator if doc.get("openapi", "").startswith("3.1") else OpenAPIV30SpecValidator
    problems += [f"oas3-schema: {'/'.join(map(str, e.path))}: {e.message}" for e in validator(doc).iter_errors()]

    info = doc.get("info", {})
    if not info.get("description"):
        problems.append("info-description: info has no description")
    declared = [t.get("name") for t in doc.get("tags", [])]
    if not declared:
        problems.append("openapi-tags: no top-level tags")
    problems += [f"openapi-tags-uniqueness: tag {t} declared twice" for t in sorted({t for t in declared
                                                                                      if declared.count(t) > 1})]
    problems += [f"tag-description: tag {t.get('name')} has no description" for t in doc.get("tags", [])
                 if not t.get("description")]
    schemes = doc.get("components", {}).get("securitySchemes", {})
    seen_ids: dict[str, str] = {}
    templates: dict[str, str] = {}
    for path in doc.get("paths", {}):
        where = f"paths {path}"
        if path != "/" and path.endswith("/"):
            problems.append(f"path-keys-no-trailing-slash: {where}")
        if "?" in path:
            problems.append(f"path-not-include-query: {where}")
        if "{}" in path:
            problems.append(f"path-declarations-must-exist: {where}")
        names = re.findall(r"{([^}]*)}", path)
        if len(names) != len(set(names)):
            problems.append(f"path-params: {where} repeats a parameter")
        shape = re.sub(r"{[^}]*}", "{}", path)
        if shape in templates:
            problems.append(f"path-params: {where} and {templates[shape]} are the same template")
        templates[shape] = path
    for path, method, op in operations(doc):
        where = f"{method.upper()} {path}"
        if not op.get("description", "").strip():
            problems.append(f"operation-description: {where}")
        if not op.get("tags"):
            problems.append(f"operation-tags: {where}")
        problems += [f"operation-tag-defined: {where}: tag {t} is not declared" for t in op.get("tags", [])
                     if t not in declared]
        operation_id = op.get("operationId")
        if not operation_id:
            problems.append(f"operation-operationId: {where}")
        else:
            if operation_id in seen_ids:
                problems.append(f"operation-operationId-unique: {where} and {seen_ids[operation_id]}")
            seen_ids[operation_id] = where
            if not URL_SAFE.match(operation_id):
                problems.append(f"operation-operationId-valid-in-url: {where}")
        if not any(str(code)[0] in "23" for code in op.get("responses", {})):
            problems.append(f"operation-success-response: {where}")
        parameters = doc["paths"][path].get("parameters", []) + op.get("parameters", [])
        keys = [(p.get("in"), p.get("name")) for p in parameters]
        problems += [f"operation-parameters: {where}: {k} twice" for k in sorted({k for k in keys
                                                                                  if keys.count(k) > 1})]
        in_path = {p["name"]: p for p in parameters if p.get("in") == "path"}
        templated = set(re.findall(r"{([^}]*)}", path))
        problems += [f"path-params: {where}: {{{n}}} has no path parameter" for n in sorted(templated - set(in_path))]
        problems += [f"path-params: {where}: path parameter {n} is not in the path" for n in
                     sorted(set(in_path) - templated)]
        problems += [f"path-params: {where}: path parameter {n} is not required" for n, p in in_path.items()
                     if p.get("required") is not True]
        for requirement in op.get("security", doc.get("security", [])):
            problems += [f"oas3-operation-security-defined: {where}: {name}" for name in requirement
                         if name not in schemes]
    for pointer, schema in schemas(doc):
        types = _types(schema)
        if "array" in types and "items" not in schema:
            problems.append(f"array-items: {pointer}")
        if isinstance(schema.get("enum"), list):
            values = schema["enum"]
            if types:
                problems += [f"typed-enum: {pointer}: {v!r} is not {types}" for v in values if not _fits(v, types)]
            if len({repr(v) for v in values}) != len(values):
                problems.append(f"duplicated-entry-in-enum: {pointer}")
    if doc.get("openapi", "").startswith("3.0"):
        problems += [f"no-$ref-siblings: {p}" for p, n in nodes(doc) if "$ref" in n and len(n) > 1]
    problems += _example_problems(doc)
    problems += _unused_components(doc)
    return problems


def _example_problems(doc: dict) -> list[str]:
    """oas3-valid-schema-example, oas3-valid-media-example, oas3-examples-value-or-externalValue."""
    registry = Registry().with_resource("urn:openapi", Resource.from_contents(doc, default_specification=DRAFT202012))
    problems = []

    def check(rule: str, pointer: str, schema_pointer: str, value) -> None:
        validator = Draft202012Validator({"$ref": f"urn:openapi#{schema_pointer}"}, registry=registry)
        problems.extend(f"{rule}: {pointer}: {e.message}" for e in validator.iter_errors(value))

    for pointer, schema in schemas(doc):
        for index, value in enumerate(schema.get("examples", []) if isinstance(schema.get("examples"), list) else []):
            check("oas3-valid-schema-example", f"{pointer}/examples/{index}", pointer, value)
        if "example" in schema:
            check("oas3-valid-schema-example", f"{pointer}/example", pointer, schema["example"])
    for pointer, node in nodes(doc.get("paths", {}), "/paths"):
        if not isinstance(node.get("schema"), dict):
            continue
        if "example" in node:
            check("oas3-valid-media-example", f"{pointer}/example", f"{pointer}/schema", node["example"])
        for name, example in (node.get("examples") or {}).items() if isinstance(node.get("examples"), dict) else ():
            if "value" in example and "externalValue" in example:
                problems.append(f"oas3-examples-value-or-externalValue: {pointer}/examples/{name}")
            if "value" in example:
                check("oas3-valid-media-example", f"{pointer}/examples/{name}", f"{pointer}/schema", example["value"])
    return problems


def _unused_components(doc: dict) -> list[str]:
    referenced = {n["$ref"] for _, n in nodes(doc) if isinstance(n.get("$ref"), str)}
    return [f"oas3-unused-component: #/components/{kind}/{name}"
            for kind, members in doc.get("components", {}).items() if kind != "securitySchemes"
            for name in members if f"#/components/{kind}/{name}" not in referenced]


def test_the_document_passes_spectral_oas_rules(document):
    assert lint(document) == []


def test_the_linter_catches_each_rule_it_names(document):
    broken = copy.deepcopy(document)
    path, method, operation = next(operations(broken))
    operation.pop("description", None)
    operation["tags"] = ["nowhere"]
    broken["paths"]["/v1/meals/{meal_id}"]["get"]["operationId"] = operation["operationId"]
    broken["paths"]["/v1/things/{thing_id}/"] = {"get": {"responses": {"404": {"description": "x"}}}}
    broken["tags"][0].pop("description")
    broken["tags"].append(dict(broken["tags"][1]))
    schemas_ = broken["components"]["schemas"]
    schemas_["Unused"] = {"type": "array", "maxItems": 0, "enum": [[], "a", "a"], "examples": [7]}
    expected = {"operation-description", "operation-tag-defined", "operation-operationId-unique", "path-params",
                "path-keys-no-trailing-slash", "operation-success-response", "operation-tags", "tag-description",
                "openapi-tags-uniqueness", "array-items", "typed-enum", "duplicated-entry-in-enum",
                "oas3-valid-schema-example", "oas3-unused-component", "operation-operationId"}
    assert expected <= {problem.split(":")[0] for problem in lint(broken)}
    broken["openapi"] = "3.0.3"
    assert any(p.startswith("oas3-schema") for p in lint(broken)), "3.0 has no `type: null`"


def status_problems(doc: dict) -> list[str]:
    """Statuses an operation can answer by how it is built, and does not document."""
    problems = []
    for path, method, op in operations(doc):
        where = f"{method.upper()} {path}"
        documented = set(op["responses"])
        headers = {p["name"].lower() for p in op.get("parameters", []) if p["in"] == "header"}
        needed = set()
        if "if-match" in headers:
            needed.add("412")  # a stale If-Match (api.services.changes)
        if "idempotency-key" in headers:
            needed |= {"409", "422"}  # a key in flight; the same key with another body (api.idempotency)
        if "requestBody" in op:
            needed |= {"400", "413", "422"}  # unreadable, over the limit, invalid
        if op.get("security"):
            needed |= {"401", "503"}  # no valid token; the database that holds tokens does not answer
        problems += [f"{where} can answer {status} but does not document it" for status in sorted(needed - documented)]
    return problems


def test_every_operation_documents_the_statuses_its_shape_implies(document):
    assert status_problems(document) == []
    broken = copy.deepcopy(document)
    del broken["paths"]["/v1/symptoms/{date}"]["delete"]["responses"]["412"]
    assert status_problems(broken) == ["DELETE /v1/symptoms/{date} can answer 412 but does not document it"]
