"""Time one refresh of the SPARQL store from an existing graph, as ``arkg build`` ends with it.

    .venv/bin/arkg build CORPUS --data-dir DIR            # once: the graph
    .venv/bin/python scripts/sparql_refresh_speed.py DIR   # wall and CPU (all threads) of one forced refresh

The refresh loads into a temporary folder, never into DIR's own SPARQL store, so the graph's data
directory is left as it was. docs/benchmarks.md, "Stop 10", reports what it printed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from arkg.graph.export.sparql import SparqlStore
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store


def main(data_dir: Path) -> None:
    store = open_store(Settings(data_dir=data_dir, graph="arkg"))
    try:
        with tempfile.TemporaryDirectory(prefix="arkg-sparql-") as scratch:
            wall, cpu = time.perf_counter(), time.process_time()
            triples = SparqlStore(Path(scratch) / "sparql").refresh(store, force=True)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        store.close()
    print(f"refresh: wall {wall:.1f} s, CPU {cpu:.1f} s (all threads), {triples} triples")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
