"""A State's capital named by its State, not by its own name.

The press and UN texts name a capital by the State whose capital it is: ``la capital panameña``,
``the capital of Austria``, ``Qatar's capital``, ``в британской столице``, ``столице Катара``,
``العاصمة النمساوية``, ``卡塔尔首都``. Each language's words for it are in its lexicon (``capital_before``
and ``capital_after``, regex fragments with what joins the word to the State); where the word may also
mean money (English ``capital``) a State's adjective makes the city only after a determiner (``the
Chinese capital``). The State is a country hit of the linker (a name or an adjectival form) and its capital
the reference data's place marked ``capital``; the mention is the word for a capital (its span), so it
never overlaps the State's.

Chinese also names Beijing by the capital's character alone, after a verb of place or motion (``在京举办``,
``来京``): 京 is the "capital" of 北京, as in 南京 and 东京, which the verb before it keeps apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from arkg.ingest.lexicon import alternation

if TYPE_CHECKING:  # the linker calls this module: a run-time import would be circular
    from arkg.ingest.linker import LinkHit

#: How far before a State's name the word for a capital may start (``la capitale de la `` is 17 characters).
_REACH = 24
#: 京 for Beijing: after a verb of being at or going to a place, and not the start of another name (京都
#: Kyoto, 京津冀 the region, 京剧 Peking opera, 京城, 京东, 京沪, 京华).
_ZH_CAPITAL = re.compile(r"(?<=[在来赴进抵离返])京(?![都津剧城东沪华西港])")
_CHINA = "country/CHN"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The word before a State (ending where the State starts), after it, after its adjective, and the
    determiners that must open the last."""
    return (
        re.compile(rf"{alternation('capital_before')}\s*$", re.IGNORECASE),
        re.compile(alternation("capital_after"), re.IGNORECASE),
        re.compile(alternation("capital_after_adjective"), re.IGNORECASE),
        re.compile(rf"(?<!\w){alternation('capital_determiners')}\s+$", re.IGNORECASE),
    )


#: Words that join the word for a capital to its State, inside a matched phrase.
_JOINERS = frozenset({"la", "de", "del", "du", "des", "of", "the", "s", "city", "l", "d", "的"})


def _word(span: str) -> tuple[int, int]:
    """Where the word for a capital lies inside a matched phrase: its run of letters that is no joiner
    (``la capital de`` → ``capital``; ``'s capital`` → ``capital``; ``的首都`` → ``首都``)."""
    for m in re.finditer(r"[^\W\d_]+", span):
        word = m.group()
        if word.lower() not in _JOINERS:
            start = m.start() + (1 if word.startswith("的") else 0)
            return start, m.end()
    return 0, len(span)


def find(text: str, hits: list[LinkHit], capitals: Mapping[str, str]) -> list[LinkHit]:
    """Place hits for the capitals ``text`` names by their State (``capitals``: a State's id → its capital's)."""
    from arkg.ingest.linker import LinkHit

    before, after, adjective, determiner = _patterns()
    found: list[LinkHit] = []
    for hit in hits:
        state = hit.id if hit.label == "Country" else None
        if state is None and hit.id is None:  # a name a State and its capital share (Panama): the State's
            states = [c for c in hit.candidates if c.startswith("country/")]
            state = states[0] if len(states) == 1 else None
        capital = capitals.get(state or "")
        if capital is None:
            continue
        spans = []
        if m := before.search(text, max(0, hit.start - _REACH), hit.start):
            spans.append((m.start(), m.end()))
        if m := after.match(text, hit.end) or (
                determiner.search(text, max(0, hit.start - 8), hit.start) and adjective.match(text, hit.end)):
            spans.append((m.start(), m.end()))
        for start, end in spans:
            first, last = _word(text[start:end])
            found.append(LinkHit(start + first, start + last, "Place", capital, (capital,)))
    if "京" in text and _CHINA in capitals:
        found += [LinkHit(m.start(), m.end(), "Place", capitals[_CHINA], (capitals[_CHINA],))
                  for m in _ZH_CAPITAL.finditer(text)]
    return found
