"""The food knowledge, compiled: a token trie of terms, traps, negators and markers, with what the scan needs.

`domain/data/foods.json` holds it as data (a spec lists groups: a bare id is definite, "?id" possible);
compile_knowledge turns it into a Knowledge once per process. Tokens are folded (case, accents, apostrophes)
and misspellings corrected here, with work bounded per token whatever its length.
"""

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

from domain.groups import GROUPS
from domain.normalise import KEPT_MARKS, MAX_PICTURE_WORDS

Certainty = Literal["definite", "possible"]

# A word's letters, and the vowel signs and marks of the Indic scripts, Thai, Lao, Myanmar and Khmer, which are no
# letters to the regex ("चीनी", "น้ำตาล", "နို့" would otherwise break at every vowel sign); their dandas and full
# stops stay breaks. The kana voicing marks too: half-width "ｶﾞﾑ" normalises to カ, a combining mark, ム, and folds to
# ガム.
_L = (r"(?:[^\W_]|[\u0900-\u0963\u0966-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u102b-\u103e\u1056-\u109d"
      r"\u17b4-\u17d3\u17dd\u3099\u309a])")
# Letters repeat possessively: a group repeated greedily keeps backtracking state, superlinear on a 1 MB word.
# "w/o" and "w/out" are one token; "mac'n'cheese" and "fish'n chips" are three words, 'n' the "and" of "mac n cheese".
TOKEN_RE = re.compile(
    rf"(?<!{_L})w/o(?:ut)?(?!{_L})|(?<!{_L})w/|(?<!{_L}){_L}{{1,3}}&{_L}{{1,3}}(?!{_L})|&|\+"
    rf"|(?<=['’])n(?=['’])|{_L}++(?:['’](?!n(?:['’]|(?!{_L}))){_L}++)*",
    re.IGNORECASE,
)
# Scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer) and Korean's compounds
# ("대두레시틴"): a run of them is one token, read as the known words it is made of (see segment).
SPACELESS_RE = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ecd\u1000-\u103f\u1050-\u109d\u1780-\u17d3\u3040-\u30ff"
                          r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
MAX_SEGMENTED_LENGTH = 96  # longer runs are read in pieces of this length
MAX_FUZZY_CACHE = 50_000
ENDINGS = ("ed", "ing", "ly")
# Real words one swap from a term: "food diary" is no dairy, nana no naan.
NOT_SLIPS = frozenset({"diary", "diaries", "nana"})
# Compounds ("Weizenvollkornmehl", "kokosmelk", "almondmilk") are split only up to this length, so the work per
# token stays bounded; German joins words with these linking letters ("Roggen-brot", "Schaf-s-käse").
MAX_COMPOUND_LENGTH = 32
MIN_PART = 3
LINKS = ("s", "n", "en", "es", "e")
# The knowledge file's sections of negators of a particular kind; each of their words is a negator too
NEGATOR_KINDS = ("contrast_negators", "replacement_negators", "retraction_negators", "list_negators",
                 "verb_negators", "removal_negators", "swap_negators", "plan_negators", "negators_either_side")


