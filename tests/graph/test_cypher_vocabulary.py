"""Every label and relationship type written in Cypher anywhere in arkg is declared in ``schema.ttl``
(issue 20): the saved questions, and the query text inline in the code.

Query text in the code is read from the string literals of every product module (with ``ast``, so
comments and docstrings' prose are not mistaken for queries); a saved question is read whole.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from arkg.graph.model import model

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("graph", "ingest", "queries", "explorer", "cli", "bench")
#: ``(d:Document``, ``(:Entity {``, ``(x:Article|Chapter``: a node pattern's labels.
_LABELS = r"([A-Z]\w*(?:\s*[|:&]\s*[A-Z]\w*)*)"
_NODE = re.compile(rf"\(\s*`?[A-Za-z_]\w*`?\s*:\s*{_LABELS}|\(\s*:\s*{_LABELS}")
#: ``[r:CITES]``, ``[:CITES|RECALLS*1..2]``, ``-[:HAS_PARAGRAPH]->``: a relationship pattern's types.
_REL = re.compile(r"\[\s*`?\w*`?\s*:\s*([A-Z][A-Z_]*(?:\s*\|\s*:?[A-Z][A-Z_]*)*)")
#: ``WHERE n:Topic``, ``SET n:Article``: a label test or assignment on a variable.
_LABEL_TEST = re.compile(r"\b(?:WHERE|AND|OR|NOT|SET|REMOVE)\s+\(?\w+:([A-Z]\w*)")
#: What the text must hold to be taken for Cypher (a docstring naming ``(x:Y)`` in prose is not).
_CYPHER = re.compile(r"\b(MATCH|MERGE|CREATE|RETURN|UNWIND|CALL)\b")


def _strings(path: Path) -> list[str]:
    """The string literals of a module, f-strings with their literal parts."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append(node.value)
        elif isinstance(node, ast.JoinedStr):
            found.append("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))
    return found


def _cypher_texts() -> list[tuple[str, str]]:
    saved = sorted((ROOT / "queries").glob("*.cypher"))
    texts = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in saved]
    for package in PRODUCT:
        for path in sorted((ROOT / package).rglob("*.py")):
            texts += [(str(path.relative_to(ROOT)), s) for s in _strings(path) if _CYPHER.search(s)]
    texts += [("app.py", s) for s in _strings(ROOT / "app.py") if _CYPHER.search(s)]
    return texts


def _names(text: str) -> tuple[set[str], set[str]]:
    labels: set[str] = set()
    for m in _NODE.finditer(text):
        labels.update(re.split(r"\s*[|:&]\s*", m.group(1) or m.group(2)))
    labels.update(m.group(1) for m in _LABEL_TEST.finditer(text))
    types: set[str] = set()
    for m in _REL.finditer(text):
        types.update(t.lstrip(":") for t in re.split(r"\s*\|\s*", m.group(1)))
    return labels, types


def test_the_scanner_finds_labels_and_types_in_every_written_form() -> None:
    text = ("MATCH (d:Document)-[r:CITES|RECALLS*1..2]->(:Article:Entity) WHERE x:Topic "
            "MERGE (p)-[:HAS_PARAGRAPH]->(q:Paragraph) RETURN d")
    labels = {"Document", "Article", "Entity", "Topic", "Paragraph"}
    assert _names(text) == (labels, {"CITES", "RECALLS", "HAS_PARAGRAPH"})


def test_every_label_and_type_written_in_cypher_is_in_the_model() -> None:
    m = model()
    known_labels, known_types = m.labels | m.aggregate_labels | {"Entity"}, m.relationship_types
    texts = _cypher_texts()
    assert len(texts) > 20  # the saved questions and the stores' own queries are read
    unknown = []
    for where, text in texts:
        labels, types = _names(text)
        unknown += [f"{where}: label {x}" for x in sorted(labels - known_labels)]
        unknown += [f"{where}: relationship type {x}" for x in sorted(types - known_types)]
    assert not unknown, "\n".join(unknown)
