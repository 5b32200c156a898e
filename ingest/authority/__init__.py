"""arkg's reference knowledge base: what the things documents name actually are.

Documents only name things ("第五十六条", "缔约国会议", "CARIN"); the graph needs to know that
these are article 56 of chapter V, the Conference of the States Parties, a network hosted by
Europol. That knowledge lives here as plain CSV files, one per kind, so a reviewer can read and
correct it without reading code. Every row keeps its ``source`` and a ``verified`` flag (and
``unverified_fields`` for values not read in a source), because authority data that cannot be
checked is worse than none.

The loader turns the files into one :class:`~graph.records.Batch` and a flat alias list for the
entity linker. It refuses data it cannot trust: every problem (unknown or missing column,
duplicate or malformed id, dangling reference, bad date) is collected and raised together as
one :class:`AuthorityError`, each line reading ``<file>:<line>: <problem>``.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any

from arkg.graph.model import LANGUAGES, ModelError, model
from arkg.graph.records import Batch, Edge, Node
from arkg.graph.scripts import script_language

__all__ = ["Alias", "Authority", "AuthorityError", "authority", "fingerprint", "load"]

PACKAGE_DIR = Path(__file__).resolve().parent
#: The language of every row's primary name (the shared reference data is keyed by English names).
PRIMARY_LANGUAGE = "en"
#: Separator of multi-valued cells (space, pipe, space), as in the shared reference data.
SEP = " | "
#: The reference tables' order for per-language names and titles: English first (every row's primary
#: name; the first name present becomes ``name``), then the model's UN order. Derived from the model's
#: one list, so the two cannot drift apart; the country and place generators write their columns in it.
LANGS = (PRIMARY_LANGUAGE, *(lang for lang in LANGUAGES if lang != PRIMARY_LANGUAGE))
NAMES = tuple(f"name_{lang}" for lang in LANGS)
TITLES = tuple(f"title_{lang}" for lang in LANGS)
#: Columns every file may have; the first three must have a value in every row.
REQUIRED = ("id", "source", "verified")
#: ``wikidata``: the entity's Wikidata item (Q-number), any kind may record one (with its source).
COMMON = (*REQUIRED, "aliases", "wikidata", "unverified_fields", "notes")
#: Review columns that describe the row rather than the thing: never node properties.
NOT_PROPERTIES = frozenset({"unverified_fields", "notes", "type", "forms"})

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WIKIDATA = re.compile(r"^Q[1-9]\d*$")


class AuthorityError(ValueError):
    """The authority files are inconsistent; ``problems`` lists every ``file:line: problem``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form of one entity, for dictionary matching in documents."""

    text: str
    id: str
    label: str
    lang: str | None
    #: An adjectival or inflected form (``mexicano``, ``британский``): written in lower case in
    #: running text, unlike a name, which in a cased script starts with a capital.
    form: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A reference column that becomes edges: each ``|``-separated value, after ``prefix``, is a target id.

    ``prop`` keeps the cell as a node property too (an article's ``chapter`` number is both).
    """

    column: str
    type: str
    prefix: str = ""
    prop: bool = False


@dataclass(frozen=True, slots=True)
class Kind:
    """How one CSV file maps onto the model: its label, columns and edges.

    What the model already states is not repeated here but read from ``schema.ttl``: each column's
    datatype and whether the label requires it (its SHACL shape), and the id template a row's id
    must agree with (``arkg:idTemplate``) when the file has the template's columns.
    """

    file: str
    label: str | None  #: None: the row's ``type`` column names the label (one of ``types``)
    columns: tuple[str, ...]
    required: tuple[str, ...] = ()  #: columns this file needs besides those the model requires
    links: tuple[Link, ...] = ()
    #: Columns other than the id whose value must equal a format of other columns (a symbol ``6/2``).
    formats: tuple[tuple[str, str], ...] = ()
    types: frozenset[str] = frozenset()

    def allowed(self) -> tuple[str, ...]:
        return (*COMMON, *self.columns, *(("type",) if self.label is None else ()))

    def labels(self) -> tuple[str, ...]:
        return (self.label,) if self.label else tuple(sorted(self.types))

    def needed(self) -> tuple[str, ...]:
        """Columns that must have a value: the file's own, and those every label of the file requires."""
        by_model = [k for label in self.labels() for k in model().node_type(label).required if k in self.columns]
        return tuple(dict.fromkeys((*self.required, *by_model)))

    def id_format(self, label: str) -> str | None:
        """The label's id template, when this file has every column it is made of."""
        template = model().node_type(label).id_template
        parts = {name for _, name, _, _ in Formatter().parse(template) if name}
        return template if parts and parts <= set(self.columns) else None

    def dates(self) -> tuple[str, ...]:
        """The date columns in file order: start first, end last (the end may not precede the start)."""
        return tuple(c for c in self.columns if any(model().node_type(x).datatype(c) == "date" for x in self.labels()))