@dataclass(frozen=True, slots=True)
class Entry:
    kind: Literal["term", "trap", "negator", "free", "possible_marker", "clause", "correction", "only_eaten", "leaving",
                  "recipe", "postposed_negator"]
    term: str
    groups: tuple[tuple[str, Certainty], ...] = ()
    reason: str | None = None
    # Groups this ingredient stands in for (oat milk for dairy, rice flour for wheat).
    substitutes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Contraction:
    """How a word reads before one of the words that show its language, and whether a word of its clause must come
    before it ("bifana no pão", not "burger, no pão")."""

    reads: str
    before: frozenset[str]
    after_a_word: bool


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
    # The words as the knowledge writes them, without the plurals made for them: a slip is corrected only to one
    # of these ("bobs" is no slip for the plural "bobas", nor "papas" (potatoes) for "papads").
    written: set[str] = field(default_factory=set)
    deletions: dict[str, set[str]] = field(default_factory=dict)
    fuzzy_cache: dict[str, str | None] = field(default_factory=dict)
    max_phrase_tokens: int = 1
    max_word_length: int = 0
    # Terms that mean something else on an ingredient list (plain "chocolate" there may be unsweetened).
    in_labels: dict[str, Entry] = field(default_factory=dict)
    # Terms whose groups count only in a sweet ("natural flavors" may hide milk in a caramel, not in a soda).
    only_in_sweets: frozenset[str] = frozenset()
    sweet_re: re.Pattern | None = None
    personal: bool = False
    # Compound splitting: words a compound may be made of, the words it may end in, and those of them that may
    # follow a modifier the knowledge does not know ("Ziegen|käse": some cheese, so dairy is only possible).
    part_words: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()
    guess_heads: frozenset[str] = frozenset()
    # Romance "<head> de <modifier>" ("lait de coco", "farine de riz"), read as "<modifier> <head>".
    link_words: frozenset[str] = frozenset()
    after_link: dict[str, str] = field(default_factory=dict)  # "malto d'orzo": orzo is barley there, not pasta
    known_words: frozenset[str] = frozenset()  # vocabulary and translations: a modifier the knowledge can read
    split_cache: dict[str, tuple[tuple[str, ...], bool] | None] = field(default_factory=dict)
    plain_words: frozenset[str] = frozenset()  # English words that are never a misspelling ("what", "late")
    link_re: re.Pattern | None = None
    # Food emoji and the words each is read as, spaced ("🍕": " pizza ").
    pictures: dict[str, str] = field(default_factory=dict)
    # How each token key reads (aliases, a misspelling corrected, a compound split), cached: typed meals repeat
    # their words, so the scan mostly does one lookup per token.
    readings: dict[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict)
    # "latte w/ soy": a plant milk's first word after "with" names the milk in a coffee or tea (its last word).
    milk_words: dict[str, Entry] = field(default_factory=dict)
    milk_drinks: frozenset[str] = frozenset()
    # Substitutes named as such (brands, "vegan cheese"), not "<qualifier> <head>" phrases: in a dish they may be
    # what replaced its own source ("margherita pizza w/ vegan cheese"), where "rice crackers" beside a sandwich
    # are a side.
    named_substitutes: frozenset[str] = frozenset()
    # Terms whose negation removes only themselves ("yaourt sans lactose" is still a yogurt).
    negated_alone: frozenset[str] = frozenset()
    # Token keys that open an allergen statement when a colon follows ("Contains:", "Enthält:" via translations).
    statement_words: frozenset[str] = frozenset()
    # Last words naming a milk itself ("oat drink"): such a substitute replaces a coffee's milk, not a dish's.
    milk_names: frozenset[str] = frozenset()
    # what a dish is made on or of ("bread", "pasta", "cheese") and the groups a kind of it may stand in for
    base_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    # a sandwich's wheat is its bread: the last words of what may stand in for it
    made_on: dict[str, frozenset[str]] = field(default_factory=dict)
    milkless_words: frozenset[str] = frozenset()  # "black": a coffee or tea said with it had no milk
    shares: frozenset[str] = frozenset()  # "half", "the crust": after "only ate", still of the dish
    # Arabic and Hebrew "and", "the" joined to a word, longest first, with the fewest letters the word must keep
    word_prefixes: tuple[tuple[str, int], ...] = ()
    # Mongolian case endings, longest first, with the fewest letters the word must keep
    word_suffixes: tuple[tuple[str, int], ...] = ()
    # Words after "&" that start the next thing eaten ("no cheese & a coke").
    item_starters: frozenset[str] = frozenset()
    # Negators whose negation runs over the list after them ("Free from dairy, gluten, soya.").
    list_negators: frozenset[str] = frozenset()
    # Postposed negators whose negation runs back over the list before them ("小麦・乳・卵不使用").
    postposed_list_negators: frozenset[str] = frozenset()
    # Suffixes that make a term's word a free marker of its groups ("cheeseless", "bun-less").
    without_suffixes: tuple[str, ...] = ()
    # Answers that, alone right after a question, take the question's item back ("almond milk in cereal? no - ").
    question_answers: frozenset[str] = frozenset()
    # Words that point back at a food said before ("put it back", "ate it without the bun").
    pronouns: frozenset[str] = frozenset()
    refusals: frozenset[str] = frozenset()  # "Refused.": alone, a correction of the sentence before
    eaten_it: frozenset[tuple[str, ...]] = frozenset()  # ("ate", "it"): said right before a negator of the dish
    # Negators of what was taken off a dish ("I took the cheese off"): the dish may still hold a trace of it.
    removal_negators: frozenset[str] = frozenset()
    # Negators that are verbs ("skipped", "didn't have"): opening a sentence, they tell of a food of their own.
    verb_negators: frozenset[str] = frozenset()
    replacement_negators: frozenset[str] = frozenset()
    retraction_negators: frozenset[str] = frozenset()
    # Negators that set what follows against what came before ("kitkat not coffee crisp"): only what follows goes.
    contrast_negators: frozenset[str] = frozenset()
    others_negators: frozenset[str] = frozenset()  # "kids had": what follows in the sentence is someone else's
    first_person: frozenset[str] = frozenset()  # "I", "yo", "我": the diarist's own again
    either_side: frozenset[str] = frozenset()  # "craving": of the food right before it, or else of what follows
    plan_negators: frozenset[str] = frozenset()  # "next week": the rest of the sentence is planned, not eaten
    now_words: frozenset[str] = frozenset()  # "today", "tonight": the diary is back to what was eaten
    past_eating: frozenset[str] = frozenset()  # "had", "ate": so is it here
    plan_consequences: frozenset[str] = frozenset()  # "tomorrow so ...": a plan word that led to what follows
    # Words read as written, accents and all ("rôti" is roast, not the roti its letters spell), and their finder.
    accented: dict[str, str] = field(default_factory=dict)
    accented_re: re.Pattern[str] | None = None
    spirits: frozenset[str] = frozenset()  # in a sentence that names one, a plain mixer ("soda") is soda water
    plain_mixers: frozenset[str] = frozenset()
    # Products a flavour's name follows ("quest bar cookies n cream"): what the flavour names is only possible.
    flavoured_products: frozenset[str] = frozenset()
    leftover_words: frozenset[str] = frozenset()  # "the leftover pancakes": those said before
    own_portion: frozenset[str] = frozenset()  # "spag bol for the kids, mine on zucchini noodles": my plate of it
    belief_words: frozenset[str] = frozenset()  # "believes it is sugar-free": what follows is a belief, not a fact
    # "The haggis was the gluten-free one": words between a food and a free marker that say it of the food before
    copulas: frozenset[str] = frozenset()  # verbs of being ("was")
    articles: frozenset[str] = frozenset()  # and the words that may follow them ("the", "also")
    kind_words: frozenset[str] = frozenset()  # a word for a kind of the food said before ("the roasted sesame one")
    flavour_words: frozenset[str] = frozenset()  # "sour candy flavor": the food before names a flavour only
    # Known words of the spaceless scripts (translations, terms, negators, markers) and the longest one's length.
    segment_words: frozenset[str] = frozenset()
    segment_lengths: dict[str, int] = field(default_factory=dict)  # first character -> longest such word's length
    spans_cache: dict[str, tuple[tuple[int, int, tuple[str, ...]], ...]] = field(default_factory=dict)
    # Negators of what was swapped out ("swapped the naan for rice"): a word after it ("for") ends the negation.
    swap_negators: frozenset[str] = frozenset()
    swap_ends: frozenset[str] = frozenset()
    # Negators of what comes after their "for" ("substituted tofu for paneer"): what they name first was eaten.
    swapped_in: frozenset[str] = frozenset()
    swapped_in_ends: frozenset[str] = frozenset()  # the word after which what was substituted for is named
    # Genitive words between a modifier and its head in English order ("chawal ka atta": rice flour).
    genitive_links: frozenset[str] = frozenset()
    # Words of a trace statement said after what it names ("Süt ve fındık içerebilir."): the sentence is possible.
    possible_after: frozenset[str] = frozenset()
    # Markers of serving and cooking text that count only where they open a sentence, an item or a heading
    # ("Serving suggestion:", "Tip: try it in a sandwich"), not after a word ("fruit preparation").
    opening_markers: frozenset[str] = frozenset()
    # Words that say where a negated food would have been ("no cheese on the pizza"): the negation ends there.
    negation_ends: frozenset[str] = frozenset()
    # A word that is a food or a negator in one language and a common word in another, before the words that show
    # that language ("bifana no pão", "mais sans les croûtons"): what it reads as there.
    contractions: dict[str, Contraction] = field(default_factory=dict)
    # Vietnamese terms as written, by the term they read as: tone marks tell words apart ("ngõ", an alley, is no "ngô",
    # corn), so a word typed with marks must be the term's own.
    marked_spellings: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    def add(self, phrase: str, entry: Entry, *, replace: bool = True) -> None:
        keys = phrase_keys(phrase, self.aliases)
        if not keys:
            return
        for variant in _plural_variants(keys) if entry.kind in ("term", "trap") else [keys]:
            node = self.trie
            for key in variant:
                node = node.setdefault(key, {})
            if replace or None not in node:
                node[None] = entry
            self.max_phrase_tokens = max(self.max_phrase_tokens, len(variant))
            self.max_word_length = max(self.max_word_length, *(len(k) for k in variant))
            self.vocabulary.update(variant)
        self.written.update(keys)

    def terms_of(self, phrases: Iterable[str], kind: str | None = None) -> frozenset[str]:
        """The terms the phrases are read as (of the kind, if given); a phrase the vocabulary lacks is left out."""
        return frozenset(e.term for e in map(self.lookup, phrases) if e is not None and kind in (None, e.kind))

    def _node(self, keys: Sequence[str]) -> dict | None:
        node: dict | None = self.trie
        for key in keys:
            node = node.get(key) if node is not None else None
        return node

    def lookup(self, phrase: str) -> Entry | None:
        node = self._node(phrase_keys(phrase, self.aliases))
        return node.get(None) if node is not None else None

    def mark_substitute(self, phrase: str, groups: tuple[str, ...]) -> None:
        keys = phrase_keys(phrase, self.aliases)
        for variant in _plural_variants(keys):
            node = self._node(variant)
            entry = node.get(None) if node is not None else None
            if node is not None and entry is not None:
                # a name may stand in for more than one group ("quest bar": wheat and sugar)
                joined = tuple(dict.fromkeys(entry.substitutes + groups))
                node[None] = Entry(entry.kind, entry.term, entry.groups, entry.reason, joined)

    def index_misspellings(self) -> None:
        for word in self.vocabulary:
            # Latin script only: in Arabic, Hebrew or Greek one letter apart is most often another word
            # ("الحرية", freedom, is not harira), and no corpus holds a typo in them
            if len(word) >= 6 and word.isalpha() and word.isascii():
                self.deletions.setdefault(word, set()).add(word)
                for deleted in _deletions(word):
                    self.deletions.setdefault(deleted, set()).add(word)

    def correct(self, key: str) -> str:
        """A vocabulary word one edit away from a token that is not one, when exactly one such word fits.

        Long tokens (7+) may have any one edit; short ones (4-6) only a lost or doubled letter. A token longer
        than the longest vocabulary word plus one cannot be one edit from it, so the work per token is bounded
        whatever its length. Answers are cached: typed meals repeat their words.
        """
        cached = self.fuzzy_cache.get(key, "")
        if cached != "":
            return cached or key
        found = None
        if (key not in self.vocabulary and 4 <= len(key) <= self.max_word_length + 1 and key.isalpha() and key.isascii()
                and self.deletions and key not in self.plain_words):
            found = (self._undoubled(key) or self._one_edit(key)) if len(key) >= 7 else self._lost_or_doubled(key)
        if len(self.fuzzy_cache) < MAX_FUZZY_CACHE:
            self.fuzzy_cache[key] = found
        return found or key

    def clear_caches(self) -> None:
        """Forget every token's cached reading (tests and the bench measure the work of fresh input)."""
        self.fuzzy_cache.clear()
        self.split_cache.clear()
        self.readings.clear()
        self.spans_cache.clear()

    def read(self, key: str) -> tuple[tuple[str, ...], bool]:
        """The vocabulary keys a token key reads as, and whether they are a guess (see split)."""
        reading: tuple[tuple[str, ...], bool]
        expanded = self.aliases.get(key)
        if expanded is not None:
            reading = expanded, False
        elif self.segment_words and SPACELESS_RE.search(key) and key not in self.vocabulary:
            reading = self.segment(key), False
        else:
            corrected = self.correct(key)
            if corrected != key:
                # A letter lost or doubled ("chedar", "yoghurtt") is a slip of the thumb; any other edit
                # ("manners" for magners) may be another word, so what it brings is only possible.
                sure = _one_lost(key, corrected) or _one_lost(corrected, key)
                reading = self.aliases.get(corrected, (corrected,)), not sure  # a misspelt foreign word: "zuckker"
            elif key in self.vocabulary:
                reading = (key,), False
            elif (unprefixed := self._unprefixed(key) or self._unsuffixed(key)) is not None:
                reading = unprefixed
            elif len(key) < 2 * MIN_PART:
                reading = (key,), False
            else:
                reading = (self.split(key) or self._umlaut_reading(key) or self._without_reading(key)
                           or ((key,), False))
        if len(self.readings) < MAX_FUZZY_CACHE:
            self.readings[key] = reading
        return reading

    def segment(self, key: str) -> tuple[str, ...]:
        """A run of a spaceless script as the known words it is made of, read through translations (see pieces)."""
        return tuple(word for _, _, words in self.segment_pieces(key) for word in words)

    def segment_spans(self, raw: str, key: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
        """A spaceless run's pieces as offsets into the run as written (folding may change its length), so that
        each word's span is its own characters; empty when the two cannot be lined up. Cached per run."""
        cached = self.spans_cache.get(raw)
        if cached is None:
            origin = [i for i, c in enumerate(raw) for _ in fold(c)]
            cached = () if len(origin) != len(key) else tuple(
                (origin[start], origin[end - 1] + 1, words) for start, end, words in self.segment_pieces(key))
            if len(self.spans_cache) < MAX_FUZZY_CACHE:
                self.spans_cache[raw] = cached
        return cached

    def segment_pieces(self, key: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
        """A run of a spaceless script cut into pieces (start, end, the keys the piece reads as).

        "白砂糖" is 白|砂糖 (white sugar), "玉米淀粉" 玉米|淀粉 (corn starch), "대두레시틴" 대두|레시틴 (soybean
        lecithin). Of all the ways to cut the run into known words and unknown stretches, the one that leaves the
        fewest characters unknown, then has the fewest pieces: the longest known word wins ("乳化剤" is an
        emulsifier, not milk). An unknown stretch stays a key of its own, so the words either side of it do not
        join into a phrase. Bounded work: each position tries words up to the longest known one starting with its
        character, and runs longer than MAX_SEGMENTED_LENGTH are cut in turns of that length.
        """
        if len(key) > MAX_SEGMENTED_LENGTH:
            return tuple((start + i, end + i, words) for i in range(0, len(key), MAX_SEGMENTED_LENGTH)
                         for start, end, words in self.segment_pieces(key[i:i + MAX_SEGMENTED_LENGTH]))
        n, words, lengths = len(key), self.segment_words, self.segment_lengths
        # best[i]: (unknown characters, pieces, cut before i, whether key[cut:i] is a known word) for key[:i]
        best: list[tuple[int, int, int, bool]] = [(0, 0, 0, False)] + [(n + 1, n + 1, 0, False)] * n
        for start in range(n):
            unknown, pieces = best[start][0], best[start][1]
            for end in range(start + 1, min(n, start + lengths.get(key[start], 0)) + 1):
                if key[start:end] in words and (unknown, pieces + 1) < best[end][:2]:
                    best[end] = (unknown, pieces + 1, start, True)
            if (unknown + 1, pieces + 1) < best[start + 1][:2]:  # one unknown character
                best[start + 1] = (unknown + 1, pieces + 1, start, False)
        parts: list[tuple[int, int, bool]] = []
        end = n
        while end > 0:
            _, _, start, known = best[end]
            if not known and parts and not parts[-1][2]:
                parts[-1] = (start, parts[-1][1], False)  # unknown stretches join into one
            else:
                parts.append((start, end, known))
            end = start
        return tuple((start, end, self.aliases.get(key[start:end], (key[start:end],)) if known else (key[start:end],))
                     for start, end, known in reversed(parts))

    def _without_reading(self, key: str) -> tuple[tuple[str, ...], bool] | None:
        """"cheeseless" as cheese|less, "şekersiz" as sugar|siz, when the word before the suffix is a term of some
        group."""
        for suffix in self.without_suffixes:
            base = key[:-len(suffix)]
            if key.endswith(suffix) and len(base) >= MIN_PART:
                words = self.aliases.get(base, (base,))  # Turkish "şekersiz": şeker, read as sugar, then -siz
                entry = self._node(words)
                term = entry.get(None) if entry is not None else None
                if term is not None and term.kind == "term" and term.groups:
                    return (*words, suffix), False
        return None

    def _unprefixed(self, key: str) -> tuple[tuple[str, ...], bool] | None:
        """Arabic and Hebrew write "and", "with", "the" joined to the word ("وكعك", and cake; "בחלב", in milk):
        a word the vocabulary does not know is read as the known word after such a prefix."""
        if key.isascii():
            return None
        for prefix, shortest in self.word_prefixes:
            rest = key[len(prefix):]
            if key.startswith(prefix) and len(rest) >= shortest and (rest in self.aliases or rest in self.vocabulary):
                return self.aliases.get(rest, (rest,)), False
        return None

    def _unsuffixed(self, key: str) -> tuple[tuple[str, ...], bool] | None:
        """Mongolian joins case endings to the word ("талхтай", with bread; "буузны", of buuz): a word the
        vocabulary does not know is read as the food before such an ending."""
        for suffix, shortest in self.word_suffixes:
            rest = key[:-len(suffix)]
            if not key.endswith(suffix) or len(rest) < shortest:
                continue
            if rest not in self.aliases and rest not in self.vocabulary:
                continue
            words = self.aliases.get(rest, (rest,))
            entry = self._node(words)
            term = entry.get(None) if entry is not None else None
            if term is not None and term.kind == "term" and term.groups:
                return words, False
        return None

    def _umlaut_reading(self, key: str) -> tuple[tuple[str, ...], bool] | None:
        """German typed without umlauts ("Kaese", "Broetchen", "Muesli" aside): read as the folded umlaut."""
        if "ae" not in key and "oe" not in key and "ue" not in key:
            return None
        plain = key.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        if plain in self.aliases:
            return self.aliases[plain], False
        if plain in self.vocabulary:
            return (plain,), False
        return self.split(plain)

    def split(self, key: str) -> tuple[tuple[str, ...], bool] | None:
        """A compound's parts, as vocabulary keys, and whether a leading part was unknown (a guess).

        "weizenvollkornmehl" is weizen|vollkorn|mehl, read as "wheat wholegrain flour"; "kokosmelk" is coconut
        milk, which the vocabulary knows is no dairy; "ziegenkase" ends in a cheese word after a modifier the
        knowledge does not know, so its groups are only possible. Bounded work: at most MAX_COMPOUND_LENGTH
        letters, each prefix decomposed once. Answers are cached.
        """
        cached = self.split_cache.get(key, "")
        if cached != "":
            return cached  # type: ignore[return-value]
        found = None
        if 2 * MIN_PART <= len(key) <= MAX_COMPOUND_LENGTH and key.isalpha() and self.compound_heads:
            found = self._split(key)
        if len(self.split_cache) < MAX_FUZZY_CACHE:
            self.split_cache[key] = found
        return found

    def _split(self, key: str) -> tuple[tuple[str, ...], bool] | None:
        memo: dict[str, list[str] | None] = {}
        for cut in range(MIN_PART, len(key) - 1):  # the longest head first: "kern|mehl" before "mehl"
            head = key[cut:]
            if head not in self.compound_heads:
                continue
            prefix = key[:cut]
            parts = self._decompose(prefix, memo)
            if parts is not None:
                return tuple(self._expand(parts + [head])), False
            if head in self.guess_heads and len(prefix) >= 4:
                leading = next((prefix[:n] for n in range(len(prefix) - 1, 3, -1)
                                if prefix[:n] in self.part_words), None)
                return tuple(self._expand(([leading] if leading else []) + [head])), True
        return None

    def _decompose(self, text: str, memo: dict[str, list[str] | None]) -> list[str] | None:
        if text in memo:
            return memo[text]
        memo[text] = None
        found: list[str] | None = None
        if text in self.part_words:
            found = [text]
        else:
            found = next(([text[:-len(link)]] for link in LINKS
                          if text.endswith(link) and text[:-len(link)] in self.part_words), None)
        if found is None:
            for cut in range(MIN_PART, len(text) - MIN_PART + 1):
                tail = text[cut:]
                tail_word = tail if tail in self.part_words else next(
                    (tail[:-len(link)] for link in LINKS
                     if tail.endswith(link) and tail[:-len(link)] in self.part_words), None)
                if tail_word is None or len(tail_word) < MIN_PART:
                    continue
                rest = self._decompose(text[:cut], memo)
                if rest is not None:
                    found = rest + [tail_word]
                    break
        memo[text] = found
        return found

    def _expand(self, parts: list[str]) -> list[str]:
        return [word for part in parts for word in self.aliases.get(part, (part,))]

    def _undoubled(self, key: str) -> str | None:
        """A doubled letter is the likeliest slip ("buttter", "yoghurtt"): preferred to any other one edit."""
        return self._unambiguous({c for c in (key[:i] + key[i + 1:] for i in range(1, len(key)) if key[i] == key[i - 1])
                                  if c in self.vocabulary or c in self.aliases})

    def _one_edit(self, key: str) -> str | None:
        candidates = set(self.deletions.get(key, ()))
        for deleted in _deletions(key):
            candidates |= self.deletions.get(deleted, set())
        # Misspellings keep the start of a word; a different first letter is usually a different word
        # (custard/mustard, cream/dream), and an English ending is a word of its own (toasted/toastie).
        ending = key.endswith(ENDINGS)
        return self._unambiguous({c for c in candidates if c in self.written and c[:2] == key[:2]
                                  and abs(len(c) - len(key)) <= 1
                                  and (not ending or c.endswith(key[-2:])) and _one_apart(c, key)})

    def _lost_or_doubled(self, key: str) -> str | None:
        """Short words only lose or double a letter ("buter", "milkk", "chees"); anything else is another word."""
        candidates = {key[:i] + key[i + 1:] for i in range(1, len(key)) if key[i] == key[i - 1]}
        candidates |= {key[:i] + key[i] + key[i:] for i in range(1, len(key))}
        candidates |= {key[:i] + vowel + key[i:] for i in range(2, len(key) + 1) for vowel in "aeiou"}  # "bred"
        if len(key) >= 5:
            candidates |= {w for w in self.deletions.get(key, ()) if len(w) == len(key) + 1 and w[:2] == key[:2]}
        # Two letters swapped after the first ("mlik", "suagr"); not in a plural ("nanas" is no "naans") or a
        # word of its own (a diary is no dairy).
        if key not in NOT_SLIPS and not key.endswith("s"):
            candidates |= {key[:i] + key[i + 1] + key[i] + key[i + 2:] for i in range(1, len(key) - 1)}
        # Only a word that is a term or trap on its own: "pure" is not a slip for the "puree" of "tomato puree";
        # and a lost final "s" is a singular, not a slip ("combo" is not the snack "Combos").
        return self._unambiguous({c for c in candidates
                                  if c in self.written and None in self.trie.get(c, {}) and c != key + "s"})

    def _unambiguous(self, candidates: set[str]) -> str | None:
        """The one candidate, or the first of several that all mean the same groups ("chees": cheese, cheesy)."""
        if len(candidates) <= 1:
            return next(iter(candidates), None)
        # "tortillla": tortilla and the misspelling "tortillia" the aliases already read as tortilla are one word.
        readings = {self.aliases.get(c, (c,)) for c in candidates}
        if len(readings) == 1:
            return min(candidates)
        nodes = [self._node(reading) for reading in sorted(readings)]
        entries = [node.get(None) if node is not None else None for node in nodes]
        if all(e is not None and e.groups and e.groups == entries[0].groups for e in entries):  # type: ignore[union-attr]
            return min(candidates)
        return None


def _one_apart(a: str, b: str) -> bool:
    """One letter lost, added, changed, or two neighbours swapped (the shared-deletion index also finds two)."""
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    return _one_lost(a, b) if len(a) > len(b) else _one_lost(b, a)


def _one_lost(longer: str, shorter: str) -> bool:
    """Whether the shorter word is the longer with one letter lost (or the longer the shorter with one doubled)."""
    if len(longer) != len(shorter) + 1:
        return False
    i = next((i for i in range(len(shorter)) if longer[i] != shorter[i]), len(shorter))
    return longer[i + 1:] == shorter[i:]


def _deletions(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


# Letters that carry no accent to strip but are written in ASCII by those who type without them.
LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ß": "ss"})


def fold(text: str) -> str:
    text = text.lower()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c) or c in KEPT_MARKS)
        text = unicodedata.normalize("NFC", text)  # kana keep their voicing, Hangul its syllables
        text = text.replace("’", "").translate(LETTERS)
    return text.replace("'", "") if "'" in text else text


# "malto d'orzo", "l'huile": an elided article or preposition is a word of its own.
ELISION = re.compile(r"(?:d|l|dell|dall|all|nell|sull)['’](?=[^\W_])", re.IGNORECASE)


def phrase_keys(phrase: str, aliases: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    keys: list[str] = []
    for match in TOKEN_RE.finditer(phrase):
        raw = match.group()
        elided = ELISION.match(raw) if "'" in raw or "’" in raw else None
        if elided is not None:  # read as the scan reads it
            keys.append(fold(raw[:elided.end() - 1]))
            raw = raw[elided.end():]
        key = fold(raw)
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


def _claims_after_negators(data: dict) -> dict[str, list[tuple[str, set[str]]]]:
    """The free markers a negator opens ("zero sugar"): per negator, the rest of each and the groups it frees."""
    negators = {fold(negator) for negator in data.get("negators", [])}
    claims: dict[str, list[tuple[str, set[str]]]] = {}
    for marker, groups in data.get("free_markers", {}).items():
        first, _, rest = fold(marker).partition(" ")
        if rest and first in negators:
            claims.setdefault(first, []).append((rest, set(groups)))
    return claims


def compile_knowledge(data: dict) -> Knowledge:
    """Compile the knowledge file's dict into a Knowledge ready for flag_text."""
    knowledge = Knowledge()
    knowledge.aliases = {fold(k): tuple(fold(w) for w in v.split()) for k, v in data.get("aliases", {}).items()}
    # Ingredient words of other languages read as their English ("Weizen" wheat, "lait" milk, "azúcar" sugar), so
    # that what the English vocabulary knows about a phrase ("coconut milk", "rice flour") holds for theirs.
    translations = {fold(k): tuple(fold(w) for w in v.split()) for k, v in data.get("translations", {}).items()}
    for key, words in translations.items():
        knowledge.aliases.setdefault(key, words)
    # What a token reads as is in the same keys a term's words are ("khao pad kaprao" read as "pad kra pao" meets
    # the term "pad kra pao", whose "pao" the Portuguese translation reads as bread): each word once through them.
    written = dict(knowledge.aliases)
    knowledge.aliases = {key: tuple(k for w in words for k in written.get(w, (w,))) for key, words in written.items()}
    knowledge.labels = {g: data["groups"][g]["label"] for g in GROUPS}
    for group, info in data["groups"].items():
        for word in info["free_words"]:
            knowledge.free_words[fold(word)] = group

    specs: dict[str, tuple[tuple[str, Certainty], ...]] = {}
    claims_after = _claims_after_negators(data)
    for term, value in data["terms"].items():
        spec, reason = (value, None) if value is None or isinstance(value, str) else (value[0], value[1])
        groups = _parse_spec(spec)
        # "pepsi max zero sugar": a product named for its claim ("<drink> zero"), said with the rest of the claim,
        # is the same product, not a product and a bare "sugar"; only where it brings none of what the claim frees
        if " " in term and (rests := claims_after.get(fold(term).rsplit(" ", 1)[-1])):
            sure = {g for g, c in groups if c == "definite"}
            for rest in (rest for rest, freed in rests if not freed & sure):
                knowledge.add(f"{term} {rest}", Entry("term" if groups else "trap", term, groups, reason),
                              replace=False)
        # A term in another language that reads as an English one ("lait": milk) leaves the English entry alone.
        translated = any(fold(m.group()) in translations for m in TOKEN_RE.finditer(term))
        key = " ".join(phrase_keys(term, knowledge.aliases))
        if translated and " " not in key and key != fold(term):
            continue  # "lait" reads as milk: the English word's entry decides, and keeps its own reason
        if not translated or key not in specs:
            specs[key] = groups
        knowledge.add(term, Entry("term" if groups else "trap", term, groups, reason), replace=not translated)
    for trap in data.get("traps", []):
        knowledge.add(trap, Entry("trap", trap), replace=False)
    protocol = data.get("protocol_talk", {})
    for subject in protocol.get("subjects", []):
        for phrase in [*(f"{subject} {w}" for w in protocol["after"]), *(f"{w} {subject}" for w in protocol["before"])]:
            knowledge.add(phrase, Entry("trap", phrase), replace=False)
    for head, rule in data.get("qualified_heads", {}).items():
        # A plural head qualifies its singular too ("glass noodles", "glass noodle salad").
        singular = head[:-1] if head.endswith("s") else None
        if singular and " ".join(phrase_keys(singular, knowledge.aliases)) not in specs:
            singular = None
        for form in (head, singular) if singular and singular not in data["qualified_heads"] else (head,):
            head_groups = specs.get(" ".join(phrase_keys(form, knowledge.aliases)), ())
            if (head_entry := knowledge.lookup(form)) is not None:
                knowledge.base_heads[head_entry.term] = frozenset(rule["replaces"])
            kept = tuple(g for g in head_groups if g[0] not in rule["replaces"])
            # a kind named before its generic word ("guinness beer") is that kind, and stands in for nothing else
            replaced = tuple(rule["replaces"]) if rule.get("stands_in", True) else ()
            # "cashew ricotta" is qualified as "cashew cheese" is: a head may share another's qualifiers
            qualifiers = rule.get("qualifiers") or data["qualified_heads"][rule["like"]]["qualifiers"]
            for qualifier in qualifiers:
                entry = knowledge.lookup(qualifier)  # "almond flour", itself a qualified head's phrase
                own = entry.groups if entry is not None else _qualifier_groups(qualifier, specs, knowledge.aliases)
                groups = tuple(dict.fromkeys(kept + own))
                phrase = f"{qualifier} {form}"
                qualified = Entry("term" if groups else "trap", phrase, groups, None, replaced)
                # "tepary beans flour", "lentils pasta": a plural qualifier qualifies as its singular does
                for variant in _plural_variants(phrase_keys(qualifier, knowledge.aliases)):
                    knowledge.add(" ".join((*variant, form)), qualified, replace=False)
                    existing = knowledge.lookup(" ".join((*variant, form)))
                    # a dish of its own that surely has the group ("banana bread" is wheat) does not replace it
                    sure = {g for g, c in existing.groups if c == "definite"} if existing is not None else set()
                    knowledge.mark_substitute(" ".join((*variant, form)), tuple(g for g in replaced if g not in sure))
    for negator in data.get("negators", []):
        knowledge.add(negator, Entry("negator", negator))
    # each kind of negator is a negator: its words are listed once, in their kind's section
    for kind in NEGATOR_KINDS:
        for negator in data.get(kind, {}).get("words", []):
            knowledge.add(negator, Entry("negator", negator))
    others = data.get("others_ate", {})
    others_phrases: list[str] = []
    for phrase in others.get("phrases", []):  # "友達が", "朋友吃": written without spaces, whole
        knowledge.add(phrase, Entry("negator", phrase), replace=False)
        others_phrases.append(phrase)
    for person in others.get("people", []):
        for verb in others.get("verbs", []):
            for before in ["", *others.get("before", [])]:  # "kids ate the pasta", "my wife had the cheesecake"
                phrase = f"{before} {person} {verb}".strip()
                knowledge.add(phrase, Entry("negator", phrase), replace=False)
                others_phrases.append(phrase)
    for marker, groups in data.get("free_markers", {}).items():
        knowledge.add(marker, Entry("free", marker, tuple((g, "definite") for g in groups)))
    for marker in data.get("possible_markers", []):
        knowledge.add(marker, Entry("possible_marker", marker))
    for maker in [*others.get("people", []), *others.get("makers", [])]:
        for verb in others.get("made_verbs", []):  # "nan made a sponge": it may not have been eaten
            knowledge.add(f"{maker} {verb}", Entry("possible_marker", f"{maker} {verb}"), replace=False)
    opening_markers = data.get("opening_markers", {}).get("markers", [])
    for marker in opening_markers:
        knowledge.add(marker, Entry("possible_marker", marker), replace=False)
    for negator in [*data.get("postposed_negators", {}).get("words", []),
                    *data.get("postposed_list_negators", {}).get("words", [])]:
        knowledge.add(negator, Entry("postposed_negator", negator))
    for word in data.get("clause_words", []):
        knowledge.add(word, Entry("clause", word), replace=False)
    knowledge.item_words = frozenset(fold(w) for w in data.get("item_breaking_clause_words", []))
    for group, terms in data.get("substitutable", {}).items():
        for term in terms:
            entry = knowledge.lookup(term)
            if entry is not None:
                knowledge.substitutable[entry.term] = knowledge.substitutable.get(entry.term, frozenset()) | {group}
    named: set[str] = set()
    for group, names in data.get("substitutes", {}).items():
        for name in names:
            named.add(name)
            if knowledge.lookup(name) is None:
                knowledge.add(name, Entry("trap", name, (), None, (group,)))
            else:
                knowledge.mark_substitute(name, (group,))
    knowledge.named_substitutes = frozenset(entry.term for name in named
                                            if (entry := knowledge.lookup(name)) is not None)
    if sweets := data.get("only_in_sweets"):
        knowledge.only_in_sweets = frozenset(entry.term for term in sweets["terms"]
                                             if (entry := knowledge.lookup(term)) is not None)
        sweet_words = sorted({re.escape(fold(word)) for word in sweets["sweets"]}, key=len, reverse=True)
        # "Caramel colour" in a cola names a colouring, not a sweet.
        knowledge.sweet_re = re.compile(rf"\b(?:{'|'.join(sweet_words)})\b(?!\s+colou?r)", re.IGNORECASE)
    for term, value in data.get("in_labels", {}).items():
        entry = knowledge.lookup(term)
        spec, reason = (value, None) if isinstance(value, str) else (value[0], value[1])
        if entry is not None:
            knowledge.in_labels[entry.term] = Entry(entry.kind, entry.term, _parse_spec(spec), reason,
                                                     entry.substitutes)
    milks = data.get("milk_after_with", {})
    knowledge.milk_drinks = frozenset(fold(w) for w in milks.get("drinks", []))
    # A compound takes its head's substitutions: "matcha latte" with oat milk is as dairy-free as a latte is;
    # and a drink named for its milk ("builder's tea", "kopi susu") takes a plant milk as a latte does.
    for term in data["terms"]:
        keys = phrase_keys(term, knowledge.aliases)
        entry = knowledge.lookup(term)
        if entry is None:
            continue
        head = knowledge.lookup(keys[-1]) if len(keys) > 1 else None
        if head is not None and head.term in knowledge.substitutable:
            knowledge.substitutable[entry.term] = (knowledge.substitutable.get(entry.term, frozenset())
                                                   | knowledge.substitutable[head.term])
        if keys[-1] in knowledge.milk_drinks and any(g == "dairy" for g, _ in entry.groups):
            knowledge.substitutable[entry.term] = knowledge.substitutable.get(entry.term, frozenset()) | {"dairy"}
    compounds = data.get("compounds", {})
    knowledge.link_words = frozenset(fold(w) for w in compounds.get("link_words", []))
    knowledge.genitive_links = frozenset(fold(w) for w in compounds.get("genitive_links", []))
    joining = knowledge.link_words | knowledge.genitive_links
    if joining:  # one scan of the text decides whether any "X de Y" needs reordering
        links = "|".join(sorted(map(re.escape, joining), key=len, reverse=True))
        knowledge.link_re = re.compile(rf"(?<![^\W_])(?:{links})(?:['’]|(?![^\W_]))", re.IGNORECASE)
    knowledge.after_link = {fold(k): fold(v) for k, v in compounds.get("after_link", {}).items()}
    for picture, words in data.get("pictures", {}).get("emoji", {}).items():
        if len(picture) != 1 or len(words) + 2 > MAX_PICTURE_WORDS:
            raise ValueError(f"picture {picture!r}: one character, read as at most {MAX_PICTURE_WORDS - 2} characters")
        knowledge.pictures[picture] = f" {words} "
    knowledge.part_words = frozenset(
        w for w in set(translations) | {k for k in knowledge.trie if None in knowledge.trie[k]}
        if len(w) >= MIN_PART and w.isalpha())
    # A short head after an unknown modifier is too often the end of another word ("localhost" is no "ost").
    knowledge.guess_heads = frozenset(w for w in map(fold, compounds.get("guess_heads", [])) if len(w) >= 4)
    heads = {fold(w) for w in compounds.get("heads", [])}
    # A head is an English head word or a word of another language that reads as one ("Pulver": powder).
    knowledge.compound_heads = frozenset(
        {w for w in knowledge.part_words if heads.intersection(knowledge.aliases.get(w, (w,))[-1:])}
        | heads | knowledge.guess_heads)
    for word, milk in milks.get("words", {}).items():
        entry = knowledge.lookup(milk)
        if entry is not None:
            knowledge.milk_words[fold(word)] = entry
            knowledge.add(f"with {word}", Entry("clause", f"with {word}"))  # looked at only after "with"
    knowledge.negated_alone = frozenset(e.term for e in map(knowledge.lookup, data.get("negated_alone", [])) if e)
    statement_words = data.get("statements", {}).get("contains", [])
    knowledge.statement_words = frozenset(k for w in statement_words for k in phrase_keys(w, knowledge.aliases))
    knowledge.milk_names = frozenset(map(fold, data.get("milk_names", {}).get("words", [])))
    made_on = data.get("made_on", {})
    bases = frozenset(fold(w).rsplit(" ", 1)[-1] for w in made_on.get("bases", []))
    for dish in made_on.get("dishes", []):
        if (entry := knowledge.lookup(dish)) is not None:
            knowledge.made_on[entry.term] = bases
    knowledge.milkless_words = frozenset(map(fold, data.get("milkless_words", {}).get("words", [])))
    knowledge.item_starters = frozenset(map(fold, data.get("item_starters", {}).get("words", [])))
    knowledge.without_suffixes = tuple(map(fold, data.get("without_suffixes", {}).get("words", [])))
    prefixes = data.get("word_prefixes", {}).get("prefixes", {})
    knowledge.word_prefixes = tuple(sorted(((fold(p), n) for p, n in prefixes.items()), key=lambda p: -len(p[0])))
    suffixes = data.get("word_suffixes", {}).get("suffixes", {})
    knowledge.word_suffixes = tuple(sorted(((fold(p), n) for p, n in suffixes.items()), key=lambda p: -len(p[0])))
    corrections = data.get("corrections", {})
    for phrase in corrections.get("phrases", []):
        knowledge.add(phrase, Entry("correction", phrase))
    for phrase in corrections.get("refusals", []):
        knowledge.add(phrase, Entry("correction", phrase), replace=False)
    knowledge.refusals = knowledge.terms_of(corrections.get("refusals", []), "correction")
    only_eaten = data.get("only_eaten", {})
    for phrase in only_eaten.get("phrases", []):
        knowledge.add(phrase, Entry("only_eaten", phrase))
    knowledge.shares = frozenset(map(fold, only_eaten.get("keep_after", [])))
    knowledge.question_answers = frozenset(map(fold, corrections.get("after_question", [])))
    knowledge.pronouns = frozenset(map(fold, corrections.get("pronouns", [])))
    knowledge.eaten_it = frozenset((fold(verb), fold(word)) for verb in corrections.get("eaten_verbs", [])
                                   for word in knowledge.pronouns)
    knowledge.removal_negators = knowledge.terms_of(data.get("removal_negators", {}).get("words", []), "negator")
    knowledge.verb_negators = knowledge.terms_of(data.get("verb_negators", {}).get("words", []), "negator")
    swaps = data.get("swap_negators", {})
    knowledge.swap_negators = knowledge.terms_of(swaps.get("words", []), "negator")
    knowledge.swap_ends = frozenset(map(fold, swaps.get("ends", [])))
    knowledge.swapped_in = knowledge.terms_of(swaps.get("swapped_in", []), "negator")
    knowledge.swapped_in_ends = frozenset(map(fold, swaps.get("swapped_in_ends", [])))
    knowledge.accented = {unicodedata.normalize("NFC", word.lower()): reading
                          for word, reading in data.get("accented_words", {}).get("words", {}).items()}
    if knowledge.accented:
        spelled = "|".join(sorted(map(re.escape, knowledge.accented), key=len, reverse=True))
        knowledge.accented_re = re.compile(rf"(?<![^\W\d_])(?:{spelled})(?![^\W\d_])", re.IGNORECASE)
    knowledge.negation_ends = frozenset(map(fold, data.get("negation_ends", {}).get("words", [])))
    marked: dict[str, set[tuple[str, ...]]] = {}
    for term in filter(_vietnamese, data["terms"]):
        entry = knowledge.lookup(term)
        if entry is not None:
            marked.setdefault(entry.term, set()).add(
                tuple(unicodedata.normalize("NFC", m.group().lower()) for m in TOKEN_RE.finditer(term)))
    knowledge.marked_spellings = {term: tuple(sorted(spellings)) for term, spellings in marked.items()}
    knowledge.contractions = {
        fold(word): Contraction(fold(rule["reads"]), frozenset(map(fold, rule["before"])), rule["after_a_word"])
        for word, rule in data.get("contractions", {}).get("words", {}).items()}
    flavoured = data.get("flavoured_products", {}).get("words", [])
    knowledge.flavoured_products = knowledge.terms_of(flavoured)
    leftovers = data.get("leftovers", {})
    knowledge.leftover_words = frozenset(map(fold, leftovers.get("words", [])))
    knowledge.own_portion = frozenset(map(fold, leftovers.get("own_portion", [])))
    knowledge.articles = frozenset(map(fold, leftovers.get("articles", [])))
    knowledge.copulas = frozenset(map(fold, leftovers.get("copulas", [])))
    knowledge.kind_words = frozenset(map(fold, leftovers.get("kind_words", [])))
    knowledge.belief_words = frozenset(map(fold, data.get("beliefs", {}).get("words", [])))
    knowledge.flavour_words = frozenset(map(fold, data.get("flavoured_products", {}).get("flavour_words", [])))
    spirits = data.get("spirits", {})
    for word in spirits.get("words", []):
        if knowledge.lookup(word) is None:
            knowledge.add(word, Entry("trap", word))
    knowledge.spirits = knowledge.terms_of(spirits.get("words", []))
    knowledge.plain_mixers = knowledge.terms_of(spirits.get("plain_mixers", []))
    replacements = data.get("replacement_negators", {}).get("words", [])
    knowledge.replacement_negators = knowledge.terms_of(replacements, "negator")
    knowledge.retraction_negators = knowledge.terms_of(data.get("retraction_negators", {}).get("words", []), "negator")
    knowledge.contrast_negators = knowledge.terms_of(data.get("contrast_negators", {}).get("words", []), "negator")
    knowledge.others_negators = knowledge.terms_of(others_phrases, "negator")
    knowledge.first_person = frozenset(fold(w) for w in others.get("first_person", []))
    knowledge.either_side = knowledge.terms_of(data.get("negators_either_side", {}).get("words", []), "negator")
    plans = data.get("plan_negators", {})
    knowledge.plan_negators = knowledge.terms_of(plans.get("words", []), "negator")
    knowledge.now_words = frozenset(" ".join(phrase_keys(w, knowledge.aliases)) for w in plans.get("now_words", []))
    knowledge.past_eating = frozenset(fold(w) for w in plans.get("past_eating", []))
    knowledge.plan_consequences = frozenset(fold(w) for w in plans.get("consequences", []))
    for phrase in data.get("leavings", {}).get("phrases", []):
        knowledge.add(phrase, Entry("leaving", phrase))
    for phrase in data.get("recipes", {}).get("openers", []):
        knowledge.add(phrase, Entry("recipe", phrase))
    knowledge.list_negators = knowledge.terms_of(data.get("list_negators", {}).get("words", []), "negator")
    knowledge.postposed_list_negators = knowledge.terms_of(
        data.get("postposed_list_negators", {}).get("words", []), "postposed_negator")
    knowledge.opening_markers = knowledge.terms_of(opening_markers, "possible_marker")
    knowledge.possible_after = frozenset(fold(w) for w in data.get("possible_markers_after", {}).get("words", []))
    knowledge.known_words = frozenset(knowledge.vocabulary | {w for words in translations.values() for w in words})
    knowledge.plain_words = frozenset(fold(w) for w in data.get("not_misspellings", {}).get("words", []))
    knowledge.segment_words = frozenset(
        w for w in set(knowledge.aliases) | knowledge.vocabulary if SPACELESS_RE.search(w))
    for word in knowledge.segment_words:
        knowledge.segment_lengths[word[0]] = max(knowledge.segment_lengths.get(word[0], 0), len(word))
    knowledge.index_misspellings()
    return knowledge


# Marks only Vietnamese puts on Latin letters: the hook above, the dot below, the horn, and a tone on a vowel that
# already has a mark ("ầ").
_VIETNAMESE_MARKS = frozenset("\u0309\u0323\u031b")


def _vietnamese(text: str) -> bool:
    if text.isascii():
        return False
    if "đ" in text.lower():
        return True
    for char in text:
        marks = [c for c in unicodedata.normalize("NFD", char) if unicodedata.combining(c)]
        if len(marks) > 1 or _VIETNAMESE_MARKS.intersection(marks):
            return True
    return False


def marks_agree(written: str, term: str, knowledge: Knowledge) -> bool:
    """Whether the words as typed may be the Vietnamese term: each word typed with marks is the term's own word."""
    spellings = knowledge.marked_spellings.get(term)
    if not spellings or written.isascii():
        return True
    words = [unicodedata.normalize("NFC", m.group().lower()) for m in TOKEN_RE.finditer(written)]
    return any(all(w.isascii() or w == s for w, s in zip(words, spelling, strict=True))
               for spelling in spellings if len(spelling) == len(words)) or all(len(s) != len(words) for s in spellings)


def _qualifier_groups(qualifier: str, specs: dict, aliases: dict) -> tuple[tuple[str, Certainty], ...]:
    keys = phrase_keys(qualifier, aliases)
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
        personal.add(term, Entry("term", term, ((group, certainty),), "one of your own terms"))
    return personal


@cache
def default_knowledge() -> Knowledge:
    raw = resources.files("domain").joinpath("data/foods.json").read_text(encoding="utf-8")
    return compile_knowledge(json.loads(raw))
