"""Run saved questions as they were (a git revision's ``queries/``) and as they are, on one graph:
the rows must be the same, in the same order, for every parameter set tried; prints the times.

    python -m arkg.bench.compare DATA_DIR [--graph arkg] [--ref main | --old-dir DIR] [--values 8] [--runs 3]
                                 [--question NAME ...] [--skip-old NAME ...]

A rewrite of a question must not change its answer, so this is the check behind every rewrite
(``docs/benchmarks.md``): each question's ``str`` parameters whose default is a canonical id are
tried with the default and with up to ``--values`` other ids of the same label found in the graph
(spread over the label's ids, most used first); other parameters keep their defaults. Times are the
best of ``--runs`` runs (ms, wall clock on the store). ``--old-dir`` takes the old questions from a
folder of ``.cypher`` files instead of git. ``--skip-old`` times only the new text of a question whose
old text is too slow to run on this graph. Exit status 1 if any rows differ.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from arkg import queries
from arkg.graph.model import model
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store
from arkg.graph.stores.base import Store

ROOT = Path(__file__).resolve().parent.parent


def old_questions(ref: str, into: Path) -> Path:
    """The ``queries/*.cypher`` files of git revision ``ref``, written into ``into``."""
    names = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", ref, "queries/"],
                           check=True, capture_output=True, text=True).stdout.split()
    for name in names:
        if name.endswith(".cypher"):
            text = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:{name}"],
                                  check=True, capture_output=True, text=True).stdout
            (into / Path(name).name).write_text(text, encoding="utf-8")
    return into


def parameter_sets(store: Store, question: queries.SavedQuestion, values: int) -> list[dict[str, Any]]:
    """The defaults, then each id-valued parameter set to other ids of its default's label."""
    sets: list[dict[str, Any]] = [{}]
    for param in question.parameters:
        label = model().label_for_id(param.default) if param.type == "str" and isinstance(param.default, str) else None
        if label is None:
            continue
        rows = store.read(f"MATCH (n:{model().safe_label(label)}) OPTIONAL MATCH (n)-[r]-() "
                          "WITH n.id AS id, count(r) AS degree RETURN id ORDER BY degree DESC, id", timeout_ms=0).rows
        ids = [r["id"] for r in rows if r["id"] != param.default]
        step = max(1, len(ids) // values) if values else len(ids) + 1
        sets += [{param.name: id_} for id_ in ids[::step][:values]]
    return sets


def timed(store: Store, question: queries.SavedQuestion, params: dict[str, Any], runs: int
          ) -> tuple[list[dict[str, Any]], float]:
    best, rows = float("inf"), []
    bound = queries.bind(question, params)
    for _ in range(runs):
        start = time.perf_counter()
        rows = store.read(question.cypher, bound, timeout_ms=0).rows
        best = min(best, (time.perf_counter() - start) * 1000)
    return rows, best


def compare(store: Store, before: dict[str, queries.SavedQuestion], names: list[str] | None, values: int,
            runs: int, skip_old: list[str]) -> Iterator[dict[str, Any]]:
    """One line per question and parameter set: rows, times and (unless skipped) whether old = new."""
    for question in queries.catalogue():
        if names and question.name not in names:
            continue
        for params in parameter_sets(store, question, values):
            new_rows, new_ms = timed(store, question, params, runs)
            line: dict[str, Any] = {"question": question.name, "params": params, "rows": len(new_rows),
                                    "new_ms": round(new_ms, 1)}
            old = before.get(question.name)
            if old is not None and question.name not in skip_old:
                old_rows, old_ms = timed(store, old, params, runs)
                line.update(old_ms=round(old_ms, 1), same=old_rows == new_rows)
            yield line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--graph", default="arkg")
    parser.add_argument("--ref", default="main", help="git revision whose queries/ are the old questions")
    parser.add_argument("--old-dir", type=Path, help="a folder of .cypher files: the old questions (not --ref)")
    parser.add_argument("--values", type=int, default=8, help="other ids tried per id-valued parameter")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--question", action="append", help="only these questions (default: all)")
    parser.add_argument("--skip-old", action="append", default=[], help="time only the new text of these")
    args = parser.parse_args(argv)
    store = open_store(Settings.from_env(data_dir=args.data_dir, graph=args.graph))
    failed = False
    try:
        with tempfile.TemporaryDirectory() as tmp:
            old_dir = args.old_dir or old_questions(args.ref, Path(tmp))
            before = {q.name: q for q in queries.catalogue(old_dir.resolve())}
            for line in compare(store, before, args.question, args.values, args.runs, args.skip_old):
                failed |= line.get("same") is False
                print(json.dumps(line, ensure_ascii=False), flush=True)
    finally:
        store.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
