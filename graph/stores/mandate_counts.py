"""Load-time statement counts per addressee and issuer of mandates (``MandateCount``, ``arkg:aggregate``).

``secretariat-requests`` pages the paragraphs that state what an addressee was asked to do, in the order
(session, issuer, document, language, position). Cutting a page meant walking every mandate of the
addressee, its issuer and its stating edges, and sorting them all (83 178 for the Secretariat at 10 000
documents) to keep 500. With the number of stating edges per (addressee, issuer) kept at load time, the
question orders the issuers, adds up their counts and walks only the issuers the page falls in.

A mandate's id is its paragraph's and the offsets of its statement (``graph/ids.py``), and one language
version's extraction writes its ``ISSUES``, ``ADDRESSED_TO`` and ``STATES`` edges together
(``ingest/acts.py``), with that version's evidence; they go only with that version's output. So a write
adjusts the counts by the versions it touches, as :mod:`graph.stores.citation_counts` does: :func:`subtract`
first, what the versions' stating edges count as the graph holds them; :func:`add` last, what the edges
the write loads count, from its rows (FalkorDB 4.16 reads edges created earlier in the same query
wrongly); then :func:`settle` deletes counts at 0. The count is the question's own pattern counted: one
per (addressee, mandate, issuer, stating edge), the addressee and issuer through unnamed edges, as the
question walks them.

Writes that do not go through a load group (``arkg import``, ``arkg db check --fix``) call :func:`recount`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from arkg.graph.model import model
from arkg.graph.records import Edge
from arkg.graph.stores.base import Store
from arkg.graph.stores.writer import Statement

_LABEL = model().safe_aggregate_label("MandateCount")
_ISSUES, _ADDRESSED_TO, _STATES = (model().safe_rel_type(t) for t in ("ISSUES", "ADDRESSED_TO", "STATES"))

#: Every (addressee, mandate, issuer) the question walks, with the mandate's stating edges ``s``.
_WALK = (f"MATCH (who:Entity)<-[:{_ADDRESSED_TO}]-(m:Mandate)<-[:{_ISSUES}]-(issuer:Entity) "
         f"MATCH ()-[s:{_STATES}]->(m) ")
_COUNTED = "WITH who.id AS addressee, issuer.id AS issuer, count(s) AS n "
#: The stating edges of language versions (``v.language`` null: every version of the document).
#: A paragraph is linked once per language version that holds it, so it is taken once (DISTINCT).
_OF_VERSIONS = (f"UNWIND $versions AS v MATCH (:Document {{id: v.document}})-[:HAS_PARAGRAPH]->(p:Paragraph) "
                f"WITH DISTINCT v, p MATCH (p)-[s:{_STATES}]->(m:Mandate) "
                "WHERE v.language IS NULL OR s.language = v.language "
                f"MATCH (who:Entity)<-[:{_ADDRESSED_TO}]-(m)<-[:{_ISSUES}]-(issuer:Entity) " + _COUNTED)
_SUBTRACT = f"MATCH (x:{_LABEL} {{addressee: addressee, issuer: issuer}}) SET x.statements = x.statements - n"
_ADD = (f"MERGE (x:{_LABEL} {{addressee: addressee, issuer: issuer}}) "
        "ON CREATE SET x.statements = n ON MATCH SET x.statements = x.statements + n")
_DROP = f"MATCH (x:{_LABEL}) WHERE x.statements <= 0 DELETE x"
_COUNTS = f"MATCH (x:{_LABEL}) RETURN x.addressee AS addressee, x.issuer AS issuer, x.statements AS statements"

#: (addressee, issuer) → stating edges of the mandates the issuer issues to the addressee.
Counts = dict[tuple[str, str], int]


def subtract(versions: list[tuple[str, str | None]]) -> list[Statement]:
    """What takes the statements of (document, language) versions out of the counts (language ``None``:
    every version of the document); first in a write."""
    rows = [{"document": document, "language": language} for document, language in sorted(versions, key=str)]
    return [(_OF_VERSIONS + _SUBTRACT, {"versions": rows})] if rows else []


def add(edges: Iterable[Edge]) -> list[Statement]:
    """What puts the statements among the edges a load group writes into the counts; last, before :func:`settle`."""
    issuers: defaultdict[str, set[str]] = defaultdict(set)
    addressees: defaultdict[str, set[str]] = defaultdict(set)
    stated: Counter[str] = Counter()
    for edge in edges:
        if edge.type == _ISSUES:
            issuers[edge.target].add(edge.source)
        elif edge.type == _ADDRESSED_TO:
            addressees[edge.source].add(edge.target)
        elif edge.type == _STATES:
            stated[edge.target] += 1
    counted: Counter[tuple[str, str]] = Counter()
    for mandate, n in stated.items():
        for who in addressees[mandate]:
            for issuer in issuers[mandate]:
                counted[(who, issuer)] += n
    rows = [{"addressee": who, "issuer": issuer, "n": n} for (who, issuer), n in sorted(counted.items())]
    return [("UNWIND $rows AS row WITH row.addressee AS addressee, row.issuer AS issuer, row.n AS n " + _ADD,
             {"rows": rows})] if rows else []


def settle() -> list[Statement]:
    """What ends a write that subtracted: counts at 0 deleted."""
    return [(_DROP, {})]


def _read(store: Store, cypher: str) -> Counts:
    return {(r["addressee"], r["issuer"]): r["statements"] for r in store.read(cypher, timeout_ms=0).rows}


def counts(store: Store) -> Counts:
    """Statement counts as the store keeps them."""
    return _read(store, _COUNTS)


def recounted(store: Store) -> Counts:
    """Statement counts counted from scratch from every mandate's edges: what :func:`counts` must equal."""
    return _read(store, _WALK + _COUNTED + "RETURN addressee, issuer, n AS statements")


def recount() -> list[Statement]:
    """What throws every count away and counts again from the whole graph (for writes that bypass load groups)."""
    return [(f"MATCH (x:{_LABEL}) DELETE x", {}), (_WALK + _COUNTED + _ADD, {})]
