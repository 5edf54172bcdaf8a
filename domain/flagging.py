"""Flag meal text against the five excluded groups, explaining every flag.

One pass over the input: the text is normalised (NFKC, accents, invisible characters; domain.normalise keeps
the offsets into the original), a single regex tokenises it, each token is folded (case, aliases, plurals
compiled into the vocabulary, a guarded one-edit misspelling fallback for tokens no longer than the longest
vocabulary word plus one), and a longest-match walk over a token trie finds terms, traps and negations.
The cost is linear in the input: each position walks the trie at most `max_phrase_tokens` deep, and every
rescan of earlier matches (negation, "gluten free" after a comma) removes a group or is skipped, so it
happens at most five times per clause; a correction ("wait no", "X? no - ") deletes each match it takes back
once, a removal ("I took the cheese off") makes each definite group possible once, a leaving ("ate around them")
hedges each match once (a pointer marks how far it has looked), a food negated later in its sentence ("I skipped
the youtiao") empties the sentence's earlier matches of it once, and a swap ("swapped the naan for rice") only ends its
negation at "for". Flags are grouped per
group and term with a count and at most MAX_SPANS spans, so the answer's size is bounded by the input's.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from domain.groups import GROUPS
from domain.ingredients import Label, alternative_pieces, has_heading, read_label
from domain.knowledge import (
    ELISION,
    SPACELESS_RE,
    TOKEN_RE,
    Certainty,
    Contraction,
    Entry,
    Knowledge,
    default_knowledge,
    fold,
    marks_agree,
    phrase_keys,
)
from domain.normalise import Normalised, normalise

Source = Literal["description", "ingredients"]

HYPHENS = frozenset("-–—\u2010\u2011\u2012\u2212")  # Unicode hyphens too: "gluten\u2011free"
SOFT_GAP = HYPHENS | frozenset(" \t'’%")  # "100% buckwheat": a share is part of its phrase
SENTENCE_BREAK = frozenset(".;!?\n\r")
BREAKS_DESCRIPTION = frozenset(",;:.!?\n\r[]{}/|•·*")  # "+" is a word: "and"
BREAKS_INGREDIENTS = BREAKS_DESCRIPTION | frozenset("()")
# Parts (between commas or "and"s) of a list of what a dish was made of ("made with banana, eggs and oat flour").
MAX_MADE_OF_PARTS = 24
MAX_SPANS = 10  # spans listed per flag; `count` says how many there were
SOURCE_WORDS = frozenset({"from", "aus", "de"})  # "(1422 from maize)", "(1422 aus Mais)", "(1422 de maïs)"
MAX_RETRACTED = 16  # earlier matches a retraction ("scratch the toast") looks back over
ITEM_SIGNS = frozenset("+&()[]")  # signs that add a food or open a part, where a comma may only go on with the dish
WORD_RE = re.compile(r"\w+")
MAX_KIND_WORDS = 4  # words between "the" and "one" that may name the kind of a food ("the roasted sesame one")
# The answer's size (flags as JSON) is at most RESPONSE_FLOOR_BYTES + RESPONSE_BYTES_PER_BYTE x the UTF-8 bytes of
# the text read (normalised: at most 18 characters per input character, a food emoji its words): every span is a
# distinct stretch of that text, listed once per group its term brings, and the flags per (group, term) are
# bounded by the vocabulary. Per byte, not per character: a two-character Han dish (six bytes) may bring three
# groups, each flag with its reason (about 130 bytes of answer per byte read at worst).
RESPONSE_FLOOR_BYTES = 1_000
RESPONSE_BYTES_PER_BYTE = 200
GROUP_ORDER = {group: index for index, group in enumerate(GROUPS)}
# An amount of a nutrient, after its name in a nutrition table's row ("Sugars 4 g", "of which sugars <0.5g",
# "Sugars / Sucres 2 g", "Sugars | 1.1g", "糖 2克") or before it ("Includes 0g Added Sugars"); and a unit after a
# number, which makes it an amount, not an additive's code ("Energie 1450 kJ").
# Every run is possessive and no two runs next to each other can take the same characters: a run of spaces that
# two quantifiers could share is split between them every way there is when the row turns out not to be one
# (cubic in the spaces with three of them).
_AMOUNT_AFTER = re.compile(r"(?:[ \t]*+/[ \t]*+[^\W\d_]++)?\s*+[:=|]?+[ \t]*+[<>≤≥~]?+[ \t]*+\d++(?:[.,]\d++)?+[ \t]*+"
                           r"(?:(?:g|mg|mcg|μg|kcal|kj|cal|г|мг|ккал|кдж)(?![^\W\d_])|克|毫克|千焦|千卡)",
                           re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"\d(?:[.,]\d++)?+[ \t]*+(?:g|mg|г|мг)[ \t]++$", re.IGNORECASE)
# "Nutrition per biscuit (12.5g)", "Serving size 2 bars": in a nutrition table, the food after "per" or a serving
# is the unit the amounts are of, not an ingredient.
_SERVING_BEFORE = re.compile(r"(?:\bper|\bserving size|\bserving)[ \t]*+:?+[ \t]*+(?:\d++(?:[.,]\d++)?+[ \t]*+)?+$",
                             re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[ \t]*+(?:g|mg|mcg|μg|kcal|kj|cal|ml|%)(?![^\W\d_])", re.IGNORECASE)
# A bracket after a term, or after the one or two words that end its ingredient ("Flour Blend (almonds, ...)"),
# and its share ("Chocolate Chips 15% (sugar, cocoa mass, ...)").
_OPEN_AFTER = re.compile(r"(?:[ \t]++[^\W\d_]{1,40}+){0,2}(?:[ \t]++\d{1,3}+(?:[.,]\d{1,2}+)?+[ \t]?+%)?[ \t]*+[(\[{]")


@dataclass(frozen=True, slots=True)
class Span:
    """Where a term was read: `matched` is always the original text[start:end] of that source."""

    source: Source
    start: int
    end: int
    matched: str
    ingredient_index: int | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """One term's flag for one group: its strongest certainty, how often it was read and where (at most MAX_SPANS)."""

    group: str
    certainty: Certainty
    term: str
    reason: str
    count: int
    spans: tuple[Span, ...]
    personal: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    flags: tuple[Flag, ...]
    definite: frozenset[str]
    possible: frozenset[str]

    @property
    def excluded(self) -> bool:
        return bool(self.definite)


class _Token(NamedTuple):
    """A tuple, not a dataclass: tuples of strings and ints drop out of the garbage collector's scans, which
    otherwise grow with every token a long input holds."""

    key: str
    start: int
    end: int
    gap: str
    guess: bool = False  # read from a compound or phrase with a part the knowledge does not know: only possible
    foreign: bool = False  # a word of another language, read as its English one




def _tokens(text: str, knowledge: Knowledge, start: int = 0, end: int | None = None) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end = start
    readings, read, trie = knowledge.readings, knowledge.read, knowledge.trie
    stop = len(text) if end is None else end
    postposed = False  # two foreign words in a row: maybe a noun before its modifier ("mąka ryżowa")
    contraction: tuple[int, Contraction] | None = None  # the last token, if its own word may be a contraction
    contracted: list[tuple[int, Contraction]] = []
    for match in TOKEN_RE.finditer(text, start, stop):
        start_, end_ = match.span()
        raw = match.group()
        gap = text[previous_end:start_]
        previous_end = end_
        if "'" in raw or "’" in raw:
            elided = ELISION.match(raw)
            if elided is not None:
                tokens.append(_Token(fold(raw[:elided.end() - 1]), start_, start_ + elided.end(), gap))
                start_, raw, gap = start_ + elided.end(), raw[elided.end():], ""
        key = fold(raw)
        if tokens and tokens[-1].end == start_ - len(gap) and (gap == "-" or _broken_at_line_end(gap)):
            # "dak-gangjeong", "tteok-bokki": a hyphen inside a word the vocabulary writes joined; "Corn-\nstarch":
            # a word a pasted label broke at the end of a line
            joined = fold(text[tokens[-1].start:tokens[-1].end]) + key
            if (len(joined) <= knowledge.max_word_length and None in trie.get(joined, {})
                    and (gap != "-" or key not in trie.get(tokens[-1].key, {}))):
                previous = tokens.pop()
                tokens.append(_Token(joined, previous.start, end_, previous.gap))
                continue
        if contraction is not None:
            at, rule = contraction
            if (at == len(tokens) - 1 and key in rule.before and _is_soft(gap)
                    and (not rule.after_a_word or at > 0 and not tokens[at].gap.strip())):
                contracted.append((at, rule))
            contraction = None
        if key in knowledge.contractions:
            contraction = len(tokens), knowledge.contractions[key]
        parts, guess = readings.get(key) or read(key)
        if len(parts) == 1:
            foreign = parts[0] != key
            if foreign and tokens and tokens[-1].foreign and _is_soft(gap):
                postposed = True
            tokens.append(_Token(parts[0], start_, end_, gap, guess, foreign))
            continue
        pieces = knowledge.segment_spans(raw, key) if SPACELESS_RE.search(key) else ()
        if pieces:  # each word of a spaceless run spans its own characters, not the whole run
            for position, (start, end, words) in enumerate(pieces):
                tokens.extend(_Token(word, start_ + start, start_ + end, gap if position == n == 0 else " ", guess)
                              for n, word in enumerate(words))
            continue
        for position, part in enumerate(parts):
            tokens.append(_Token(part, start_, end_, gap if position == 0 else " ", guess))
    for at, rule in contracted:
        # "bifana no pão", "mais sans les croûtons": the word of the language its next word shows, unless a longer
        # term starts there ("maïs en crème")
        entry, end = _longest(tokens, at, knowledge.trie, knowledge.max_phrase_tokens)
        if entry is None or entry.kind != "term" or end == at + 1:
            tokens[at] = tokens[at]._replace(key=rule.reads, foreign=False)
    if postposed:
        tokens = _reorder_postposed(tokens, knowledge)
    if knowledge.link_re is not None and knowledge.link_re.search(text, start, stop):
        return _reorder_links(tokens, knowledge, text)
    return tokens


def _reorder_postposed(tokens: list[_Token], knowledge: Knowledge) -> list[_Token]:
    """"mąka ryżowa", "huile végétale", "proteína vegetal hidrolizada", "масло растительное": a noun before its
    modifiers, as Romance, Slavic and Greek labels write them, read in English order ("rice flour", "hydrolyzed
    vegetable protein", "vegetable oil") when the words are of another language, the English order is a phrase
    the vocabulary knows and the written one is not, spanning the phrase. English text is never reordered."""
    trie = knowledge.trie
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        head = tokens[i]
        end = i + 1
        if head.foreign and head.key not in knowledge.link_words:  # "de maíz": a link word is no head
            while (end < len(tokens) and end - i < knowledge.max_phrase_tokens and tokens[end].foreign
                   and _is_soft(tokens[end].gap)):
                end += 1
        for last in range(end, i + 1, -1):  # the longest run of modifiers first
            english = [t.key for t in reversed(tokens[i + 1:last])] + [head.key]
            written = trie.get(head.key, {})
            if _entry_of(trie, english) is not None and tokens[i + 1].key not in written:
                span_end = tokens[last - 1].end
                out.extend(_Token(key, head.start, span_end, head.gap if n == 0 else " ", head.guess)
                           for n, key in enumerate(english))
                i = last
                break
        else:
            out.append(head)
            i += 1
    return out


