"""Load-time citation counts per cited node (``CitationCount``, ``schema.ttl``, ``arkg:aggregate``).

``resolutions-by-session`` shows how often documents cite each resolution: one ``CITES`` edge per piece of
evidence, counted at question time over every citing document (a pattern per resolution whose cost grew
with the corpus). The build keeps, per cited node, the number of ``CITES`` edges from documents.

A document's ``CITES`` edges are written only by the load of one of its language versions (the document
is their source, the version their evidence) and removed only with that version's output, so a write
adjusts the counts by the versions it touches: :func:`subtract` first, the versions' edges as the graph
holds them (none for a new version); :func:`add` last, the edges the write loads, counted here from its
rows; then :func:`settle` deletes counts at 0, so a count exists exactly while some document cites its
node. Three FalkorDB 4.16 behaviours shape the statements:

- the new edges are counted from the rows, not read back: a load group creates its edges in the same
  atomic query, and edges created earlier in a query are read wrongly (properties null, ``count(c)`` 0);
- edges already there are counted through a named edge (``-[c:CITES]->``): an unnamed one is counted
  once per pair of nodes, not once per edge;
- the deletion of counts at 0 is a statement of its own: the updates of a ``SET`` whose rows a later
  ``WHERE`` of the same query drops are lost.

Writes that do not go through a load group (``arkg import``, ``arkg db check --fix``) call :func:`recount`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from arkg.graph.model import model
from arkg.graph.records import Edge
from arkg.graph.stores.base import Store
from arkg.graph.stores.writer import Statement

_LABEL = model().safe_aggregate_label("CitationCount")
_TYPE = model().safe_rel_type("CITES")

#: The ``CITES`` edges of language versions (``v.language`` null: every version of the document).
_OF_VERSIONS = (f"UNWIND $versions AS v MATCH (:Document {{id: v.document}})-[c:{_TYPE}]->(r) "
                "WHERE v.language IS NULL OR c.language = v.language WITH r.id AS target, count(c) AS n ")
_SUBTRACT = f"MATCH (x:{_LABEL} {{target: target}}) SET x.citations = x.citations - n"
_ADD = (f"MERGE (x:{_LABEL} {{target: target}}) "
        "ON CREATE SET x.citations = n ON MATCH SET x.citations = x.citations + n")
_DROP = f"MATCH (x:{_LABEL}) WHERE x.citations <= 0 DELETE x"
_COUNTS = f"MATCH (x:{_LABEL}) RETURN x.target AS target, x.citations AS citations"
_EVERY_CITATION = f"MATCH (:Document)-[c:{_TYPE}]->(r) WITH r.id AS target, count(c) AS n "

#: Cited node's id → ``CITES`` edges from documents to it.
Counts = dict[str, int]


def subtract(versions: list[tuple[str, str | None]]) -> list[Statement]:
    """What takes the citations of (document, language) versions out of the counts (language ``None``:
    every version of the document); first in a write."""
    rows = [{"document": document, "language": language} for document, language in sorted(versions, key=str)]
    return [(_OF_VERSIONS + _SUBTRACT, {"versions": rows})] if rows else []


def add(edges: Iterable[Edge]) -> list[Statement]:
    """What puts the citations among the edges a load group writes into the counts; last, before :func:`settle`."""
    cited = Counter(edge.target for edge in edges if edge.type == _TYPE)
    rows = [{"target": target, "n": n} for target, n in sorted(cited.items())]
    return [("UNWIND $rows AS row WITH row.target AS target, row.n AS n " + _ADD, {"rows": rows})] if rows else []


def settle() -> list[Statement]:
    """What ends a write that subtracted: counts at 0 deleted."""
    return [(_DROP, {})]


def _read(store: Store, cypher: str) -> Counts:
    return {r["target"]: r["citations"] for r in store.read(cypher, timeout_ms=0).rows}


def counts(store: Store) -> Counts:
    """Citation counts as the store keeps them."""
    return _read(store, _COUNTS)


def recounted(store: Store) -> Counts:
    """Citation counts counted from scratch from every document's ``CITES`` edges."""
    return _read(store, _EVERY_CITATION + "RETURN target, n AS citations")


def recount() -> list[Statement]:
    """What throws every count away and counts again from the whole graph (for writes that bypass load groups)."""
    return [(f"MATCH (x:{_LABEL}) DELETE x", {}), (_EVERY_CITATION + _ADD, {})]
