"""Flag meal text against the five excluded groups, explaining every flag.

One pass over the input: a single regex tokenises it (spans come from the original text), each token is
normalised (case, accents, aliases, plurals compiled into the vocabulary, a guarded one-edit misspelling
fallback), and a longest-match walk over a token trie finds terms, traps and negations. The cost is
linear in the input: each position walks the trie at most `max_phrase_tokens` deep.
"""

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

from domain.groups import GROUPS
from domain.ingredients import Part, split_ingredients

Certainty = Literal["definite", "possible"]
Source = Literal["description", "ingredients"]

TOKEN_RE = re.compile(
    r"(?<![^\W_])w/o(?![^\W_])|(?<![^\W_])w/|(?<![^\W_])[^\W_]{1,3}&[^\W_]{1,3}(?![^\W_])|&|[^\W_]+(?:['’][^\W_]+)*",
    re.IGNORECASE,
)
SOFT_GAP = frozenset(" \t-–—'’")
SENTENCE_BREAK = frozenset(".;!?\n\r")
BREAKS_DESCRIPTION = frozenset(",;:.!?\n\r[]{}/|•·*+")
BREAKS_INGREDIENTS = BREAKS_DESCRIPTION | frozenset("()")
MAX_FUZZY_CACHE = 50_000


@dataclass(frozen=True, slots=True)
class Flag:
    group: str
    certainty: Certainty
    term: str
    matched: str
    source: Source
    start: int
    end: int
    reason: str
    ingredient_index: int | None = None
    ingredient: str | None = None
    personal: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    flags: tuple[Flag, ...]
    definite: frozenset[str]
    possible: frozenset[str]

    @property
    def excluded(self) -> bool:
        return bool(self.definite)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: Literal["term", "trap", "negator", "free", "possible_marker", "clause"]
    term: str
    groups: tuple[tuple[str, Certainty], ...] = ()
    reason: str | None = None
    # Groups this ingredient stands in for (oat milk for dairy, rice flour for wheat).
    substitutes: tuple[str, ...] = ()


@dataclass(slots=True)
class _Token:
    key: str
    start: int
    end: int
    gap: str


@dataclass
class Knowledge:
    """A compiled vocabulary: the token trie plus what the walk needs to interpret it."""

    trie: dict = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    free_words: dict[str, str] = field(default_factory=dict)
    substitutable: dict[str, frozenset[str]] = field(default_factory=dict)
    item_words: frozenset[str] = frozenset()
    labels: dict[str, str] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)
    deletions: dict[str, set[str]] = field(default_factory=dict)
    fuzzy_cache: dict[str, str | None] = field(default_factory=dict)
    max_phrase_tokens: int = 1
    personal: bool = False

    def add(self, phrase: str, entry: _Entry, *, replace: bool = True) -> None:
        keys = _phrase_keys(phrase, self.aliases)
        if not keys:
            return
        for variant in _plural_variants(keys) if entry.kind in ("term", "trap") else [keys]:
            node = self.trie
            for key in variant:
                node = node.setdefault(key, {})
            if replace or None not in node:
                node[None] = entry
            self.max_phrase_tokens = max(self.max_phrase_tokens, len(variant))
            self.vocabulary.update(variant)

    def _node(self, keys: Sequence[str]) -> dict | None:
        node: dict | None = self.trie
        for key in keys:
            node = node.get(key) if node is not None else None
        return node

    def lookup(self, phrase: str) -> _Entry | None:
        node = self._node(_phrase_keys(phrase, self.aliases))
        return node.get(None) if node is not None else None

    def mark_substitute(self, phrase: str, groups: tuple[str, ...]) -> None:
        keys = _phrase_keys(phrase, self.aliases)
        for variant in _plural_variants(keys):
            node = self._node(variant)
            entry = node.get(None) if node is not None else None
            if node is not None and entry is not None:
                node[None] = _Entry(entry.kind, entry.term, entry.groups, entry.reason, groups)

    def index_misspellings(self) -> None:
        for word in self.vocabulary:
            if len(word) >= 6 and word.isalpha():
                self.deletions.setdefault(word, set()).add(word)
                for deleted in _deletions(word):
                    self.deletions.setdefault(deleted, set()).add(word)

    def correct(self, key: str) -> str:
        """A vocabulary word one edit away, when the token is long and exactly one such word exists."""
        if key in self.vocabulary or len(key) < 7 or not key.isalpha() or not self.deletions:
            return key
        cached = self.fuzzy_cache.get(key, "")
        if cached != "":
            return cached or key
        candidates = set(self.deletions.get(key, ()))
        for deleted in _deletions(key):
            candidates |= self.deletions.get(deleted, set())
        # Misspellings keep the start of a word; a different first letter is usually a different word
        # (custard/mustard, cream/dream).
        candidates = {c for c in candidates if c[:2] == key[:2] and abs(len(c) - len(key)) <= 1}
        found = next(iter(candidates)) if len(candidates) == 1 else None
        if len(self.fuzzy_cache) < MAX_FUZZY_CACHE:
            self.fuzzy_cache[key] = found
        return found or key


