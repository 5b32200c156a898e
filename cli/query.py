"""``arkg query`` (saved policy questions) and ``arkg analyze`` (networkx analytics over the graph)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from arkg.cli import UsageError, common_options, settings_from
from arkg.cli.output import FORMATS, print_json, print_result, print_rows, query_limits
from arkg.graph.stores import open_store
from arkg.graph.stores.base import Store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("query", help="answer a saved policy question (see --list)")
    p.add_argument("name", nargs="?", help="saved question name (arkg query --list)")
    p.add_argument("--list", action="store_true", help="list the saved questions")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="question parameter (repeatable)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--timeout-ms", type=int, default=None, help="time limit (default 10000)")
    p.add_argument("--limit", type=int, default=None, help="maximum rows (default 10000)")
    p.set_defaults(run=run_query)

    p = subparsers.add_parser("analyze", help="centrality, communities, paths and resolution lineage (networkx)")
    kinds = p.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True)
    c = kinds.add_parser("centrality", help="the most central entities of each type")
    c.add_argument("--measure", choices=("degree", "betweenness", "pagerank"), default="degree")
    c.add_argument("--top", type=int, default=10, help="entities per type (default 10)")
    c.add_argument("--label", action="append", help="only this node label (repeatable)")
    c.set_defaults(run=run_analyze, analyze=_centrality)
    c = kinds.add_parser("communities", help="clusters of entities mentioned in the same paragraphs")
    c.add_argument("--method", choices=("louvain", "label-propagation"), default="louvain")
    c.add_argument("--seed", type=int, default=42, help="random seed (same seed, same communities)")
    c.add_argument("--min-size", type=int, default=2)
    c.add_argument("--gexf", metavar="FILE", help="also write the co-mention graph with communities for Gephi")
    c.set_defaults(run=run_analyze, analyze=_communities)
    c = kinds.add_parser("path", help="shortest connection between two entities (any direction)")
    c.add_argument("source", help="canonical id")
    c.add_argument("target", help="canonical id")
    c.set_defaults(run=run_analyze, analyze=_path)
    c = kinds.add_parser("lineage", help="resolutions as a DAG of RECALLS in adoption order")
    c.add_argument("resolution", nargs="?", help="canonical id, e.g. resolution/cosp/6/2 (default: all)")
    c.set_defaults(run=run_analyze, analyze=_lineage)
    for sub in kinds.choices.values():
        sub.add_argument("--format", choices=("json", "table"), default="table")
        common_options(sub, top=False)


def _raw_params(pairs: list[str] | None) -> dict[str, str]:
    """``--param k=v`` as strings: the question's declared type decides how to read each value."""
    params: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param {pair!r}: expected key=value")
        params[key.strip()] = value
    return params


def run_query(args: argparse.Namespace) -> int:
    from arkg import queries

    if args.list:
        questions = queries.catalogue()
        if args.format == "json":
            print_json([q.summary() for q in questions])
        else:
            print("\n".join(q.name for q in questions))
        return 0
    if not args.name:
        raise UsageError("name a saved question, or --list to see them")
    settings = settings_from(args)
    params = _raw_params(args.param)
    try:
        queries.bind(queries.get(args.name), params)  # refuse bad usage before starting a store
    except queries.QuestionError as exc:
        raise UsageError(str(exc)) from None
    store = open_store(settings)
    try:
        result = queries.run(store, args.name, params, **query_limits(args, settings))
    finally:
        store.close()
    print_result(result, args.format)
    return 0


# -- analyze --------------------------------------------------------------------------------------------

Table = tuple[list[dict[str, Any]], list[str]]


def _centrality(store: Store, args: argparse.Namespace) -> tuple[Any, Table]:
    from arkg.graph import analytics
    from arkg.graph.projection import to_networkx

    rows = analytics.centrality(to_networkx(store), args.measure, args.top, args.label)
    return rows, (rows, ["label", "rank", "id", "name", "score"])


def _communities(store: Store, args: argparse.Namespace) -> tuple[Any, Table]:
    from arkg.graph import analytics
    from arkg.graph.projection import to_networkx

    co = analytics.co_mention_graph(to_networkx(store, rel_types=["MENTIONS"]))
    rows = analytics.communities(co, args.method, args.seed, args.min_size)
    if args.gexf:
        analytics.write_gexf(analytics.with_communities(co, rows), args.gexf)
    table = [{"community": r["community"], "size": r["size"], "members": ", ".join(m["id"] for m in r["members"])}
             for r in rows]
    return rows, (table, ["community", "size", "members"])


def _path(store: Store, args: argparse.Namespace) -> tuple[Any, Table]:
    from arkg.graph import analytics
    from arkg.graph.projection import to_networkx

    path = analytics.shortest_path(to_networkx(store), args.source, args.target)
    table = [{"step": i, "from": r["from"], "type": r["type"], "to": r["to"],
              "document": (r["evidence"] or {}).get("document"), "paragraph": (r["evidence"] or {}).get("paragraph"),
              "quote": (r["evidence"] or {}).get("quote")} for i, r in enumerate(path["relationships"], 1)]
    return path, (table, ["step", "from", "type", "to", "document", "paragraph", "quote"])


def _lineage(store: Store, args: argparse.Namespace) -> tuple[Any, Table]:
    from arkg.graph import analytics
    from arkg.graph.projection import to_networkx

    graph = to_networkx(store, labels=["Resolution", "Session"], rel_types=["RECALLS", "ADOPTED_AT"])
    result = analytics.lineage(graph, args.resolution)
    ancestors = {r["id"] for r in result["ancestors"]}
    descendants = {r["id"] for r in result["descendants"]}

    def relation(node_id: str) -> str:
        if node_id == args.resolution:
            return "this"
        return "recalled" if node_id in ancestors else "recalls it" if node_id in descendants else ""

    table = [{"position": i, "relation": relation(r["id"]), **r} for i, r in enumerate(result["order"], 1)]
    return result, (table, ["position", "relation", "id", "symbol", "session", "date", "name"])


def run_analyze(args: argparse.Namespace) -> int:
    analyze: Callable[[Store, argparse.Namespace], tuple[Any, Table]] = args.analyze
    store = open_store(settings_from(args))
    try:
        result, (rows, columns) = analyze(store, args)
    finally:
        store.close()
    if args.format == "json":
        print_json(result)
    else:
        print_rows(rows, columns, "table")
    return 0
