"""From mentions and layout to relations, each with the quote that justifies it.

What a relation needs beyond a mention is where the mention sits (a Documentation list under
agenda item 4(b) → PREPARED_FOR; an agenda title → CONCERNS) or what the sentence says around
it (a resolution that recalls others → RECALLS; mandates and speakers' positions are read by
:mod:`ingest.acts`). The evidence span always indexes the text as read, so ``text[start:end]`` is the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from arkg.graph.model import model
from arkg.graph.records import Evidence
from arkg.ingest.scan import keyed

#: A sentence ends at CJK end punctuation, or at . ! ? ; before a space (not inside "WG.2/2017/3").
_SENTENCE_END = keyed(re.compile(r"[。！？；]|[.!?;](?=\s|$)"))
_RECALL_CUE = keyed(re.compile(
    r"回顾|重申|recall|reaffirm|building on|rappel|réaffirm|recordando|recuerda|reafirm|ссылаясь|напомина|"
    r"подтвержда|تشير|يشير|تؤكد من جديد|أكد من جديد",
    re.IGNORECASE,
))
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
    """Sentence spans of ``text[start:end]`` (source offsets), trimmed of surrounding space; an end
    mark with nothing before it since the last one ends no sentence."""
    pieces: list[tuple[int, int]] = []  #: from the last end mark (or the block's start) to this one's end
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() > s:
            pieces.append((s, m.end()))
        s = m.end()
    if s < end:
        pieces.append((s, end))
    out: list[tuple[int, int]] = []
    for s, e in pieces:  # trimmed in one loop: a block may hold hundreds of sentences
        piece = text[s:e]
        core = piece.strip()
        if core:
            lead = len(piece) - len(piece.lstrip())
            out.append((s + lead, s + lead + len(core)))
    return out


def recalls(text: str, paragraph: str, spans: list[tuple[int, int]], resolutions: Sequence[Placed]) -> list[Relation]:
    """In one sentence (``spans``: a block's :func:`sentences`), the resolution named before a
    recall verb recalls those named after it."""
    out: list[Relation] = []
    named = sorted((m for m in resolutions if m.id), key=lambda m: m.start)
    if not named:
        return out  # nothing to recall from: no sentence need be searched for a cue
    starts = [m.start for m in named]

    def between(low: int, high: int) -> list[Placed]:  # by bisection: a long paragraph has many sentences
        return named[bisect_left(starts, low):bisect_left(starts, high)]

    # one scan of the block: no cue holds an end mark, so a sentence's first cue is the first one
    # found in the block at or after the sentence's start, if it starts before the sentence ends;
    # the scan starts at the sentence of the first resolution (no sentence before it can recall)
    first = bisect_right([s for s, _ in spans], starts[0]) - 1
    cues = list(_RECALL_CUE.finditer(text, spans[max(first, 0)][0], spans[-1][1])) if spans else []
    cue_starts = [c.start() for c in cues]
    for s, e in spans:
        at = bisect_left(cue_starts, s)
        cue = cues[at] if at < len(cues) and cue_starts[at] < e else None
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


@cache
def is_citable(label: str) -> bool:
    """Whether a document may cite a ``label`` node: the range of CITES in ``schema.ttl``."""
    return label in model().rel_type("CITES").range


@cache
def is_concernable(label: str) -> bool:
    """Whether an agenda item may concern a ``label`` node: the range of CONCERNS in ``schema.ttl``."""
    return label in model().rel_type("CONCERNS").range
