"""Scoring extraction against hand annotations: precision, recall and F1 per entity type.

A gold file (``ingest/evaluation/gold/*.json``, shipped with the package) names its document
(``source``, relative to the gold folder or to the repository) and lists every mention a careful
reader finds, with ``id`` (``null`` when the thing is not in the authority data), ``type``,
``start``, ``end`` and ``text``.
A predicted mention matches a gold one when the type and the id agree and the spans overlap
(unlinked mentions match on type and span). Each gold mention is matched at most once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arkg.ingest.extract import Mention, extract

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(__file__).resolve().parent / "evaluation" / "gold"


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def source_path(gold_file: Path, source: str) -> Path:
    for base in (gold_file.parent, REPO):
        if (base / source).is_file():
            return base / source
    raise FileNotFoundError(f"{gold_file}: source {source} not found")


def _matches(gold: dict[str, Any], m: Mention) -> bool:
    return bool(gold["type"] == m.type and gold["id"] == m.id and m.start < gold["end"] and gold["start"] < m.end)


def tally[P](gold: list[dict[str, Any]], predicted: list[P], table: dict[str, Score], kind: Callable[[P], str],
             matches: Callable[[dict[str, Any], P], bool]) -> None:
    """Count each prediction against the gold entries it may match (each gold entry matched once)."""
    unmatched = list(gold)
    for item in predicted:
        hit = next((g for g in unmatched if matches(g, item)), None)
        score = table.setdefault(kind(item), Score())
        if hit is None:
            score.fp += 1
        else:
            unmatched.remove(hit)
            score.tp += 1
    for g in unmatched:
        table.setdefault(g["type"], Score()).fn += 1


def score_document(gold: list[dict[str, Any]], predicted: list[Mention], table: dict[str, Score]) -> None:
    tally(gold, predicted, table, lambda m: m.type, _matches)


def _with_total(table: dict[str, Score]) -> dict[str, Score]:
    total = Score(sum(s.tp for s in table.values()), sum(s.fp for s in table.values()),
                  sum(s.fn for s in table.values()))
    return {**dict(sorted(table.items())), "ALL": total}


def score_set(gold_dir: Path = GOLD_DIR) -> tuple[dict[str, Score], dict[str, Score]]:
    """Scores per entity type and per language over every gold file in ``gold_dir``, each with ``ALL``."""
    by_type: dict[str, Score] = {}
    by_language: dict[str, Score] = {}
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = source_path(gold_file, gold["source"]).read_text(encoding="utf-8")
        table: dict[str, Score] = {}
        score_document(gold["mentions"], extract(text, name=gold["source"]).mentions, table)
        language = by_language.setdefault(gold.get("language", "?"), Score())
        for label, s in table.items():
            into = by_type.setdefault(label, Score())
            for target in (into, language):
                target.tp, target.fp, target.fn = target.tp + s.tp, target.fp + s.fp, target.fn + s.fn
    return _with_total(by_type), _with_total(by_language)


def evaluate(gold_dir: Path = GOLD_DIR) -> dict[str, Score]:
    """Scores per entity type over every gold file in ``gold_dir``, plus ``ALL`` (micro average)."""
    return score_set(gold_dir)[0]


def format_table(table: dict[str, Score], heading: str = "type") -> str:
    lines = [f"{heading:<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for label, s in table.items():
        lines.append(f"{label:<14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}")
    return "\n".join(lines)
