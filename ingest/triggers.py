"""A pattern tried only where one of its literal openings occurs.

Python's ``re`` tries a long alternation (hundreds of phrases behind a look-behind) at every position
of the text. When every match must open with one of a known set of literal strings (its *leads*),
one Aho–Corasick pass finds where the leads are and the pattern is tried, anchored, only there.
The matches are the ones ``pattern.finditer`` gives: left to right, not overlapping, the
pattern's own alternation order deciding at each position (a look-behind still sees the text
before the position it is tried at).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick


class Triggered:
    """``pattern`` run at the positions where a lead occurs (or up to ``back`` characters before
    one, for a prefix the pattern allows in front of its lead, such as an Arabic proclitic)."""

    def __init__(self, pattern: re.Pattern[str], leads: Iterable[str], back: int = 0) -> None:
        self.pattern, self.back = pattern, back
        self.automaton = ahocorasick.Automaton()
        for lead in leads:
            if not lead:
                raise ValueError(f"an empty lead would trigger everywhere: {pattern.pattern[:60]}")
            self.automaton.add_word(lead, len(lead))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def positions(self, text: str) -> list[int]:
        """Where a match may start, in order."""
        if self.empty:
            return []
        starts = {last - size + 1 for last, size in self.automaton.iter(text)}
        if self.back:
            starts.update([s - k for s in list(starts) for k in range(1, self.back + 1) if s - k >= 0])
        return sorted(starts)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        reach = 0
        for pos in self.positions(text):
            if pos < reach:
                continue
            m = self.pattern.match(text, pos)
            if m is not None:
                yield m
                reach = max(m.end(), pos + 1)
