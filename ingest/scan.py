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

:class:`Triggers` goes further for patterns a document view runs many of: from the same parse it
reads literals one of which every match must hold (``article`` in ``articles?``), finds the literals
of all the patterns in one pass of an Aho–Corasick automaton over the case-folded text, and gives
each pattern the blocks of the view that hold one of its literals. The pattern then runs over
those blocks only: a block without a trigger cannot hold a match, so the matches are the same.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from importlib import import_module
from typing import Any

import ahocorasick

#: re's own parser and its opcodes (``re._parser``, ``re._constants``: the parse ``re.compile`` uses).
_parser: Any = import_module("re._parser")
_c: Any = import_module("re._constants")
#: re's table of the characters its case-insensitive matching pairs beyond ``lower()`` (``s``/``ſ``).
_casefix: Any = import_module("re._casefix")

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


# -- triggers -----------------------------------------------------------------------------------

#: A literal shorter than this is too common to be worth looking for (``de``, ``a``), unless it is
#: written in Han or another script beyond U+2E80 (``年``: rare outside Chinese text).
_SHORTEST_TRIGGER = 3


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literals (as written) one of which every match of ``pattern`` holds, or None when the parse
    yields none long enough to be worth a scan (:data:`_SHORTEST_TRIGGER`)."""
    found = _needed(list(_parser.parse(pattern, flags)))
    if not found or not all(map(_long_enough, found)):
        return None
    return frozenset(found)


def _long_enough(literal: str) -> bool:
    return len(literal) >= _SHORTEST_TRIGGER or (bool(literal) and all(ord(ch) >= 0x2E80 for ch in literal))


def _needed(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Of what a sequence must consume (runs of literal characters, required groups), the set of
    literals whose shortest member is longest; None when it must consume no literal."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:  # a run, and the run continued by what each branch that follows opens with (re's
            # parser takes a common prefix out of an alternation: ``ماد|مواد`` is ``م(?:اد|واد)``)
            candidates.append({"".join(run)})
            if op is _c.BRANCH or op is _c.SUBPATTERN:
                candidates.append({"".join(run) + lead for lead in _leads([(op, av)])})
            run = []
        found = _item_needed(op, av)
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    return max(candidates, key=lambda literals: min(map(len, literals)), default=None)


def _leads(items: list[tuple[Any, Any]]) -> set[str]:
    """The literal runs a sequence can open with (one per branch; ``""`` for a branch that opens
    with anything else)."""
    if not items:
        return {""}
    op, av = items[0]
    if op is _c.LITERAL:
        run = []
        for op, av in items:
            if op is not _c.LITERAL:
                break
            run.append(chr(av))
        return {"".join(run)}
    if op is _c.SUBPATTERN:
        return _leads(list(av[3]))
    if op is _c.BRANCH:
        return {lead for branch in av[1] for lead in _leads(list(branch))}
    return {""}


def _item_needed(op: Any, av: Any) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _needed(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _needed(list(av))
    if op is _c.BRANCH:  # every branch must hold one of its own
        out: set[str] = set()
        for branch in av[1]:
            found = _needed(list(branch))
            if not found:
                return None
            out |= found
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _needed(list(av[2]))
    return None  # zero width (look-arounds hold nothing a match consumes), optional, a class


@cache
def _canonical() -> dict[int, str]:
    """Lower-case characters that re's case-insensitive matching takes for others beyond ``lower()``
    (``ſ`` for ``s``, ``ı`` for ``i``, ``ς`` for ``σ``), each to the smallest of its class."""
    classes: dict[str, str] = {}
    for code, extra in _casefix._EXTRA_CASES.items():
        members = {chr(code), *map(chr, extra)}
        smallest = min(members)
        for ch in members:
            classes[ch] = min(smallest, classes.get(ch, smallest))
    return {ord(ch): canon for ch, canon in classes.items() if canon != ch}


def _fold_case(text: str) -> str | None:
    """``text`` lower-cased with re's extra case pairs merged, so that wherever a pattern (in any
    case) matches a literal, the folded text holds the folded literal at the same offsets; None when
    lower-casing changes the length (``İ``)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return lowered.translate(_canonical()) if _odd_characters().search(lowered) else lowered


@cache
def _odd_characters() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(code)) for code in _canonical()) + "]")


class Triggers:
    """The literals of several named patterns, found in a text in one pass.

    A pattern without literals worth a scan (``required_literals`` is None) is given the whole text.
    """

    def __init__(self, patterns: dict[str, re.Pattern[str]], separator: str) -> None:
        self.names = tuple(patterns)
        self.patterns = tuple(patterns.values())
        self.separator = separator
        self.everywhere: set[str] = set()
        by_literal: dict[str, set[int]] = {}
        for index, (name, rx) in enumerate(patterns.items()):
            literals = required_literals(rx.pattern, rx.flags)
            folded = [_fold_case(literal) for literal in literals or ()]
            if not folded or None in folded:  # none worth a scan, or one whose folding moves offsets
                self.everywhere.add(name)
                continue
            for literal in filter(None, folded):
                by_literal.setdefault(literal, set()).add(index)
        self.automaton: Any = ahocorasick.Automaton()
        for literal, indices in by_literal.items():
            self.automaton.add_word(literal, (len(literal), tuple(sorted(indices))))
        self.automaton.make_automaton()

    def blocks(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """For each pattern, ``(start, end)`` of the blocks of ``text`` (between separators) that
        hold one of its literals, in text order: every match of the pattern lies in one of them
        (the patterns given never cross a separator)."""
        whole = [(0, len(text))]
        folded = _fold_case(text)
        if folded is None:
            return {name: whole for name in self.names}
        cuts = [m.start() for m in re.finditer(re.escape(self.separator), text)]
        hit: list[set[int]] = [set() for _ in self.names]
        for last, (size, indices) in self.automaton.iter(folded):
            block = bisect_right(cuts, last - size + 1)
            for index in indices:
                hit[index].add(block)
        bounds = [-1, *cuts, len(text)]
        out = {}
        for name, blocks in zip(self.names, hit, strict=True):
            out[name] = whole if name in self.everywhere else [(bounds[k] + 1, bounds[k + 1]) for k in sorted(blocks)]
        return out
