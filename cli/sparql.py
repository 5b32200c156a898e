"""``arkg sparql``: SPARQL over the RDF export, in the embedded store beside the property graph."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from arkg.cli import UsageError, settings_from
from arkg.cli.query import _raw_params
from arkg.graph.export.sparql import RESULT_FORMATS, TIMEOUT, SparqlStore
from arkg.graph.stores import open_store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("sparql", help="answer a SPARQL query (read-only) over the RDF export")
    p.add_argument("query", nargs="?", help="SPARQL query text, or @FILE to read it from a file")
    p.add_argument("--saved", metavar="NAME", help="a saved SPARQL question (queries/*.rq; --list)")
    p.add_argument("--list", action="store_true", help="list the saved SPARQL questions")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="saved-question parameter (repeatable)")
    p.add_argument("--format", choices=RESULT_FORMATS, default="table",
                   help="table, json (SPARQL 1.1 results) or csv (default table)")
    p.add_argument("--timeout", type=float, default=TIMEOUT, help=f"time limit in seconds (default {TIMEOUT:g})")
    p.add_argument("--refresh", action="store_true", help="reload the SPARQL store even if it is current")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from arkg.queries import sparql as saved

    if args.list:
        for q in saved.catalogue():
            print(f"{q.name:28} {q.title} (twin of arkg query {q.mirrors})")
        return 0
    if bool(args.query) == bool(args.saved):
        raise UsageError("give a QUERY (text or @FILE) or --saved NAME")
    substitutions = {}
    if args.saved:
        question = saved.get(args.saved)
        text = question.sparql
        substitutions = saved.substitutions(question, _raw_params(args.param))
    elif args.param:
        raise UsageError("--param applies to --saved questions only")
    else:
        text = Path(args.query[1:]).read_text(encoding="utf-8") if args.query.startswith("@") else args.query
    if args.timeout <= 0:
        raise UsageError("--timeout must be positive")
    settings = settings_from(args)
    sparql_store = SparqlStore.of(settings.data_dir)
    store = open_store(settings)
    try:
        loaded = sparql_store.refresh(store, force=args.refresh)
    finally:
        store.close()
    if loaded:
        print(f"arkg sparql: loaded {loaded} triples into {sparql_store.folder}", file=sys.stderr)
    answer = sparql_store.query(text, args.timeout, substitutions)
    answer.write(sys.stdout, args.format)
    return 0
