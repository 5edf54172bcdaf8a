"""The common-words audit finds what spelling correction turns into a food, and what a knowledge change moved."""

import json
from pathlib import Path

from domain.knowledge import compile_knowledge, default_knowledge
from scripts.common_words_audit import changed, corrected

FOODS = Path(__file__).resolve().parents[2] / "domain" / "data" / "foods.json"


def test_corrected_lists_only_words_spelling_correction_turns_into_a_food():
    lines = corrected(["mufin", "speelt", "hello", "bread"], default_knowledge())
    assert [line.split("\t")[0] for line in lines] == ["mufin"]  # "speelt" is a common word: never corrected
    assert "muffin" in lines[0] and "wheat" in lines[0]


def test_changed_lists_the_words_a_knowledge_change_moved():
    data = json.loads(FOODS.read_text(encoding="utf-8"))
    old = compile_knowledge(data)
    data["terms"]["zorblat"] = "soy"
    lines = changed(["zorblat", "bread", "hello"], old, compile_knowledge(data))
    assert len(lines) == 1 and lines[0].startswith("zorblat\t") and lines[0].endswith("soy | ")
