"""Arabic names of organizations with their words in another order, or with a word between.

Arabic builds a name from a head noun and what qualifies it, and the press moves the qualifiers
about: UNODC, officially مكتب الأمم المتحدة المعني بالمخدرات والجريمة, is printed مكتب مكافحة المخدرات
والجريمة بالأمم المتحدة, مكتب منظمة الأمم المتحدة لمكافحة الجريمة والمخدرات or المكتب التنفيذي للأمم المتحدة
المعني بالمخدرات والجريمة. A dictionary of spellings cannot list them all; the rule here reads the
name's words instead. A long name (:data:`MIN_WORDS` content words or more) is found where its head
word opens a phrase that holds every one of its content words within a few words (:func:`slack`
more than it has), whatever their order and proclitics (و ف ب ل ك, the article). Only organizations,
initiatives and networks: a body's or a convention's words in another order are often another
body's or instrument's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from arkg.graph.scripts import script_language

#: Fewer content words than this, and a name's words in any order are a common phrase.
MIN_WORDS = 4
#: How many words more than the name's own the phrase may hold: fewer for a shorter name, whose words with
#: two more between are often another thing's (المنتدى العالمي لسلسلة إجراءات استرداد الأصول, a panel "on the
#: asset recovery chain", is not the Global Forum on Asset Recovery).
def slack(words: int) -> int:
    return max(1, words - 3)


#: Who the rule reads names of.
LABELS = frozenset({"Organization", "Initiative", "Network"})
#: Words that say how a name's parts relate, not what it names: "concerned with", "of", "for", "in".
_FUNCTION = frozenset({"معني", "معنيه", "في", "من", "علي", "عن", "الي", "مكافحه"})
#: The shortest word that may be two glued name words (الأممالمتحدة has twelve letters; most words are shorter).
_GLUED = 8
#: What ends a sentence or a line: a name does not run across it.
_STOP = re.compile(r"[.!?؟\n]")
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_PROCLITICS = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})


def stem(word: str) -> str:
    """A word without its proclitics and with its letter variants folded: والجريمة → جريمه."""
    folded = word.translate(_LETTERS)
    bare = _PROCLITICS.sub("", folded)
    return bare if len(bare) >= 2 else folded


@dataclass(frozen=True, slots=True)
class _Name:
    id: str
    label: str
    head: str
    words: frozenset[str]


def _names(aliases: Iterable[Any]) -> dict[str, list[_Name]]:
    """By head word, the long Arabic names of :data:`LABELS`."""
    out: dict[str, list[_Name]] = {}
    for alias in aliases:
        if alias.label not in LABELS or script_language(alias.text) != "ar":
            continue
        words = [stem(w) for w in _WORD.findall(alias.text)]
        content = [w for w in words if w not in _FUNCTION]
        if len(set(content)) >= MIN_WORDS:
            name = _Name(alias.id, alias.label, content[0], frozenset(content))
            if name not in out.setdefault(name.head, []):
                out[name.head].append(name)
    return out


class Reordered:
    """The long Arabic names of the reference data, found in any word order (see the module)."""

    def __init__(self, aliases: Iterable[Any]) -> None:
        self.by_head = _names(aliases)
        self.vocabulary = frozenset(w for names in self.by_head.values() for name in names for w in name.words)

    def _words(self, start: int, word: str) -> list[tuple[int, int, str]]:
        """The word at ``start``, as one or, glued by the web (الأممالمتحدة), as the two name words it holds."""
        stemmed = stem(word)
        if stemmed not in self.vocabulary and len(word) >= _GLUED:
            for cut in range(2, len(word) - 1):
                first, second = stem(word[:cut]), stem(word[cut:])
                if first in self.vocabulary and second in self.vocabulary:
                    return [(start, start + cut, first), (start + cut, start + len(word), second)]
        return [(start, start + len(word), stemmed)]

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, label, id) of each name printed in another order; one per phrase, the longest."""
        if not self.by_head:
            return []
        words = [word for m in _WORD.finditer(text) for word in self._words(m.start(), m.group())]
        found: list[tuple[int, int, str, str]] = []
        reach = 0
        for i, (start, _, head) in enumerate(words):
            if start < reach or head not in self.by_head:
                continue
            best: tuple[int, int, _Name] | None = None  # (-content words, last word, name): most specific first
            for name in self.by_head[head]:
                seen: set[str] = set()
                for j, (_, end, w) in enumerate(words[i : i + len(name.words) + slack(len(name.words))]):
                    if _STOP.search(text, start, end):
                        break
                    seen.add(w)
                    if name.words <= seen:
                        if best is None or (-len(name.words), j) < best[:2]:
                            best = (-len(name.words), j, name)
                        break
            if best is not None:
                end = words[i + best[1]][1]
                found.append((start, end, best[2].label, best[2].id))
                reach = end
        return found
