"""Saved policy questions: one ``.cypher`` file per question, described by its own header.

The header is the only registry, so a question is added by dropping in a file:

    // title: Documents and meetings citing an article
    // question: Which documents cite a given UNCAC article, ...?
    // param: article: str = uncac/article/56 -- canonical id of the article
    // example: arkg query article-citations --param article=uncac/article/56
    MATCH ...

User values reach the store only as query parameters (never spliced into the text) and only
through ``store.read`` — the read-only, time-limited path the console uses — so a saved
question cannot do anything the console could not.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from arkg.graph.stores.base import Result, Store

QUERY_DIR = Path(__file__).resolve().parent

#: Declared parameter types and the Python values they accept.
TYPES: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,),
                                      "list": (list,)}
_REQUIRED = object()
_HEADER = re.compile(r"^//\s*([a-z]+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^([A-Za-z_]\w*)\s*:\s*([a-z]+)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$")
_TRUE, _FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


class QuestionError(ValueError):
    """A saved question cannot be run as asked; ``str()`` is one line for the user."""


class UnknownQuestion(QuestionError):
    def __init__(self, name: str, names: list[str]) -> None:
        self.names = names
        super().__init__(f"no saved question {name!r}; known questions: {', '.join(names)}")


class BadParameter(QuestionError):
    """A parameter that the question does not declare, or a value of the wrong type."""


class QuestionFileError(QuestionError):
    """A ``.cypher`` file whose header cannot be read (names the file and line)."""


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    type: str
    default: Any
    description: str

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "default": None if self.required else self.default,
                "required": self.required, "description": self.description}


@dataclass(frozen=True, slots=True)
class SavedQuestion:
    name: str
    title: str
    question: str
    parameters: tuple[Parameter, ...]
    example: str
    cypher: str
    path: Path

    def summary(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "parameters": [p.as_dict() for p in self.parameters]}


def coerce(param: Parameter, value: Any) -> Any:
    """The value as the declared type: strings (from the command line) are parsed, others must fit."""
    expected = TYPES[param.type]
    if isinstance(value, str) and param.type != "str":
        text = value.strip()
        if param.type == "int" and re.fullmatch(r"[+-]?\d+", text):
            return _fitting(param, int(text))
        try:
            if param.type == "float" and math.isfinite(number := float(text)):
                return number
            if param.type == "bool" and text.lower() in _TRUE | _FALSE:
                return text.lower() in _TRUE
            if param.type == "list":
                if text.startswith("["):
                    parsed = json.loads(text)
                    if isinstance(parsed, list) and all(isinstance(v, str | int | float) for v in parsed):
                        return parsed
                else:
                    return [part.strip() for part in text.split(",") if part.strip()]
        except ValueError:
            pass
    elif (isinstance(value, expected) and not (isinstance(value, bool) and bool not in expected)
          and (not isinstance(value, list) or all(isinstance(v, str | int | float) for v in value))):
        return _fitting(param, value) if isinstance(value, int) and param.type == "int" else value
    shown = value if len(repr(value)) <= 60 else f"{repr(value)[:57]}..."
    raise BadParameter(f"parameter {param.name!r} expects {_describe(param.type)}, got {shown!r}")


def _fitting(param: Parameter, value: int) -> int:
    """An integer the stores hold as is (64-bit); a larger one would be clamped or refused by them."""
    if not -(2**63) <= value < 2**63:
        raise BadParameter(f"parameter {param.name!r} expects an integer of at most 19 digits, got {value}")
    return value


def _describe(type_: str) -> str:
    return {"str": "a string", "int": "an integer", "float": "a number", "bool": "true or false",
            "list": "a list (JSON array or comma-separated)"}[type_]


def _parse_default(path: Path, line: int, type_: str, raw: str | None) -> Any:
    if raw is None:
        return _REQUIRED
    if type_ == "str":
        return "" if raw in ("''", '""') else raw
    try:
        return coerce(Parameter("default", type_, None, ""), raw)
    except BadParameter as exc:
        raise QuestionFileError(f"{path.name}:{line}: default {raw!r} is not {_describe(type_)}") from exc


@dataclass(frozen=True, slots=True)
class Header:
    """What a question file's header states, and the query after it."""

    fields: dict[str, str]
    params: tuple[Parameter, ...]
    query: str


