"""``arkg db check``: find, and with ``fix`` repair, what an unsafe past write left in a graph.

Two kinds of damage, both left by writes that ran before the one-writer lock existed or on a
store that cannot roll back (the FalkorDB Bolt peer):

- **duplicated relationships** — two edges of one type between the same nodes with the same
  ``key`` (the hash of their ends and their evidence), which a MERGE never makes: left by two
  builds creating the same document's evidence at once. Fixed by keeping one of each.
- **half-written language versions** — evidence or mentions of a document's language version
  whose completion mark (``lang:hash`` in ``Document.content_hashes``) is missing: the write
  stopped part-way. Fixed by removing that output, so the next build loads the version whole.

Both repairs remove edges, so a repair ends by counting the load-time aggregates
(:mod:`graph.stores.aggregates`) again; a count of any aggregate that differs from a count from
scratch is reported as damage too. That includes a graph built before an aggregate existed (its
counts are missing): ``arkg db check --fix`` once counts them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from arkg.graph.stores import aggregates
from arkg.graph.stores.base import Store

#: Timeouts: a check reads the whole graph, so it gets no per-query limit.
_UNLIMITED = 0
_DUPLICATES = ("MATCH (a)-[r]->(b) WHERE r.key IS NOT NULL "
               "WITH a, b, type(r) AS type, r.key AS key, collect(r) AS copies WHERE size(copies) > 1 ")
_VERSIONS = ("MATCH ()-[e]->() WHERE e.document IS NOT NULL AND e.language IS NOT NULL "
             "RETURN DISTINCT e.document AS document, e.language AS language "
             "UNION MATCH (m:Mention) WHERE m.document IS NOT NULL "
             "RETURN DISTINCT m.document AS document, m.language AS language")


@dataclass(slots=True)
class CheckReport:
    duplicates: int = 0  #: surplus copies of relationships
    half_written: list[tuple[str, str]] = field(default_factory=list)  #: (document, language)
    #: load-time counts (graph/stores/aggregates.py) that differ from a count from scratch, or are missing
    miscounted: int = 0
    fixed: bool = False

    @property
    def clean(self) -> bool:
        return not self.duplicates and not self.half_written and not self.miscounted


def _marked(store: Store) -> set[tuple[str, str]]:
    rows = store.read("MATCH (d:Document) WHERE d.content_hashes IS NOT NULL RETURN d.id AS id, d.content_hashes AS h",
                      timeout_ms=_UNLIMITED).rows
    return {(row["id"], mark.split(":", 1)[0]) for row in rows for mark in row["h"] or []}


def check(store: Store, fix: bool = False) -> CheckReport:
    """What is damaged; with ``fix``, repaired (each repair is idempotent, so a rerun is safe)."""
    from arkg.pipeline.build import forget_version

    report = CheckReport()
    rows = store.read(_DUPLICATES + "RETURN sum(size(copies) - 1) AS extra", timeout_ms=_UNLIMITED).rows
    report.duplicates = int((rows[0]["extra"] if rows else 0) or 0)
    marked = _marked(store)
    versions = {(row["document"], row["language"]) for row in store.read(_VERSIONS, timeout_ms=_UNLIMITED).rows}
    report.half_written = sorted(v for v in versions if v not in marked)
    report.miscounted = aggregates.miscounted(store)
    if fix and not report.clean:
        if report.duplicates:
            store.run_write(_DUPLICATES + "UNWIND copies[1..] AS surplus DELETE surplus")
        for document, language in report.half_written:
            store.write_atomic(forget_version(document, language))
        aggregates.recount(store)  # last: what the repairs above removed counts no more
        report.fixed = True
    return report