def _node_of(trie: dict, keys: list[str]) -> dict | None:
    node: dict | None = trie
    for key in keys:
        node = node.get(key) if node is not None else None
    return node


def _entry_of(trie: dict, keys: list[str]) -> Entry | None:
    node = _node_of(trie, keys)
    return node.get(None) if node is not None else None


def _after_a_comma(between: str, knowledge: Knowledge) -> bool:
    """Whether the text between two items parts them with commas alone ("tacos, on corn tortillas"), not with a word
    or sign that adds a food ("bread with cheese + soy milk", "a roll and an oat cappuccino") or a bracket."""
    return ("," in between and not set(between) & (SENTENCE_BREAK | ITEM_SIGNS)
            and knowledge.item_words.isdisjoint(fold(word) for word in WORD_RE.findall(between)))


def _read_the_one(tokens: list[_Token], knowledge: Knowledge) -> None:
    """"the dressing was the roasted sesame one": "one" stands for the food said before the copula, so the words
    between "the" and it name its kind, where they make a term with it ("roasted sesame dressing")."""
    for n in range(3, len(tokens)):
        if tokens[n].key not in knowledge.kind_words or not _is_soft(tokens[n].gap):
            continue
        for the in range(n - 2, max(1, n - 1 - MAX_KIND_WORDS), -1):
            if not _is_soft(tokens[the + 1].gap):
                break
            if tokens[the].key in knowledge.articles and tokens[the - 1].key in knowledge.copulas and the >= 2:
                food = tokens[the - 2].key
                entry = _entry_of(knowledge.trie, [t.key for t in tokens[the + 1:n]] + [food])
                if entry is not None and entry.kind == "term":
                    tokens[n] = tokens[n]._replace(key=food)
                break


def _reorder_links(tokens: list[_Token], knowledge: Knowledge, text: str) -> list[_Token]:
    """"lait de coco" read as "coconut milk", "farine de riz" as "rice flour": a head term, a link word, and its
    modifier become the modifier then the head, spanning the whole phrase. A phrase the vocabulary has as it
    stands ("dulce de leche") is left alone, and a modifier it does not know makes the head only possible
    ("crème de marrons")."""
    trie, links, after_link = knowledge.trie, knowledge.link_words, knowledge.after_link
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        head = out[-1] if out else None
        # a head already read in English order ("aceite vegetal": vegetable oil) is one head of its words
        first = len(out) - 1
        while head is not None and first > 0 and out[first - 1].start == head.start and len(out) - first < 4:
            first -= 1
        head_node = _node_of(trie, [t.key for t in out[first:]]) if head is not None else None
        if head is not None and (head_node is None or None not in head_node):
            first, head_node = len(out) - 1, trie.get(head.key)
        if (head is not None and i + 1 < len(tokens) and fold(text[token.start:token.end]) in knowledge.genitive_links
                and _is_soft(token.gap) and _is_soft(tokens[i + 1].gap)
                and _entry_of(trie, [head.key, tokens[i + 1].key]) is not None):
            i += 1  # "chawal ka atta": Hindi's genitive stands between a modifier and its head, in English order
            continue
        if (token.key in links and head is not None and i + 1 < len(tokens) and _is_soft(token.gap)
                and _is_soft(tokens[i + 1].gap) and head_node is not None):
            head = out[first]
            head_entry = head_node.get(None)
            modifier = tokens[i + 1]
            through = head_node.get(token.key)
            # ("mais du riz": "mais du" is French "but some", a phrase of its own that the link does not join)
            if (head_entry is not None and head_entry.kind in ("term", "trap")
                    and (through is None or (None not in through and modifier.key not in through))):
                if modifier.key in after_link:
                    modifier = modifier._replace(key=after_link[modifier.key])
                    tokens[i + 1] = modifier  # our own list: no copy
                entry, end = _longest(tokens, i + 1, trie, knowledge.max_phrase_tokens)
                # a modifier the vocabulary does not know leaves a longer term ending in the head whole
                # ("arroz con leche de postre" is rice pudding for dessert)
                if entry is None and _ends_a_term(out, first, trie, knowledge.max_phrase_tokens):
                    out.append(token)
                    i += 1
                    continue
                moved = tokens[i + 1:end]
                # only of an ingredient head ("crème de marrons"); a dish stays itself ("gorditas de chicharrón")
                guess = head.guess or (entry is None and modifier.key not in knowledge.known_words
                                       and head.key in knowledge.compound_heads)
                span_end = moved[-1].end
                out[first:] = [_Token(t.key, head.start, span_end, head.gap if n == 0 else " ", guess or t.guess)
                               for n, t in enumerate(moved + out[first:])]
                i = end
                continue
        out.append(token)
        i += 1
    return out


def _ends_a_term(out: list[_Token], first: int, trie: dict, max_tokens: int) -> bool:
    """Whether words read before out[first] make, with out[first:], a term of the vocabulary."""
    start = max(0, len(out) - max_tokens)  # a term is at most max_tokens long: only the tail can make one
    keys = [t.key for t in out[start:]]
    return any((entry := _entry_of(trie, keys[k - start:])) is not None and entry.kind == "term"
               for k in range(start, first))


def _joined(token: _Token, suffix: _Token) -> bool:
    """A suffix of the token's own word ("cheeseless", read as two parts) or joined by a hyphen ("bun-less")."""
    return suffix.start == token.start or (bool(suffix.gap) and all(c in HYPHENS for c in suffix.gap))


def _broken_at_line_end(gap: str) -> bool:
    return 1 < len(gap) <= 4 and gap[0] in HYPHENS and "\n" in gap and not gap[1:].strip()


MAX_LIST_LINE = 40  # characters of a line that is one item of a list on lines of their own


def _opens_lines(gap: str) -> bool:
    """A colon at the end of a line: "May contain:\n"."""
    return ":" in gap and "\n" in gap.split(":", 1)[1]


LIST_BULLETS = frozenset("-•*·–")


def _next_line_item(text: str, token: "_Token") -> bool:
    """Whether the token starts a short line of a list ("- Soy", "• Milk"), after one line break, no full stop: the
    first line after the colon, or a line that opens with a bullet ("Free from:\n• Gluten\nwheat flour" ends at
    the line without one)."""
    if token.gap.count("\n") != 1 or any(c in ".;!?" for c in token.gap):
        return False
    if ":" not in token.gap and LIST_BULLETS.isdisjoint(token.gap.rsplit("\n", 1)[1]):
        return False
    end = text.find("\n", token.start)
    line = text[token.start:end if end >= 0 else len(text)]
    return ":" not in line and len(line) <= MAX_LIST_LINE


def _is_soft(gap: str) -> bool:
    return len(gap) <= 3 and all(c in SOFT_GAP for c in gap)


def _longest(tokens: list[_Token], i: int, trie: dict, max_tokens: int) -> tuple[Entry | None, int]:
    node: dict | None = trie.get(tokens[i].key)
    if node is None:
        return None, i + 1
    best: Entry | None = node.get(None)
    best_end = i + 1
    j = i + 1
    while j < len(tokens) and j - i < max_tokens and _is_soft(tokens[j].gap):
        node = node.get(tokens[j].key)
        if node is None:
            break
        j += 1
        if None in node:
            best, best_end = node[None], j
    return best, best_end


def _term_starts_at(tokens: list[_Token], j: int, knowledge: Knowledge) -> bool:
    entry, _ = _longest(tokens, j, knowledge.trie, knowledge.max_phrase_tokens)
    return entry is not None and entry.kind == "term"


def _names_a_food_next(tokens: list[_Token], j: int, knowledge: Knowledge) -> bool:
    """Whether a term starts at token j, or after an article there ("the karaage"), with no pause between."""
    if tokens[j].key in knowledge.articles and j + 1 < len(tokens) and _is_soft(tokens[j + 1].gap):
        j += 1
    return _term_starts_at(tokens, j, knowledge)


def _correction_across_comma(tokens: list[_Token], i: int, trie: dict) -> tuple[Entry, int] | None:
    """"flat white - wait, no, a long black": a two-word correction with a comma between its words, said on its
    own (a word right after it is what it negates: "wait, no cheese")."""
    if i + 1 < len(tokens) and tokens[i + 1].gap.strip() == "," and (
            i + 2 == len(tokens) or not _is_soft(tokens[i + 2].gap)):
        entry = (trie.get(tokens[i].key) or {}).get(tokens[i + 1].key, {}).get(None)
        if entry is not None and entry.kind == "correction":
            return entry, i + 2
    return None


@dataclass(slots=True)
class _Match:
    entry: Entry
    start: int
    end: int
    possible_mode: bool
    alternative: bool = False  # one of "corn, canola and/or soybean"


@dataclass(slots=True)
class _Scan:
    matches: list[_Match]
    claims: set[str]  # groups the text says it is free of ("dairy free", "no added sugar")
    hit_starts: list[int]  # where any term or trap begins, before negation
    tokens: list[_Token]


def _groups_of(matches: Iterable[_Match]) -> set[str]:
    return {g for m in matches for g, _ in m.entry.groups}


def _possible_groups_of(matches: Iterable[_Match]) -> set[str]:
    return {g for m in matches for g, c in m.entry.groups if c == "possible"}


