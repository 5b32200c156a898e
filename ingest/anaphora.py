"""The Convention and the Conference named without their titles, and the Convention named inside
a longer name.

A text about UNCAC calls it ``the Convention``/``la Convention``/``本公约``/``هذه الاتفاقية`` and
its Conference ``la Conférence``/``المؤتمر``; in any other text these words may mean another
treaty or meeting, so they are linked only in a text that names the Convention or the Conference
by title (the dictionary linker found ``uncac`` or ``body/cosp``); ``the Conference`` and ``the
Working Group`` only in a text that names that body by title. The Convention's title inside
the Conference's full name (``Conference of the States Parties to the United Nations Convention
against Corruption``) is a mention of the Convention too, which the linker's longest-match rule
hides; short titles the authority lacks (``Конвенции ООН против коррупции``) come from
:mod:`ingest.lexicon`.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.lexicon import words
from ingest.linker import LinkHit

CONVENTION = "uncac"
CONFERENCE = "body/cosp"
WORKING_GROUP = "body/wg-ar"


@cache
def _rx(kind: str) -> re.Pattern[str]:
    """The lexicon's anaphors of ``kind``; a sentence may capitalise the first letter (``The Working
    Group``), nothing else changes case (``la conférence de presse`` is not the Conference)."""
    forms = [f"[{w[0]}{w[0].swapcase()}]{w[1:]}" if w[0].isalpha() else w for w in words(kind)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)")


@cache
def _titles() -> re.Pattern[str]:
    """The Convention's titles: the authority's names of it (long enough to be titles) and the
    lexicon's short titles."""
    from ingest.authority import authority

    names = {a.text for a in authority().aliases if a.id == CONVENTION and len(a.text) >= 12}
    spelled = [re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)]
    return re.compile(rf"(?:{'|'.join(spelled + words('convention_titles'))})", re.IGNORECASE)


def find(text: str, links: list[LinkHit]) -> list[LinkHit]:
    """Mentions of the Convention and the Conference the dictionary did not give, not overlapping
    any of ``links`` except a Body's name the Convention's title sits in."""
    taken = [(lk.start, lk.end) for lk in links]
    hits: list[LinkHit] = []

    def add(start: int, end: int, label: str, id_: str, inside_ok: bool = False) -> None:
        clash = [(s, e) for s, e in taken if s < end and start < e]
        if clash and not (inside_ok and all(s <= start and end <= e for s, e in clash)):
            return
        taken.append((start, end))
        hits.append(LinkHit(start, end, label, id_, (id_,)))

    bodies = [lk for lk in links if lk.label == "Body"]
    for m in _titles().finditer(text):
        inside_body = any(b.start <= m.start() and m.end() <= b.end for b in bodies)
        add(m.start(), m.end(), "Convention", CONVENTION, inside_ok=inside_body)
    named = {lk.id for lk in links} | {h.id for h in hits}
    if CONVENTION in named or CONFERENCE in named:
        for m in _rx("convention_anaphora").finditer(text):
            add(m.start(), m.end(), "Convention", CONVENTION)
    for kind, body in (("conference_anaphora", CONFERENCE), ("working_group_anaphora", WORKING_GROUP)):
        if body in named:  # named by its title: the bare noun is that body
            for m in _rx(kind).finditer(text):
                add(m.start(), m.end(), "Body", body)
    return hits
