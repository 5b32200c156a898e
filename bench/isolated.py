"""One build in a process of its own: ``python -m arkg.bench.isolated DATA_DIR CORPUS LIMIT`` prints JSON.

A fresh process is the only honest way to measure a build's peak memory (``VmHWM`` never goes
down, so the benchmark process would report its own earlier peaks) and it is what a user runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from arkg.bench.measure import children_peak_rss, peak_rss, timer
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store
from arkg.pipeline.build import build, document_files


def run(data_dir: Path, corpus: Path, limit: int) -> dict[str, float | int]:
    files = list(document_files([corpus]))[:limit]
    store = open_store(Settings.from_env(data_dir=data_dir, store="falkordb", graph="arkg"))
    try:
        with timer() as took:
            report = build(store, files)
        stats = store.stats()
    finally:
        store.close()
    return {
        "seconds": took.seconds,
        "documents": len(files),
        "loaded": len(report.loaded),
        "failed": len(report.failed),
        "elements_written": report.elements,
        "nodes": sum(stats["nodes"].values()),
        "relationships": sum(stats["relationships"].values()),
        "peak_rss": peak_rss() or 0,
        "workers_peak_rss": children_peak_rss(),
    }


if __name__ == "__main__":
    data_dir, corpus, limit = sys.argv[1:4]
    print(json.dumps(run(Path(data_dir), Path(corpus), int(limit))))
