"""Load-time mention counts per entity and document (``MentionCount``, ``schema.ttl``, ``arkg:aggregate``).

``mentions-at-meetings`` asked, per entity of a few labels, how many of each document's paragraphs mention
it, leaving out a paragraph that names the entity (a country) only as the country of a venue city it also
names. Counting that at question time read every mention paragraph of every such entity and tested it for
venues: time that grew with the corpus. The build keeps the answer per (document, entity) instead.

The grain is the document, not the session, on purpose: a document's session comes from ``PREPARED_FOR``
edges that *other* documents' loads write too (an agenda listing the documents of each item), so a count
per session would go stale when another document is loaded or removed. What one document's paragraphs
mention changes only when that document is loaded, replaced or removed, so inside its atomic load group
:func:`forget` drops its counts first (before any old output goes) and :func:`count` counts them again
last, from its paragraphs as they are now: exact whatever the group changed, and a group rolled back
leaves them as they were. The venue test reads ``LOCATED_IN`` from the reference data, whose every change
relinks every document (the authority's fingerprint is part of each completion mark), so it too is
counted again. Writes that do not go through a load group (``arkg import``, ``arkg db check --fix``)
call :func:`recount`.
"""

from __future__ import annotations

from arkg.graph.model import model
from arkg.graph.stores.base import Store
from arkg.graph.stores.writer import Statement

_LABEL = model().safe_aggregate_label("MentionCount")

#: Per entity and document, the document's paragraphs (``document``, ``p``) that mention the entity, less
#: those naming it only as the country of a venue they also name. Only whether an edge is there is read,
#: never its values or how many there are: FalkorDB 4.16 reads the properties of edges created earlier in
#: the same query as null and counts their parallel copies as one, and a load group creates its edges and
#: counts them in one query. So a paragraph's document is the one it belongs to (``HAS_PARAGRAPH``), which
#: is the ``document`` of its mentions' evidence: a paragraph is only ever mentioned from its own text.
_COUNTED = (
    "MATCH (p)-[:MENTIONS]->(e:Entity) "
    "WITH DISTINCT document, p, e "
    "OPTIONAL MATCH (p)-[:MENTIONS]->(venue:Place)-[:LOCATED_IN]->(e) "
    "WITH document, p, e, count(venue) AS venue_country "
    "WHERE venue_country = 0 "
    "WITH document, e, count(p) AS paragraphs "
)
_OF_DOCUMENTS = ("UNWIND $ids AS id MATCH (:Document {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph) "
                 "WITH DISTINCT id AS document, p ")
#: The entity's label (one besides ``Entity``) is kept with its counts: the question picks entities by label, and an
#: index on it finds their counts without testing every entity's labels (10 000 documents: 146 k entities).
_ENTITY_LABEL = "[l IN labels(e) WHERE l <> 'Entity'][0]"
_CREATE = f"CREATE (:{_LABEL} {{document: document, entity: e.id, label: {_ENTITY_LABEL}, paragraphs: paragraphs}})"
_FORGET = f"UNWIND $ids AS id MATCH (c:{_LABEL} {{document: id}}) DELETE c"
_COUNTS = (f"MATCH (c:{_LABEL}) "
           "RETURN c.document AS document, c.entity AS entity, c.label AS label, c.paragraphs AS paragraphs")
_EVERY_PARAGRAPH = "MATCH (d:Document)-[:HAS_PARAGRAPH]->(p:Paragraph) WITH DISTINCT d.id AS document, p "
_RECOUNTED = _EVERY_PARAGRAPH + _COUNTED + f"RETURN document, e.id AS entity, {_ENTITY_LABEL} AS label, paragraphs"

#: (document, entity) → (paragraphs of the document that mention the entity, not only as a venue's country;
#: the entity's label).
Counts = dict[tuple[str, str], tuple[int, str]]


def forget(documents: list[str]) -> list[Statement]:
    """What drops the documents' counts; first in a load group, before any old output goes."""
    return [(_FORGET, {"ids": sorted(documents)})] if documents else []


def count(documents: list[str]) -> list[Statement]:
    """What counts the documents' paragraphs' mentions as they are now; last in a load group."""
    return [(_OF_DOCUMENTS + _COUNTED + _CREATE, {"ids": sorted(documents)})] if documents else []


def _read(store: Store, cypher: str) -> Counts:
    return {(r["document"], r["entity"]): (r["paragraphs"], r["label"]) for r in store.read(cypher, timeout_ms=0).rows}


def counts(store: Store) -> Counts:
    """Mention counts as the store keeps them."""
    return _read(store, _COUNTS)


def recounted(store: Store) -> Counts:
    """Mention counts counted from scratch from every paragraph's mentions: what :func:`counts` must equal."""
    return _read(store, _RECOUNTED)


def recount() -> list[Statement]:
    """What throws every count away and counts again from the whole graph (for writes that bypass load groups)."""
    return [(f"MATCH (c:{_LABEL}) DELETE c", {}), (_EVERY_PARAGRAPH + _COUNTED + _CREATE, {})]