KINDS: tuple[Kind, ...] = (
    Kind("convention.csv", "Convention", ("acronym", *NAMES), required=("name_en",)),
    Kind(
        "chapters.csv",
        "Chapter",
        ("number", "roman", *TITLES, "first_article", "last_article", "part_of"),
        required=("part_of",),
        links=(Link("part_of", "PART_OF"),),
    ),
    Kind(
        "articles.csv",
        "Article",
        ("number", "chapter", *TITLES),
        required=("chapter",),
        links=(Link("chapter", "PART_OF", "uncac/chapter/", prop=True),),
    ),
    Kind(
        "bodies.csv",
        "Body",
        ("acronym", *NAMES, "part_of", "established_by"),
        required=("name_en",),
        links=(Link("part_of", "PART_OF"), Link("established_by", "ESTABLISHED_BY")),
    ),
    Kind(
        "sessions.csv",
        "Session",
        ("body", "number", "start_date", "end_date", "resumed_parts", "report_symbol", "place"),
        required=("body",),
        links=(Link("body", "SESSION_OF", "body/", prop=True), Link("place", "HELD_IN")),
    ),
    Kind(
        "resolutions.csv",
        "Resolution",
        ("body", "session", "number", "year", "symbol", *TITLES, "asset_recovery", "adopted_at"),
        required=("body", "session", "symbol", "asset_recovery"),
        links=(Link("adopted_at", "ADOPTED_AT"),),
        formats=(("symbol", "{session}/{number}"),),
    ),
    Kind(
        "networks.csv",
        "Network",
        ("acronym", *NAMES, "region", "founded_year", "secretariat", "host", "members"),
        required=("acronym", "name_en"),
        links=(Link("host", "HOSTED_BY"), Link("members", "HAS_MEMBER")),
    ),
    Kind(
        "organizations.csv",
        None,
        ("acronym", *NAMES, "part_of"),
        required=("name_en",),
        links=(Link("part_of", "PART_OF"),),
        types=frozenset({"Organization", "Initiative"}),
    ),
    Kind("publications.csv", "Publication", TITLES, required=("title_en",)),
    Kind(
        "events.csv",
        "Event",
        (*NAMES, "start_date", "end_date", "place", "organized_by", "series", "ordinal"),
        required=("name_en", "start_date"),
        # ``series``: the initiative (or organization) whose meeting this is; ``ordinal``: which one.
        links=(Link("place", "HELD_IN"), Link("organized_by", "ORGANIZED_BY"), Link("series", "PART_OF")),
    ),
    Kind(
        "countries.csv",
        "Country",
        ("iso3", *NAMES, "forms"),
        required=("iso3", "name_en"),
    ),
    Kind(
        "places.csv",
        "Place",
        (*NAMES, "country", "latitude", "longitude", "geonames_id", "capital"),
        required=("name_en", "country"),
        links=(Link("country", "LOCATED_IN"),),
    ),
    Kind(
        "topics.csv",
        "Topic",
        (*NAMES, "broader", "governed_by"),
        required=("name_en",),
        links=(Link("broader", "BROADER"), Link("governed_by", "GOVERNED_BY")),
    ),
    Kind(
        "documents.csv",
        "Document",
        ("symbol", "kind", *TITLES, "date", "prepared_for"),
        required=("symbol",),
        links=(Link("prepared_for", "PREPARED_FOR"),),
    ),
)


@dataclass
class Authority:
    """The loaded knowledge base: one batch for the stores, aliases for the linker, lookups."""

    batch: Batch
    aliases: list[Alias]
    _by_id: dict[str, Node] = field(default_factory=dict, repr=False)
    _sessions: dict[str, list[Node]] = field(default_factory=dict, repr=False)
    _targets: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {node.id: node for node in self.batch.nodes}

    def node(self, id_: str) -> Node | None:
        return self._by_id.get(id_)

    def sessions(self, body: str) -> list[Node]:
        """A body's sessions in order, so a meeting named only by its date or place can be found
        (listed once per body: extraction asks for every date it reads)."""
        if body not in self._sessions:
            found = [n for n in self.batch.nodes if n.label == "Session" and n.props.get("body") == body]
            self._sessions[body] = sorted(found, key=lambda n: n.props["number"])
        return list(self._sessions[body])

    def targets(self, kind: str) -> dict[str, str]:
        """The edges of one type, source → target (``HELD_IN``: where a session or event was held; ``LOCATED_IN``:
        a place's State), built once: extraction and its rules ask for them for every document. Read only."""
        if kind not in self._targets:
            self._targets[kind] = {e.source: e.target for e in self.batch.edges if e.type == kind}
        return self._targets[kind]


