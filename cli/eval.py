"""``arkg eval``: how well extraction does, measured against gold made by reading.

Two scorers, each for its own kind of set:

- ``documents``: a set laid out as ``corpus/`` + ``gold/`` (the dev set's format): the ids linked
  per text, per type and per language (:mod:`ingest.evaluation.documents`); default: the dev set
  shipped with arkg;
- ``spans``: a folder of span-level gold files (``*.json`` with ``source`` and ``mentions``): every
  mention with its span (:mod:`ingest.evaluate`); default: ``ingest/evaluation/gold``;
- ``relations`` (``--relations``): mandates, positions, reports and agenda links against the relation
  gold, per relation type (:mod:`ingest.relation_eval`); default: ``ingest/evaluation/gold/relations``.

``arkg eval`` runs every scorer on its default set; ``arkg eval DIR`` the scorer whose kind of set
``DIR`` is. A further scorer is one more :class:`Scorer` in :data:`SCORERS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arkg.cli.output import print_json


@dataclass(frozen=True, slots=True)
class Scorer:
    name: str
    default: Callable[[], Path]
    accepts: Callable[[Path], bool]
    #: (set folder, details) → (JSON value, text for the terminal)
    run: Callable[[Path, bool], tuple[dict[str, Any], str]]


def _documents(path: Path, details: bool) -> tuple[dict[str, Any], str]:
    from arkg.ingest.evaluation.documents import evaluate_set, format_report

    report = evaluate_set(path)
    return report.to_json(), format_report(report, details)


def _spans(path: Path, details: bool) -> tuple[dict[str, Any], str]:
    from arkg.ingest.evaluate import Score, format_table, score_set

    by_type, by_language = score_set(path)

    def scores(table: dict[str, Score]) -> dict[str, Any]:
        return {k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in table.items()}

    value = {"set": str(path), "by_type": scores(by_type), "by_language": scores(by_language)}
    text = f"span-level mentions in {path}\n\n{format_table(by_type)}\n\n{format_table(by_language, 'language')}"
    return value, text


def _relations(path: Path, details: bool) -> tuple[dict[str, Any], str]:
    from arkg.ingest.evaluate import format_table
    from arkg.ingest.relation_eval import evaluate_relations

    table = evaluate_relations(path)
    value = {"set": str(path), "by_type": {k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                                "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in table.items()}}
    return value, f"relations in {path}\n\n{format_table(table)}"


def _relation_gold() -> Path:
    from arkg.ingest.relation_eval import RELATION_GOLD_DIR

    return RELATION_GOLD_DIR


def _devset() -> Path:
    from arkg.ingest.evaluation.documents import DEVSET

    return DEVSET


def _span_gold() -> Path:
    from arkg.ingest.evaluate import GOLD_DIR

    return GOLD_DIR


def _is_document_set(path: Path) -> bool:
    from arkg.ingest.evaluation.documents import is_document_set

    return is_document_set(path)


SCORERS = [
    Scorer("documents", _devset, _is_document_set, _documents),
    Scorer("spans", _span_gold, lambda p: any(p.glob("*.json")) and not _is_document_set(p), _spans),
]
#: Chosen by ``--relations`` only: its gold files are span-level files of another kind.
RELATIONS = Scorer("relations", _relation_gold, lambda p: any(p.glob("*.json")), _relations)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("eval", help="score extraction against gold made by reading (dev set, span gold)")
    p.add_argument("set_dir", nargs="?", type=Path,
                   help="a corpus/ + gold/ set, or a folder of span-level gold (default: both shipped sets)")
    p.add_argument("--details", action="store_true", help="list every missed and spurious id")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--relations", action="store_true",
                   help="score mandates, positions and agenda links (default gold: ingest/evaluation/gold/relations)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    scorers = [RELATIONS] if args.relations else SCORERS
    if args.set_dir is None:
        jobs = [(s, s.default()) for s in scorers]
    else:
        if not args.set_dir.is_dir():
            raise OSError(f"no evaluation set folder at {args.set_dir}")
        jobs = [(s, args.set_dir) for s in scorers if s.accepts(args.set_dir)]
        if not jobs and args.relations:
            raise OSError(f"{args.set_dir}: no relation gold (*.json) in this folder")
        if not jobs:
            raise OSError(f"{args.set_dir}: neither a corpus/ + gold/ set nor a folder of span-level gold (*.json)")
    results = {scorer.name: scorer.run(path, args.details) for scorer, path in jobs}
    if args.format == "json":
        print_json({name: value for name, (value, _) in results.items()})
    else:
        print("\n\n".join(text for _, text in results.values()))
    return 0