def _scan(text: str, knowledge: Knowledge, breaks: frozenset[str], start: int = 0, end: int | None = None) -> _Scan:
    """Find the term matches that survive negation and substitution, in input order.

    Two scopes: a clause ends at punctuation or a joining word ("with", "and"), and bounds negation;
    an item ends at punctuation or "and" but not "with", and bounds substitution, so that
    "latte with oat milk" is one item whose milk is oat.
    """
    tokens = _tokens(text, knowledge, start, end)
    _read_the_one(tokens, knowledge)
    kept: list[_Match] = []
    item: list[_Match] = []
    clause: list[_Match] = []
    claims: set[str] = set()
    hit_starts: list[int] = []
    negating, negator_start = False, 0  # where the last negator began
    negator_last = ""  # the last word of the last negator ("the" of "skipped the")
    contrasted = False  # the negator sets what follows against what came before ("X, not Y"): X stays
    removing = False  # the negator says what was taken off a dish ("I took the cheese off"): a trace may stay
    replacing = False  # the negator says what a substitute replaced ("with quinoa instead of bulgur")
    retracting = False  # the negator takes back a food said before ("eggs and toast - scratch the toast")
    spirited = False  # the sentence names a spirit
    swapping = False  # the negator says what was swapped out ("swapped the naan for rice"): "for" ends it
    swapping_in = False  # "substituted tofu for paneer": a negation begins at the next "for"
    hedged_upto = 0  # kept[:hedged_upto] has been looked at by a leaving ("ate around them"): each match once
    negated_groups: set[str] = set()
    # "Süt ve fındık içerebilir.": a trace statement said after what it names (Turkish, Hungarian) hedges its sentence
    hedged_sentences = _sentences_with(tokens, knowledge.possible_after) if knowledge.possible_after else set()
    sentence = 0
    possible_mode = 0 in hedged_sentences
    last_item_start = 0
    closed_start = 0  # where in kept the item closed last begins, even one that kept nothing
    sentence_start = 0  # where in kept the sentence begins: a correction does not reach before it
    previous_sentence_start = 0  # where the sentence before began: "Put it back." takes back what it said
    last_item_groups: set[str] | None = set()  # of kept[last_item_start:], computed when first needed
    last_item_possible: set[str] | None = set()  # the same, only the groups they bring as possible
    clause_groups: set[str] | None = None  # of the clause under negation, computed once per change
    clause_definite: set[str] | None = None  # its definite groups, for a removal negator
    carried: set[str] = set()
    unread = False  # a word the knowledge does not read was said in the sentence before
    said_no = False  # the clause's negation is a negator's ("no sugar"), not a free adjective's ("sugar-free")
    free_span = (-1, -1)  # the last free marker's first token and the token after it
    marker_groups: set[str] = set()  # the groups it said the food was free of
    clause_first = 0
    listed_from: int | None = None  # where in the item a complete list (a colon's, a bracket's) of the dish begins
    # "burger without cheese on a bun": what the negated food was on or in was eaten, but not with that food's groups
    negated_food: set[str] = set()  # the definite groups of the foods negated since the negator
    negator_end = 0
    held: set[str] = set()
    milkless_until = -1  # the token after a word that says the next drink had no milk ("black")
    trap_end = -1  # where the last trap ended ("modified tapioca starch")
    lines_listed = False  # a statement's colon ended its line: its list is on the lines after
    said_group = False  # the negation named a group ("no gluten"): it runs on over what follows
    flavour_next = False  # the item before ended with a flavoured product: this one may name its flavour
    # an ingredient list names what went in, never a flavour: "whey protein, soy lecithin"
    flavoured_products = knowledge.flavoured_products if "(" not in breaks else frozenset()
    named_before: dict[str, _Match] = {}  # the last match of each term's last word, for "the leftover pancakes"
    said_in_sentence: dict[str, list[_Match]] = {}  # the sentence's matches of each term, until one is negated
    negator_verb = False  # the last negator is a verb ("skipped", "didn't have"), not "no" or "without"
    negation_corrects = False  # a correcting "no" said the next negation is the correction ("ah no, sin queso")
    unread_at = unread_before_negator = -1  # where the last word the knowledge does not read begins; before the negator
    believing = False  # the clause reports a belief ("believes it is sugar-free"): it rules nothing out

    def close_clause() -> None:
        nonlocal negating, carried, clause_groups, clause_definite, said_no, clause_first, believing
        clause_groups = clause_definite = None
        believing = False
        held.clear()
        if negated_groups:
            claims.update(negated_groups)
            for match in clause:
                match.entry = _without_groups(match.entry, negated_groups)
            # "sugar-free, dairy-free chocolate": free markers with nothing before them qualify what follows,
            # when they are all their clause says ("coffee without sugar and a pastel de nata": the coffee's).
            # Not after a word it could be of ("green tea no sugar + 2 biscuits"): that was the tea's.
            # "organic sugar-free, dairy-free chocolate" still carries: an adjective after an unread word
            after_words = unread and said_no
            alone = free_span[1] == i and (free_span[0] == clause_first or (unread and not said_no))
            carried = (set(negated_groups) if not clause and not item and not kept and not after_words and alone
                       else set())
            negated_groups.clear()
        item.extend(clause)
        clause.clear()
        negating, said_no = planned or others, False  # a plan, or another's plate, runs on over the clauses
        negated_groups.update(carried)
        clause_first = -1

    def close_item() -> None:
        nonlocal last_item_start, last_item_groups, last_item_possible, closed_start, listed_from, flavour_next
        close_clause()
        if (reads_brackets and item and kept and all(m.entry.substitutes for m in item)
                and sentence_start <= last_item_start < len(kept) and _after_a_comma(text[kept[-1].end:item[0].start],
                                                                                      knowledge)):
            # "breakfast tacos from the gas station, on corn tortillas", "smoothie, asked no honey, with almond milk":
            # in a meal, an item of nothing but substitutes said after a dish in its sentence is what the dish was
            # made with (a label's items are ingredients of their own: "wheat flour, buckwheat flour")
            join_item_before()
        if listed_from is not None and made_of_parts < MAX_MADE_OF_PARTS:
            # "green smoothie: kale, apple, coconut water": a list of two or more parts is all the dish was made of,
            # so what it only might have had, and no part brings, is not there
            listed = _groups_of(item[listed_from:])
            for match in item[:listed_from]:
                if any(c == "definite" for _, c in match.entry.groups):
                    continue  # a dish known to have a group ("full english") has parts a list may not name
                unlisted = {g for g, _ in match.entry.groups} - listed
                if unlisted:
                    match.entry = _without_groups(match.entry, unlisted)
        listed_from = None
        closed_start = len(kept)
        # "violife feta", "zucchini noodle carbonara", "cauliflower crust pizza": a substitute right before a term
        # names what that term's source of the groups it stands in for is made of.
        for before, match in zip(item, item[1:], strict=False):
            if (before.entry.substitutes and not match.entry.substitutes and match.start - before.end <= 1
                    and match.entry.groups):
                match.entry = _without_groups(match.entry, set(before.entry.substitutes))
        substituted = {g for m in item for g in m.entry.substitutes}
        # a drink's milk ("pizza with an oat latte") stands in for no dish's cheese or bread
        stands_in = {g for m in item for g in m.entry.substitutes
                     if (m.entry.term in knowledge.named_substitutes or m.entry.term in knowledge.base_heads)
                     and _last_word(m.entry.term) not in knowledge.milk_drinks | knowledge.milk_names}
        for match in item:
            if substituted and not match.entry.substitutes:
                bases = knowledge.made_on.get(match.entry.term)
                replacing_it = substituted if bases is None else {
                    g for m in item for g in m.entry.substitutes if _last_word(m.entry.term) in bases}
                dropped = replacing_it & knowledge.substitutable.get(match.entry.term, frozenset())
                if dropped:
                    match.entry = _without_groups(match.entry, dropped)
                # "margherita pizza w/ vegan cheese", "mac & cheese (banza)": the dish's own source of the
                # group may be what the substitute replaced, so it is no longer sure.
                match.entry = _hedged_groups(match.entry, stands_in - dropped)
        if item and sentence_start <= last_item_start < len(kept) and all(
                _is_plant_milk(m.entry, knowledge) for m in item):
            # "latte, splash of oatly": a plant milk said on its own after a coffee or tea is that drink's milk
            for match in kept[last_item_start:]:
                match.entry = _without_milk(match.entry, knowledge)
            last_item_groups = last_item_possible = None
        # "grenade carb killa white choc cookie bar": the words after name its flavour; and after a comma
        # ("costco protein bar, choc chip cookie dough"), the item after it in the sentence
        flavoured = (flavour_next and bool(item) and last_item_start >= sentence_start
                     and text[kept[-1].end:item[0].start].strip() == ",") if kept else False
        for match in item:
            if flavoured and not match.entry.substitutes:
                match.entry = _hedged(match.entry)
            flavoured = flavoured or match.entry.term in flavoured_products
        flavour_next = bool(item) and item[-1].entry.term in flavoured_products and not flavour_next
        if spirited:  # "tito's + soda + lime": the soda is soda water
            for match in item:
                if match.entry.term in knowledge.plain_mixers:
                    match.entry = _without_groups(match.entry, {g for g, _ in match.entry.groups})
        if item:
            last_item_start = len(kept)
            kept.extend(m for m in item if m.entry.groups)
            if knowledge.leftover_words:
                named_before.update((_last_word(m.entry.term), m) for m in item)
            last_item_groups = last_item_possible = None
        item.clear()

    def drop_from_previous_item(groups: set[str]) -> None:
        # "pasta primavera, gluten free": a free marker alone after a comma qualifies what came before.
        nonlocal last_item_groups
        if clause or item:
            return
        if last_item_groups is None:
            last_item_groups = _groups_of(kept[last_item_start:])
        if groups & last_item_groups:
            _drop_groups(kept, last_item_start, groups)
            last_item_groups = _groups_of(kept[last_item_start:])

    def drop_possible_from_previous_item(groups: set[str]) -> None:
        nonlocal last_item_possible
        if last_item_possible is None:
            last_item_possible = _possible_groups_of(kept[last_item_start:])
        if not groups & last_item_possible:
            return  # nothing to drop: skipped, so repeated negations cost nothing
        for match in kept[last_item_start:]:
            possible = {g for g, c in match.entry.groups if c == "possible"} & groups
            if possible:
                match.entry = _without_groups(match.entry, possible)
        kept[last_item_start:] = [m for m in kept[last_item_start:] if m.entry.groups]
        last_item_possible = _possible_groups_of(kept[last_item_start:])

    def take_back(start: int) -> None:
        # "X - wait no, just Y", "X? no - I mean Y": what the diary corrects was not eaten.
        nonlocal negating, last_item_groups, last_item_possible, sentence_start, hedged_upto
        clause.clear()
        item.clear()
        negated_groups.clear()
        carried.clear()
        negating = planned or others  # "tomorrow pizza or rather pasta": the replacement is planned too
        del kept[start:]
        sentence_start = min(sentence_start, len(kept))
        hedged_upto = min(hedged_upto, len(kept))
        last_item_groups = last_item_possible = None

    def free_of(freed: set[str], negation: bool = False) -> None:
        drop_from_previous_item(freed)
        if not clause and in_made_of():
            drop_from_dish(freed, only_possible=not negation)
        # "spag bol w/ GF pasta": the dish before, in the same item, may have had its source replaced; in a
        # bracket, the dish it is of ("biscuits with tea (no sugar)" is the tea's). "chai with milk no sugar": said
        # no to after what went in, the group is not in the drink either.
        for match in item[max(0, bracket_dish):] if open_brackets and not in_recipe else item:
            if negation and clause:
                possible = {g for g, c in match.entry.groups if c == "possible"}
                match.entry = _without_groups(match.entry, possible & freed)
            match.entry = _hedged_groups(match.entry, freed)
        negated_groups.update(freed)

    def stand_in_before(groups: set[str]) -> None:
        # "kanapka z chleba bezglutenowego": a free marker right after a dish's base makes it a free kind of it
        if clause and _is_soft(token.gap) and token.start - clause[-1].end <= len(token.gap):
            clause[-1].entry = _free_kind(clause[-1].entry, groups, knowledge)
        # "haggis, neeps and tatties. The haggis was the gluten-free one.": the food said before was of that kind
        if len(clause) == 1 and groups:
            between = [t.key for t in tokens[max(0, i - 3):i] if t.start >= clause[0].end]
            earlier = named_before.get(_last_word(clause[0].entry.term))
            if (earlier is not None and between and set(between) <= knowledge.copulas | knowledge.articles
                    and not knowledge.articles.issuperset(between)):
                earlier.entry = _without_groups(earlier.entry, groups)

    def join_item_before() -> None:
        nonlocal closed_start, hedged_upto, last_item_groups, last_item_possible
        if sentence_start <= last_item_start < len(kept):
            item[:0] = kept[last_item_start:]
            del kept[last_item_start:]
            closed_start, hedged_upto = min(closed_start, len(kept)), min(hedged_upto, len(kept))
            last_item_groups = last_item_possible = None

    def take_back_what_it_follows() -> None:
        # the item it is said in; said after a comma, the item before it, within the sentence
        take_back(len(kept) if clause or item else max(last_item_start, sentence_start))

    def drop_from_dish(groups: set[str], only_possible: bool = False) -> None:
        # Said in what a dish was made of ("pizza (pepperoni, no cheese)"), a negation is of the dish; a free
        # marker ("dairy-free pesto") may qualify only the next word, so the dish loses only its possible sources.
        # "2 Marie biscuits with tea (black, no sugar)": a bracket is of the food right before it
        for match in item if in_recipe else item[max(0, bracket_dish):]:
            dropped = {g for g, c in match.entry.groups if c == "possible"} & groups if only_possible else groups
            match.entry = _without_groups(match.entry, dropped)

    negated_list = False  # "Free from: milk, gluten." negates the whole list, up to the end of the sentence
    planned = False  # "next week": what the sentence names from here is a plan, until it is back to "today"
    others = False  # "kids had": what the sentence names from here is someone else's, until "I" am back
    # "Free from dairy, gluten, soya.": without a colon, only the group words that follow stay negated
    # ("Free from gluten, contains milk." still has milk).
    freed_list = False
    # What a dish was made of ("made with banana, eggs and oat flour"; in a meal, "(cauli, egg, almond flour)")
    # stays in the dish's item up to the end of the sentence or the bracket: its substitutes stand in for the dish's.
    reads_brackets = "(" not in breaks
    open_brackets = 0
    in_recipe = False
    bracket_dish = 0  # where in the item the food a bracket is of stands
    made_of_parts = 0  # parts the list may still have: a longer one is not a recipe, and the work stays linear

    def in_made_of() -> bool:
        return made_of_parts > 0 and (in_recipe or open_brackets > 0)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if planned and not open_brackets and (
                token.key in knowledge.now_words or token.key in knowledge.past_eating
                or (i + 1 < len(tokens) and f"{token.key} {tokens[i + 1].key}" in knowledge.now_words)):
            close_clause()  # "dairy reintro tmrw, tonight pasta", "..., had toast": what comes next was eaten
            planned = False
            negating = others
        if others and not open_brackets and token.key in knowledge.first_person:
            close_clause()  # "kids had pasta and garlic bread, I had the salad"
            others = False
            negating = planned
        if reads_brackets and ("(" in token.gap or ")" in token.gap):
            opened = open_brackets
            open_brackets = max(0, open_brackets + token.gap.count("(") - token.gap.count(")"))
            if open_brackets and not opened and not in_recipe:
                made_of_parts, listed_from = MAX_MADE_OF_PARTS, len(item) + len(clause)
                # the food the bracket is of: the last one read, unless a word read as none came after it ("tea")
                bracket_dish = listed_from - (not (i and unread_at == tokens[i - 1].start))
                if token.key == "with":
                    listed_from = None  # "chai (with sugar)": what was added to the dish, not all it was made of
        if i and any(c in breaks for c in token.gap):
            ends_sentence = any(c in SENTENCE_BREAK for c in token.gap)
            if ends_sentence:
                in_recipe, open_brackets, spirited, swapping_in = False, 0, False, False
            if ":" in token.gap and not ends_sentence and (clause or item) and not in_made_of():
                # "skinny marg: tequila, lime, soda water, no agave": after a dish, a colon lists what it was made of
                in_recipe, made_of_parts = True, MAX_MADE_OF_PARTS
                close_clause()
                listed_from = len(item)
            elif in_made_of():
                made_of_parts -= 1
                close_clause()
            else:
                close_item()
            if ends_sentence:
                sentence += 1
                if "..." not in token.gap:  # "had a muffin... no wait, a banana": a trailing thought goes on
                    previous_sentence_start, sentence_start = sentence_start, len(kept)
                    said_in_sentence.clear()
                # "May contain:\n- Milk\n- Soy", "Free from:\n• Gluten\n• Milk": a statement whose colon ends its line
                # runs over the short lines of its list, not just to the first line break
                lines_listed = lines_listed and _next_line_item(text, token)
                if not lines_listed:
                    negated_list = freed_list = unread = planned = others = False
                    possible_mode = sentence in hedged_sentences
            negating = negated_list or planned or others or (freed_list and token.key in knowledge.free_words)
            if ("?" in token.gap and token.key in knowledge.question_answers
                    and (i + 1 == len(tokens) or tokens[i + 1].gap.strip())):
                take_back(closed_start)  # "almond milk in cereal? no - just a glass": the asked item goes
                i += 1
                continue
        if clause_first < 0:
            clause_first = i
        if negating and swapping and token.key in knowledge.swap_ends:
            close_clause()  # "swapped the naan for plain rice": what it was swapped for was eaten
            i += 1
            continue
        if swapping_in and token.key in knowledge.swap_ends and token.key not in knowledge.swapped_in_ends:
            # "substituted sugar with honey": as "swapped", what it names first went and what it names next came
            swapping_in = False
            clause.clear()
            clause_groups = clause_definite = None
            i += 1
            continue
        if swapping_in and token.key in knowledge.swapped_in_ends:
            # "substituted tofu for paneer": what it was substituted for was not eaten
            close_clause()
            swapping_in, negating, negator_start, negator_end, negator_last = False, True, token.start, token.end, ""
            said_group = contrasted = removing = replacing = swapping = negated_list = freed_list = False
            negated_food, said_no = set(), True
            i += 1
            continue
        if (negating and not said_group and not negated_list and not planned and not others
                and token.key in knowledge.negation_ends
                and i and tokens[i - 1].end > negator_end and not swapping):
            close_clause()  # what follows is a clause of its own: later negations need not look back over it
            held.update(negated_food)  # "no cheese on the pizza": the pizza keeps its bread
            i += 1
            continue
        entry, j = _longest(tokens, i, knowledge.trie, knowledge.max_phrase_tokens)
        if entry is None:
            entry, j = _correction_across_comma(tokens, i, knowledge.trie) or (entry, j)
        following_gap = tokens[j].gap if j < len(tokens) else ""
        if (entry is not None and entry.kind == "correction" and j < len(tokens) and _is_soft(following_gap)
                and _last_word(entry.term) in knowledge.pronouns):
            if _term_starts_at(tokens, j, knowledge):
                entry = _as_negator(entry)  # "didn't have any bread": said before a food, it negates that food
        elif (entry is not None and entry.term in knowledge.either_side and clause
              and not text[clause[-1].end:token.start].strip()):
            entry = Entry("postposed_negator", entry.term)  # "irn bru craving is unreal": of the food before it
        elif (entry is not None and entry.term in knowledge.refusals and j < len(tokens) and _is_soft(following_gap)
              and _names_a_food_next(tokens, j, knowledge)):
            entry = _as_negator(entry)  # "refused konafa & basbousa", "refused the karaage": what it names goes
        if entry is not None and entry.term in knowledge.spirits:
            spirited = True
        if entry is None:
            unread = unread or not negating
            unread_at = token.start
            believing = believing or fold(text[token.start:token.end]) in knowledge.belief_words  # as written
            if token.key in knowledge.own_portion and not clause and not item:
                join_item_before()  # "spag bol for the kids, mine on zucchini noodles": my plate of that dish
            if token.key in knowledge.milkless_words:
                milkless_until = j  # "black filter coffee": the drink said next had no milk
                if clause and _is_soft(token.gap) and token.start - clause[-1].end <= len(token.gap):
                    clause[-1].entry = _without_milk(clause[-1].entry, knowledge)  # "kaapi black"
        elif entry.kind == "clause":
            if j - i == 2:  # "with oat", "w/ soy": a clause word, and maybe the milk of a coffee
                close_clause()
                milk = _milk_after_with(tokens, j - 1, breaks, knowledge, item)
                if milk is None:
                    j = i + 1  # a plain "with": its next word is read on its own
                else:
                    hit_starts.append(tokens[j - 1].start)
                    clause.append(_Match(milk, tokens[j - 1].start, tokens[j - 1].end, possible_mode))
                i = j
                continue
            # "no dairy and gluten"; "hold the sour cream & cheese": an ampersand joins what is held, where a
            # plain "and", or one before "a"/"2", may start the next thing eaten ("burger, no cheese & a coke").
            # "skipped the feta and the tzatziki": a list that repeats the negator's last word is still negated
            continues_negation = negating and j < len(tokens) and (
                tokens[j].key in knowledge.free_words or tokens[j].key == negator_last
                or (text[token.start:token.end] in ("&", "+") and tokens[j].key not in knowledge.item_starters
                    and not tokens[j].key.isdigit()))
            if not continues_negation:
                if token.key in knowledge.item_words and not in_made_of():
                    close_item()
                else:
                    made_of_parts -= token.key in knowledge.item_words
                    close_clause()
        elif entry.kind == "recipe":
            close_clause()
            in_recipe, made_of_parts, listed_from = True, MAX_MADE_OF_PARTS, None  # "made with" may list a part only
            if not item:
                join_item_before()  # "banana bread, made with almond flour": said after a comma, of the item before
        elif entry.kind == "only_eaten":
            if j < len(tokens) and not tokens[j].key.isdigit() and tokens[j].key not in knowledge.shares:
                take_back_what_it_follows()  # "kaya toast set but I only ate the eggs": only what follows was eaten
        elif entry.kind == "correction":
            # "the keto loaf has vital wheat gluten. Put it back.": a sentence that is only a correction pointing
            # back takes back the food before; "It was actually good." and "Dinner: didn't eat it." stand alone
            alone = j == len(tokens) or any(c in SENTENCE_BREAK for c in tokens[j].gap)
            if (not clause and not item and not unread and len(kept) == sentence_start
                    and (entry.term in knowledge.refusals or not knowledge.pronouns.isdisjoint(entry.term.split()))
                    and alone):
                take_back(previous_sentence_start)
            elif entry.term in knowledge.refusals and not (alone or any(c in breaks for c in tokens[j].gap)):
                pass  # "had pizza, walked past the bakery": a refusal is one only where it ends its clause
            else:
                take_back_what_it_follows()
        elif entry.kind == "leaving":
            # "got croutons, ate around them", "(cheese scraped off too)": what was left on the plate may have left
            # a trace: the item it is said in, or, said after a comma, the item before it, is only possible.
            leaving_start = len(kept) if clause or item else max(last_item_start, sentence_start)
            close_item()
            for match in kept[max(leaving_start, hedged_upto):]:
                match.entry = _hedged(match.entry)
            hedged_upto = len(kept)
            last_item_possible = None
        elif entry.kind in ("negator", "free") and believing:
            pass  # "client believes no wheat in it": what someone believes of a food is not what it is
        elif (entry.kind == "negator" and j == i + 1 and token.key in knowledge.question_answers
              and _stands_alone(following_gap)):
            # "pasta - no, rice", "toast (no, it was rice crackers)": a bare "no" corrects; but when what follows it
            # negates a food the sentence named ("enfrijoladas con queso... ah no, al final sin queso"), that
            # negation says what the correction is
            if _negated_after(tokens, j, knowledge) not in said_in_sentence:
                take_back_what_it_follows()
            else:
                negation_corrects = True
        elif (entry.kind == "negator" and entry.term in knowledge.swap_negators and clause and j < len(tokens)
              and tokens[j].key in knowledge.swap_ends):
            # "pasta swapped for zoodles": said after a food, a swap takes out what it follows, and what it names was
            # eaten
            clause.clear()
            clause_groups = clause_definite = None
            i = j + 1
            continue
        elif entry.kind == "negator":
            negating, negator_start, negator_end, said_group = True, token.start, tokens[j - 1].end, False
            unread_before_negator = unread_at
            negator_verb = entry.term in knowledge.verb_negators
            negation_corrects, corrects = False, negation_corrects
            negated_food = set()
            said_no = True
            # "kitkat not coffee crisp", "fried in olive oil not butter": what came before was eaten and keeps
            # what it surely brings; only its possible sources of what the negator names go
            contrasted = entry.term in knowledge.contrast_negators
            negator_last = tokens[j - 1].key
            removing = entry.term in knowledge.removal_negators
            replacing = entry.term in knowledge.replacement_negators
            retracting = entry.term in knowledge.retraction_negators
            swapping = entry.term in knowledge.swap_negators
            negated_list = ":" in following_gap
            # "Exam tomorrow, had a bagel", "race tomorrow so carb loaded": a plan word that ends its clause, or is
            # followed by what it led to, is of the day ahead, not of the foods said next
            planned = planned or (entry.term in knowledge.plan_negators and j < len(tokens) and _is_soft(following_gap)
                                  and tokens[j].key not in knowledge.plan_consequences)
            others = others or entry.term in knowledge.others_negators
            lines_listed = _opens_lines(following_gap)
            freed_list = entry.term in knowledge.list_negators
            if entry.term in knowledge.swapped_in:
                negating, swapping_in = False, True  # what it names first was eaten: the negation begins at "for"
        elif entry.kind == "free" and negating and contrasted:
            pass  # "the regular genova pesto, not the vegan one": the free kind is the one set aside, not what was had
        elif entry.kind == "free":
            # "no sugar" negates what it is said in; "dairy-free" may qualify only the word after it
            opener, _ = _longest(tokens, i, knowledge.trie, 1)
            said_no = said_no or (opener is not None and opener.kind == "negator")
            free_of({g for g, _ in entry.groups}, negation=opener is not None and opener.kind == "negator")
            free_span, marker_groups = (i, j), {g for g, _ in entry.groups}
            stand_in_before(marker_groups)
        elif entry.kind == "possible_marker":
            if entry.term not in knowledge.opening_markers or i == 0 or any(c in breaks for c in token.gap):
                possible_mode = True
                lines_listed = _opens_lines(following_gap)
        elif entry.kind == "postposed_negator" and entry.term in knowledge.postposed_list_negators:
            # "小麦・乳・卵不使用", "gluten, laktoz içermez": a label's claim negates the whole list it ends
            for match in _listed_before(kept[sentence_start:] + item + clause, token.start, text):
                removed = {g for g, _ in match.entry.groups}
                claims.update(removed)
                match.entry = _without_groups(match.entry, removed)
            clause_groups = clause_definite = None
        elif entry.kind == "postposed_negator":
            # "ekmek yok", "kenyér nélkül", "설탕 없이": the negator follows the one food it negates
            if (clause and token.start - clause[-1].end <= MAX_JOINING_GAP
                    and not text[clause[-1].end:token.start].strip()):
                negated = clause.pop()
                removed = {g for g, _ in negated.entry.groups} if negated.entry.term not in knowledge.negated_alone \
                    else set()
                claims.update(removed)
                for match in clause:
                    match.entry = _without_groups(match.entry, removed)
                if not clause and not item:
                    drop_possible_from_previous_item(removed)
                # "치즈 없이 피자", "チーズなしのピザ": the dish said after it is without it too
                held.update(g for g, c in negated.entry.groups if c == "definite" and g in removed)
                clause_groups = clause_definite = None
        elif entry.kind == "trap":
            hit_starts.append(token.start)
            trap_end = tokens[j - 1].end
            if entry.substitutes and not negating:
                clause.append(_Match(entry, token.start, tokens[j - 1].end, possible_mode))
        elif j < len(tokens) and tokens[j].key == "free" and _is_soft(following_gap):
            # "dairy-free", "gluten free": the group word negates its group; "lactose-free" only itself.
            group = knowledge.free_words.get(" ".join(t.key for t in tokens[i:j]))
            if (negating and contrasted) or believing:
                group = None  # "pesto, not the dairy-free one": the free kind is the one set aside; or only believed
            if group:
                drop_from_previous_item({group})
                if not clause and in_made_of():
                    drop_from_dish({group}, only_possible=True)
                negated_groups.add(group)
            j += 1
            free_span, marker_groups = (i, j), {group} if group else set()
            stand_in_before(marker_groups)
        elif j < len(tokens) and tokens[j].key in knowledge.without_suffixes and _joined(token, tokens[j]):
            free_of({g for g, _ in entry.groups})  # "bun-less burger", "cheeseless pizza": a free marker
            j += 1
            free_span = (i, j)
        elif negating:
            # "pizza (no cheese)", "burger no bun": what the negated term brings leaves the dish too; but a
            # yogurt without lactose is still dairy.
            removed = {g for g, _ in entry.groups} if entry.term not in knowledge.negated_alone else set()
            if entry.term in knowledge.negated_alone and j < len(tokens) and _is_soft(following_gap):
                negating = False  # "zero lactose milk", "no-lactose yogurt": the food said next is still eaten
                i = j
                continue
            if retracting:
                # "eggs and toast - scratch the toast": where the sentence named it before, it goes too (the last
                # MAX_RETRACTED matches only, so the work stays linear)
                # (and what was worked out of the item and the clause is worked out again only when one went)
                reach = max(sentence_start, len(kept) - MAX_RETRACTED)
                sizes = len(kept), len(item), len(clause), last_item_start
                kept[reach:] = [m for m in kept[reach:] if m.entry.term != entry.term]
                item[-MAX_RETRACTED:] = [m for m in item[-MAX_RETRACTED:] if m.entry.term != entry.term]
                clause[-MAX_RETRACTED:] = [m for m in clause[-MAX_RETRACTED:] if m.entry.term != entry.term]
                last_item_start, closed_start = min(last_item_start, len(kept)), min(closed_start, len(kept))
                hedged_upto = min(hedged_upto, len(kept))
                if sizes != (len(kept), len(item), len(clause), last_item_start):
                    last_item_groups = last_item_possible = clause_groups = clause_definite = None
            if removing:
                # "pizza but I took the cheese off": the dish's groups of it, and the term itself, only possible.
                # Each match is hedged once per group: a clause's definite groups are looked at when they change.
                if not clause and not item:
                    dishes = kept[last_item_start:] if len(kept) - last_item_start == 1 else []
                elif not clause and len(item) == 1 and _joined_by_clause_words(text, item[0].end, negator_start,
                                                                               knowledge):
                    dishes = item
                else:
                    if clause_definite is None:
                        clause_definite = {g for m in clause for g, c in m.entry.groups if c == "definite"}
                    dishes = clause if removed & clause_definite else []
                    clause_definite -= removed
                for match in dishes:
                    match.entry = _hedged_groups(match.entry, removed)
                hit_starts.append(token.start)
                clause.append(_Match(_hedged(entry), token.start, tokens[j - 1].end, possible_mode))
                i = j
                continue
            if freed_list or fold(entry.term) in knowledge.free_words:
                claims.update(removed)  # "no milk", "free from: soy"; not "no high fructose corn syrup"
            if (negator_verb or corrects) and not contrasted:
                # "youtiao on the side for the kids, I skipped the youtiao": what the sentence named before is the
                # food not eaten (each match is emptied once)
                for match in said_in_sentence.pop(entry.term, ()):
                    if named_before.get(_last_word(match.entry.term)) is match:
                        del named_before[_last_word(match.entry.term)]  # "the leftover pancakes" are none of these
                    match.entry = _without_groups(match.entry, {g for g, _ in match.entry.groups})
            if swapping or freed_list or fold(entry.term) in knowledge.free_words:
                said_group = True  # "no gluten in the bread" says the bread has none
            negated_food |= {g for g, c in entry.groups if c == "definite"}
            contrast = entry if contrasted else None
            if replacing:
                # "tabbouleh with quinoa instead of bulgur": the dish before the substitute loses what it replaced;
                # the substitute itself, said right before, was eaten ("cream instead of milk" is still cream).
                # "eggs benedict on a bed of spinach instead of the English muffin": a dish said further back too.
                # ("tamari sans gluten au lieu de la sauce soya": what it is free of may stand between)
                substitute = clause[-1] if clause and unread_before_negator < clause[-1].end else None
                for match in item + [m for m in clause if m is not substitute]:
                    match.entry = _without_groups(match.entry, removed)
                i = j
                continue
            if not clause and not item and (last_item_start >= sentence_start or not negator_verb):
                # "caesar salad, hold the croutons": the dish's merely possible sources of it go too; and all of
                # a lone dish's ("cobb salad, no cheese": its cheese was its dairy).
                # but what a side brings only possibly ("no naan": its ghee) tells nothing of the dish's own;
                # and a sentence that opens with a verb ("1 gulab jamun. Skipped naan.") is of a food of its own
                surely = {g for g, c in entry.groups if c == "definite"} & removed
                drop_possible_from_previous_item(surely if contrasted else surely or removed)
                if len(kept) - last_item_start == 1 and not contrasted:
                    # only the last two words said between are read, not all the text back to the dish
                    said_between = _last_words(text, kept[-1].end, negator_start, 2)
                    if not said_between or tuple(map(fold, said_between)) in knowledge.eaten_it:
                        # ("peameal bacon sandwich at the market, ate it without the bun": "it" is the dish)
                        drop_from_previous_item(surely or removed)  # "paneer tikka, no naan" is still paneer
            elif not clause and in_made_of():
                drop_from_dish({g for g, c in entry.groups if c == "definite"} & removed if contrasted else removed,
                               only_possible=contrasted)
            elif not clause and len(item) == 1 and _joined_by_clause_words(text, item[0].end, negator_start, knowledge):
                # "pizza with no cheese", "cheeseburger but no cheese": the one dish of the item loses them too.
                item[0].entry = _without_groups(item[0].entry, _sources(item[0].entry, removed, contrast))
            elif contrast is not None:
                # "karahi made w oil not ghee": the dish of the item may have been cooked in it, but was not
                for match in item:
                    match.entry = _without_groups(match.entry, _sources(match.entry, removed, contrast))
            if clause_groups is None:
                clause_groups = _groups_of(clause)
            if removed & clause_groups:
                for match in clause:
                    match.entry = _without_groups(match.entry, _sources(match.entry, removed, contrast))
                clause_groups = _groups_of(clause)
        else:
            hit_starts.append(token.start)
            if token.guess or (j - i > 1 and any(t.guess for t in tokens[i + 1:j])) or believing:
                entry = _hedged(entry)  # a guessed word, or a food named in a belief ("believes no wheat")
            elif j < len(tokens) and tokens[j].key in knowledge.flavour_words and _is_soft(following_gap):
                entry = _hedged(entry)  # "pre workout, sour candy flavor": a flavour, maybe without the food
            if held:
                entry = _without_groups(entry, held)
            if i and tokens[i - 1].key in knowledge.leftover_words and _last_word(entry.term) in named_before:
                # "buckwheat pancakes (buckwheat flour, egg); lunch the leftover pancakes": those same pancakes
                entry = named_before[_last_word(entry.term)].entry
            if free_span[1] == i:
                # "sandwich with gluten-free bread": a free kind of what the dish is made on stands in for it
                entry = _free_kind(entry, marker_groups, knowledge)
            # a share may stand between an ingredient and its bracket ("saucisses de Toulouse 11% (porc, sel)")
            share_gap = tokens[j + 1].gap if j + 1 < len(tokens) and tokens[j].key.isdigit() else ""
            adds = j < len(tokens) and tokens[j].key == "with"  # "chai (with sugar)" says what went in as well
            # "nuggets (3)": in a meal, a bracket that holds only a number is a count, and names no source
            counted = reads_brackets and j < len(tokens) and tokens[j].key.isdigit() and (
                j + 1 == len(tokens) or ")" in tokens[j + 1].gap)
            if ("(" in following_gap or (_is_soft(following_gap) and "%" in share_gap and "(" in share_gap)) and all(
                    c == "possible" for _, c in entry.groups) and not adds and not counted:
                # "vegetable oil (sunflower, corn)": the parenthesis names the source, flagged on its own
                named_before[_last_word(entry.term)] = _Match(_without_groups(entry, {g for g, _ in entry.groups}),
                                                              token.start, tokens[j - 1].end, possible_mode)
            elif _code_of_the_named(text, token, following_gap, entry, kept, trap_end,
                                    tokens[j].key if j < len(tokens) else ""):
                pass  # "modified maize starch (1442)": the code is of the starch the name already sourced
            else:
                if milkless_until == i:
                    entry = _without_milk(entry, knowledge)
                clause.append(_Match(entry, token.start, tokens[j - 1].end, possible_mode))
                said_in_sentence.setdefault(entry.term, []).append(clause[-1])
                clause_groups = clause_definite = None
        i = j
    close_item()
    return _Scan(kept, claims, hit_starts, tokens)


