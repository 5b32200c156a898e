from __future__ import annotations

import json
from pathlib import Path

from arkg.ingest.evaluate import GOLD_DIR, Score, evaluate, format_table, score_document, source_path
from arkg.ingest.extract import Mention


def test_scoring_counts() -> None:
    gold = [
        {"id": "uncac/article/56", "type": "Article", "start": 0, "end": 5},
        {"id": None, "type": "Resolution", "start": 10, "end": 14},
    ]
    predicted = [
        Mention("uncac/article/56", "Article", "x", 1, 4, "1"),
        Mention("uncac/article/5", "Article", "x", 0, 5, "1"),
    ]
    table: dict[str, Score] = {}
    score_document(gold, predicted, table)
    assert (table["Article"].tp, table["Article"].fp, table["Resolution"].fn) == (1, 1, 1)


#: Micro-F1 over the whole span-level gold as measured when the five reports were re-annotated by
#: reading (0.957), 0.980 after issue 14; raised as extraction improves, never lowered.
GOLD_F1_FLOOR = 0.97


def test_gold_micro_f1_holds_the_floor() -> None:
    table = evaluate(GOLD_DIR)
    print("\n" + format_table(table))
    assert len(table) > 10
    assert table["ALL"].f1 >= GOLD_F1_FLOOR, format_table(table)


def test_the_seeds_gold_has_no_regression(tmp_path: Path) -> None:
    for seed in GOLD_DIR.glob("seed_*.json"):  # copied alone: its source, relative to the gold folder, made absolute
        gold = json.loads(seed.read_text(encoding="utf-8"))
        gold["source"] = str(source_path(seed, gold["source"]))
        (tmp_path / seed.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    table = evaluate(tmp_path)
    assert table["ALL"].tp > 250
    low = {label: round(s.f1, 3) for label, s in table.items() if s.f1 < 1.0}
    assert not low, low
