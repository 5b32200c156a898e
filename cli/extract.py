"""``arkg extract``: what arkg reads in one document, without touching any store."""

from __future__ import annotations

import argparse
from pathlib import Path

from arkg.cli.output import print_json, print_rows
from arkg.ingest.extract import extract_path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("extract", help="show the mentions and relations found in one document")
    p.add_argument("path", type=Path)
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    result = extract_path(args.path).to_json()
    if args.format == "json":
        print_json(result)
        return 0
    doc = result["document"]
    print(f"{doc['id']}  [{doc['language']}]  {doc.get('title') or ''}  {doc.get('date') or ''}")
    print_rows(result["mentions"], ["paragraph", "type", "text", "id", "start", "end"], "table")
    print(f"{len(result['mentions'])} mentions, {len(result['relations'])} relations")
    return 0