def meeting_days(session: Node) -> list[tuple[str, str]]:
    """A session's first and last days, then each resumed part's (``2018-11-12/2018-11-14``): a text
    dates a meeting by any of them."""
    start = session.props.get("start_date")
    days = [(str(start), str(session.props.get("end_date") or start))] if start else []
    for part in session.props.get("resumed_parts", ()):
        first, _, last = str(part).partition("/")
        days.append((first, last))
    return days


def split(cell: str) -> list[str]:
    """The values of a multi-valued cell, in order, without blanks or repeats."""
    values: list[str] = []
    for part in cell.split(SEP):
        part = part.strip()
        if part and part not in values:
            values.append(part)
    return values


@dataclass
class _Row:
    kind: Kind
    where: str  #: "file:line"
    cells: dict[str, str]
    node: Node


class _Loader:
    """One pass over the files; problems are collected, not raised, so all of them are reported."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.problems: list[str] = []
        self.rows: list[_Row] = []
        self.first_seen: dict[str, str] = {}

    def problem(self, where: str, text: str) -> None:
        self.problems.append(f"{where}: {text}")

    def run(self) -> Authority:
        for kind in KINDS:
            self.read(kind)
        labels = {row.node.id: row.node.label for row in self.rows}
        edges = [edge for row in self.rows for edge in self.edges(row, labels)]
        if self.problems:
            raise AuthorityError(self.problems)
        nodes = [row.node for row in self.rows]
        return Authority(Batch(nodes, edges), [alias for row in self.rows for alias in self.aliases(row)])

    # -- reading ------------------------------------------------------------------------------

    def read(self, kind: Kind) -> None:
        path = self.directory / kind.file
        if not path.is_file():
            self.problem(f"{kind.file}:0", "file is missing")
            return
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            unknown = [c for c in header if c not in kind.allowed()]
            if unknown:
                self.problem(f"{kind.file}:1", f"unknown column(s) {', '.join(unknown)}")
            missing = [c for c in (*REQUIRED, *kind.needed()) if c not in header]
            if missing:
                self.problem(f"{kind.file}:1", f"missing required column(s) {', '.join(missing)}")
                return
            for cells in reader:
                where = f"{kind.file}:{reader.line_num}"
                if None in cells:
                    self.problem(where, "more cells than columns")
                    continue
                row = self.row(kind, where, {k: (v or "").strip() for k, v in cells.items() if k in kind.allowed()})
                if row is not None:
                    self.rows.append(row)

    def row(self, kind: Kind, where: str, cells: dict[str, str]) -> _Row | None:
        empty = [c for c in (*REQUIRED, *kind.needed()) if not cells.get(c)]
        if empty:
            self.problem(where, f"empty required value(s) {', '.join(empty)}")
            return None
        id_ = cells["id"]
        label = kind.label or cells.get("type", "")
        if kind.label is None and label not in kind.types:
            self.problem(where, f"type {label!r} is not one of {', '.join(sorted(kind.types))}")
            return None
        self.check_id(where, id_, label, cells, kind)
        props = self.properties(kind, label, where, cells)
        return _Row(kind, where, cells, Node(id_, label, props))

    def check_id(self, where: str, id_: str, label: str, cells: dict[str, str], kind: Kind) -> None:
        if id_ in self.first_seen:
            self.problem(where, f"duplicate id {id_} (first at {self.first_seen[id_]})")
        else:
            self.first_seen[id_] = where
        try:
            model().check_node(Node(id_, label))
        except ModelError as exc:
            self.problem(where, f"malformed id: {exc}")
        id_format = kind.id_format(label)
        for column, template in (*((("id", id_format),) if id_format else ()), *kind.formats):
            try:
                expected = template.format(**cells)
            except (KeyError, IndexError):
                continue
            if cells.get(column) != expected:
                self.problem(
                    where, f"{column} {cells.get(column)!r} does not agree with its row: expected {expected!r}"
                )

    def properties(self, kind: Kind, label: str, where: str, cells: dict[str, str]) -> dict[str, Any]:
        link_only = {link.column for link in kind.links if not link.prop}
        props: dict[str, Any] = {}
        for column, cell in cells.items():
            if not cell or column in NOT_PROPERTIES or column in link_only:
                continue
            prop = model().properties.get(column)
            if prop is not None and prop.multi_valued:
                props[column] = split(cell)
            else:
                props[column] = self.value(model().node_type(label).datatype(column), where, column, cell)
        props["source"] = split(cells["source"])
        surface = [cells.get(c, "") for c in (*NAMES, *TITLES, "acronym")] + split(cells.get("aliases", ""))
        props["aliases"] = list(dict.fromkeys(s for s in [*surface, *split(cells.get("forms", ""))] if s))
        name = next((cells[c] for c in (*NAMES, *TITLES) if cells.get(c)), None)
        if name:
            props["name"] = name
        self.check_dates(kind, where, cells)
        unverified = split(cells.get("unverified_fields", "").replace(",", SEP))
        for field_ in unverified:
            if field_ not in kind.allowed():
                self.problem(where, f"unverified_fields names unknown column {field_!r}")
        if unverified:
            props["unverified"] = unverified
        return props

    def value(self, datatype: str | None, where: str, column: str, cell: str) -> Any:
        """A cell as the model's datatype for its column (``schema.ttl``): integer, double, boolean."""
        if datatype == "integer":
            if not re.fullmatch(r"-?\d+", cell):
                self.problem(where, f"{column} {cell!r} is not an integer")
                return cell
            return int(cell)
        if datatype == "double":
            try:
                return float(cell)
            except ValueError:
                self.problem(where, f"{column} {cell!r} is not a number")
                return cell
        if column == "wikidata" and not _WIKIDATA.match(cell):
            self.problem(where, f"wikidata {cell!r} is not a Wikidata item id (Q followed by digits)")
        if datatype == "boolean":
            if cell not in ("true", "false"):
                self.problem(where, f"{column} {cell!r} is not true or false")
            return cell == "true"
        return cell

    def check_dates(self, kind: Kind, where: str, cells: dict[str, str]) -> None:
        parsed: list[date] = []
        dates = kind.dates()
        for column in dates:
            cell = cells.get(column, "")
            if not cell:
                continue
            try:
                if not _ISO_DATE.match(cell):
                    raise ValueError
                parsed.append(date.fromisoformat(cell))
            except ValueError:
                self.problem(where, f"{column} {cell!r} is not a date (YYYY-MM-DD)")
        if len(parsed) == 2 and parsed[1] < parsed[0]:
            self.problem(where, f"{dates[-1]} {parsed[1]} is before {dates[0]} {parsed[0]}")
        for part in split(cells.get("resumed_parts", "")):
            first, _, last = part.partition("/")
            try:
                if not (_ISO_DATE.match(first) and _ISO_DATE.match(last)):
                    raise ValueError
                days = date.fromisoformat(first), date.fromisoformat(last)
            except ValueError:
                self.problem(where, f"resumed_parts {part!r} is not a first and last day (YYYY-MM-DD/YYYY-MM-DD)")
                continue
            if days[1] < days[0] or (parsed and days[0] <= parsed[-1]):
                self.problem(where, f"resumed_parts {part!r} does not follow the session's days")

    # -- edges and aliases --------------------------------------------------------------------

    def edges(self, row: _Row, labels: dict[str, str]) -> list[Edge]:
        edges = []
        for link in row.kind.links:
            for value in split(row.cells.get(link.column, "")):
                edge = Edge(row.node.id, link.type, link.prefix + value)
                if edge.target not in labels:
                    self.problem(row.where, f"{link.column}: {edge.target} is not a known id")
                    continue
                try:
                    model().check_edge(edge, row.node.label, labels[edge.target])
                except ModelError as exc:
                    self.problem(row.where, f"{link.column}: {exc}")
                    continue
                edges.append(edge)
        return edges

    @staticmethod
    def aliases(row: _Row) -> list[Alias]:
        node, cells = row.node, row.cells
        found: dict[tuple[str, str | None], Alias] = {}
        for column in (*NAMES, *TITLES):
            if cells.get(column):
                lang = column.rsplit("_", 1)[1]
                found.setdefault((cells[column], lang), Alias(cells[column], node.id, node.label, lang))
        for text in [cells.get("acronym", ""), *split(cells.get("aliases", ""))]:
            if text and not any(key[0] == text for key in found):
                shown = script_language(text)
                found[(text, shown)] = Alias(text, node.id, node.label, shown)
        for text in split(cells.get("forms", "")):
            if not any(key[0] == text for key in found):
                shown = script_language(text)
                found[(text, shown)] = Alias(text, node.id, node.label, shown, form=True)
        return list(found.values())


def load(directory: Path | None = None) -> Authority:
    """Read and check every authority file in ``directory`` (default: this package's folder)."""
    return _Loader(directory or PACKAGE_DIR).run()


@cache
def authority() -> Authority:
    """The package's own authority data, read once per process (callers must not mutate it)."""
    return load()


@cache
def fingerprint(directory: Path | None = None) -> str:
    """A short hash of the authority files: documents linked against other reference data carry
    another one, so a build after an edit relinks them even when their text is unchanged."""
    directory = directory or PACKAGE_DIR
    digest = hashlib.sha1()
    for kind in KINDS:
        path = directory / kind.file
        digest.update(kind.file.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()[:12]
