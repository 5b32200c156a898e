"""Time one RDF export of an existing graph, and count the store reads it makes, by query.

    .venv/bin/arkg build CORPUS --data-dir DIR                  # once: the graph to export
    .venv/bin/python scripts/export_speed.py DIR [nt|turtle|…]   # wall, CPU, triples/s, reads by query

The export is written to a sink that keeps nothing, so the figure is reading the store and writing
triples, not the disk. Progress goes to stderr every 50 000 elements. Which reads an export makes,
and how long they take, is what showed that it did not grow linearly with the corpus (docs/benchmarks.md,
"Stop 7").
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from arkg.graph.export.rdf import export_rdf
from arkg.graph.settings import Settings
from arkg.graph.stores import Result, open_store


class Sink:
    """A binary file that counts bytes and keeps none."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


def main(data_dir: Path, fmt: str) -> None:
    store = open_store(Settings.from_env(data_dir=data_dir))
    counts: Counter[str] = Counter()
    spent: dict[str, float] = {}
    read = store.read

    def counted(cypher: str, params: dict[str, Any] | None = None, *, timeout_ms: int | None = None,
                row_limit: int | None = None) -> Result:
        started = time.perf_counter()
        try:
            return read(cypher, params, timeout_ms=timeout_ms, row_limit=row_limit)
        finally:
            counts[cypher[:60]] += 1
            spent[cypher[:60]] = spent.get(cypher[:60], 0.0) + time.perf_counter() - started

    store.read = counted  # type: ignore[method-assign]
    started, cpu = time.perf_counter(), time.process_time()

    def tick(done: int, total: int) -> None:
        if done % 50_000 < 1_000:
            print(f"{time.perf_counter() - started:8.1f} s {done}/{total}", file=sys.stderr, flush=True)

    sink = Sink()
    report = export_rdf(store, sink, fmt, tick=tick)  # type: ignore[arg-type]
    wall = time.perf_counter() - started
    print(f"{fmt}: wall {wall:.1f} s, CPU {time.process_time() - cpu:.1f} s, {report.triples} triples "
          f"({report.triples / wall:.0f}/s), {sink.size} bytes")
    for query, n in counts.most_common():
        print(f"{n:8d} reads {spent[query]:8.1f} s  {query}")
    store.close()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) == 3 else "nt")
