"""``arkg eval``: precision, recall and F1 of extraction per entity type on a gold set."""

from __future__ import annotations

import argparse
from pathlib import Path

from ingest.evaluate import GOLD_DIR, evaluate, format_table


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("eval", help="score extraction against the hand-annotated gold set")
    p.add_argument("gold_dir", nargs="?", type=Path, default=GOLD_DIR, help=f"gold set folder (default {GOLD_DIR})")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.gold_dir.is_dir():
        raise OSError(f"no gold set folder at {args.gold_dir}")
    print(format_table(evaluate(args.gold_dir)))
    return 0
