"""The structure of a packaged product's label, found in one pass linear in its length.

"Oat drink, barista. Ingredients: oat base (water, oats), vegetable oil (rapeseed and/or sunflower)." has a
header (the product's name and claims) before the "Ingredients:" heading, then the list; "(water, oats)" is a
bracket, and "(rapeseed and/or sunflower)" one that offers alternatives. Brackets nest to any depth; an
unmatched one is ignored.
"""

import re
from dataclasses import dataclass, field

from domain.normalise import normalise

# Headings of Asian and Middle Eastern labels, as written; matched as normalised (accents and harakat stripped).
_ASIAN_HEADINGS = (
    "配料", "配料表", "原料", "原料名", "成分", "成份", "原材料名", "原材料", "원재료명", "원재료", "원료명",
    "المكونات", "المكوّنات", "مكونات", "المحتويات", "רכיבים", "सामग्री", "अवयव", "संघटक", "ส่วนประกอบ", "ส่วนประกอบที่สำคัญ",
    "ส่วนผสม", "Thành phần", "Nguyên liệu", "Komposisi", "Bahan-bahan", "Bahan", "Ramuan", "Mga sangkap",
    "Sangkap", "উপাদান", "উপকরণ", "اجزاء", "اجزا", "ترکیبات", "مواد تشکیل دهنده", "பொருட்கள்", "சேர்மானங்கள்",
    "పదార్థాలు", "ಪದಾರ್ಥಗಳು", "ചേരുവകൾ", "ግብዓቶች", "Viungo", "Bestanddele", "Izithako")
_ASIAN = "|".join(re.escape(normalise(h).text.lower()) for h in _ASIAN_HEADINGS)
_HEADING_WORDS = (r"(?:ingredients?|ingredientes|ingredienti|ingredienten|zutaten|ingredients list|ingredienser|"
                  r"ingrediensar|sk[lł]adniki|sk[lł]ad|slozeni|zlozenie|sastojci|sestavine|osszetevok|osszetetel|ainesosat|ainekset|"
                  r"ingrediente|ingredjenti|icindekiler|sudetis|sudedamosios dalys|sastavdalas|sastavs|koostisosad|"
                  rf"koostis|innihald|innihaldsefni|comhabhair|συστατικα|состав|склад|съставки|състав|састојци|{_ASIAN})")
# A heading ends with a colon, or stands alone on its line as web shops print it ("Description\n...\nIngredients\n
# Water, Tapioca Starch"): the next line with words, bulleted or not, is the list.
_HEADING = rf"\b{_HEADING_WORDS}\s*:|(?<![^\n])[ \t]*+{_HEADING_WORDS}[ \t]*+(?=\r?\n\s*+[-•*·]?+\s*+[^\W_])"
# "or" and "and/or" in the languages of bilingual labels ("canola et/ou maïs")
_EITHER = r"and/or|or|et/ou|ou|y/o|e/o|e/ou|und/oder|oder|en/of"
# What ends an ingredient of the list: a comma, a semicolon, a full stop before a space or the end.
_STRUCTURE = re.compile(rf"(?P<open>[(\[{{])|(?P<close>[)\]}}])|(?P<either>\b(?:{_EITHER})\b)|(?P<heading>{_HEADING})"
                        r"|(?P<end>[,;]|\.(?=\s|$))", re.IGNORECASE)
_HAS_HEADING = re.compile(_HEADING, re.IGNORECASE)
# Headings of a nutrition table pasted with the list ("Nutrition Facts", "Typical values per 100g:", "Nährwerte",
# "Valeurs nutritionnelles", "Serving size", "Per 30g scoop:", "Пищевая ценность", "营养成分表"), or its first row
# when it has none ("Energy 500kJ", "Calories 105", "Carbs: 60g"), matched as normalised: its rows ("of which
# sugars 3.5g", "Includes 0g Added Sugars") say how much of a nutrient there is, not what was put in.
# A row with no heading is one only where a line or a sentence opens with it, with its unit (calories are their
# own): inside the list "whey protein 20g, dextrose 10g" and "milk fat 4%" are ingredients and their shares.
# Runs are possessive and never next to one that could take the same characters (no backtracking over spaces).
_NUTRITION = re.compile(
    r"\b(?:nutrition(?:al)?\b(?!\s++yeast)|typical values|average values|av(?:era)?g\.? quantity|valeurs? nutriti\w*|"
    r"informacion nutri(?:cional|mental)|informacao nutricional|tabela nutricional|tabla nutri(?:cional|mental)|"
    r"nahrwert\w*|"
    r"valori nutrizionali|voedingswaarde\w*|naringsvarde\w*|naeringsindhold|wartosc odzywcza|"
    r"serving size|(?:amount )?per (?:serving|serve|portion|\d+ ?(?:g|ml)\b)|"
    r"пищевая ценность|энергетическая ценность|харчова цінність)|"
    r"(?<![^\n.])[ \t]*+(?:(?:energy|carbohydrates?|carbs|protein|fat|fibre|fiber|sodium|(?:total |added )?sugars)"
    r"\s*+[:|]?+\s*+[<~]?+\d++(?:[.,]\d++)?+\s*+(?:g|mg|kcal|kj)\b"
    r"|calories\s*+[:|]?+\s*+[<~]?+\d++(?:[.,]\d++)?+(?!\w))|"
    r"营养成分|栄養成分|영양정보|영양성분",
    re.IGNORECASE)


