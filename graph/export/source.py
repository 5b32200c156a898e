"""What every exporter reads from a store: nodes, then relationships, page by page and in a stable order.

One place for the two queries, so RDF, GraphML and CSV exports all see the same graph the same way,
and no exporter ever holds the whole graph in memory (``Store.stream`` pages on the node ids).
A :class:`View` narrows both to part of the graph (what the explorer shows), so a view is
exported by the same exporters, in the same formats, as the whole graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from arkg.graph.model import LANGUAGES, model
from arkg.graph.stores.base import Store

#: Keyset-paged (see ``graph.stores.base.pages``): each page starts after the last id of the one before.
#: Plain values (no node objects), so a store's client has no entities to decode and map back to ids.
NODES_QUERY = ("MATCH (n:Entity) WHERE n.id > $after "
               "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id LIMIT $page")
#: Paged by source node: a page is up to ``$page`` source nodes with all their relationships, so a
#: node's relationships never straddle two pages; a node without any gives one row of nulls.
RELATIONSHIPS_QUERY = (
    "MATCH (a:Entity) WHERE a.id > $after WITH a ORDER BY a.id LIMIT $page "
    "OPTIONAL MATCH (a)-[e]->(b:Entity) RETURN a.id AS s, type(e) AS t, b.id AS o, properties(e) AS p "
    "ORDER BY s, t, o, e.key"
)
#: The same two queries narrowed to a view's nodes (``$ids``): a keyset page still starts after ``$after``.
VIEW_NODES_QUERY = NODES_QUERY.replace("WHERE n.id > $after", "WHERE n.id > $after AND n.id IN $ids")
VIEW_RELATIONSHIPS_QUERY = RELATIONSHIPS_QUERY.replace("WHERE a.id > $after", "WHERE a.id > $after AND a.id IN $ids") \
    .replace("(b:Entity) RETURN", "(b:Entity) WHERE b.id IN $ids RETURN")
#: Source nodes per page of relationships: about 20 relationships each, so pages of ~10 000 rows.
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


def nodes(store: Store, page: int = 5_000, view: View | None = None) -> Iterator[SourceNode]:
    """Nodes ordered by id (a view's only); a node whose labels are not in the schema is not exported."""
    labels = model().labels
    query, params = (NODES_QUERY, None) if view is None else (VIEW_NODES_QUERY, {"ids": sorted(view.ids)})
    for row in store.stream(query, params, page=page, key="id"):
        label = next((x for x in row["labels"] if x in labels), None)
        if label is not None and row["id"]:
            yield SourceNode(row["id"], label, row["props"])


def relationships(store: Store, page: int = RELATIONSHIP_PAGE, view: View | None = None) -> Iterator[SourceEdge]:
    """Relationships ordered by (source, type, target, key), so parallel edges arrive together (a view's only)."""
    types = model().relationship_types
    query, params = (RELATIONSHIPS_QUERY, None) if view is None else (VIEW_RELATIONSHIPS_QUERY,
                                                                      {"ids": sorted(view.ids)})
    for row in store.stream(query, params, page=page, key="s"):
        if row["t"] in types:
            edge = SourceEdge(row["s"], row["t"], row["o"], row["p"] or {})
            if view is None or view.holds(edge):
                yield edge


def size(store: Store) -> int:
    """Nodes plus relationships, for progress totals."""
    stats = store.stats()
    return sum(stats["nodes"].values()) + sum(stats["relationships"].values())


#: The paragraphs of a document in one language: each one's text, and its offset in the document text
#: as read (the start of its HAS_PARAGRAPH evidence in that language, where its text was cut from).
#: Only that language's text (``{language}`` is one of the model's languages), not all six.
PARAGRAPHS_QUERY = (
    "MATCH (d:Document {{id: $document}})-[e:HAS_PARAGRAPH]->(p:Paragraph) WHERE e.language = $language "
    "RETURN e.paragraph AS paragraph, e.start AS start, p.text_{language} AS text"
)


#: Language versions whose paragraphs :func:`paragraph_text` keeps (a few MB of text).
PARAGRAPH_CACHE = 1_024


def paragraph_text(store: Store, documents: int = PARAGRAPH_CACHE) -> Callable[[str, str, str], tuple[int, str] | None]:
    """``(document, paragraph number, language) → (offset, text)`` or None, one query per document and language.

    Evidence mostly arrives grouped by its source node (a document, then its paragraphs), but a hub's
    relationships (a resolution ISSUES mandates, a session HAS_AGENDA_ITEM items, an actor RECOMMENDS)
    carry evidence from documents all over the corpus: with a cache of a few documents, each of those
    was a query (28 000 at 1 000 documents, most of an export's time), hence room for a thousand.
    """

    @lru_cache(maxsize=documents)
    def document_paragraphs(document: str, language: str) -> dict[str, tuple[int, str]]:
        if language not in LANGUAGES:  # no paragraph text in it
            return {}
        rows = store.read(PARAGRAPHS_QUERY.format(language=language), {"document": document, "language": language}).rows
        found = {}
        for row in rows:
            text = row["text"]
            if text and row["start"] is not None:
                found[str(row["paragraph"])] = (int(row["start"]), str(text))
        return found

    def lookup(document: str, paragraph: str, language: str) -> tuple[int, str] | None:
        return document_paragraphs(document, language).get(paragraph)

    return lookup