def _deletions(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def fold(text: str) -> str:
    text = text.lower()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.replace("'", "").replace("’", "")


def _phrase_keys(phrase: str, aliases: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    keys: list[str] = []
    for match in TOKEN_RE.finditer(phrase):
        key = fold(match.group())
        keys.extend(aliases.get(key, (key,)))
    return tuple(keys)


def _plural_variants(keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    last = keys[-1]
    forms = {last}
    if last.isalpha() and len(last) > 2:
        if last.endswith("y") and last[-2] not in "aeiou":
            forms.add(last[:-1] + "ies")
        elif last.endswith(("s", "x", "z", "ch", "sh", "o")):
            forms.add(last + "es")
        if not last.endswith("s"):
            forms.add(last + "s")
    return [keys[:-1] + (form,) for form in sorted(forms, key=lambda f: f != last)]


def _parse_spec(spec: str | None) -> tuple[tuple[str, Certainty], ...]:
    if not spec:
        return ()
    groups: list[tuple[str, Certainty]] = []
    for part in spec.split():
        certainty: Certainty = "possible" if part.startswith("?") else "definite"
        group = part.lstrip("?")
        if group not in GROUPS:
            raise ValueError(f"unknown group {group!r} in spec {spec!r}")
        groups.append((group, certainty))
    return tuple(groups)


def compile_knowledge(data: dict) -> Knowledge:
    """Compile the knowledge file's dict into a Knowledge ready for flag_text."""
    knowledge = Knowledge()
    knowledge.aliases = {fold(k): tuple(fold(w) for w in v.split()) for k, v in data.get("aliases", {}).items()}
    knowledge.labels = {g: data["groups"][g]["label"] for g in GROUPS}
    for group, info in data["groups"].items():
        for word in info["free_words"]:
            knowledge.free_words[fold(word)] = group

    specs: dict[str, tuple[tuple[str, Certainty], ...]] = {}
    for term, value in data["terms"].items():
        spec, reason = (value, None) if value is None or isinstance(value, str) else (value[0], value[1])
        groups = _parse_spec(spec)
        specs[" ".join(_phrase_keys(term, knowledge.aliases))] = groups
        knowledge.add(term, _Entry("term" if groups else "trap", term, groups, reason))
    for trap in data.get("traps", []):
        knowledge.add(trap, _Entry("trap", trap), replace=False)
    for head, rule in data.get("qualified_heads", {}).items():
        head_groups = specs.get(" ".join(_phrase_keys(head, knowledge.aliases)), ())
        kept = tuple(g for g in head_groups if g[0] not in rule["replaces"])
        replaced = tuple(rule["replaces"])
        for qualifier in rule["qualifiers"]:
            own = _qualifier_groups(qualifier, specs, knowledge.aliases)
            groups = tuple(dict.fromkeys(kept + own))
            phrase = f"{qualifier} {head}"
            knowledge.add(phrase, _Entry("term" if groups else "trap", phrase, groups, None, replaced), replace=False)
            knowledge.mark_substitute(phrase, replaced)
    for negator in data.get("negators", []):
        knowledge.add(negator, _Entry("negator", negator))
    for marker, groups in data.get("free_markers", {}).items():
        knowledge.add(marker, _Entry("free", marker, tuple((g, "definite") for g in groups)))
    for marker in data.get("possible_markers", []):
        knowledge.add(marker, _Entry("possible_marker", marker))
    for word in data.get("clause_words", []):
        knowledge.add(word, _Entry("clause", word), replace=False)
    knowledge.item_words = frozenset(fold(w) for w in data.get("item_breaking_clause_words", []))
    for group, terms in data.get("substitutable", {}).items():
        for term in terms:
            entry = knowledge.lookup(term)
            if entry is not None:
                knowledge.substitutable[entry.term] = knowledge.substitutable.get(entry.term, frozenset()) | {group}
    knowledge.index_misspellings()
    return knowledge


def _qualifier_groups(qualifier: str, specs: dict, aliases: dict) -> tuple[tuple[str, Certainty], ...]:
    keys = _phrase_keys(qualifier, aliases)
    whole = specs.get(" ".join(keys))
    if whole is not None:
        return whole
    return tuple(g for key in keys for g in specs.get(key, ()))


def compile_personal_terms(terms: Iterable[tuple[str, str, Certainty]], base: Knowledge) -> Knowledge:
    """A small Knowledge for one user's own terms (term, group, certainty), sharing the base aliases."""
    personal = Knowledge(aliases=base.aliases, free_words=base.free_words, labels=base.labels, personal=True)
    for term, group, certainty in terms:
        if group not in GROUPS:
            raise ValueError(f"unknown group {group!r}")
        personal.add(term, _Entry("term", term, ((group, certainty),), "one of your own terms"))
    return personal


@cache
def default_knowledge() -> Knowledge:
    raw = resources.files("domain").joinpath("data/foods.json").read_text(encoding="utf-8")
    return compile_knowledge(json.loads(raw))


def _tokens(text: str, knowledge: Knowledge) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end = 0
    aliases, correct = knowledge.aliases, knowledge.correct
    for match in TOKEN_RE.finditer(text):
        start, end = match.span()
        key = fold(match.group())
        gap = text[previous_end:start]
        previous_end = end
        expanded = aliases.get(key)
        if expanded is None:
            tokens.append(_Token(correct(key), start, end, gap))
            continue
        for position, part in enumerate(expanded):
            tokens.append(_Token(part, start, end, gap if position == 0 else " "))
    return tokens


def _is_soft(gap: str) -> bool:
    return len(gap) <= 3 and all(c in SOFT_GAP for c in gap)


def _longest(tokens: list[_Token], i: int, trie: dict, max_tokens: int) -> tuple[_Entry | None, int]:
    node: dict | None = trie.get(tokens[i].key)
    if node is None:
        return None, i + 1
    best: _Entry | None = node.get(None)
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


@dataclass(slots=True)
class _Match:
    entry: _Entry
    start: int
    end: int
    possible_mode: bool


def _scan(text: str, knowledge: Knowledge, breaks: frozenset[str]) -> list[_Match]:
    """Find the term matches that survive negation and substitution, in input order.

    Two scopes: a clause ends at punctuation or a joining word ("with", "and"), and bounds negation;
    an item ends at punctuation or "and" but not "with", and bounds substitution, so that
    "latte with oat milk" is one item whose milk is oat.
    """
    tokens = _tokens(text, knowledge)
    kept: list[_Match] = []
    item: list[_Match] = []
    clause: list[_Match] = []
    negating = False
    negated_groups: set[str] = set()
    possible_mode = False
    last_item_start = 0
    carried: set[str] = set()

    def close_clause() -> None:
        nonlocal negating, carried
        if negated_groups:
            for match in clause:
                match.entry = _without_groups(match.entry, negated_groups)
            # "sugar-free, dairy-free chocolate": free markers with nothing before them qualify what follows.
            carried = set(negated_groups) if not clause and not item and not kept else set()
            negated_groups.clear()
        item.extend(clause)
        clause.clear()
        negating = False
        negated_groups.update(carried)

    def close_item() -> None:
        nonlocal last_item_start
        close_clause()
        substituted = {g for m in item for g in m.entry.substitutes}
        for match in item:
            if substituted and not match.entry.substitutes:
                dropped = substituted & knowledge.substitutable.get(match.entry.term, frozenset())
                if dropped:
                    match.entry = _without_groups(match.entry, dropped)
        if item:
            last_item_start = len(kept)
        kept.extend(m for m in item if m.entry.groups)
        item.clear()

    def applies_to_previous_item() -> bool:
        # "pasta primavera, gluten free": a free marker alone after a comma qualifies what came before.
        return not clause and not item and last_item_start < len(kept)

    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i and any(c in breaks for c in token.gap):
            close_item()
            if any(c in SENTENCE_BREAK for c in token.gap):
                possible_mode = False
        entry, j = _longest(tokens, i, knowledge.trie, knowledge.max_phrase_tokens)
        following_gap = tokens[j].gap if j < len(tokens) else ""
        if entry is None:
            pass
        elif entry.kind == "clause":
            continues_negation = negating and j < len(tokens) and tokens[j].key in knowledge.free_words
            if not continues_negation:
                close_item() if token.key in knowledge.item_words else close_clause()
        elif entry.kind == "negator":
            negating = True
        elif entry.kind == "free":
            if applies_to_previous_item():
                _drop_groups(kept, last_item_start, {g for g, _ in entry.groups})
            negated_groups.update(g for g, _ in entry.groups)
        elif entry.kind == "possible_marker":
            possible_mode = True
        elif entry.kind == "trap":
            if entry.substitutes and not negating:
                clause.append(_Match(entry, token.start, tokens[j - 1].end, possible_mode))
        elif j < len(tokens) and tokens[j].key == "free" and _is_soft(following_gap):
            # "dairy-free", "gluten free": the group word negates its group; "lactose-free" only itself.
            group = knowledge.free_words.get(" ".join(t.key for t in tokens[i:j]))
            if group:
                if applies_to_previous_item():
                    _drop_groups(kept, last_item_start, {group})
                negated_groups.add(group)
            j += 1
        elif negating:
            # "pizza (no cheese)", "burger no bun": what the negated term brings leaves the dish too.
            removed = {g for g, _ in entry.groups}
            for match in clause:
                match.entry = _without_groups(match.entry, removed)
        elif "(" in following_gap and all(c == "possible" for _, c in entry.groups):
            pass  # "vegetable oil (sunflower, corn)": the parenthesis names the source, flagged on its own
        else:
            clause.append(_Match(entry, token.start, tokens[j - 1].end, possible_mode))
        i = j
    close_item()
    return kept


def _drop_groups(matches: list[_Match], start: int, groups: set[str]) -> None:
    for match in matches[start:]:
        match.entry = _without_groups(match.entry, groups)
    matches[start:] = [m for m in matches[start:] if m.entry.groups]


def _without_groups(entry: _Entry, groups: set[str]) -> _Entry:
    remaining = tuple(g for g in entry.groups if g[0] not in groups)
    if len(remaining) == len(entry.groups):
        return entry
    return _Entry(entry.kind, entry.term, remaining, entry.reason, entry.substitutes)


def _reason(entry: _Entry, group: str, certainty: Certainty, possible_mode: bool, labels: dict[str, str]) -> str:
    if possible_mode:
        return f"the label warns of possible traces: {entry.term} ({labels[group]})"
    if entry.reason:
        return entry.reason
    if certainty == "definite":
        return f"{entry.term} is or contains {labels[group]}"
    return f"{entry.term} is often made with {labels[group]}; check the label"


def flag_text(
    text: str,
    knowledge: Knowledge,
    *,
    source: Source = "description",
    ingredient_index: int | None = None,
) -> list[Flag]:
    """Every flag the text raises, in input order; `matched` is always text[start:end]."""
    breaks = BREAKS_INGREDIENTS if source == "ingredients" else BREAKS_DESCRIPTION
    matches = _scan(text, knowledge, breaks)
    parts = split_ingredients(text) if source == "ingredients" and matches else []
    flags: list[Flag] = []
    for match in matches:
        ingredient = _containing_part(parts, match.start)
        for group, certainty in match.entry.groups:
            effective: Certainty = "possible" if match.possible_mode else certainty
            flags.append(Flag(
                group=group, certainty=effective, term=match.entry.term, matched=text[match.start:match.end],
                source=source, start=match.start, end=match.end,
                reason=_reason(match.entry, group, certainty, match.possible_mode, knowledge.labels),
                ingredient_index=ingredient_index, ingredient=ingredient, personal=knowledge.personal,
            ))
    return flags


def _containing_part(parts: list[Part], position: int) -> str | None:
    index = bisect_right(parts, position, key=lambda part: part.start) - 1
    if index >= 0 and position < parts[index].end:
        return parts[index].text
    return None


def analyze(
    description: str | None,
    ingredients: Sequence[str] | None,
    knowledge: Knowledge | None = None,
    personal: Knowledge | None = None,
) -> Analysis:
    """Flag a meal's description and ingredients (each ingredient string may be a whole statement)."""
    knowledge = knowledge or default_knowledge()
    vocabularies = [knowledge] + ([personal] if personal is not None else [])
    flags: list[Flag] = []
    for vocabulary in vocabularies:
        if description:
            flags.extend(flag_text(description, vocabulary, source="description"))
        for index, item in enumerate(ingredients or ()):
            flags.extend(flag_text(item, vocabulary, source="ingredients", ingredient_index=index))
    return summarise(flags)


def summarise(flags: Iterable[Flag]) -> Analysis:
    flags = tuple(flags)
    definite = frozenset(f.group for f in flags if f.certainty == "definite")
    possible = frozenset(f.group for f in flags if f.certainty == "possible") - definite
    return Analysis(flags=flags, definite=definite, possible=possible)
