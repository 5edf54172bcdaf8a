"""domain/ stays plain Python: no web framework or ORM import, so it is testable and reusable alone."""

import ast
import json
from importlib import resources
from pathlib import Path

import domain

FORBIDDEN = ("fastapi", "starlette", "sqlmodel", "sqlalchemy", "pydantic", "api", "models")


def test_domain_imports_no_framework():
    offenders = []
    for path in Path(domain.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_food_knowledge_has_no_alias_shadowing_a_term():
    data = json.loads(resources.files("domain").joinpath("data/foods.json").read_text())
    names = set(data["terms"]) | set(data["traps"])
    assert [alias for alias in data["aliases"] if alias in names] == []


def test_no_term_is_a_negator_and_a_food():
    """A term that reads as "no bread" (Portuguese "no pão" is "in the bread") would turn a negation into a flag;
    a name that merely begins with a negator ("sans rival", a Filipino cake) negates no food."""
    from domain.knowledge import default_knowledge

    knowledge = default_knowledge()
    negators = [key for key, node in knowledge.trie.items() if node.get(None) and node[None].kind == "negator"]
    terms = [(negator, key) for negator in negators for key, node in knowledge.trie[negator].items()
             if key is not None and node.get(None) is not None and node[None].kind == "term"
             and knowledge.trie.get(key, {}).get(None) is not None and knowledge.trie[key][None].groups]
    assert terms == []


def test_every_term_is_a_spec_or_a_spec_and_its_reason():
    # a merge that joined two [spec, reason] pairs once left three-element values behind
    data = json.loads(resources.files("domain").joinpath("data/foods.json").read_text())
    malformed = [term for term, value in data["terms"].items()
                 if not (value is None or isinstance(value, str)
                         or (isinstance(value, list) and len(value) == 2 and isinstance(value[0], str | None)
                             and isinstance(value[1], str)))]
    assert malformed == []
