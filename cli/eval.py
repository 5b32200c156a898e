"""``arkg eval``: precision, recall and F1 of extraction per entity type on a gold set."""

from __future__ import annotations

import argparse
from pathlib import Path

from ingest.evaluate import GOLD_DIR, evaluate, format_table


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("eval", help="score extraction against the hand-annotated gold set")
    p.add_argument("gold_dir", nargs="?", type=Path, default=GOLD_DIR, help=f"gold set folder (default {GOLD_DIR})")
    p.add_argument("--relations", action="store_true",
                   help="score mandates, positions and agenda links instead (default gold: "
                        "tests/ingest/gold/relations)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.relations:
        return run_relations(args)
    if not args.gold_dir.is_dir():
        raise OSError(f"no gold set folder at {args.gold_dir}")
    print(format_table(evaluate(args.gold_dir)))
    return 0


def run_relations(args: argparse.Namespace) -> int:
    """``arkg eval --relations``: precision and recall per relation type (ingest.relation_eval)."""
    from ingest.relation_eval import RELATION_GOLD_DIR, evaluate_relations

    gold_dir = RELATION_GOLD_DIR if args.gold_dir == GOLD_DIR else args.gold_dir
    if not gold_dir.is_dir():
        raise OSError(f"no relation gold folder at {gold_dir}")
    print(format_table(evaluate_relations(gold_dir)))
    return 0
