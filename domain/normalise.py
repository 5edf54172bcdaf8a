"""Unicode normalisation before matching, with a map from every normalised offset back to the original text.

NFKC folds compatibility forms (ligatures, full-width letters), accents are stripped, and characters that are
invisible inside a word (every format character: zero-width spaces and joiners, soft hyphens, the byte-order
mark, direction marks) are removed, so "mi\u200blk" reads as milk. Pictures (food emoji) are replaced by the
words they picture, spaced so that neighbouring ones stay separate words. Each original character is normalised
on its own: the work is linear in the input and bounded per character (NFKC expands one character to at most 18,
and a picture's words are no longer than MAX_PICTURE_WORDS).
"""

import re
import unicodedata
from array import array
from collections.abc import Mapping
from dataclasses import dataclass

INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f")  # and emoji/text selectors
MAX_PICTURE_WORDS = 16  # characters a picture may read as, with its spaces
_CACHE_LIMIT = 20_000
# Marks that are no accent: the kana voicing marks ("パ" is no "ハ", "グ" no "ク"). Hangul syllables decompose into
# letters and compose again, so they stay whole too.
KEPT_MARKS = frozenset("\u3099\u309a")
# Punctuation of other scripts, read as the ASCII punctuation it is (NFKC leaves these alone): the ideographic
# comma and full stop, the Arabic comma, semicolon and question mark, the Urdu full stop, the Devanagari danda, the
# Ethiopic full stop, comma and semicolon, the Japanese middle dot (a list's separator: "小麦・乳成分・大豆"), the
# lenticular brackets.
PUNCTUATION = {"、": ",", "。": ".", "،": ",", "؛": ";", "؟": "?", "۔": ".", "।": ".", "॥": ".", "።": ".", "፣": ",",
               "፤": ";", "・": ",", "･": ",", "〈": "(", "〉": ")", "【": "(", "】": ")", "〔": "(", "〕": ")"}
# Combining overlays that strike a character through ("b̶a̶g̶e̶l̶", as phone keyboards and strikethrough generators
# write a word taken back): the struck character is not read.
STRIKES = frozenset("\u0334\u0335\u0336\u0337\u0338")
_cache: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class Normalised:
    """The text to match on; `starts`/`ends` give each normalised character's original span (None: identity)."""

    text: str
    starts: array | None = None
    ends: array | None = None

    def original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None or start >= end:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _char(c: str) -> str:
    cached = _cache.get(c)
    if cached is None:
        if c in PUNCTUATION:
            cached = PUNCTUATION[c]
        elif c in INVISIBLE or unicodedata.category(c) == "Cf":  # every format character is invisible in a word
            cached = ""
        else:
            decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", c))
            cached = "".join(d for d in decomposed if (not unicodedata.combining(d) or d in KEPT_MARKS)
                             and d not in INVISIBLE)
            if cached and not cached.isascii():
                cached = unicodedata.normalize("NFC", cached)  # "パ", "밀" stay whole
        if len(_cache) < _CACHE_LIMIT:
            _cache[c] = cached
    return cached


def normalise(text: str, pictures: Mapping[str, str] | None = None,
              words: "re.Pattern[str] | None" = None, readings: Mapping[str, str] | None = None) -> Normalised:
    """The text to match on; `pictures` maps a picture (a food emoji) to the words it is read as, and `words`
    finds the words read as written, accents and all, whose lower case `readings` maps to what they read as."""
    if text.isascii():
        return Normalised(text)
    pieces: list[str] = []
    starts, ends = array("q"), array("q")
    done = 0
    if words is not None and readings:
        for match in words.finditer(text):
            reading = readings.get(match.group().lower())
            if reading is None:
                continue
            _normalise_into(text, done, match.start(), pictures, pieces, starts, ends)
            pieces.append(reading)
            starts.extend([match.start()] * len(reading))
            ends.extend([match.end()] * len(reading))
            done = match.end()
    _normalise_into(text, done, len(text), pictures, pieces, starts, ends)
    return Normalised("".join(pieces), starts, ends)


def _normalise_into(text: str, begin: int, stop: int, pictures: Mapping[str, str] | None, pieces: list[str],
                    starts: array, ends: array) -> None:
    run_start = begin
    last_piece = (-1, 0)  # the original position and length of the last piece appended for a non-ASCII character
    for position in range(begin, stop):
        c = text[position]
        if c < "\x80":
            continue
        if c in STRIKES:
            if run_start < position:  # the struck character ends the ASCII run: the run stops before it
                pieces.append(text[run_start:position - 1])
                starts.extend(range(run_start, position - 1))
                ends.extend(range(run_start + 1, position))
            elif last_piece[0] == position - 1 and last_piece[1]:
                pieces.pop()
                del starts[-last_piece[1]:]
                del ends[-last_piece[1]:]
            run_start = position + 1
            continue
        if run_start < position:
            pieces.append(text[run_start:position])
            starts.extend(range(run_start, position))
            ends.extend(range(run_start + 1, position + 1))
        piece = pictures.get(c) if pictures else None
        if piece is None:
            piece = _char(c)
        pieces.append(piece)
        starts.extend([position] * len(piece))
        ends.extend([position + 1] * len(piece))
        last_piece = (position, len(piece))
        run_start = position + 1
    if run_start < stop:
        pieces.append(text[run_start:stop])
        starts.extend(range(run_start, stop))
        ends.extend(range(run_start + 1, stop + 1))
