"""Split a packaged product's ingredient statement into its top-level ingredients.

"Enriched flour (wheat flour, niacin), sugar, whey. Contains: wheat, milk." splits into
"Enriched flour (wheat flour, niacin)", "sugar", "whey" and a "contains" line with "wheat", "milk";
parentheses and brackets nest to any depth and their commas stay inside.
"""

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["ingredient", "contains", "may_contain"]

_OPEN, _CLOSE = "([{", ")]}"
_LEADING = re.compile(r"^\s*(ingredients?\s*:|contains\s+\d+%?\s+or\s+less\s+of\s*:?|and\s+)\s*", re.IGNORECASE)
_STATEMENT_LINE = re.compile(
    r"(?:^|(?<=[.;\n]))\s*(?P<label>may\s+(?:also\s+)?contain|contains)\s*:?", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Part:
    text: str
    start: int
    end: int
    kind: Kind = "ingredient"


def split_ingredients(statement: str) -> list[Part]:
    """Top-level parts of the statement, each with its span in the original text."""
    parts: list[Part] = []
    sections = _sections(statement)
    for kind, start, end in sections:
        parts.extend(_split_section(statement, start, end, kind))
    return parts


def _sections(statement: str) -> list[tuple[Kind, int, int]]:
    """The ingredient list, then each 'Contains:' / 'May contain:' line, as (kind, start, end)."""
    sections: list[tuple[Kind, int, int]] = []
    kind: Kind = "ingredient"
    cursor = 0
    for match in _STATEMENT_LINE.finditer(statement):
        if _depth_at(statement, match.start()) != 0:
            continue
        sections.append((kind, cursor, match.start()))
        kind = "contains" if match.group("label").lower() == "contains" else "may_contain"
        cursor = match.end()
    sections.append((kind, cursor, len(statement)))
    return sections


def _depth_at(text: str, position: int) -> int:
    depth = 0
    for char in text[:position]:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    return depth


def _split_section(text: str, start: int, end: int, kind: Kind) -> list[Part]:
    parts: list[Part] = []
    depth = 0
    piece_start = start
    for position in range(start, end):
        char = text[position]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in ",;":
            parts.extend(_part(text, piece_start, position, kind))
            piece_start = position + 1
    parts.extend(_part(text, piece_start, end, kind))
    return parts


def _part(text: str, start: int, end: int, kind: Kind) -> list[Part]:
    piece = text[start:end]
    leading = _LEADING.match(piece)
    offset = leading.end() if leading else len(piece) - len(piece.lstrip())
    stripped = piece[offset:].rstrip(" \t\r\n.")
    if not stripped.strip():
        return []
    return [Part(stripped, start + offset, start + offset + len(stripped), kind)]