ALONE_AFTER = frozenset(",;.!)-–—")


MAX_FILLER_WORDS = 3  # unread words ("actually", "al final") a correction's negation may come after


def _negated_after(tokens: list[_Token], j: int, knowledge: Knowledge) -> str | None:
    """The term a negator right after tokens[j] negates, within its sentence, after at most a few words read as
    nothing ("ah no, al final sin queso": queso)."""
    for k in range(j, min(len(tokens), j + MAX_FILLER_WORDS + 1)):
        if k > j and any(c in SENTENCE_BREAK for c in tokens[k].gap):
            return None
        entry, end = _longest(tokens, k, knowledge.trie, knowledge.max_phrase_tokens)
        if entry is not None:
            if entry.kind != "negator" or end >= len(tokens):
                return None
            negated, _ = _longest(tokens, end, knowledge.trie, knowledge.max_phrase_tokens)
            return negated.term if negated is not None and negated.kind == "term" else None
    return None


def _stands_alone(following_gap: str) -> bool:
    """Whether a word is followed by punctuation that ends what it says ("no," "no -"), not by what it negates."""
    gap = following_gap.strip()
    return bool(gap) and gap[0] in ALONE_AFTER and following_gap[0] not in HYPHENS  # "no-bun" is a negation


@lru_cache(maxsize=256)
def _as_negator(entry: Entry) -> Entry:
    """A correction phrase read as the negator it starts with."""
    return Entry("negator", entry.term)


