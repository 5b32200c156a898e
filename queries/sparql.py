"""Saved SPARQL questions: one ``.rq`` file per question, each the twin of a saved Cypher question.

The header is the Cypher files' header in SPARQL comments, plus ``mirrors`` (the Cypher twin):

    # title: Resolutions adopted per session
    # question: Which resolutions did each session adopt …?
    # mirrors: resolutions-by-session
    # param: body: str = cosp -- body code of the sessions (empty: every body)
    # example: arkg sparql --saved resolutions-by-session --param body=cosp
    SELECT …

Parameters are SPARQL variables bound by a trailing ``VALUES`` clause whose terms pyoxigraph
serialises (:func:`graph.export.sparql.bind_values`), never by editing the query text; the declared
type gives the literal's datatype.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from arkg.queries import BadParameter, Parameter, UnknownQuestion, coerce, read_header

QUERY_DIR = Path(__file__).resolve().parent
_HEADER = re.compile(r"^#\s*([a-z]+)\s*:\s*(.*?)\s*$")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True, slots=True)
class SparqlQuestion:
    name: str
    title: str
    question: str
    mirrors: str  #: the saved Cypher question giving the same answers
    parameters: tuple[Parameter, ...]
    example: str
    sparql: str
    path: Path


def parse(path: Path) -> SparqlQuestion:
    """One ``.rq`` file: the ``# key: value`` header, then the SPARQL."""
    head = read_header(path, _HEADER, "#", ("title", "question", "mirrors", "example"),
                       ("str", "int", "float", "bool"), "SPARQL")
    return SparqlQuestion(path.stem, head.fields["title"], head.fields["question"], head.fields["mirrors"],
                          head.params, head.fields["example"], head.query, path)


def catalogue(directory: Path = QUERY_DIR) -> list[SparqlQuestion]:
    return [parse(p) for p in sorted(directory.glob("*.rq"))]


def get(name: str, directory: Path = QUERY_DIR) -> SparqlQuestion:
    questions = {q.name: q for q in catalogue(directory)}
    if name not in questions:
        raise UnknownQuestion(name, sorted(questions))
    return questions[name]


def substitutions(question: SparqlQuestion, params: dict[str, Any] | None) -> dict[str, ox.Literal]:
    """Declared parameters as typed literals: unknown names refused, types enforced, defaults filled in."""
    given = dict(params or {})
    declared = {p.name: p for p in question.parameters}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise BadParameter(f"{question.name}: unknown parameter {unknown[0]!r} "
                           f"(accepted: {', '.join(declared) or 'none'})")
    bound: dict[str, ox.Literal] = {}
    for name, param in declared.items():
        if name not in given and param.required:
            raise BadParameter(f"{question.name}: parameter {name!r} ({param.type}) is required")
        value = coerce(param, given[name]) if name in given else param.default
        bound[name] = _literal(value, param.type)
    return bound


def _literal(value: Any, type_: str) -> ox.Literal:
    if type_ == "bool":
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if type_ == "int":
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD + "integer"))
    if type_ == "float":
        return ox.Literal(repr(float(value)), datatype=ox.NamedNode(_XSD + "double"))
    return ox.Literal(str(value))
