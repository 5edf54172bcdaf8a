"""The structure of a packaged product's label, found in one pass linear in its length.

"Oat drink, barista. Ingredients: oat base (water, oats), rapeseed oil. May contain: gluten." has a header
(the product's name and claims) before the "Ingredients:" heading, then the list; "(water, oats)" is a
bracket that lists sub-ingredients. Brackets nest to any depth; an unmatched one is ignored.
"""

import re
from dataclasses import dataclass, field

_STRUCTURE = re.compile(
    r"(?P<open>[(\[{])|(?P<close>[)\]}])|(?P<comma>[,;])"
    r"|(?P<heading>\b(?:ingredients?|ingredientes|ingredienti|ingredienten|zutaten|ingredients list)\s*:)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Bracket:
    start: int  # the opening character
    end: int  # the closing character
    lists: bool  # a comma or semicolon directly inside: it names several sub-ingredients


@dataclass(frozen=True, slots=True)
class Label:
    header_end: int = 0  # the header is text[:header_end]; 0 when the label has none
    list_start: int = 0
    brackets: dict[int, Bracket] = field(default_factory=dict)  # by the opening character's offset


def read_label(text: str) -> Label:
    """The header (before the first top-level "Ingredients:") and every matched bracket."""
    stack: list[list[int]] = []  # [open offset, has a direct comma]
    brackets: dict[int, Bracket] = {}
    header_end = list_start = 0
    seen_heading = False
    for match in _STRUCTURE.finditer(text):
        if match.lastgroup == "open":
            stack.append([match.start(), 0])
        elif match.lastgroup == "close":
            if stack:
                start, lists = stack.pop()
                brackets[start] = Bracket(start, match.start(), bool(lists))
        elif match.lastgroup == "comma":
            if stack:
                stack[-1][1] = 1
        elif not stack and not seen_heading:
            seen_heading = True
            if text[:match.start()].strip():
                header_end, list_start = match.start(), match.end()
    return Label(header_end, list_start, brackets)
