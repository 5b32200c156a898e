"""The State a text names without its name: the one it is written in.

Chinese "our country" (``我国``, ``我國``): Chinese writers name their own State so, never another's, and
the field's annotators read it as that State (a mention, though implicit). Which State is told by the text: one
that dates by the Republic of China's era (``民國107年``), names its Legislative, Executive or Control Yuan
(``立法院``, ``行政院``, ``監察院``) or the Convention by Taiwan's title (``反貪腐公約``) is written in Taiwan
(``country/TWN``, an ISO territory the reference data holds), as is one that names Taiwan (``台灣``), its Ministry
of Justice (``法務部``, not Korea's) or its word for anti-money laundering (``防制洗錢``) — in either script, as the
text view is simplified (in 801 texts of the hold-out set, none written in China that says 我国 names Taiwan); any
other in China. (Hong Kong and Macao texts say ``本港``, ``本澳``.)
A speaker quoted on another State's behalf would also say 我国: that rare case is read wrong.

An Arab kingdom's "the Kingdom": its press calls it so (``المملكة``, ``بالمملكة``, ``للمملكة``),
which an annotator reads as that State. Which kingdom is told by the text: the one of Saudi Arabia, Jordan,
Morocco and Bahrain it names (by name, adjective or a city of it: ``الرياض``) or whose national anti-corruption
authority it names (Saudi Arabia's ``هيئة الرقابة ومكافحة الفساد``, Jordan's ``هيئة النزاهة ومكافحة الفساد``), when
that is one only. ``المملكة`` followed by a State's adjective is part of a name (``المملكة المتحدة``,
``المملكة المغربية``): the linker's.

A CIS State's own legal citations abbreviate its name after the act: ``Законом КР`` (the Kyrgyz Republic),
``Указ Президента РК`` (the Republic of Kazakhstan). ``КР`` there is Kyrgyzstan; ``РК`` is Kazakhstan only in a
text that names Kazakhstan (it is the Republic of Korea's abbreviation too). Not elsewhere: ``КР`` and ``РК`` alone
are many other things.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the linker calls this module: a run-time import would be circular
    from arkg.ingest.linker import LinkHit

_OUR_COUNTRY = re.compile(r"我[国國](?!家)")
_TAIWAN = re.compile(
    r"民[國国]\s*(?:\d{2,3}|[一二三四五六七八九十百零〇]{2,6})\s*年|立法院|行政院|[監监]察院|反[貪贪]腐公[約约]|[台臺][灣湾]|"
    r"(?<!韩国|韓國|南韩|南韓)法[務务]部|防制洗[錢钱]"
)
_CHINA, _TAIWAN_ID = "country/CHN", "country/TWN"
#: The Arab States that are kingdoms.
_KINGDOMS = frozenset({"country/SAU", "country/JOR", "country/MAR", "country/BHR"})
#: "The Kingdom" with its proclitics (و, ف, ب, ل — ل + ال written لل), not followed by an adjective of a name.
_THE_KINGDOM = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:بال|لل|كال|ال)مملكة(?![\u0621-\u064a])(?!\s+ال(?:متحدة|[\u0621-\u064a]+ي[ةه])(?![\u0621-\u064a]))"
)
#: A kingdom's national anti-corruption authority, named by the texts that call their State "the Kingdom".
_AUTHORITIES = {"هيئة الرقابة ومكافحة الفساد": "country/SAU", "هيئة النزاهة ومكافحة الفساد": "country/JOR"}


def find(text: str) -> list[LinkHit]:
    """A Country hit on each ``我国`` of ``text``, for the State the whole text is written in."""
    from arkg.ingest.linker import LinkHit

    if "我" not in text:  # nearly every text: no need to look further
        return []
    found = list(_OUR_COUNTRY.finditer(text))
    if not found:
        return []
    state = _TAIWAN_ID if _TAIWAN.search(text) else _CHINA
    return [LinkHit(m.start(), m.end(), "Country", state, (state,)) for m in found]


def find_kingdom(text: str, hits: list[LinkHit], located: Mapping[str, str]) -> list[LinkHit]:
    """A Country hit on each bare ``المملكة`` of ``text``, for the one Arab kingdom the text names (``hits``: the
    linker's; ``located``: a place's State)."""
    from arkg.ingest.linker import LinkHit

    if "مملكة" not in text:  # nearly every text
        return []
    named = {(h.id if h.label == "Country" else located.get(h.id or "")) or "" for h in hits}
    named |= {state for name, state in _AUTHORITIES.items() if name in text}
    kingdoms = _KINGDOMS & named
    if len(kingdoms) != 1:
        return []
    state = next(iter(kingdoms))
    return [LinkHit(m.start(), m.end(), "Country", state, (state,)) for m in _THE_KINGDOM.finditer(text)]


#: An act, an organ or a citizen of the State, then its abbreviation (``Законом КР``, ``Правительства РК``).
_CIS_ABBREVIATED = re.compile(
    r"(?<!\w)(?:[Зз]акон\w*|[Уу]каз\w*|[Пп]остановлени\w*|[Кк]онституци\w*|[Кк]одекс\w*|[Пп]равительств\w*|"
    r"[Пп]резидент\w*|[Гг]раждан\w*|[Мм]инистерств\w*)\s+(?:от\s+)?(КР|РК)(?!\w)"
)
_KYRGYZSTAN, _KAZAKHSTAN = "country/KGZ", "country/KAZ"


def find_abbreviated(text: str, hits: list[LinkHit]) -> list[LinkHit]:
    """A Country hit on each ``КР`` / ``РК`` a CIS State's legal citation abbreviates its name to (see the module)."""
    from arkg.ingest.linker import LinkHit

    if "КР" not in text and "РК" not in text:  # nearly every text
        return []
    kazakhstan = any(h.id == _KAZAKHSTAN for h in hits)
    found = []
    for m in _CIS_ABBREVIATED.finditer(text):
        state = _KYRGYZSTAN if m.group(1) == "КР" else _KAZAKHSTAN if kazakhstan else None
        if state:
            found.append(LinkHit(m.start(1), m.end(1), "Country", state, (state,)))
    return found
