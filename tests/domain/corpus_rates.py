"""The three rates the flagging engine is held to, per group, on a labelled corpus.

- recall: of the groups a case's label says are there (its definite groups), the share flagged at any certainty;
- any_false: of the groups neither definite nor possible in the label, the share flagged at any certainty;
- definite_false: of the groups the label does not call definite, the share flagged definite.

Run it on any corpus module with a list of (kind, text, definite, possible) cases:
    .venv/bin/python -m tests.domain.corpus_rates tests.domain.food_corpus:CASES
`--misses` lists each miss and false flag; `--hedges` lists the meal hedges the labels left out, with their verdicts.
"""

import importlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from domain.flagging import analyze
from domain.groups import GROUPS
from domain.knowledge import compile_personal_terms, default_knowledge

Case = tuple[str, str, str, str]
GOALS = {"recall": 0.98, "any_false": 0.03, "definite_false": 0.005}


@dataclass(frozen=True)
class Rates:
    recall: float
    any_false: float
    definite_false: float
    positives: int
    negatives: int
    not_definite: int

    def within_goals(self) -> bool:
        return (self.recall >= GOALS["recall"] and self.any_false <= GOALS["any_false"]
                and self.definite_false <= GOALS["definite_false"])

    def __str__(self) -> str:
        return (f"recall {self.recall:.3f} ({self.positives})  any-false {self.any_false:.3f} ({self.negatives})  "
                f"definite-false {self.definite_false:.3f} ({self.not_definite})")


def _personal():
    return compile_personal_terms([("nana's bread", "wheat", "definite")], default_knowledge())


def _groups(kind: str, text: str, personal) -> tuple[set[str], set[str]]:
    result = analyze(None, [text]) if kind == "label" else analyze(text, None, personal=personal)
    return set(result.definite), set(result.definite) | set(result.possible)


def measure(cases: Iterable[Case], misses: Callable[[str], None] | None = None) -> dict[str, Rates]:
    """Rates per group and over all groups (key "all")."""
    personal = _personal()
    tally: dict[str, Counter] = {g: Counter() for g in GROUPS}
    for kind, text, definite, possible in cases:
        want, allowed = set(definite.split()), set(definite.split()) | set(possible.split())
        got_definite, got_any = _groups(kind, text, personal)
        for group in GROUPS:
            row = tally[group]
            if group in want:
                row["positives"] += 1
                row["hits"] += group in got_any
                if misses and group not in got_any:
                    misses(f"missed {group}: {text[:90]!r}")
            else:
                row["not_definite"] += 1
                row["false_definite"] += group in got_definite
                if misses and group in got_definite:
                    misses(f"false definite {group}: {text[:90]!r}")
            if group not in allowed:
                row["negatives"] += 1
                row["false_any"] += group in got_any
                if misses and group in got_any and group not in got_definite:
                    misses(f"false possible {group}: {text[:90]!r}")
    tally["all"] = sum(tally.values(), Counter())
    return {key: Rates(
        recall=row["hits"] / row["positives"] if row["positives"] else 1.0,
        any_false=row["false_any"] / row["negatives"] if row["negatives"] else 0.0,
        definite_false=row["false_definite"] / row["not_definite"] if row["not_definite"] else 0.0,
        positives=row["positives"], negatives=row["negatives"], not_definite=row["not_definite"],
    ) for key, row in tally.items()}


@dataclass(frozen=True)
class HedgeVerdict:
    """How the writers labelled the meals in which one term's possible flag was the only flag for its group."""

    term: str
    group: str
    definite: int  # the writer called the group definite: the hedge found it
    possible: int  # the writer called it possible too
    absent: int  # the writer did not name the group: the hedge was a false flag

    def rejected(self) -> bool:
        """Writers left the group out at least twice, more often than they shared the hedge and, where the hedge
        ever found a group a writer was sure of, at least three times as often: it costs more than it finds."""
        return self.absent >= 2 and self.absent >= self.possible and self.absent >= 3 * self.definite


def meal_hedges(cases: Iterable[Case]) -> list[HedgeVerdict]:
    """Every possible flag of a meal that alone flagged its group, with what the labels said of that group."""
    personal = _personal()
    tally: dict[tuple[str, str], Counter] = {}
    for kind, text, definite, possible in cases:
        if kind != "meal":
            continue
        flags = analyze(text, None, personal=personal).flags
        per_group = Counter(flag.group for flag in flags)
        for flag in flags:
            if flag.certainty == "possible" and per_group[flag.group] == 1:
                said = ("definite" if flag.group in definite.split() else
                        "possible" if flag.group in possible.split() else "absent")
                tally.setdefault((flag.term, flag.group), Counter())[said] += 1
    return [HedgeVerdict(term, group, row["definite"], row["possible"], row["absent"])
            for (term, group), row in sorted(tally.items())]


def _load(spec: str) -> list[Case]:
    module, _, name = spec.partition(":")
    return list(getattr(importlib.import_module(module), name or "CASES"))


def main(argv: list[str]) -> None:
    show_misses = "--misses" in argv
    specs = [a for a in argv if not a.startswith("--")] or ["tests.domain.food_corpus:CASES"]
    cases = [case for spec in specs for case in _load(spec)]
    print(f"{len(cases)} cases from {', '.join(specs)}")
    for key, rates in measure(cases, print if show_misses else None).items():
        print(f"  {key:<6} {rates}")
    if "--hedges" in argv:
        for verdict in meal_hedges(cases):
            if verdict.absent:
                print(f"  {'REJECTED' if verdict.rejected() else '':<8} {verdict}")


if __name__ == "__main__":
    main(sys.argv[1:])
