"""Helpers of the reliability tests: what "the graph is intact" means, measured the same way each time.

``snapshot`` is the graph's stats (node counts per label, relationship counts per type) and the
SHA-256 of its N-Triples export with the lines sorted: two snapshots are equal only when the
graph holds the same triples, whatever order the store returns them in.
"""

from __future__ import annotations

import hashlib
import io
import time
from typing import Any

from graph.export.rdf import export_rdf
from graph.stores import Store


def snapshot(store: Store) -> tuple[dict[str, dict[str, int]], str]:
    out = io.BytesIO()
    export_rdf(store, out, "nt")
    lines = sorted(line for line in out.getvalue().splitlines() if line.strip())
    return store.stats(), hashlib.sha256(b"\n".join(lines)).hexdigest()


def answers(store: Store, within_s: float = 5.0) -> bool:
    """The store runs a graph query and answers within ``within_s``."""
    started = time.monotonic()
    rows: list[dict[str, Any]] = store.read("MATCH (n) RETURN count(n) AS n", timeout_ms=int(within_s * 1000)).rows
    return bool(rows) and time.monotonic() - started < within_s


from tests.explorer.conftest import app  # noqa: E402, F401 - the explorer fixture, used by name
