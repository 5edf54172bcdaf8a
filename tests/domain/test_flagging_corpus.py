"""Recall and false-flag rate of the flagging engine on the labelled corpus, per group."""

from collections import Counter

import pytest

from domain.flagging import GROUPS, analyze, compile_personal_terms, default_knowledge
from tests.domain.food_corpus import CASES

MIN_DEFINITE_RECALL = 0.98
MAX_FALSE_FLAG_RATE = 0.02
PERSONAL = compile_personal_terms([("nana's bread", "wheat", "definite")], default_knowledge())


def _run(kind: str, text: str):
    if kind == "label":
        return analyze(None, [text])
    return analyze(text, None, personal=PERSONAL)


def corpus_figures() -> dict[str, dict[str, float]]:
    hits, expected, false_flags, negatives = Counter(), Counter(), Counter(), Counter()
    misses: list[str] = []
    for kind, text, definite, possible in CASES:
        result = _run(kind, text)
        want_definite, allowed = set(definite.split()), set(definite.split()) | set(possible.split())
        flagged = result.definite | result.possible
        for group in GROUPS:
            if group in want_definite:
                expected[group] += 1
                if group in result.definite:
                    hits[group] += 1
                else:
                    misses.append(f"missed {group}: {text[:70]}")
            if group not in allowed:
                negatives[group] += 1
                if group in flagged:
                    false_flags[group] += 1
                    misses.append(f"false {group}: {text[:70]}")
    figures = {
        group: {
            "definite_recall": hits[group] / expected[group] if expected[group] else 1.0,
            "false_flag_rate": false_flags[group] / negatives[group] if negatives[group] else 0.0,
            "positives": expected[group],
            "negatives": negatives[group],
        }
        for group in GROUPS
    }
    figures["_misses"] = misses  # type: ignore[assignment]
    return figures


def test_corpus_is_large_and_varied():
    kinds = Counter(kind for kind, *_ in CASES)
    assert len(CASES) >= 150
    assert kinds["meal"] >= 50 and kinds["label"] >= 50 and kinds["trap"] >= 30


@pytest.mark.parametrize("group", GROUPS)
def test_definite_recall_and_false_flag_rate(group):
    figures = corpus_figures()
    row = figures[group]
    report = f"{group}: {row} misses: {figures['_misses']}"
    assert row["definite_recall"] >= MIN_DEFINITE_RECALL, report
    assert row["false_flag_rate"] <= MAX_FALSE_FLAG_RATE, report
