"""``arkg stats`` and ``arkg cypher``: what is in the graph, and read-only Cypher over it."""

from __future__ import annotations

import argparse

from arkg.cli import settings_from
from arkg.cli.output import FORMATS, parse_params, print_json, print_result, print_rows, query_limits
from arkg.graph.guard import check_read_only
from arkg.graph.stores import open_store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


#: Reference entities (those with a ``verified`` flag) by label: rows verified or not, and how many
#: of their fields are marked unverified (``unverified``, from the CSV files' ``unverified_fields``).
VERIFICATION = (
    "MATCH (n:Entity) WHERE n.verified IS NOT NULL "
    "UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label "
    "RETURN label, sum(CASE WHEN n.verified THEN 1 ELSE 0 END) AS verified, "
    "sum(CASE WHEN n.verified THEN 0 ELSE 1 END) AS unverified, "
    "sum(size(coalesce(n.unverified, []))) AS unverified_fields ORDER BY label"
)


def run_stats(args: argparse.Namespace) -> int:
    store = open_store(settings_from(args))
    try:
        stats = store.stats()
        verification = {
            # int(): FalkorDB's sum() is a float
            r["label"]: {k: int(r[k]) for k in ("verified", "unverified", "unverified_fields")}
            for r in store.read(VERIFICATION).rows
        }
    finally:
        store.close()
    if args.format == "json":
        print_json({**stats, "verification": verification})
        return 0
    for kind in ("nodes", "relationships"):
        rows = [{kind[:-1] if kind == "nodes" else "type": k, "count": v} for k, v in sorted(stats[kind].items())]
        print_rows(rows, list(rows[0]) if rows else ["count"], "table")
        print(f"total {sum(stats[kind].values())} {kind}\n")
    rows = [{"label": k, **v} for k, v in verification.items()]
    print_rows(rows, ["label", "verified", "unverified", "unverified_fields"], "table")
    print(f"reference rows verified {sum(v['verified'] for v in verification.values())}, unverified "
          f"{sum(v['unverified'] for v in verification.values())}; unverified fields "
          f"{sum(v['unverified_fields'] for v in verification.values())}")
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
