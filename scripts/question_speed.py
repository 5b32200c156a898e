"""Time saved questions as they were (a git revision's ``queries/``) and as they are, on one graph, alternately.

    .venv/bin/arkg build CORPUS --data-dir DIR                                  # once: a graph with today's counts
    .venv/bin/python scripts/question_speed.py DIR --ref main --runs 30 NAME …   # one JSON line per question

``bench/compare.py`` checks that a rewrite gives the same rows and prints the best time; this gives what
``arkg bench`` reports for a question — median and p95 (nearest rank) of ``--runs`` runs after one
warm-up, default parameters — for the old and the new text in the same session: the runs alternate
(old, new, old, …), so both meet the same load on a shared machine. The load average (1 minute) is
read before and after. Used for docs/benchmarks.md, "Stop 8".
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from arkg import queries
from arkg.bench.compare import old_questions
from arkg.bench.measure import percentile
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store
from arkg.graph.stores.base import Store


def _once(store: Store, question: queries.SavedQuestion) -> tuple[list[dict[str, Any]], float]:
    bound = queries.bind(question, {})
    start = time.perf_counter()
    rows = store.read(question.cypher, bound, timeout_ms=0).rows
    return rows, (time.perf_counter() - start) * 1000


def _summary(times: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 95), 1),
            "best_ms": round(min(times), 1)}


def measure(store: Store, old: queries.SavedQuestion, new: queries.SavedQuestion, runs: int) -> dict[str, Any]:
    old_rows, _ = _once(store, old)  # the warm-ups
    new_rows, _ = _once(store, new)
    before, after = [], []
    for _ in range(runs):
        before.append(_once(store, old)[1])
        after.append(_once(store, new)[1])
    return {"question": new.name, "rows_before": len(old_rows), "rows_after": len(new_rows),
            "same_rows": old_rows == new_rows, "before": _summary(before), "after": _summary(after)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("questions", nargs="+", metavar="NAME")
    parser.add_argument("--ref", default="main", help="git revision whose queries/ are the old questions")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    store = open_store(Settings.from_env(data_dir=args.data_dir))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            old_dir = old_questions(args.ref, Path(tmp))
            for name in args.questions:
                load = os.getloadavg()[0]
                line = measure(store, queries.get(name, old_dir), queries.get(name), args.runs)
                print(json.dumps({**line, "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}),
                      flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main()