def _free_kind(entry: Entry, freed: set[str], knowledge: Knowledge) -> Entry:
    """A dish's base said free of a group it may stand in for ("gluten-free bread"): a substitute for it."""
    groups = freed & knowledge.base_heads.get(entry.term, frozenset())
    if not groups:
        return entry
    substitutes = tuple(dict.fromkeys(entry.substitutes + tuple(sorted(groups))))
    return Entry(entry.kind, entry.term, entry.groups, entry.reason, substitutes)


@lru_cache(maxsize=4096)
def _last_word(term: str) -> str:
    """A term's last word, folded: what names a drink ("builder's tea") or a bread ("rye bread")."""
    return fold(term).rsplit(" ", 1)[-1]


def _without_milk(entry: Entry, knowledge: Knowledge) -> Entry:
    """A coffee or tea said to be black: without the milk it is usually served with."""
    if _last_word(entry.term) not in knowledge.milk_drinks:
        return entry
    return _without_groups(entry, set(knowledge.substitutable.get(entry.term, frozenset())) & {"dairy"})


def _is_plant_milk(entry: Entry, knowledge: Knowledge) -> bool:
    """A named substitute for milk itself ("oat milk", "oatly"), not for a dish's cheese or butter."""
    return ("dairy" in entry.substitutes and not entry.groups
            and (_last_word(entry.term) in knowledge.milk_names or fold(entry.term) in knowledge.milk_words))


