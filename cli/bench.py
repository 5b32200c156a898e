"""``arkg bench``: how fast arkg is, how much memory it takes, and how both grow with the corpus."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from arkg.cli import UsageError, settings_from
from arkg.cli.output import print_json, print_rows


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "bench", help="benchmark extraction, loading, queries, export and memory on a synthetic corpus",
        description="Measures FalkorDB embedded in a scratch data directory; with --store neo4j (and NEO4J_URI or "
                    "--uri, an EMPTY database) also the same build, saved questions and export on Neo4j, "
                    "with each figure's ratio to FalkorDB's.",
    )
    p.add_argument("--docs", type=int, default=1_000, help="documents in the benchmark corpus (default 1000)")
    p.add_argument("--sizes", default="100,1000", help="corpus sizes of the scaling curve (default 100,1000)")
    p.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    p.add_argument("--runs", type=int, default=30, help="runs per saved question (default 30)")
    p.add_argument("--side-by-side", action="store_true",
                   help="only what FalkorDB and Neo4j are compared on: builds, saved questions, export speed "
                        "(extraction, load, SPARQL, explorer and export memory are reported as left out)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run)


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError:
        raise UsageError(f"--sizes {text!r}: expected numbers separated by commas, e.g. 100,1000") from None
    if not sizes or min(sizes) < 1:
        raise UsageError(f"--sizes {text!r}: expected positive numbers, e.g. 100,1000")
    return sizes


def _notes(entry: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in entry.items() if k not in ("value", "unit"))


class Steps:
    """Each step of the run on stderr with the minutes since the start, terminal or not: a run of an hour
    redirected to a log (``nohup … 2> bench.log``) must show where it is; stdout keeps the table or JSON."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self, step: str) -> None:
        print(f"bench [{(time.monotonic() - self.started) / 60:5.1f} min] {step}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from arkg.bench.suite import Options
    from arkg.bench.suite import run as run_suite

    if args.docs < 1 or args.runs < 1:
        raise UsageError("--docs and --runs must be at least 1")
    settings = settings_from(args)
    options = Options(docs=args.docs, sizes=_sizes(args.sizes), seed=args.seed, runs=args.runs,
                      neo4j=settings if settings.store == "neo4j" else None, side_by_side=args.side_by_side)
    result = run_suite(options, progress=Steps())
    if args.format == "json":
        print_json(result)
        return 0
    rows = [
        {"metric": name, "value": entry["value"], "unit": entry["unit"], "notes": _notes(entry)}
        for name, entry in result["metrics"].items()
    ]
    print(f"arkg bench: {result['docs']} documents, seed {result['seed']}, sizes {result['sizes']}")
    print_rows(rows, ["metric", "value", "unit", "notes"], "table")
    return 0
