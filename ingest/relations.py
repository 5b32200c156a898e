"""From mentions and layout to relations, each with the quote that justifies it.

What a relation needs beyond a mention is where the mention sits (a Documentation list under
agenda item 4(b) → PREPARED_FOR; an agenda title → CONCERNS) or what the sentence says around
it (a resolution that recalls others → RECALLS; mandates and speakers' positions are read by
:mod:`ingest.acts`). The evidence span always indexes the text as read, so ``text[start:end]`` is the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from graph.model import model
from graph.records import Evidence

#: A sentence ends at CJK end punctuation, or at . ! ? ; before a space (not inside "WG.2/2017/3").
_SENTENCE = re.compile(r"(?:[^。！？；.!?;]|[.!?;](?!\s|$))+(?:[。！？；]|[.!?;](?=\s|$))?")
_RECALL_CUE = re.compile(
    r"回顾|重申|recall|reaffirm|building on|rappel|réaffirm|recordando|recuerda|reafirm|ссылаясь|напомина|"
    r"подтвержда|تشير|يشير|تؤكد من جديد|أكد من جديد",
    re.IGNORECASE,
)
@dataclass(slots=True)
class Relation:
    source: str
    type: str
    target: str
    #: where it was read; the extraction fills in the document and the language when it makes the batch
    evidence: Evidence
    props: dict[str, object] = field(default_factory=dict)  #: e.g. a position's speaker quantity


class Placed(Protocol):
    """A mention as the relation rules need it: its id (None when unlinked) and its offsets."""

    @property
    def id(self) -> str | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def evidence(text: str, paragraph: str, start: int, end: int) -> Evidence:
    """The evidence of a relation read in ``text`` (the document as read) at ``start:end``."""
    return Evidence("", paragraph, start, end, text[start:end])


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (source offsets), trimmed of surrounding space."""
    out = []
    for m in _SENTENCE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def recalls(text: str, paragraph: str, span: tuple[int, int], resolutions: Sequence[Placed]) -> list[Relation]:
    """In one sentence, the resolution named before a recall verb recalls those named after it."""
    out = []
    named = sorted((m for m in resolutions if m.id), key=lambda m: m.start)
    starts = [m.start for m in named]

    def between(low: int, high: int) -> list[Placed]:  # by bisection: a long paragraph has many sentences
        return named[bisect_left(starts, low):bisect_left(starts, high)]

    for s, e in sentences(text, *span):
        cue = _RECALL_CUE.search(text, s, e)
        if not cue:
            continue
        before = between(s, cue.start())
        after = between(cue.end(), e)
        if not before:
            continue
        source = before[-1]
        for target in after:
            if source.id and target.id and target.id != source.id:  # both linked (``named`` holds no other)
                out.append(
                    Relation(source.id, "RECALLS", target.id, evidence(text, paragraph, source.start, target.end))
                )
    return out


def is_citable(label: str) -> bool:
    """Whether a document may cite a ``label`` node: the range of CITES in ``schema.ttl``."""
    return label in model().rel_type("CITES").range


def is_concernable(label: str) -> bool:
    """Whether an agenda item may concern a ``label`` node: the range of CONCERNS in ``schema.ttl``."""
    return label in model().rel_type("CONCERNS").range
