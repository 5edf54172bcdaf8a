"""Common words the flagging engine reads as food: a check for new knowledge, run before it is committed.

A word that is common in some language is spelt right in that language, so spelling correction must not turn it
into a food ("speelt", Dutch for plays, is no spelt), and a new term must not make it one ("festival" is not only
a Jamaican dumpling). The word lists come from outside the project; wordfreq's, for instance:

    pip install wordfreq   # in a scratch virtualenv, not the project's
    python -c "from wordfreq import top_n_list as t; print('\\n'.join({w for l in ('en', 'es', 'de') \\
        for w in t(l, 30000)}))" > /tmp/common_words.txt

Then, from the project root:

    .venv/bin/python scripts/common_words_audit.py corrected /tmp/common_words.txt
        the common words spelling correction turns into a food (candidates for foods.json "not_misspellings")
    .venv/bin/python scripts/common_words_audit.py changed /tmp/common_words.txt OLD_FOODS_JSON
        the common words whose flags differ between OLD_FOODS_JSON and domain/data/foods.json
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.flagging import analyze  # noqa: E402
from domain.knowledge import Knowledge, compile_knowledge, default_knowledge  # noqa: E402


def _flags(word: str, knowledge: Knowledge) -> str:
    result = analyze(word, None, knowledge=knowledge)
    return " ".join(sorted(result.definite)) + " | " + " ".join(sorted(result.possible))


def corrected(words: list[str], knowledge: Knowledge) -> list[str]:
    """Lines "word, key -> correction, flags" for each word whose flags come with a spelling correction."""
    lines = []
    for word in words:
        knowledge.clear_caches()  # each word's corrections alone in the cache
        flags = _flags(word, knowledge)
        if flags != " | ":
            lines += [f"{word}\t{key} -> {found}\t{flags}" for key, found in knowledge.fuzzy_cache.items() if found]
    return lines


def changed(words: list[str], old: Knowledge, new: Knowledge) -> list[str]:
    """Lines "word, flags before -> after" for each word two knowledges flag differently."""
    return [f"{word}\t{before}\t->\t{after}" for word in words
            if (before := _flags(word, old)) != (after := _flags(word, new))]


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] not in ("corrected", "changed"):
        sys.exit(__doc__)
    words = [w for w in Path(argv[1]).read_text().split("\n") if w.strip()]
    if argv[0] == "corrected":
        lines = corrected(words, default_knowledge())
    else:
        lines = changed(words, compile_knowledge(json.loads(Path(argv[2]).read_text())), default_knowledge())
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
