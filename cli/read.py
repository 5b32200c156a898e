"""``arkg stats`` and ``arkg cypher``: what is in the graph, and read-only Cypher over it."""

from __future__ import annotations

import argparse

from cli import settings_from
from cli.output import FORMATS, parse_params, print_json, print_result, print_rows, query_limits
from graph.guard import check_read_only
from graph.stores import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("stats", help="node counts by label, relationship counts by type")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(run=run_stats)

    p = subparsers.add_parser("cypher", help="run a read-only Cypher query (time- and row-limited)")
    p.add_argument("query")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="query parameter (repeatable)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--timeout-ms", type=int, default=None, help="time limit (default 10000)")
    p.add_argument("--limit", type=int, default=None, help="maximum rows (default 10000)")
    p.set_defaults(run=run_cypher)


def run_stats(args: argparse.Namespace) -> int:
    store = open_store(settings_from(args))
    try:
        stats = store.stats()
    finally:
        store.close()
    if args.format == "json":
        print_json(stats)
        return 0
    for kind in ("nodes", "relationships"):
        rows = [{kind[:-1] if kind == "nodes" else "type": k, "count": v} for k, v in sorted(stats[kind].items())]
        print_rows(rows, list(rows[0]) if rows else ["count"], "table")
        print(f"total {sum(stats[kind].values())} {kind}\n")
    return 0


def run_cypher(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    params = parse_params(args.param)
    check_read_only(args.query)
    store = open_store(settings)
    try:
        result = store.read(args.query, params, **query_limits(args, settings))
    finally:
        store.close()
    print_result(result, args.format)
    return 0
