"""Faster scans with the same matches: a lookahead for the characters a pattern's matches open with.

A case-insensitive alternation of words (``article|artículo|статья|…``) is costly to scan for:
re cannot skip ahead to where a word may start, so at every position of the text it tries every
alternative. ``keyed`` puts in front of such a pattern a lookahead for the characters its matches
can open with (``(?=(?i:[aсم…]))``): at a position where no match can start, re now fails at one
character test. The lookahead only refuses positions where the pattern cannot match (it is
case-insensitive, so it admits at least every case variant re itself would), so ``finditer``,
``search`` and ``match`` give exactly the matches they gave before.

The opening characters are read from the pattern's own parse (re's parser): a pattern that can open
with any character, a character category (``\\w``) or a negated class is left as it is.
"""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any

#: re's own parser and its opcodes (``re._parser``, ``re._constants``: the parse ``re.compile`` uses).
_parser: Any = import_module("re._parser")
_c: Any = import_module("re._constants")

#: A class range wider than this (``[a-z]`` is 26) is not spelled out: the pattern stays unkeyed.
_WIDEST_RANGE = 512


class _Open(Exception):
    """The pattern may open with a character the analysis cannot list (``.``, ``\\w``, ``[^…]``)."""


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can open with (as written; case variants are the
    lookahead's business), or None when they cannot be listed or the pattern can match empty."""
    try:
        chars, nullable = _sequence(list(_parser.parse(pattern, flags)))
    except _Open:
        return None
    return None if nullable or not chars else frozenset(chars)


def keyed(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a case-insensitive lookahead for its opening characters in front (same matches,
    found faster), or ``rx`` itself when those characters cannot be listed."""
    chars = first_characters(rx.pattern, rx.flags)
    if chars is None:
        return rx
    key = "".join(re.escape(ch) for ch in sorted(chars))
    return re.compile(f"(?=(?i:[{key}]))(?:{rx.pattern})", rx.flags)


def _sequence(items: list[Any]) -> tuple[set[str], bool]:
    """(opening characters, can match empty) of a sequence of parsed items."""
    out: set[str] = set()
    for item in items:
        chars, nullable = _item(item)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(item: tuple[Any, Any]) -> tuple[set[str], bool]:
    op, av = item
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        return _class(av), False
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars, empty = _sequence(list(branch))
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op is _c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        chars, nullable = _sequence(list(body))
        return chars, nullable or low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the next item opens the match
    raise _Open(op)


def _class(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _WIDEST_RANGE:
            out.update(chr(code) for code in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            raise _Open(op)
    return out
