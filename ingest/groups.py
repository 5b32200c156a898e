"""The Convention's intergovernmental groups named together by what they do.

A delegation's news names the week's meetings in Vienna as ``the working groups for the review of
implementation of the UN Convention against Corruption and recovery of assets``, ``les groupes de
travail … chargés respectivement, du suivi de l'application de la Convention, de la coopération
internationale et du recouvrement des avoirs`` or ``مجموعات عمل الاتفاقية والمعنية باسترداد الموجودات``:
no group's name stands in the text, yet each mandate in the list names one — the Working Group on Asset
Recovery and the Implementation Review Group (the other groups, on prevention and on international
cooperation, have no id). A mandate names its group only after the plural noun and a word that joins it
(``for``, ``chargés de``, ``المعنية``) or a quotation mark (``the working groups "Asset Recovery" and
"International Cooperation"``), in the same sentence, and only in a text that names the Convention or one
of its bodies: elsewhere ``working groups on asset recovery`` may be anyone's.
"""

from __future__ import annotations

import re
from functools import cache

from arkg.graph.ids import CONVENTION
from arkg.ingest.lexicon import words
from arkg.ingest.linker import LinkHit

#: Each kind of mandate and the body it names.
_KINDS = {"asset_recovery_mandate": "body/wg-ar", "review_mandate": "body/irg"}
#: Names that make a text one about the Convention (its bodies' sessions and groups are then its).
ABOUT_UNCAC = frozenset({CONVENTION, "body/cosp", "body/wg-ar", "body/irg"})
#: How far the words between the plural noun and the join may run, and how far the list after the join.
_BEFORE_JOIN, _LIST = 160, 220
#: The end of a sentence (or of a line): a mandate past it is not the groups'.
_SENTENCE_END = re.compile(r"[.!?؟;]\s|\n")
#: Letters Arabic writes onto the word after them (``ب``, ``ل``, ``و``): not part of a mandate's span.
_CLITICS = "بلو"


@cache
def _groups() -> re.Pattern[str]:
    """The plural noun, then (in the same sentence) a join or an opening quotation mark."""
    noun = "|".join(words("working_groups"))
    join = "|".join(words("mandate_joins"))
    return re.compile(rf"(?<!\w)(?:{noun})(?!\w)[^.!?؟;\n]{{0,{_BEFORE_JOIN}}}?(?:(?<!\w)(?:{join})(?!\w)|[\"“«„])",
                      re.IGNORECASE)


@cache
def _mandates() -> re.Pattern[str]:
    kinds = [f"(?P<{kind}>{'|'.join(words(kind))})" for kind in _KINDS]
    return re.compile(rf"(?<!\w)(?:{'|'.join(kinds)})(?!\w)", re.IGNORECASE)


def find(text: str, links: list[LinkHit]) -> list[LinkHit]:
    """``links`` (sorted) with the groups each list of mandates names added, in text order. A mandate a
    longer name already covers (``the Working Group on Asset Recovery``) adds nothing; one the linker took
    for a topic (``recovery of assets``) names the group instead."""
    if not any(lk.id in ABOUT_UNCAC for lk in links):
        return links
    added: list[LinkHit] = []
    replaced: set[int] = set()  #: positions in ``links`` of topics a mandate replaces
    for m in _groups().finditer(text):
        stop = _SENTENCE_END.search(text, m.end(), m.end() + _LIST)
        for mandate in _mandates().finditer(text, m.end(), stop.start() if stop else m.end() + _LIST):
            start = mandate.start() + len(mandate.group()) - len(mandate.group().lstrip(_CLITICS))
            clash = [i for i, lk in enumerate(links) if lk.start < mandate.end() and start < lk.end]
            if any(links[i].label != "Topic" for i in clash) or any(h.start == start for h in added):
                continue
            replaced.update(clash)
            id_ = _KINDS[mandate.lastgroup or ""]
            added.append(LinkHit(start, mandate.end(), "Body", id_, (id_,)))
    if not added:
        return links
    kept = [lk for i, lk in enumerate(links) if i not in replaced]
    return sorted([*kept, *added], key=lambda lk: (lk.start, lk.end))
