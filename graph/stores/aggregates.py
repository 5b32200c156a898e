"""Load-time aggregates: counts the build keeps exact so that saved questions read them instead of scanning.

``CoMention`` (``schema.ttl``, ``arkg:aggregate``): for each pair of entities some paragraph mentions
both of, the number of such paragraphs. Counting them at question time meant reading every paragraph's
mentions and forming every pair (1.6 M pairs at 10 000 documents); here each load group adjusts only
the pairs of its own documents' paragraphs, inside the group's one atomic write:

- :func:`subtract` first, before any old output is forgotten: the pairs of the documents' paragraphs
  as the graph holds them now (nothing, for a document never loaded);
- :func:`add` last, once the new edges are in and orphaned paragraphs dropped: the same paragraphs'
  pairs as they are now.

Whatever the group changed (a new language version on shared paragraphs, an edited text, a removal),
the counts then equal a count from scratch, and a group rolled back leaves them as they were. A count
that reaches 0 is deleted, so a pair exists exactly while some paragraph mentions both. A document's
paragraphs are found from the document (``HAS_PARAGRAPH``), through the ``id`` index. Writes that do
not go through a load group (``arkg import``, ``arkg db check --fix``) call :func:`recount`.
"""

from __future__ import annotations

from arkg.graph.model import model
from arkg.graph.stores.base import Store
from arkg.graph.stores.writer import Statement

_LABEL = model().safe_aggregate_label("CoMention")

#: Every pair (a.id < b.id) of distinct entities one paragraph mentions, counted once per paragraph.
_PAIRS = (
    "MATCH (p)-[:MENTIONS]->(e:Entity) "
    "WITH DISTINCT p, e "
    "WITH p, collect(e) AS mentioned "
    "UNWIND mentioned AS a UNWIND mentioned AS b "
    "WITH a, b WHERE a.id < b.id "
    "WITH a, b, count(*) AS n "
)
#: The paragraphs of the documents ``$ids`` (a document's paragraphs are each linked from it).
_OF_DOCUMENTS = ("UNWIND $ids AS id MATCH (:Document {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph) "
                 "WITH DISTINCT p ")
_ADD = (
    f"MERGE (c:{_LABEL} {{pair: a.id + ' ' + b.id}}) "
    "ON CREATE SET c.a = a.id, c.b = b.id, c.paragraphs = n "
    "ON MATCH SET c.paragraphs = c.paragraphs + n "
    "SET c.labels = labels(a) + labels(b)"
)
_SUBTRACT = (
    f"MATCH (c:{_LABEL} {{pair: a.id + ' ' + b.id}}) "
    "SET c.paragraphs = c.paragraphs - n "
    # the count read into a variable first: FalkorDB 4.16 drops the SET above if the WHERE reads c.paragraphs
    "WITH c, c.paragraphs AS left WHERE left <= 0 DELETE c"
)
#: Every count, as the stores hold it (for ``arkg db check`` and the tests).
_COUNTS = f"MATCH (c:{_LABEL}) RETURN c.a AS a, c.b AS b, c.paragraphs AS paragraphs, c.labels AS labels"
_EVERY_PARAGRAPH = "MATCH (p:Paragraph) WITH p "
_RECOUNTED = _EVERY_PARAGRAPH + _PAIRS + "RETURN a.id AS a, b.id AS b, n AS paragraphs"


def subtract(documents: list[str]) -> list[Statement]:
    """What takes the documents' paragraphs' pairs out of the counts; first in a load group."""
    if not documents:
        return []
    return [(_OF_DOCUMENTS + _PAIRS + _SUBTRACT, {"ids": sorted(documents)})]


def add(documents: list[str]) -> list[Statement]:
    """What puts the documents' paragraphs' pairs (as they are now) into the counts; last in a load group."""
    if not documents:
        return []
    return [(_OF_DOCUMENTS + _PAIRS + _ADD, {"ids": sorted(documents)})]


def counts(store: Store) -> dict[tuple[str, str], int]:
    """Co-mention counts as the store keeps them: (a, b) → paragraphs."""
    return {(r["a"], r["b"]): r["paragraphs"] for r in store.read(_COUNTS, timeout_ms=0).rows}


def recounted(store: Store) -> dict[tuple[str, str], int]:
    """Co-mention counts counted from scratch from every paragraph's mentions: what :func:`counts` must equal."""
    return {(r["a"], r["b"]): r["paragraphs"] for r in store.read(_RECOUNTED, timeout_ms=0).rows}


def recount(store: Store) -> None:
    """Every count thrown away and counted again from the whole graph, in one atomic write.

    For writes that bypass the load groups (an import, a repair); a build never needs it.
    """
    store.write_atomic([(f"MATCH (c:{_LABEL}) DELETE c", {}),
                        (_EVERY_PARAGRAPH + _PAIRS + _ADD, {})])