def has_heading(text: str) -> bool:
    """Whether the text has an "Ingredients:" heading anywhere (a pasted label)."""
    return _HAS_HEADING.search(text) is not None


@dataclass(frozen=True, slots=True)
class Label:
    header_end: int = 0  # the header is text[:header_end]; 0 when the label has none
    list_start: int = 0
    closing: dict[int, int] = field(default_factory=dict)  # each matched opening bracket's offset -> its close
    # Brackets that offer alternatives ("vegetable oil (corn, canola and/or soybean)"), and ingredients of the list
    # that do ("sugar and/or corn syrup"), as (start, end), merged and in order: what they name is only possibly
    # there, unless every alternative names it.
    alternatives: tuple[tuple[int, int], ...] = ()
    nutrition_start: int | None = None  # where a nutrition table's heading begins, after the list's start
    # Sentences of the list with no comma, semicolon or bracket, when another sentence of it has one: "KETO
    # COOKIE." or "Galletas choco" after the list, "ONE Protein Bar Birthday Cake." before a list with no heading,
    # as (start, end)
    lone_sentences: tuple[tuple[int, int], ...] = ()


def read_label(text: str) -> Label:
    """The header (before the first top-level "Ingredients:"), every matched bracket and a nutrition table's start."""
    opens: list[int] = []
    with_either: list[bool] = []
    alternatives: list[tuple[int, int]] = []
    closing: dict[int, int] = {}
    header_end = list_start = 0
    seen_heading = False
    ingredient_start = 0  # where the list's current ingredient begins
    either_at_top = False  # it offers alternatives ("sugar and/or corn syrup")
    sentence_start, sentence_listed, listed = 0, False, False
    lone: list[tuple[int, int]] = []

    def close_sentence(end: int) -> None:
        nonlocal sentence_start, sentence_listed
        if not sentence_listed and text[sentence_start:end].strip():
            lone.append((sentence_start, end))
        sentence_start, sentence_listed = end + 1, False

    def close_ingredient(end: int) -> None:
        nonlocal either_at_top
        if either_at_top:
            while alternatives and alternatives[-1][0] >= ingredient_start:  # a bracket's, now inside this one
                alternatives.pop()
            alternatives.append((ingredient_start, end))
        either_at_top = False

    for match in _STRUCTURE.finditer(text):
        kind = match.lastgroup
        if kind == "end":
            if not opens:
                close_ingredient(match.start())
                ingredient_start = match.end()
                if match.group() == ".":
                    close_sentence(match.start())
                else:
                    sentence_listed = listed = True
        elif kind == "open":
            if not opens:
                sentence_listed = True  # "Seasoning (salt, whey powder, sugar).": a bracket lists
            opens.append(match.start())
            with_either.append(False)
        elif kind == "close":
            if opens:
                start = opens.pop()
                closing[start] = match.start()
                if with_either.pop():
                    while alternatives and alternatives[-1][0] > start:  # an inner one, now inside this one
                        alternatives.pop()
                    alternatives.append((start, match.start()))
        elif kind == "either":
            if with_either:
                with_either[-1] = True
            else:
                either_at_top = True
        elif not opens and not seen_heading:
            seen_heading = True
            if text[:match.start()].strip():
                header_end, list_start = match.start(), match.end()
                alternatives.clear()  # the header's are no ingredients
            ingredient_start, either_at_top = match.end(), False
            sentence_start, sentence_listed, listed = match.end(), False, False
            lone.clear()
    if not opens:
        close_ingredient(len(text))
    close_sentence(len(text))
    nutrition = _NUTRITION.search(text, list_start)
    return Label(header_end, list_start, closing, tuple(alternatives), nutrition.start() if nutrition else None,
                 tuple(lone) if listed else ())


def alternative_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The alternatives one of Label.alternatives offers, as (start, end): "(corn, canola and/or soybean)" three."""
    if text[start:start + 1] in "([{":
        start += 1
    pieces: list[tuple[int, int]] = []
    depth, piece_start = 0, start
    for match in _STRUCTURE.finditer(text, start, end):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind in ("either", "end") and not depth:
            pieces.append((piece_start, match.start()))
            piece_start = match.end()
    pieces.append((piece_start, end))
    return [(a, b) for a, b in pieces if text[a:b].strip()]