def _code_of_the_named(text: str, token: _Token, following_gap: str, entry: Entry, kept: list[_Match],
                       trap_end: int = -1, next_key: str = "") -> bool:
    """A bare additive code alone in a bracket right after an ingredient whose name says which of the code's
    possible sources it is ("modified maize starch (1442)"), or that it is none of them ("modified tapioca
    starch (1422)", a trap); or a code whose bracket goes on to name its source ("Thickener (1422 from Maize)"),
    which is then read on its own."""
    if (token.key.isdigit() and token.gap.strip() == "(" and _is_soft(following_gap) and next_key in SOURCE_WORDS
            and all(c == "possible" for _, c in entry.groups)):
        return True
    if not (token.key.isdigit() and token.gap.strip() == "(" and following_gap.strip().startswith(")")
            and all(c == "possible" for _, c in entry.groups)):
        return False
    if trap_end >= 0 and _blank(text, trap_end, token.start, " ("):
        return True
    return (bool(kept) and _blank(text, kept[-1].end, token.start, " (")
            and any(c == "definite" and (g, "possible") in entry.groups for g, c in kept[-1].entry.groups))


def _tail(text: str, start: int, end: int, enough: Callable[[str], bool]) -> str:
    """The end of text[start:end], read back in doubling windows until `enough` says the window settles what is
    asked, or it reaches `start`: what is asked of the text before a token costs what it reads, not all of it."""
    size = 64
    while True:
        low = max(start, end - size)
        window = text[low:end]
        if low == start or enough(window):
            return window
        size *= 2


def _blank(text: str, start: int, end: int, blank: str | None = None) -> bool:
    """Whether text[start:end] is only `blank` (whitespace if None): a food said once and many codes after it must
    not each read all the text between."""
    return not _tail(text, start, end, lambda window: bool(window.strip(blank))).strip(blank)


def _last_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The last `count` words (as str.split gives them) of text[start:end] stripped of spaces and commas (a window
    of more than `count` words has its last `count` whole)."""
    return _tail(text, start, end, lambda window: len(window.strip(" ,").split()) > count).strip(" ,").split()[-count:]


def _sentences_with(tokens: list[_Token], keys: frozenset[str]) -> set[int]:
    """The sentences (counted as _scan counts them) that hold one of the token keys."""
    found: set[int] = set()
    sentence = 0
    for i, token in enumerate(tokens):
        if i and any(c in SENTENCE_BREAK for c in token.gap):
            sentence += 1
        if token.key in keys:
            found.add(sentence)
    return found


MAX_JOINING_GAP = 16  # characters of joining words between a dish and its negation: the check stays bounded


LIST_ENDS = frozenset(".;:()[]\n\r!?")
MAX_LISTED_GAP = 12  # characters between two foods of a list a postposed negator ends ("・卵"): the walk stays short


def _listed_before(matches: list[_Match], end: int, text: str) -> list[_Match]:
    """The matches of the list that ends at `end`, last first: each gap to the next holds only list items and, but
    for the last one's, a comma ("小麦・乳・卵" before "不使用": wheat and milk, with the egg between)."""
    listed: list[_Match] = []
    for match in reversed(matches):
        gap = text[match.end:end]
        if len(gap) > MAX_LISTED_GAP or any(c in LIST_ENDS for c in gap) or (listed and "," not in gap):
            break
        listed.append(match)
        end = match.start
    return listed


def _joined_by_clause_words(text: str, start: int, end: int, knowledge: Knowledge) -> bool:
    """Whether only joining words ("with", "but") stand between a dish and a negator."""
    if end - start > MAX_JOINING_GAP:
        return False
    entries = [knowledge.trie.get(fold(word), {}).get(None) for word in text[start:end].replace(",", " ").split()]
    return bool(entries) and all(entry is not None and entry.kind == "clause" for entry in entries)


def _milk_after_with(tokens: list[_Token], i: int, breaks: frozenset[str], knowledge: Knowledge,
                     item: list[_Match]) -> Entry | None:
    """"chai latte w/ soy", "flat white with oat": a plant milk's first word, last after "with" in an item that
    holds a coffee or tea, names the milk."""
    if not (i + 1 == len(tokens) or any(c in breaks for c in tokens[i + 1].gap)):
        return None
    if any(_last_word(m.entry.term) in knowledge.milk_drinks for m in item):
        # a two-word clause phrase ("swapped in", "subbed in") ends in a word that is no milk
        return knowledge.milk_words.get(tokens[i].key)
    return None


def _drop_groups(matches: list[_Match], start: int, groups: set[str]) -> None:
    for match in matches[start:]:
        match.entry = _without_groups(match.entry, groups)
    matches[start:] = [m for m in matches[start:] if m.entry.groups]


def _without_groups(entry: Entry, groups: set[str]) -> Entry:
    remaining = tuple(g for g in entry.groups if g[0] not in groups)
    if len(remaining) == len(entry.groups):
        return entry
    return _entry_with(entry, remaining)


def _sources(entry: Entry, groups: set[str], negated: Entry | None) -> set[str]:
    """The groups of a negation an entry loses: all; or, after a contrast (negated given), those it brings as
    possible that the negated term surely brings ("omelette in olive oil not butter")."""
    if negated is None:
        return groups
    return {g for g, c in entry.groups if c == "possible"} & {g for g, c in negated.groups if c == "definite"} & groups


@lru_cache(maxsize=4096)
def _hedged(entry: Entry) -> Entry:
    """The entry with every group only possible: read from a part the knowledge does not know."""
    return _entry_with(entry, tuple((g, "possible") for g, _ in entry.groups))


def _hedged_groups(entry: Entry, groups: set[str]) -> Entry:
    """The entry with the given groups only possible."""
    if not any(g in groups and c == "definite" for g, c in entry.groups):
        return entry
    return _entry_with(entry, tuple((g, "possible" if g in groups else c) for g, c in entry.groups))


@lru_cache(maxsize=4096)
def _entry_with(entry: Entry, groups: tuple[tuple[str, Certainty], ...]) -> Entry:
    """One shared entry per (term, remaining groups): a thousand negated pizzas need not be a thousand objects."""
    return Entry(entry.kind, entry.term, groups, entry.reason, entry.substitutes)


def _reason(entry: Entry, group: str, certainty: Certainty, match: "_Match", labels: dict[str, str]) -> str:
    if match.possible_mode:
        return f"the label warns of possible traces: {entry.term} ({labels[group]})"
    if match.alternative and certainty == "possible":
        return f"{entry.term} is one of several alternatives the label lists ({labels[group]})"
    if entry.reason:
        return entry.reason
    if certainty == "definite":
        return f"{entry.term} is or contains {labels[group]}"
    return f"{entry.term} is often made with {labels[group]}; check the label"


