"""What every exporter reads from a store: nodes, then relationships, page by page and in a stable order.

One place for the two queries, so RDF, GraphML and CSV exports all see the same graph the same way,
and no exporter ever holds the whole graph in memory (reads go by pages of node ids).
A :class:`View` narrows both to part of the graph (what the explorer shows), so a view is
exported by the same exporters, in the same formats, as the whole graph.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from arkg.graph import ids
from arkg.graph.model import LANGUAGES, model
from arkg.graph.stores.base import Store, by_ids

#: The nodes of ``$ids`` (consecutive ids, so pages in id order give all nodes in id order).
#: Plain values (no node objects), so a store's client has no entities to decode and map back to ids.
NODES_QUERY = ("UNWIND $ids AS i MATCH (n:Entity {id: i}) "
               "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id")
#: The relationships of the source nodes ``$ids``, so a node's relationships never straddle two reads;
#: a node without any gives one row of nulls.
RELATIONSHIPS_QUERY = (
    "UNWIND $ids AS i MATCH (a:Entity {id: i}) "
    "OPTIONAL MATCH (a)-[e]->(b:Entity) RETURN a.id AS s, type(e) AS t, b.id AS o, properties(e) AS p "
    "ORDER BY s, t, o, e.key"
)
#: Source nodes per read of relationships: about 20 relationships each, so reads of ~10 000 rows.
RELATIONSHIP_PAGE = 500


@dataclass(frozen=True, slots=True)
class View:
    """Part of the graph: these nodes, and the relationships between them (only ``edges``, if given).

    An edge is ``(source, type, target, key)``, ``key`` being the relationship's ``key`` property
    (None for one without), so of two parallel relationships a view may hold one.
    """

    ids: frozenset[str]
    edges: frozenset[tuple[str, str, str, str | None]] | None = None

    def holds(self, edge: SourceEdge) -> bool:
        if edge.source not in self.ids or edge.target not in self.ids:
            return False
        return self.edges is None or (edge.source, edge.type, edge.target, edge.props.get("key")) in self.edges


@dataclass(frozen=True, slots=True)
class SourceNode:
    id: str
    label: str  #: the type label (``Entity`` left out)
    props: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SourceEdge:
    source: str
    type: str
    target: str
    props: dict[str, Any]


def _read(store: Store, query: str, page: int, view: View | None) -> Iterator[dict[str, Any]]:
    return by_ids(store, query, page=page, ids=None if view is None else sorted(view.ids))


def nodes(store: Store, page: int = 5_000, view: View | None = None) -> Iterator[SourceNode]:
    """Nodes ordered by id (a view's only); a node whose labels are not in the schema is not exported."""
    labels = model().labels
    for row in _read(store, NODES_QUERY, page, view):
        label = next((x for x in row["labels"] if x in labels), None)
        if label is not None and row["id"]:
            yield SourceNode(row["id"], label, row["props"])


def relationships(store: Store, page: int = RELATIONSHIP_PAGE, view: View | None = None) -> Iterator[SourceEdge]:
    """Relationships ordered by (source, type, target, key), so parallel edges arrive together (a view's only)."""
    types = model().relationship_types
    for row in _read(store, RELATIONSHIPS_QUERY, page, view):
        if row["t"] in types:
            edge = SourceEdge(row["s"], row["t"], row["o"], row["p"] or {})
            if view is None or view.holds(edge):
                yield edge


def size(store: Store) -> int:
    """Nodes plus relationships, for progress totals."""
    stats = store.stats()
    return sum(stats["nodes"].values()) + sum(stats["relationships"].values())


#: The paragraphs asked for (``$paragraphs``, their ids) with their text in one language and their offset
#: in that language version's text (the start of their HAS_PARAGRAPH evidence in that language, where
#: the text was cut from). Only that language's text (``{language}`` is one of the model's languages).
PARAGRAPHS_QUERY = (
    "UNWIND $paragraphs AS pid MATCH (p:Paragraph {{id: pid}})<-[e:HAS_PARAGRAPH]-(:Document) "
    "WHERE e.language = $language RETURN pid AS id, e.start AS start, p.text_{language} AS text"
)

#: Paragraph texts :class:`ParagraphTexts` keeps (a few MB), most recently used first.
PARAGRAPH_CACHE = 20_000
#: Paragraph ids per read.
PARAGRAPH_CHUNK = 2_000

Key = tuple[str, str, str]  #: (document id, paragraph number, language)


class ParagraphTexts:
    """``(document, paragraph number, language) → (offset, text)`` or None, read in bulk.

    Why in bulk: a hub's relationships (a resolution ISSUES mandates, a session HAS_AGENDA_ITEM items, an
    actor RECOMMENDS) carry evidence from documents all over the corpus. Read one document's paragraphs
    at a time behind a cache, that was one query per piece of evidence once the corpus had more language
    versions than the cache (at 10 000 documents, 93 % of an export's time, and growing with the
    corpus). So an exporter says what a block of relationships will need (:meth:`prefetch`) and exactly
    those paragraphs are read, one query per language; the most recent stay held, as a document's own
    relationships arrive together.
    """

    def __init__(self, store: Store, size: int = PARAGRAPH_CACHE, chunk: int = PARAGRAPH_CHUNK) -> None:
        self.store, self.size, self.chunk = store, size, chunk
        self._held: OrderedDict[tuple[str, str], tuple[int, str] | None] = OrderedDict()
        self.reads = 0  #: queries made, for tests and profiles

    def prefetch(self, keys: Iterable[Key]) -> None:
        """Read the paragraphs of ``keys`` not held yet (one query per language and chunk)."""
        wanted: dict[str, dict[str, None]] = {}
        for document, paragraph, language in keys:
            if language in LANGUAGES and paragraph:
                pid = ids.paragraph(document, paragraph)
                if (pid, language) not in self._held:
                    wanted.setdefault(language, {})[pid] = None
        for language, pids in wanted.items():
            todo = list(pids)
            for i in range(0, len(todo), self.chunk):
                chunk = todo[i:i + self.chunk]
                found = dict.fromkeys(chunk)
                self.reads += 1
                rows = self.store.read(PARAGRAPHS_QUERY.format(language=language),
                                       {"paragraphs": chunk, "language": language}, timeout_ms=0).rows
                for row in rows:
                    if row["text"] and row["start"] is not None:
                        found[str(row["id"])] = (int(row["start"]), str(row["text"]))
                for pid, value in found.items():  # None too: a paragraph without text is not asked again
                    self._held[(pid, language)] = value
        while len(self._held) > self.size:
            self._held.popitem(last=False)

    def __call__(self, document: str, paragraph: str, language: str) -> tuple[int, str] | None:
        if language not in LANGUAGES or not paragraph:  # no paragraph text in it
            return None
        key = (ids.paragraph(document, paragraph), language)
        if key not in self._held:
            self.prefetch([(document, paragraph, language)])
        self._held.move_to_end(key)
        return self._held[key]
