"""The relation scorer, the relation gold's targets on the two samples (≥ 0.9 P and R per type), and a floor
on dev-set texts the rules were not written from."""

from __future__ import annotations

import json

from arkg.cli import main
from arkg.ingest.evaluate import Score
from arkg.ingest.relation_eval import RELATION_GOLD_DIR, UNSEEN_RELATION_GOLD_DIR, evaluate_relations, score_units


def test_every_relation_type_meets_its_targets_on_the_samples() -> None:
    table = evaluate_relations()
    assert {"Mandate", "PROPOSES", "SUPPORTS", "OPPOSES", "DEFERS", "WELCOMES", "RECOMMENDS", "REPORTS_ON",
            "DISCUSSED_UNDER"} <= set(table)
    for kind, score in table.items():
        assert score.precision >= 0.9 and score.recall >= 0.9, (kind, score)


def test_the_gold_quotes_are_the_text_at_their_offsets() -> None:
    for path in sorted([*RELATION_GOLD_DIR.glob("*.json"), *UNSEEN_RELATION_GOLD_DIR.glob("*.json")]):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["source"]).resolve().read_text(encoding="utf-8")
        assert gold["relations"] or path.parent == UNSEEN_RELATION_GOLD_DIR  # the unseen set has negative texts
        for entry in gold["relations"]:
            assert text[entry["start"]:entry["end"]] == entry["text"], entry


def test_a_unit_must_overlap_and_agree_on_its_attributes() -> None:
    gold = [{"type": "SUPPORTS", "speaker": "actor/speakers", "quantity": "one", "start": 10, "end": 20},
            {"type": "Mandate", "issuer": "resolution/cosp/6/2", "verb": "requests",
             "addressee": "org/unodc-secretariat", "start": 30, "end": 40}]
    predicted = [
        {"type": "SUPPORTS", "speaker": "actor/speakers", "quantity": "several", "start": 12, "end": 18},  # quantity
        {"type": "SUPPORTS", "speaker": "actor/speakers", "quantity": "one", "start": 20, "end": 25},  # no overlap
        {"type": "Mandate", "issuer": "resolution/cosp/6/2", "verb": "requests",
         "addressee": "org/unodc-secretariat", "start": 25, "end": 31},
        {"type": "Mandate", "issuer": "resolution/cosp/6/2", "verb": "requests",
         "addressee": "org/unodc-secretariat", "start": 25, "end": 31},  # the gold entry is matched once
    ]
    table: dict[str, Score] = {}
    score_units(gold, predicted, table)
    assert (table["SUPPORTS"].tp, table["SUPPORTS"].fp, table["SUPPORTS"].fn) == (0, 2, 1)
    assert (table["Mandate"].tp, table["Mandate"].fp, table["Mandate"].fn) == (1, 1, 0)


def test_arkg_eval_relations_prints_the_table(capsys, tmp_path) -> None:
    assert main(["eval", "--relations"]) == 0
    out = capsys.readouterr().out
    assert "Mandate" in out and "DISCUSSED_UNDER" in out and out.strip().splitlines()[-1].startswith("ALL")
    assert main(["eval", "--relations", str(tmp_path)]) == 1  # an empty folder: a clear error
    assert "no relation gold" in capsys.readouterr().err


def test_relations_on_unseen_dev_set_texts_hold_their_floor() -> None:
    """Micro-F1 on seven dev-set texts (four UN texts, three with few or no relations) was 0.25 before the
    rules were generalised and 0.632 after; the floor is that, rounded down to 0.05."""
    table = evaluate_relations(UNSEEN_RELATION_GOLD_DIR)
    assert len(list(UNSEEN_RELATION_GOLD_DIR.glob("*.json"))) == 7
    assert table["ALL"].f1 >= 0.60, table["ALL"]
    assert table["Mandate"].precision >= 0.95, table["Mandate"]  # no mandate from a news report or a preamble