def _label_matches(text: str, knowledge: Knowledge, label: Label) -> list[_Match]:
    """An ingredient statement's matches, read as a label.

    The header (product name and claims, before "Ingredients:") is not an ingredient: its terms are left to
    the list, but for its allergen and trace statements ("Made in a facility that also processes milk."), and
    its claims ("dairy free", "gluten free") rule out the list's merely possible sources.
    A bracket right after a term decides that term: a list of sub-ingredients, or one that is itself a term
    ("lecithin (soy)", "sourdough (rye)"), replaces the term by what the bracket holds.
    """
    header = _scan(text, knowledge, BREAKS_DESCRIPTION, 0, label.header_end) if label.header_end else None
    claims = header.claims if header is not None else set()
    scan = _scan(text, knowledge, BREAKS_INGREDIENTS, label.list_start)
    # "No added sugar" with grape juice concentrate or honey: the listed sweetener is still a likely sugar; but a
    # label's plain "chocolate" or "caramel" is then the unsweetened liquor or the colour.
    no_added_sugar = "sugar" in claims or "sugar" in scan.claims
    # A product that claims to be sugar free yet lists a sugar ("*sugar is fermented out", a sugar alcohol's
    # sugar, a juice's own fructose): the claim and the list disagree, so the sugar is only possible.
    sugar_claimed = "sugar" in claims
    claims.discard("sugar")
    # "Made in a facility that also processes wheat. Ingredients: oats", "Contains: Milk, Soy. Ingredients: ...":
    # an allergen or trace statement said before the list still declares what it names.
    kept, declared = _header_statements(text, header, knowledge) if header is not None else ([], None)
    nutrition = label.nutrition_start
    # The claims of the header and of the list, said after it ("... amido. NÃO CONTÉM GLÚTEN.", "Free from: gluten,
    # milk"), and the allergens a "Contains:" statement leaves out rule out merely possible sources (the list's
    # sugar claims are weighed above).
    ruled_out = claims | (scan.claims - {"sugar"}) | _undeclared_allergens(text, scan, knowledge, declared)
    names = _product_names(text, knowledge, label, scan.tokens)
    name_starts = [start for start, _ in names]
    lone_starts = [start for start, _ in label.lone_sentences]
    alternative_starts = [start for start, _ in label.alternatives]
    in_every: dict[int, set[str]] = {}  # per alternative, the groups each of its alternatives surely brings
    _grain_named_in_item(text, scan.matches)
    by_start: list[_Match] | None = None  # the matches sorted by start, once an alternative is met
    starts: list[int] = []
    for match in scan.matches:
        if _is_an_amount(text, match, nutrition):
            continue
        lone = bisect_right(lone_starts, match.start) - 1
        if (lone >= 0 and match.end <= label.lone_sentences[lone][1]
                and _AMOUNT_BEFORE.search(text, max(lone_starts[lone], match.start - 12), match.start)):
            continue  # "1g SUGAR." said on its own beside the list is a nutrient's amount
        index = bisect_right(name_starts, match.start) - 1
        if index >= 0 and match.end <= names[index][1]:
            match.entry = _hedged(match.entry)  # "KETO COOKIE.": the name says what kind of product it is
        in_label = knowledge.in_labels.get(match.entry.term)
        if in_label is not None:
            match.entry = _without_groups(in_label, {"sugar"}) if no_added_sugar else in_label
        start, end = _bracket_after(text, match.end, label, scan.hit_starts)
        if end is not None and _hit_within(scan.hit_starts, start, end):
            # "Enriched flour (wheat flour, ...)": the bracket says what the term is made of; the term keeps only
            # the groups its own words name ("soy sauce (water, soybeans, salt)" is soy, not wheat).
            source = _names_a_source(text, start, end) or _sources_listed(text, start, end, knowledge)
            match.entry = _only_named_groups(match.entry, knowledge, source)
        elif end is not None and _lists_parts(text, start, end):
            # "tomato sauce [tomato, oregano]": parts the knowledge does not know bring none of what the term only
            # might have had; what it surely is stays ("豆豉 (黑豆, 食用盐)" is still fermented soybeans)
            match.entry = _without_groups(match.entry, {g for g, c in match.entry.groups if c == "possible"})
        index = bisect_right(alternative_starts, match.start) - 1
        if index >= 0 and match.start < label.alternatives[index][1]:
            # "(corn, canola and/or soybean)": any one of them, so each is possible; but "sugar and/or corn syrup"
            # is sugar whichever it is
            match.alternative = True
            if index not in in_every:
                if by_start is None:
                    by_start = sorted(scan.matches, key=lambda m: m.start)
                    starts = [m.start for m in by_start]
                in_every[index] = _in_every_alternative(text, label.alternatives[index], by_start, starts)
        if sugar_claimed:
            match.entry = _hedged_groups(match.entry, {"sugar"})
        if ruled_out and not match.possible_mode:
            possible = {g for g, c in match.entry.groups if c == "possible"}
            match.entry = _without_groups(match.entry, possible & ruled_out)
        if match.alternative:
            match.entry = _hedged_groups(match.entry, {g for g, _ in match.entry.groups} - in_every[index])
        if match.entry.groups:
            kept.append(match)
    return kept


_ITEM_OPENS = re.compile(r"[,;]")  # what a list item of the label starts after
_ITEM_CLOSES = re.compile(r"[,;.]")  # and what it ends at


