"""Names of organizations arkg does not know yet, kept as unlinked mentions for a curator.

A careful reader sees ``the Egyptian Administrative Control Authority`` or ``the Kuwait News
Agency`` as a named organization although the authority data lacks it. In a script that
capitalises names (Latin), such a name is a run of capitalised words (``of``/``de``/``del``… may
join them) that holds an organization's head noun from :mod:`ingest.lexicon` (``Agency``,
``Autorité``, ``Fiscalía``…). Precision first: the run needs two capitalised words besides its
articles (``The Committee`` is not a name), ``and`` never joins two names into one, and a name or
citation already found may stand inside it (``… Office of the Republic of Korea``) but not across
its edge. Scripts without capitals (Arabic, Chinese) and Russian (which
capitalises only a name's first word) are left to the reference data.
"""

from __future__ import annotations

import re
from functools import cache

from arkg.ingest.lexicon import alternation, words
from arkg.ingest.scan import keyed

#: Lower-case words that may join the capitalised words of one name.
_JOINERS = r"(?:of|for|on|the|de|du|des|la|le|l'|l’|d'|d’|del|los|las|el|pour|para|contra|contre|against)"
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\w|[A-Z]{2,})"
#: Words before a name that are not part of it.
_DETERMINERS = ("the", "la", "le", "el", "los", "las", "les", "this", "these", "that", "its", "their", "our")
_LABELS = {"Network": ("Network", "Réseau", "Red")}
#: A session or meeting before its holder's name (``the 8th Session of the … Working Group``).
_SESSION_OF = re.compile(r"(?:Session|Meeting|Sesión|Reunión|Réunion)\s+(?:of\s+the|of|de\s+la|del|de)\s+")


@cache
def _names() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in words("organization_heads", ("en", "fr", "es")))
    return keyed(
        re.compile(
            rf"(?<![\w'’-])(?:{_CAP}\s+(?:{_JOINERS}\s+)*)*(?:{heads})(?:\s+(?:{_JOINERS}\s+)*{_CAP})*(?![\w'’-])"
        )
    )


@cache
def _generic() -> re.Pattern[str]:
    """A body named by its kind only (``Working Group``, ``Ad Hoc Committee``): not a new name."""
    return re.compile(alternation("other_holders"), re.IGNORECASE)


def _label(name: str) -> str:
    return next((label for label, heads in _LABELS.items() if any(h in name.split() for h in heads)), "Organization")


def _inside_only(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """A known name may stand inside a new one (``… Office of the Republic of Korea``), not across
    its edge nor at its head or end (``Original: English Open-ended … Working Group``)."""
    return all(not (s < end and start < e) or start < s and e < end for s, e in taken)


@cache
def _heads() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(h) for h in words("organization_heads", ("en", "fr", "es"))))


#: How far a name may reach before or after its head noun.
_REACH = 120


def _candidates(text: str) -> list[re.Match[str]]:
    """Name matches around each head noun (the name pattern is costly; the heads are rare)."""
    found: list[re.Match[str]] = []
    pos = 0
    for head in _heads().finditer(text):
        if head.start() < pos:
            continue
        for m in _names().finditer(text, max(pos, head.start() - _REACH), head.end() + _REACH):
            if m.start() <= head.start() < m.end():
                found.append(m)
                pos = m.end()
                break
    return found


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, label) of organization names in ``text`` that overlap none of ``taken``."""
    found: list[tuple[int, int, str]] = []
    for m in _candidates(text):
        start, end = m.start(), m.end()
        name = m.group()
        while True:  # a leading article, or a session the name is the holder of, is not part of the name
            lead = _SESSION_OF.match(name)
            if lead:
                start, name = start + lead.end(), name[lead.end():]
                continue
            first, _, rest = name.partition(" ")
            if first.lower() not in _DETERMINERS or not rest:
                break
            start, name = start + len(first) + 1, rest.lstrip()
        capitals = [w for w in re.findall(r"[\w'’-]+", name) if w[0].isupper()]
        if len(capitals) < 2 or _generic().fullmatch(name) or not _inside_only(start, end, taken):
            continue
        found.append((start, end, _label(name)))
    return found