def read_header(path: Path, header: re.Pattern[str], comment: str, keys: tuple[str, ...],
                types: tuple[str, ...], language: str) -> Header:
    """A question file: its ``key: value`` header lines (``header``, in ``comment`` comments; the
    ``keys`` are required, a repeated one continues), its ``param`` lines (of ``types``), then the
    query in ``language``. One reader for the Cypher and the SPARQL files, so both say the same
    thing about the same mistake, naming the file and line."""
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    body_start = len(lines)
    for number, line in enumerate(lines, 1):
        match = header.match(line.strip())
        if not match:
            if line.strip() and not line.strip().startswith(comment):
                body_start = number - 1
                break
            continue
        key, value = match.groups()
        if key == "param":
            spec = _PARAM.match(value)
            if not spec or spec.group(2) not in types:
                raise QuestionFileError(f"{path.name}:{number}: expected 'param: NAME: TYPE [= DEFAULT] -- WHAT' "
                                        f"with TYPE one of {', '.join(types)}")
            name, type_, default, description = spec.groups()
            params.append(Parameter(name, type_, _parse_default(path, number, type_, default), description or ""))
        elif key in keys:
            fields[key] = f"{fields[key]} {value}" if key in fields else value
    missing = [k for k in keys if not fields.get(k)]
    query = "\n".join(lines[body_start:]).strip()
    if missing or not query:
        raise QuestionFileError(f"{path.name}: missing {', '.join(missing) or f'the {language} query'}")
    return Header(fields, tuple(params), query)


def parse(path: Path) -> SavedQuestion:
    """One question file: the ``// key: value`` header, then the Cypher."""
    head = read_header(path, _HEADER, "//", ("title", "question", "example"), tuple(TYPES), "Cypher")
    return SavedQuestion(path.stem, head.fields["title"], head.fields["question"], head.params,
                         head.fields["example"], head.query, path)


@cache
def _catalogue(directory: Path) -> tuple[SavedQuestion, ...]:
    return tuple(parse(p) for p in sorted(directory.glob("*.cypher")))


def catalogue(directory: Path = QUERY_DIR) -> list[SavedQuestion]:
    """Every saved question, by name."""
    return list(_catalogue(directory))


def get(name: str, directory: Path = QUERY_DIR) -> SavedQuestion:
    questions = {q.name: q for q in catalogue(directory)}
    if name not in questions:
        raise UnknownQuestion(name, sorted(questions))
    return questions[name]


def bind(question: SavedQuestion, params: dict[str, Any] | None) -> dict[str, Any]:
    """Declared parameters with their values: unknown names refused, types enforced, defaults filled in."""
    given = dict(params or {})
    declared = {p.name: p for p in question.parameters}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        accepted = ", ".join(declared) or "none"
        raise BadParameter(f"{question.name}: unknown parameter {unknown[0]!r} (accepted: {accepted})")
    bound: dict[str, Any] = {}
    for name, param in declared.items():
        if name in given:
            bound[name] = coerce(param, given[name])
        elif param.required:
            raise BadParameter(f"{question.name}: parameter {name!r} ({param.type}) is required: {param.description}")
        else:
            bound[name] = param.default
    return bound


def run(store: Store, name: str, params: dict[str, Any] | None = None, *, timeout_ms: int | None = None,
        row_limit: int | None = None) -> Result:
    """Answer a saved question on ``store`` through its read-only path."""
    question = get(name)
    return store.read(question.cypher, bind(question, params), timeout_ms=timeout_ms, row_limit=row_limit)
