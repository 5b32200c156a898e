from __future__ import annotations

from ingest.evaluate import GOLD_DIR, Score, evaluate, format_table, score_document
from ingest.extract import Mention


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


def test_gold_f1_per_type() -> None:
    table = evaluate(GOLD_DIR)
    print("\n" + format_table(table))
    assert len(table) > 10
    low = {label: round(s.f1, 3) for label, s in table.items() if s.f1 < 0.95}
    assert not low, low
