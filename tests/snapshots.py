"""Helpers of the reliability tests (issue 17): what "the graph is intact" means, measured the same way each time.

``snapshot`` is the graph's stats (node counts per label, relationship counts per type), the
SHA-256 of its N-Triples export with the lines sorted and the SHA-256 of its load-time counts
(``graph.stores.aggregates`` and the modules it adjusts, which the export leaves out): two snapshots are
equal only when the graph holds the same triples and the same counts, whatever order the store returns them in.

Two graphs built from the same corpus at different moments differ in one thing by design: the
times of their ``Build`` records (issue 21's provenance). A snapshot leaves those two triples out
unless ``times`` asks for them (a rebuild of an unchanged corpus must keep even them: it writes
nothing); ``builds=False`` leaves the records out altogether, for graphs whose histories differ
(built, then pruned, against built once) but whose data must not.
"""

from __future__ import annotations

import hashlib
import io
import time
from typing import Any

from arkg.graph.export.rdf import export_rdf
from arkg.graph.model import DEFAULT_BASE_IRI
from arkg.graph.stores import Store, aggregates, citation_counts, document_counts, mandate_counts

_TIMES = (b"<http://www.w3.org/ns/prov#startedAtTime>", b"<http://www.w3.org/ns/prov#endedAtTime>")


def snapshot(store: Store, *, times: bool = False, builds: bool = True) -> tuple[dict[str, dict[str, int]], str, str]:
    out = io.BytesIO()
    export_rdf(store, out, "nt")
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    if not times:
        lines = [line for line in lines if line.split(b" ", 2)[1] not in _TIMES]
    stats = store.stats()
    if not builds:
        lines = [line for line in lines if not _of_a_build(line, _build_iris(store))]
        stats["nodes"].pop("Build", None)
    counts = repr([sorted(module.counts(store).items())
                   for module in (aggregates, document_counts, citation_counts, mandate_counts)]).encode()
    return stats, hashlib.sha256(b"\n".join(sorted(lines))).hexdigest(), hashlib.sha256(counts).hexdigest()


def _build_iris(store: Store) -> set[bytes]:
    rows = store.read("MATCH (b:Build) RETURN b.id AS id").rows
    return {f"<{DEFAULT_BASE_IRI}{row['id']}>".encode() for row in rows}


def _of_a_build(line: bytes, builds: set[bytes]) -> bool:
    """A triple of a Build record: about the build, its inputs (``urn:sha1:``) or its software agent."""
    subject, _, rest = line.partition(b" ")
    obj = rest.partition(b" ")[2].removesuffix(b" .")
    return (subject in builds or obj in builds
            or subject.startswith((b"<urn:sha1:", f"<{DEFAULT_BASE_IRI}software/".encode())))


def answers(store: Store, within_s: float = 5.0) -> bool:
    """The store runs a graph query and answers within ``within_s``."""
    started = time.monotonic()
    rows: list[dict[str, Any]] = store.read("MATCH (n) RETURN count(n) AS n", timeout_ms=int(within_s * 1000)).rows
    return bool(rows) and time.monotonic() - started < within_s
