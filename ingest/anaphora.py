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
    """The Convention's titles: the authority's names of it (long enough to be titles; their words
    may run together, as in text taken from a PDF) and the lexicon's short titles."""
    from ingest.authority import authority

    names = {a.text for a in authority().aliases if a.id == CONVENTION and len(a.text) >= 12}
    # words may run together in text taken from a PDF («NATIONS UNIESCONTRE LA CORRUPTION»)
    spelled = [re.escape(n).replace(r"\ ", r"\s*") for n in sorted(names, key=len, reverse=True)]
    return re.compile(rf"(?:{'|'.join(spelled + words('convention_titles'))})", re.IGNORECASE)


#: A word every title of the Convention holds: the titles are looked for around it only.
_TITLE_KEY = re.compile(r"[Cc]onven|КОНВЕНЦ|Конвенц|конвенц|CONVEN|公约|اتفاقي")
_TITLE_REACH = 120


def _title_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for key in _TITLE_KEY.finditer(text):
        if key.start() < pos:
            continue
        for m in _titles().finditer(text, max(pos, key.start() - _TITLE_REACH), key.end() + _TITLE_REACH):
            if m.start() <= key.start() < m.end():
                spans.append((m.start(), m.end()))
                pos = m.end()
                break
    return spans


def find(text: str, links: list[LinkHit]) -> list[LinkHit]:
    """``links`` with the Convention's and the Conference's mentions the dictionary did not give
    added, in text order. A title of the Convention replaces the shorter names inside it
    (``ООН`` in ``Конвенция ООН против коррупции``, ``Mérida`` in ``Convención de Mérida``) and
    stands inside a Body's name (the Conference's full name holds the Convention's title)."""
    kept = list(links)
    added: list[LinkHit] = []

    def add(start: int, end: int, label: str, id_: str, title: bool = False) -> None:
        if any(h.start < end and start < h.end for h in added):
            return
        clash = [lk for lk in kept if lk.start < end and start < lk.end]
        inside = [lk for lk in clash if start <= lk.start and lk.end <= end and (lk.start, lk.end) != (start, end)]
        around = [lk for lk in clash if lk.label == "Body" and lk.start <= start and end <= lk.end]
        if clash and not (title and len(inside) + len(around) == len(clash)):
            return
        for lk in inside:
            kept.remove(lk)
        added.append(LinkHit(start, end, label, id_, (id_,)))

    for start, end in _title_spans(text):
        add(start, end, "Convention", CONVENTION, title=True)
    named = {lk.id for lk in kept} | {h.id for h in added}
    if CONVENTION in named or CONFERENCE in named:
        for m in _rx("convention_anaphora").finditer(text):
            add(m.start(), m.end(), "Convention", CONVENTION)
    for kind, body in (("conference_anaphora", CONFERENCE), ("working_group_anaphora", WORKING_GROUP)):
        if body in named:  # named by its title: the bare noun is that body
            for m in _rx(kind).finditer(text):
                add(m.start(), m.end(), "Body", body)
    return sorted(kept + added, key=lambda lk: (lk.start, lk.end))
