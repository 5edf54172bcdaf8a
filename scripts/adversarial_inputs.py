"""Inputs that once cost the flagging engine quadratic time or space, each built to a size in bytes.

`scripts/bench` reports the engine's time on them; `tests/domain/test_flagging.py` bounds the work they cost
beside its own further shapes.
"""

from domain.knowledge import default_knowledge


def _every_term(n: int) -> str:
    terms = ", ".join(sorted(default_knowledge().vocabulary))
    return (terms * (n // len(terms) + 1))[:n]


ADVERSARIAL = {
    "one long word": lambda n: "a" * n,
    "many contains": lambda n: "flavor (milk; contains soy " * (n // 27),
    "deep nesting": lambda n: "(" * (n // 2) + "wheat" + ")" * (n // 2),
    "repeated terms": lambda n: "milk, " * (n // 6),
    "negated long clause": lambda n: "pizza " * (n // 16) + "no cheese " * (n // 16),
    "every term once": lambda n: _every_term(n),
    # A run of Han with no spaces is cut into known words (3 bytes a character in UTF-8).
    "spaceless script": lambda n: "小麦粉白砂糖大豆油鸡蛋玉米淀粉食用盐" * (n // 54),
    # Runs of spaces that two patterns' quantifiers could share; retractions, negations and alternatives that
    # each read back over all that came before them.
    "spaces after a nutrient": lambda n: "Ingredients: oats. Nutrition: sugars" + " " * n + "x",
    "retractions of what was not said": lambda n: "cheese " * (n // 14) + "scratch the toast " * (n // 36),
    "negations long after one dish": lambda n: ("pizza for the kids " + "and pizza " * (n // 20)
                                                 + ", skipped the pizza " * (n // 40)),
    "alternatives that all bring one group": lambda n: "Ingredients: oil (" + "sugar or cane sugar or " * (n // 23)
                                                       + "sugar)",
    "starches of unnamed grain in one item": lambda n: "Ingredients: " + "starch " * (n // 7),
    # Scopes that run to a sentence's end (a plan, another's plate) and short sentences beside a label's list
    "a plan over many clauses": lambda n: "next week " + "pizza, toast and cheese: " * (n // 25),
    "another's plate over many ands": lambda n: "kids had " + "pasta and garlic bread and " * (n // 27),
    "short sentences beside a label's list": lambda n: ("Ingredients: oats, salt. "
                                                        + "KETO COOKIE. 1g sugar. " * (n // 23)),
}
