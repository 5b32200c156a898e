"""Scoring what documents do against hand annotations: precision and recall per relation type.

The relation gold (``ingest/evaluation/gold/relations/*.json``, see its README) lists mandates, speakers'
positions, reports and agenda links a reader finds, each with the span of a short quote. The
extractor's output is read back into the same units: a Mandate is its node with its issuer
(``ISSUES``) and addressee (``ADDRESSED_TO``); a position is one statement — the edges one cue
gives to several targets count once; REPORTS_ON and DISCUSSED_UNDER are their edges. A unit
matches a gold entry of the same type whose span it overlaps and whose attributes it equals; each
gold entry is matched at most once.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from arkg.ingest.evaluate import GOLD_DIR, Score, source_path, tally
from arkg.ingest.extract import Extraction, extract

RELATION_GOLD_DIR = GOLD_DIR / "relations"
#: Relation gold on dev-set texts the rules were not written from (see its README): the honest figure.
UNSEEN_RELATION_GOLD_DIR = Path(__file__).resolve().parent / "evaluation" / "relations-devset"
POSITIONS = ("PROPOSES", "SUPPORTS", "OPPOSES", "DEFERS", "WELCOMES", "RECOMMENDS")
#: The attributes that must agree, per type.
KEYS: dict[str, tuple[str, ...]] = {
    "Mandate": ("issuer", "verb", "addressee"),
    "REPORTS_ON": ("speaker", "target"),
    "DISCUSSED_UNDER": ("target",),
    **{t: ("speaker", "quantity") for t in POSITIONS},
}


def units(ex: Extraction) -> list[dict[str, Any]]:
    """The extraction as scoring units (same fields as gold entries)."""
    issued = {r.target: r.source for r in ex.relations if r.type == "ISSUES"}
    out: list[dict[str, Any]] = []
    for r in ex.relations:
        ev = r.evidence
        if r.type == "ADDRESSED_TO":
            out.append({"type": "Mandate", "issuer": issued.get(r.source), "addressee": r.target,
                        "verb": _verb(ex, r.source), "start": _span(ex, r.source)[0], "end": _span(ex, r.source)[1]})
        elif r.type in POSITIONS:
            out.append({"type": r.type, "speaker": r.source, "quantity": r.props.get("quantity"),
                        "start": ev.start, "end": ev.end})
        elif r.type in ("REPORTS_ON", "DISCUSSED_UNDER"):
            out.append({"type": r.type, "speaker": r.source, "target": r.target,
                        "start": ev.start, "end": ev.end})
    unique = {json.dumps(u, sort_keys=True): u for u in out}  # one statement, however many targets
    return list(unique.values())


def _node(ex: Extraction, id_: str) -> dict[str, Any]:
    return next(props for nid, _, props in ex.nodes if nid == id_)


def _verb(ex: Extraction, mandate: str) -> str:
    return str(_node(ex, mandate)["verb"])


def _span(ex: Extraction, mandate: str) -> tuple[int, int]:
    props = _node(ex, mandate)
    return int(props["start"]), int(props["end"])


def score_units(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], table: dict[str, Score]) -> None:
    def matches(g: dict[str, Any], unit: dict[str, Any]) -> bool:
        return (g["type"] == unit["type"] and unit["start"] < g["end"] and g["start"] < unit["end"]
                and all(g.get(k) == unit.get(k) for k in KEYS[unit["type"]]))

    tally(gold, predicted, table, lambda unit: unit["type"], matches)


def evaluate_relations(gold_dir: Path = RELATION_GOLD_DIR) -> dict[str, Score]:
    """Scores per relation type over every gold file in ``gold_dir``, plus ``ALL`` (micro average)."""
    table: dict[str, Score] = {}
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"{gold_dir}: no relation gold files (*.json)")
    for gold_file in files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = source_path(gold_file, gold["source"]).read_text(encoding="utf-8")
        score_units(gold["relations"], units(extract(text, name=gold["source"])), table)
    total = Score(*(sum(getattr(s, k) for s in table.values()) for k in ("tp", "fp", "fn")))
    return {**dict(sorted(table.items())), "ALL": total}
