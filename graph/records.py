"""The unit of exchange between ``ingest`` and ``graph``: nodes and edges with provenance.

Every producer (authority data, document extraction, the synthetic corpus) yields
these records; every consumer (stores, RDF/GraphML exporters, tests) reads them.
Labels and relationship types are checked against ``schema.ttl`` by
:mod:`graph.model` before anything reaches a store, so a value coming from data can
never become a label or a type.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

#: Plain property values a store accepts: scalars and lists of scalars (no maps).
Value = str | int | float | bool | list[str] | list[int] | list[float]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in a document a derived fact was read: the quote equals ``text[start:end]``."""

    document: str  #: canonical document id
    #: paragraph number as printed ("17") or the block ordinal; "" for document-level evidence
    #: outside any paragraph (the symbol in a running header)
    paragraph: str
    start: int  #: character offset into the document text as read
    end: int
    text: str  #: the verbatim quote
    language: str = ""  #: ISO 639-1 language of the text the offsets index

    def to_json(self) -> dict[str, Value]:
        """The span as ``arkg extract --format json`` writes it (spec/cli.md): paragraph, offsets, text."""
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end, "text": self.text}

    def as_props(self) -> dict[str, Value]:
        """Flat relationship properties (stores cannot hold nested maps)."""
        return {
            "document": self.document,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "quote": self.text,
            "language": self.language,
        }


#: The evidence fields as stored on a relationship, in :meth:`Evidence.as_props` order (the graph
#: projection groups them back into one ``evidence`` map).
EVIDENCE_FIELDS: tuple[str, ...] = tuple(Evidence("", "", 0, 0, "").as_props())
#: The relationship properties that are an edge's evidence or its idempotency key (:attr:`Edge.key`),
#: not statements of its own: the RDF export writes them as the edge's Web Annotation and the import
#: reads them back from it. Derived from the one Evidence shape, so a field added there reaches all
#: three readers.
EVIDENCE_KEYS: frozenset[str] = frozenset(EVIDENCE_FIELDS) | {"key"}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the extractor settled about one language version of a document: its identity and its
    metadata, read by the build (id, language), the explorer's upload form and the evaluation."""

    id: str  #: canonical document id (``document/<symbol>``, or the text's own id when none is printed)
    symbol: str  #: the UN symbol; "" when none is printed or inferred
    language: str  #: ISO 639-1 language of the text
    title: str
    date: str  #: the date the document prints for itself (ISO, possibly partial); "" when unknown
    session: str  #: the Session id it was prepared for; ""
    kind: str  #: "agenda", "report", "UN document" …
    symbol_inferred: bool  #: the symbol was not printed but inferred (from the file name or the agenda)

    def to_json(self) -> dict[str, Value]:
        """The ``document`` object of ``arkg extract --format json`` (spec/cli.md), in field order."""
        return {
            "id": self.id,
            "symbol": self.symbol,
            "language": self.language,
            "title": self.title,
            "date": self.date,
            "session": self.session,
            "kind": self.kind,
            "symbol_inferred": self.symbol_inferred,
        }


@dataclass(slots=True)
class Node:
    """A graph node: canonical ``id``, one type label from the schema, flat properties."""

    id: str
    label: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Edge:
    """A relationship; ``evidence`` is set for everything derived from a document.

    One edge per piece of evidence: the same document citing article 56 in three
    paragraphs gives three ``CITES`` edges, each with its own quote. ``key`` makes the
    MERGE idempotent across runs.
    """

    source: str
    type: str
    target: str
    props: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence | None = None

    @property
    def key(self) -> str:
        ev = self.evidence
        basis = f"{self.source}|{self.type}|{self.target}"
        if ev is not None:
            basis += f"|{ev.document}|{ev.language}|{ev.start}|{ev.end}"
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20]

    def all_props(self) -> dict[str, Any]:
        """Properties as stored: own props, provenance, and the idempotency key."""
        props = dict(self.props)
        if self.evidence is not None:
            props.update(self.evidence.as_props())
        props["key"] = self.key
        return props


@dataclass(slots=True)
class Batch:
    """Nodes and edges that belong together, e.g. one document or the authority data."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    def extend(self, other: Batch) -> None:
        self.nodes.extend(other.nodes)
        self.edges.extend(other.edges)