def _grain_named_in_item(text: str, matches: list[_Match]) -> None:
    """A starch of unnamed grain in one list item with the grain it came from ("Maize Thickener (1422)",
    "Thickener (1422 from Maize)"): that grain is its source, and the other grains it might have been go."""
    # The item's bounds are looked up among the marks found once, and what an item surely names is worked out
    # once per item: no starch reads the whole text or all the matches (a starch has no definite group, and
    # only possible ones go here, so what an item surely names does not change on the way).
    starches = [m for m in matches if len(_possible_groups_of([m]) & SOURCE_GRAINS) >= 2
                and not any(c == "definite" for _, c in m.entry.groups)]
    if not starches:
        return
    opens = [found.start() for found in _ITEM_OPENS.finditer(text)]
    closes = [found.start() for found in _ITEM_CLOSES.finditer(text)]
    by_start = sorted(matches, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    named_in: dict[tuple[int, int], set[str]] = {}
    for match in starches:
        grains = _possible_groups_of([match]) & SOURCE_GRAINS
        before = bisect_left(opens, match.start)
        start = opens[before - 1] if before else -1
        after = bisect_left(closes, match.end)
        end = closes[after] if after < len(closes) else len(text)
        if (start, end) not in named_in:
            named_in[start, end] = {g for other in by_start[bisect_right(starts, start):bisect_left(starts, end)]
                                    if other.end <= end for g, c in other.entry.groups if c == "definite"}
        named = named_in[start, end] & grains
        if named:
            match.entry = _without_groups(match.entry, grains - named)


def _in_every_alternative(text: str, alternative: tuple[int, int], matches: list[_Match],
                          starts: list[int]) -> set[str]:
    """The groups every alternative a label offers brings for sure ("sugar and/or glucose-fructose": sugar).
    `matches` are sorted by start and `starts` are their starts: each piece reads only its own matches."""
    common: set[str] | None = None
    for start, end in alternative_pieces(text, *alternative):
        sure = {g for m in matches[bisect_left(starts, start):bisect_left(starts, end)]
                for g, c in m.entry.groups if c == "definite"}
        common = sure if common is None else common & sure
        if not common:
            return set()
    return common or set()


MAX_NAME_WORDS = 5  # words of a sentence of its own in a label that may be the product's name


def _product_names(text: str, knowledge: Knowledge, label: Label, tokens: list[_Token]) -> list[tuple[int, int]]:
    """The label's sentences of their own that read as the product's name: a few words, no colon, amount or share,
    nothing but foods and words the knowledge does not know (a statement, a claim or a trace warning is no name),
    and written as a name is: in capitals, or with a word that is no ingredient ("Galletas choco"). "Cheese
    powder." and "Wheat." are ingredients said in a sentence of their own."""
    names: list[tuple[int, int]] = []
    starts = [token.start for token in tokens]
    for start, end in label.lone_sentences:
        written = text[start:end]
        if ":" in written or "%" in written or any(c.isdigit() for c in written):
            continue
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        if not 0 < last - first <= MAX_NAME_WORDS:
            continue
        i, unknown = first, False
        while i < last:
            entry, j = _longest(tokens, i, knowledge.trie, last - i)
            if (entry is not None and entry.kind not in ("term", "trap")) or tokens[i].key in knowledge.statement_words:
                break  # "Contains milk.": a statement without its colon is still one
            unknown = unknown or entry is None
            i = j
        else:
            if unknown or written.isupper():
                names.append((start, end))
    return names


def _is_an_amount(text: str, match: _Match, nutrition: int | None) -> bool:
    """A nutrition table's row ("of which sugars 3.5g", "Includes 0g Added Sugars") says how much sugar or starch
    there is, not that any was added: the list says that. A number with a unit ("1450 kJ") is no additive's code."""
    if text[match.start:match.end].isdigit() and _UNIT_AFTER.match(text, match.end):
        return True
    if nutrition is None or match.start < nutrition:
        return False
    return (_AMOUNT_AFTER.match(text, match.end) is not None
            or _AMOUNT_BEFORE.search(text, max(nutrition, match.start - 12), match.start) is not None
            or _SERVING_BEFORE.search(text, max(nutrition, match.start - 24), match.start) is not None)


# Groups an allergen statement must name when present (FALCPA's and EU FIC's wheat/gluten, milk and soy).
DECLARED_ALLERGENS = frozenset({"wheat", "dairy", "soy"})
SOURCE_GRAINS = frozenset({"wheat", "corn"})  # the grains a label's unnamed starch may have come from
_COLON_AFTER = re.compile(r"\s*:")


def _statement_end(text: str, scan: _Scan, knowledge: Knowledge) -> int | None:
    """Where the first "Contains:" statement's heading ends, if the scanned text has one."""
    return next((token.end for token in scan.tokens
                 if token.key in knowledge.statement_words and _COLON_AFTER.match(text, token.end)), None)


def _header_statements(text: str, header: _Scan, knowledge: Knowledge) -> tuple[list[_Match], set[str] | None]:
    """The header's matches that a statement declares: a trace statement's, and a "Contains:" statement's up to
    the end of its sentence ("Contains: Milk, Soy. Ingredients: flour, vegetable oil"); and the groups that
    statement names, None without one."""
    start = _statement_end(text, header, knowledge)
    if start is None:
        return [m for m in header.matches if m.possible_mode], None
    breaks = [text.find(c, start) for c in SENTENCE_BREAK]
    end = min((b for b in breaks if b >= 0), default=len(text))
    stated = [m for m in header.matches if start <= m.start < end]
    declared = {g for m in stated if not m.possible_mode for g, _ in m.entry.groups}
    return [m for m in header.matches if m.possible_mode or start <= m.start < end], declared


def _undeclared_allergens(text: str, scan: _Scan, knowledge: Knowledge, declared: set[str] | None = None) -> set[str]:
    """The allergen groups a "Contains: egg, almonds." statement leaves out: the list's merely possible sources of
    them are not there ("chocolate" in a bar that declares no milk). `declared`: what a statement before the list
    named, if it had one."""
    statement_end = _statement_end(text, scan, knowledge)
    if statement_end is None and declared is None:
        return set()
    named = set(declared or ())
    if statement_end is not None:
        named |= {g for m in scan.matches if m.start >= statement_end for g, _ in m.entry.groups}
    return set(DECLARED_ALLERGENS - named)


def _bracket_after(text: str, position: int, label: Label, hit_starts: list[int]) -> tuple[int, int | None]:
    """The bracket right after a term, passing over one that names nothing ("Biscuits (58%) (wheat flour, ...)")."""
    start, end = -1, None
    for _ in range(2):
        opening = _OPEN_AFTER.match(text, position)
        start = opening.end() - 1 if opening else -1
        end = label.closing.get(start)
        if end is None or _names_parts(text, start, end, hit_starts):
            break
        position = end + 1
    return start, end


_LIST_JOINS = re.compile(r"[,;/&]|\b(?:and|or|from)\b", re.IGNORECASE)
SOURCE_GROUPS = frozenset({"wheat", "corn", "soy"})  # what a syrup, starch or dextrose may be made from


def _sources_listed(text: str, start: int, end: int, knowledge: Knowledge) -> bool:
    """"dextrose (wheat, maize)", "glucose syrup (blé, maïs)": a bracket of two or more grains or beans names what
    the term is made from (each flagged on its own), not what else is in it: dextrose is still a sugar."""
    parts = [part.split() for part in _LIST_JOINS.split(text[start + 1:end])]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return False
    for part in parts:
        if len(part) != 1:
            return False
        key = fold(part[0])
        words = (knowledge.readings.get(key) or knowledge.read(key))[0]
        if len(words) != 1 or knowledge.free_words.get(words[0]) not in SOURCE_GROUPS:
            return False
    return True


_PART = re.compile(r"[^\W\d_]{2,}")


def _names_parts(text: str, start: int, end: int, hit_starts: list[int]) -> bool:
    """Whether a bracket says what the term before it is made of: it holds a term or trap, or lists parts."""
    return _hit_within(hit_starts, start, end) or _lists_parts(text, start, end)


def _lists_parts(text: str, start: int, end: int) -> bool:
    """A bracket of two or more parts with words, known or not ("[tomato, oregano]"); "(58%)" names nothing."""
    parts = _ITEM_OPENS.split(text[start + 1:end])
    return len(parts) > 1 and all(_PART.search(part) for part in parts)


def _names_a_source(text: str, start: int, end: int) -> bool:
    """"dextrose (from wheat)", "glucose syrup (maize)": one item in the bracket, the term's source."""
    return "," not in text[start:end] and ";" not in text[start:end]


def _only_named_groups(entry: Entry, knowledge: Knowledge, source: bool = False) -> Entry:
    named = {knowledge.free_words[key] for key in phrase_keys(entry.term, knowledge.aliases)
             if key in knowledge.free_words}
    if source:  # the source decides the grains and beans it came from, not that dextrose is a sugar
        named |= {g for g, c in entry.groups if g == "sugar" and c == "definite"}
    return _without_groups(entry, {g for g, _ in entry.groups} - named)


def _hit_within(starts: list[int], after: int, before: int) -> bool:
    index = bisect_right(starts, after)
    return index < len(starts) and starts[index] < before


@dataclass(frozen=True, slots=True)
class _Where:
    """The text a match was read in, to make its Span in the original's offsets."""

    original: str
    normalised: Normalised
    source: Source
    ingredient_index: int | None

    def span(self, match: _Match) -> Span:
        start, end = self.normalised.original(match.start, match.end)
        return Span(self.source, start, end, self.original[start:end], self.ingredient_index)


class _Grouper:
    """Occurrences gathered per (group, term, personal) into flags with a count and at most MAX_SPANS spans."""

    def __init__(self) -> None:
        self._flags: dict[tuple[str, str, bool], list] = {}

    def add(self, match: _Match, where: "_Where", knowledge: Knowledge) -> None:
        for group, certainty in match.entry.groups:
            effective: Certainty = "possible" if match.possible_mode else certainty
            key = (group, match.entry.term, knowledge.personal)
            flag = self._flags.get(key)
            if flag is None:
                reason = _reason(match.entry, group, certainty, match, knowledge.labels)
                self._flags[key] = flag = [effective, reason, 0, []]
            elif effective == "definite" and flag[0] == "possible":
                flag[0], flag[1] = effective, _reason(match.entry, group, certainty, match, knowledge.labels)
            flag[2] += 1
            if len(flag[3]) < MAX_SPANS:  # a Span is made only for the spans a flag lists
                flag[3].append(where.span(match))

    def flags(self) -> tuple[Flag, ...]:
        ranked = sorted(self._flags.items(), key=lambda item: GROUP_ORDER[item[0][0]])
        # Positional arguments: keywords cost several times more per frozen dataclass, on the hot path.
        return tuple(Flag(group, certainty, term, reason, count, tuple(spans), personal)
                     for (group, term, personal), (certainty, reason, count, spans) in ranked)


def _flag_into(grouper: _Grouper, original: str, normalised: Normalised, knowledge: Knowledge, source: Source,
               ingredient_index: int | None, label: Label | None) -> None:
    text = normalised.text
    if label is not None:
        matches = _label_matches(text, knowledge, label)
    else:
        breaks = BREAKS_INGREDIENTS if source == "ingredients" else BREAKS_DESCRIPTION
        scan = _scan(text, knowledge, breaks)
        matches = _pictures_after_words_hedged(scan, original, normalised, knowledge)
    if knowledge.only_in_sweets:
        matches = _sweets_only(matches, text, knowledge)
    if knowledge.marked_spellings and not original.isascii():  # the marks were stripped from the text read
        matches = [m for m in matches if _as_marked(original, normalised, m, knowledge)]
    where = _Where(original, normalised, source, ingredient_index)
    for match in matches:
        grouper.add(match, where, knowledge)


def _pictures_after_words_hedged(scan: _Scan, original: str, normalised: Normalised,
                                 knowledge: Knowledge) -> list[_Match]:
    """Pictures typed right after a word, in a meal that named a food in words before them, picture what the words
    said ("chipotle bowl 🌯", "arepa con perico 🫓", "cachitos en la panadería 🥐"), as near as an emoji can: what
    they add is only possible; so does one typed right before a food named in words ("🍜 pho"). After a joining
    word or a number ("and a 🍪", "2 🥐"), or on their own ("🍔🍟 + 🥤"), they name what was eaten."""
    if original.isascii() or not scan.matches:
        return scan.matches

    def is_picture(start: int, end: int) -> bool:
        start, end = normalised.original(start, end)
        return end - start == 1 and original[start] in knowledge.pictures

    def pictures_a_word(before: _Token, gap: str) -> bool:
        entry = knowledge.trie.get(before.key, {}).get(None)
        return not (gap.strip(" ") or before.key.isdigit() or before.key in knowledge.item_starters
                    or (entry is not None and entry.kind == "clause"))

    hedged_starts: set[int] = set()
    tokens = scan.tokens
    pictured = [is_picture(token.start, token.end) for token in tokens]
    # a food named in words, even one whose groups the meal negated ("chipotle bowl 🌯, no cheese no sour cream")
    picture_starts = {token.start for token, picture in zip(tokens, pictured, strict=True) if picture}
    first_named = min((start for start in scan.hit_starts if start not in picture_starts), default=None)
    named_starts = frozenset(scan.hit_starts)
    in_run = False  # the picture before this one, with only spaces between, was hedged
    run_start = 0  # the first token of the run of pictures this one is in (a picture reads as one or more words)
    for k, token in enumerate(tokens):
        if not pictured[k]:
            in_run = False
            continue
        if not (k and token.gap.strip(" ") == "" and pictured[k - 1]):
            run_start = k
        after_word = (k > 0 and first_named is not None and first_named < token.start and not pictured[k - 1]
                      and pictures_a_word(tokens[k - 1], token.gap))
        # "🍜 pho": right before a food named in words, even one that brings no group, a picture is of it
        before_word = (k + 1 < len(tokens) and not pictured[k + 1] and not tokens[k + 1].gap.strip(" ")
                       and tokens[k + 1].start in named_starts)
        in_run = (in_run and not token.gap.strip(" ")) or after_word
        if in_run:
            hedged_starts.add(token.start)
        elif before_word:
            hedged_starts.update(t.start for t in tokens[run_start:k + 1])
    for match in scan.matches:
        if match.start in hedged_starts:
            match.entry = _hedged(match.entry)
    return scan.matches


def _as_marked(original: str, normalised: Normalised, match: _Match, knowledge: Knowledge) -> bool:
    start, end = normalised.original(match.start, match.end)
    return marks_agree(original[start:end], match.entry.term, knowledge)


def _sweets_only(matches: list[_Match], text: str, knowledge: Knowledge) -> list[_Match]:
    """Drop the matches of terms that count only in a sweet, unless this text names one (DOMAIN.md)."""
    if not any(match.entry.term in knowledge.only_in_sweets for match in matches):
        return matches
    if knowledge.sweet_re is not None and knowledge.sweet_re.search(text):
        return matches
    return [match for match in matches if match.entry.term not in knowledge.only_in_sweets]


def _label_of(normalised: Normalised, source: Source) -> Label | None:
    """How to read the text as a label: always for ingredients, for a description only if it has a heading."""
    if source == "description" and not has_heading(normalised.text):
        return None
    label = read_label(normalised.text)
    return label if source == "ingredients" or label.list_start else None


def flag_text(
    text: str,
    knowledge: Knowledge,
    *,
    source: Source = "description",
    ingredient_index: int | None = None,
) -> tuple[Flag, ...]:
    """The flags one text raises, grouped per group and term; every span's `matched` is text[start:end]."""
    grouper = _Grouper()
    normalised = normalise(text, knowledge.pictures, knowledge.accented_re, knowledge.accented)
    _flag_into(grouper, text, normalised, knowledge, source, ingredient_index, _label_of(normalised, source))
    return grouper.flags()


def analyze(
    description: str | None,
    ingredients: Sequence[str] | None,
    knowledge: Knowledge | None = None,
    personal: Knowledge | None = None,
) -> Analysis:
    """Flag a meal's description and ingredients (each ingredient string may be a whole statement)."""
    knowledge = knowledge or default_knowledge()
    vocabularies = [knowledge] + ([personal] if personal is not None else [])
    grouper = _Grouper()
    texts: list[tuple[str, Source, int | None]] = [(description, "description", None)] if description else []
    texts.extend((item, "ingredients", index) for index, item in enumerate(ingredients or ()) if item)
    for text, source, index in texts:
        normalised = normalise(text, knowledge.pictures, knowledge.accented_re, knowledge.accented)
        label = _label_of(normalised, source)
        for vocabulary in vocabularies:
            _flag_into(grouper, text, normalised, vocabulary, source, index, label)
    return summarise(grouper.flags())


def summarise(flags: Iterable[Flag]) -> Analysis:
    flags = tuple(flags)
    definite = frozenset(f.group for f in flags if f.certainty == "definite")
    possible = frozenset(f.group for f in flags if f.certainty == "possible") - definite
    return Analysis(flags=flags, definite=definite, possible=possible)
