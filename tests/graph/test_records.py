"""The records ``ingest`` hands to ``graph``: evidence has one shape (issue 20)."""

from __future__ import annotations

import ast
from pathlib import Path

from arkg.graph import records
from arkg.graph.records import EVIDENCE_KEYS, Edge, Evidence

_EVIDENCE = Evidence("document/A/RES/58/4", "17", 10, 25, "the Convention", "en")


def test_evidence_keys_are_its_fields_as_stored_and_the_edge_key() -> None:
    edge = Edge("resolution/cosp/6/2", "CITES", "uncac/article/5", {"weight": 2}, evidence=_EVIDENCE)
    stored = edge.all_props()
    assert set(stored) - EVIDENCE_KEYS == {"weight"}  # all the rest is the evidence and the key
    assert set(stored) >= EVIDENCE_KEYS


def _sets_of_evidence_keys(source: str) -> list[int]:
    """Lines of set literals that list evidence keys by hand (``{"document", "paragraph", "quote", …}``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            if {"paragraph", "start", "end", "quote"} <= words:
                found.append(node.lineno)
    return found


def test_no_module_lists_the_evidence_keys_again() -> None:
    """The RDF export and import each kept their own copy of the keys; a field added to Evidence
    would have been written as a statement by one and read as evidence by the other."""
    assert _sets_of_evidence_keys('K = frozenset({"document", "paragraph", "start", "end", "quote"})') == [1]
    root = Path(records.__file__).resolve().parent.parent
    offenders = [f"{path.relative_to(root)}:{line}"
                 for package in ("graph", "ingest", "pipeline", "explorer", "cli", "queries", "bench")
                 for path in sorted((root / package).rglob("*.py")) if path.name != "records.py"
                 for line in _sets_of_evidence_keys(path.read_text(encoding="utf-8"))]
    assert not offenders, offenders
