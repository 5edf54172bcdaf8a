"""List the terms of foods.json whose definite groups their own words do not name, for review.

A definite group must be in essentially every version of a dish or product; one its words name ("cheese pizza":
the cheese) is safe, the rest deserve a reader's eye. Prints term, spec, the unnamed definite groups and the reason,
tab-separated; the riskiest (two or more definite groups, or a definite sugar or dairy) first.
    .venv/bin/python scripts/definite_audit.py > /tmp/definite.tsv
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.knowledge import _parse_spec, default_knowledge  # noqa: E402


def main() -> None:
    knowledge = default_knowledge()
    terms = json.loads((ROOT / "domain" / "data" / "foods.json").read_text(encoding="utf-8"))["terms"]
    rows = []
    for term, value in terms.items():
        spec, reason = (value, "") if value is None or isinstance(value, str) else (value[0], value[1])
        definite = [g for g, c in _parse_spec(spec) if c == "definite"]
        words = term.split()
        named: set[str] = set()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                part = " ".join(words[i:j])
                entry = knowledge.lookup(part) if j - i < len(words) and part in terms else None
                if entry is not None and entry.kind == "term":
                    named |= {g for g, c in entry.groups if c == "definite"}
        unnamed = [g for g in definite if g not in named]
        if unnamed:
            risky = len(definite) >= 2 or bool({"sugar", "dairy"} & set(unnamed))
            rows.append((not risky, term, spec, " ".join(unnamed), reason))
    for _, term, spec, unnamed, reason in sorted(rows, key=lambda row: row[0]):
        print(f"{term}\t{spec}\t{unnamed}\t{reason}")


if __name__ == "__main__":
    main()
