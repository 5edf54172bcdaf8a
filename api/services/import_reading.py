"""Reading an import's JSON document as it arrives (ijson), so that no part of it is held whole.

A section's array comes item by item; every other member comes whole. Unpaired surrogate escapes are read as NUL,
which the models refuse with a 422 naming the field, instead of the "?" ijson's C parser would store.
"""

import codecs
import io
import re
from collections.abc import Container, Iterator
from typing import IO, Any

import ijson

from domain.errors import InvalidInput, TrackerError

_STARTS, _ENDS = frozenset({"start_map", "start_array"}), frozenset({"end_map", "end_array"})

# A backslash pair, a surrogate pair written as escapes (one character, kept), or an unpaired surrogate's escape.
_ESCAPES = re.compile(rb"\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
                      rb"|\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONGEST_ESCAPE = 12
Body = IO[bytes] | io.RawIOBase  # a file, or the request body as it arrives (api/routes/exports.py)


class _UnpairedSurrogatesAsNul(io.RawIOBase):
    """The body with each unpaired surrogate's escape (\\ud800) written as NUL's (\\u0000).

    ijson's C parser would read an unpaired surrogate as "?" and so store what was not sent; NUL is refused
    like it (models/types.py), with a 422 naming the field. An escape is never cut: the last bytes of a chunk
    wait for the next one unless an escape ends there.
    """

    def __init__(self, raw: Body) -> None:
        self._raw, self._held, self._ready = raw, b"", b""
        self._utf8 = codecs.getincrementaldecoder("utf-8")()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._ready:
            chunk = self._raw.read(1 << 16) or b""
            try:  # what FastAPI answers a body it cannot read: 400 (the parser would say "lexical error", 422)
                self._utf8.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                raise TrackerError("There was an error parsing the body: it is not UTF-8.") from None
            if not chunk:
                self._ready, self._held = _ESCAPES.sub(_as_nul, self._held), b""
                break
            text = self._held + chunk
            if b"\\" not in text:
                self._ready, self._held = text, b""
                continue
            cut, parts, at = len(text) - _LONGEST_ESCAPE, [], 0
            for match in _ESCAPES.finditer(text, 0, len(text)):
                if match.start() >= cut:
                    break
                parts += [text[at:match.start()], _as_nul(match)]
                at = match.end()
            cut = max(cut, at)
            self._ready, self._held = b"".join(parts) + text[at:cut], text[cut:]
        size = min(len(buffer), len(self._ready))
        buffer[:size], self._ready = self._ready[:size], self._ready[size:]
        return size


def _as_nul(match: re.Match[bytes]) -> bytes:
    escape = match.group()
    return b"\\u0000" if len(escape) == 6 and escape[2:3] in b"dD" else escape


def _value(events: Iterator[tuple[str, Any]], event: str, value: Any) -> Any:
    """The JSON value that begins with this event, built from the events that follow it."""
    if event not in _STARTS:
        return value
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    depth = 1
    for event, value in events:
        builder.event(event, value)
        if event in _STARTS:
            depth += 1
        elif event in _ENDS:
            depth -= 1
            if depth == 0:
                break
    return builder.value


def members(body: Body, *, streamed: Container[str]) -> Iterator[tuple[str | None, int | None, Any]]:
    """The document's top-level members as (key, None, value), except that an array under a `streamed` key comes
    item by item as (key, index, item). A document that is not an object comes whole as (None, None, value)."""
    events = ijson.basic_parse(_UnpairedSurrogatesAsNul(body), use_float=True)
    try:
        event, value = next(events)
    except StopIteration:
        raise InvalidInput.for_field("body", "Field required") from None
    if event != "start_map":
        yield None, None, _value(events, event, value)
    else:
        keys: set[str] = set()
        for event, key in events:
            if event == "end_map":
                break
            if key in keys:  # a repeat would mix its rows with the first's (a whole document keeps the last)
                raise InvalidInput.for_field(key, "appears twice in the document")
            keys.add(key)
            event, value = next(events)
            if key in streamed and event == "start_array":
                index = 0
                for event, value in events:
                    if event == "end_array":
                        break
                    yield key, index, _value(events, event, value)
                    index += 1
            else:
                yield key, None, _value(events, event, value)
    for _ in events:  # what follows the document: ijson refuses anything but white space
        pass
