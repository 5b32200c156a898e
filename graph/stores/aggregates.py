"""Load-time aggregates: counts the build keeps exact so that saved questions read them instead of scanning.

This module is the one entry the writers call: :func:`subtract`, :func:`add`, :func:`settle` and
:func:`recount` adjust every aggregate at once — the co-mention counts defined here, the mention counts
per document (:mod:`graph.stores.document_counts`), the citation counts
(:mod:`graph.stores.citation_counts`) and the mandates' statement counts (:mod:`graph.stores.mandate_counts`)
— so a new aggregate cannot be forgotten by one of the writers.

``CoMention`` (``schema.ttl``, ``arkg:aggregate``): for each pair of entities some paragraph mentions
both of, the number of such paragraphs and the first five of their ids (the question's examples).
Counting them at question time meant reading every paragraph's mentions and forming every pair (1.6 M
pairs at 10 000 documents), and finding the examples of a pair of busy entities meant reading every
paragraph of one of them; here each load group adjusts only the pairs of its own documents'
paragraphs, inside the group's one atomic write:

- :func:`subtract` first, before any old output is forgotten: the pairs of the documents' paragraphs
  as the graph holds them now (nothing, for a document never loaded);
- :func:`add` last, once the new edges are in and orphaned paragraphs dropped: the same paragraphs'
  pairs as they are now; then :func:`settle`: counts at 0 deleted, and the examples of the pairs that
  lost one of theirs read again (a removal, which adds nothing, ends with :func:`settle` alone).

Whatever the group changed (a new language version on shared paragraphs, an edited text, a removal),
the counts then equal a count from scratch, and a group rolled back leaves them as they were. A count
that reaches 0 is deleted, so a pair exists exactly while some paragraph mentions both. A document's
paragraphs are found from the document (``HAS_PARAGRAPH``), through the ``id`` index. Writes that do
not go through a load group (``arkg import``, ``arkg db check --fix``) call :func:`recount`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from arkg.graph.model import model
from arkg.graph.records import Edge
from arkg.graph.stores import citation_counts, document_counts, mandate_counts
from arkg.graph.stores.base import Store
from arkg.graph.stores.writer import Statement

_LABEL = model().safe_aggregate_label("CoMention")
#: How many example paragraphs a count keeps: the first by id, as the co-mentions question shows them.
EXAMPLES = 5

#: Every pair (a.id < b.id) of distinct entities one paragraph mentions: the paragraphs (``n``) and their ids.
_PAIRS = (
    "MATCH (p)-[:MENTIONS]->(e:Entity) "
    "WITH DISTINCT p, e "
    "WITH p, collect(e) AS mentioned "
    "UNWIND mentioned AS a UNWIND mentioned AS b "
    "WITH p, a, b WHERE a.id < b.id "
    "WITH a, b, count(*) AS n, collect(p.id) AS ps "
)
#: The paragraphs of the documents ``$ids`` (a document's paragraphs are each linked from it).
_OF_DOCUMENTS = ("UNWIND $ids AS id MATCH (:Document {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph) "
                 "WITH DISTINCT p ")
#: The pair's paragraphs join its count, their ids its examples (the smallest ``EXAMPLES`` of old and new).
_ADD = (
    f"MERGE (c:{_LABEL} {{pair: a.id + ' ' + b.id}}) "
    "ON CREATE SET c.a = a.id, c.b = b.id, c.paragraphs = n, c.examples = [] "
    "ON MATCH SET c.paragraphs = c.paragraphs + n "
    "SET c.labels = labels(a) + labels(b) "
    "WITH c, ps UNWIND c.examples + ps AS x "
    "WITH c, x ORDER BY x "
    f"WITH c, collect(DISTINCT x) AS xs SET c.examples = xs[0..{EXAMPLES}]"
)
#: The pair's paragraphs leave its count and its examples. What is left of the examples are still the
#: smallest ids of what is left; a pair left with fewer than its count allows, or with none, is marked
#: (``refill``) for :func:`settle`, once the group's new edges are in. Nothing follows the SET in this
#: statement: FalkorDB 4.16 loses the updates of rows that a later ``WHERE`` of the same query drops.
_SUBTRACT = (
    f"MATCH (c:{_LABEL} {{pair: a.id + ' ' + b.id}}) "
    "WITH c, c.paragraphs - n AS left, [x IN c.examples WHERE NOT x IN ps] AS kept "
    "SET c.paragraphs = left, c.examples = kept, "
    f"c.refill = CASE WHEN left <= 0 OR size(kept) < CASE WHEN left < {EXAMPLES} THEN left ELSE {EXAMPLES} END "
    "THEN 1 END"
)
#: Marked pairs that no paragraph mentions any more go (after ``_REFILL``, which leaves them marked).
_DROP = f"MATCH (c:{_LABEL} {{refill: 1}}) WHERE c.paragraphs <= 0 DELETE c"
#: The examples of the other marked pairs, read again from the graph: every paragraph of the first entity
#: once, then whether it mentions the second (rare: only a removed or edited paragraph among the first).
_REFILL = (
    f"MATCH (c:{_LABEL} {{refill: 1}}) WHERE c.paragraphs > 0 "
    "MATCH (a:Entity {id: c.a}), (b:Entity {id: c.b}) "
    "MATCH (a)<-[:MENTIONS]-(p:Paragraph) "
    "WITH DISTINCT c, b, p "
    "MATCH (p)-[:MENTIONS]->(b) "
    "WITH DISTINCT c, p.id AS x ORDER BY x "
    f"WITH c, collect(x) AS xs SET c.examples = xs[0..{EXAMPLES}] REMOVE c.refill"
)
#: Every count, as the stores hold it (for ``arkg db check`` and the tests).
_COUNTS = f"MATCH (c:{_LABEL}) RETURN c.a AS a, c.b AS b, c.paragraphs AS paragraphs, c.examples AS examples"
_EVERY_PARAGRAPH = "MATCH (p:Paragraph) WITH p "
_RECOUNTED = (_EVERY_PARAGRAPH + _PAIRS + "UNWIND ps AS x WITH a, b, n, x ORDER BY x "
              "WITH a, b, n, collect(x) AS xs "
              f"RETURN a.id AS a, b.id AS b, n AS paragraphs, xs[0..{EXAMPLES}] AS examples")

#: A pair's count: paragraphs that mention both, and the first ``EXAMPLES`` of their ids.
Counts = dict[tuple[str, str], tuple[int, tuple[str, ...]]]


def subtract(documents: list[str], versions: list[tuple[str, str]] | None = None) -> list[Statement]:
    """What takes the documents' contributions out of every aggregate; first in a write. ``versions``: the
    (document, language) versions a load group loads; ``None``: the documents go whole (a removal)."""
    if not documents:
        return []
    loaded: list[tuple[str, str | None]] = [(d, None) for d in documents] if versions is None else [*versions]
    return [(_OF_DOCUMENTS + _PAIRS + _SUBTRACT, {"ids": sorted(documents)}),
            *document_counts.forget(documents), *citation_counts.subtract(loaded), *mandate_counts.subtract(loaded)]


def add(documents: list[str], edges: Collection[Edge]) -> list[Statement]:
    """What puts the documents' contributions (as they are now, ``edges`` being those the load group wrote)
    into every aggregate, then :func:`settle`; last in a load group."""
    if not documents:
        return []
    return [(_OF_DOCUMENTS + _PAIRS + _ADD, {"ids": sorted(documents)}),
            *document_counts.count(documents), *citation_counts.add(edges), *mandate_counts.add(edges), *settle()]


def settle() -> list[Statement]:
    """What ends a write that subtracted: counts at 0 deleted, the examples :func:`subtract` cut short read again."""
    # in this order: Neo4j 5's index lookup (refill) in the same transaction meets nodes it deleted
    return [(_REFILL, {}), (_DROP, {}), *citation_counts.settle(), *mandate_counts.settle()]


def _read(store: Store, cypher: str) -> Counts:
    return {(r["a"], r["b"]): (r["paragraphs"], tuple(r["examples"])) for r in store.read(cypher, timeout_ms=0).rows}


def counts(store: Store) -> Counts:
    """Co-mention counts as the store keeps them: (a, b) → (paragraphs, first example ids)."""
    return _read(store, _COUNTS)


def recounted(store: Store) -> Counts:
    """Co-mention counts counted from scratch from every paragraph's mentions: what :func:`counts` must equal."""
    return _read(store, _RECOUNTED)


def miscounted(store: Store) -> int:
    """How many kept counts of any aggregate differ from a count from scratch (missing or surplus ones included)."""
    return (_differing(counts(store), recounted(store))
            + _differing(document_counts.counts(store), document_counts.recounted(store))
            + _differing(citation_counts.counts(store), citation_counts.recounted(store))
            + _differing(mandate_counts.counts(store), mandate_counts.recounted(store)))


def _differing(kept: Mapping[Any, object], counted: Mapping[Any, object]) -> int:
    return sum(1 for key in kept.keys() | counted.keys() if kept.get(key) != counted.get(key))


def recount(store: Store) -> None:
    """Every count of every aggregate thrown away and counted again from the whole graph, in one atomic write.

    For writes that bypass the load groups (an import, a repair, a graph built before an aggregate
    existed: ``arkg db check --fix``); a build never needs it.
    """
    store.write_atomic([(f"MATCH (c:{_LABEL}) DELETE c", {}),
                        (_EVERY_PARAGRAPH + _PAIRS + _ADD, {}),
                        *document_counts.recount(), *citation_counts.recount(), *mandate_counts.recount()])
