"""SPARQL over the RDF export: an embedded pyoxigraph store kept beside the property graph.

The store lives in ``<data dir>/sparql`` and holds exactly what ``arkg export`` writes (same
exporter, same base IRI). It is refreshed when the property graph changed since it was loaded:
a *stamp* (a hash of the graph's counts per label and type and of every document's version marks)
is kept in ``<data dir>/sparql.stamp``; ``arkg build`` and ``arkg remove`` refresh it (``cli.build``),
and ``arkg sparql`` refreshes it when the stamps differ (the graph changed some other way).

Queries are read-only: only ``Store.query`` is ever called (an update is a syntax error there),
the store is opened read-only for querying, and a query that runs longer than its time limit is
abandoned with :class:`SparqlTimeout`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import re
import shutil
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from arkg.graph.export.rdf import Exporter, context, graph_text
from arkg.graph.export.source import ParagraphTexts
from arkg.graph.model import DEFAULT_BASE_IRI
from arkg.graph.stores.base import Store

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
#: Default time limit of one query, in seconds.
TIMEOUT = 30.0
RESULT_FORMATS = ("table", "json", "csv")


class SparqlError(ValueError):
    """A query that cannot be run; ``str()`` is one line for the user."""


class SparqlTimeout(SparqlError):
    pass


class SparqlFailed(SparqlError):
    """A valid query the engine could not evaluate (a bad argument to a function, a store error)."""


def stamp(store: Store) -> str:
    """What changes whenever a build changes the graph: counts per label/type and document version marks."""
    stats = store.stats()
    marks = store.read("MATCH (d:Document) WHERE d.content_hashes IS NOT NULL "
                       "RETURN d.id AS id, d.content_hashes AS h ORDER BY id").rows
    text = json.dumps([stats, [[r["id"], sorted(r["h"] or [])] for r in marks]], sort_keys=True, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class SparqlStore:
    """The on-disk SPARQL store of one data directory."""

    folder: Path

    @classmethod
    def of(cls, data_dir: Path) -> SparqlStore:
        return cls(Path(data_dir) / "sparql")

    @property
    def stamp_path(self) -> Path:
        return self.folder.with_name(self.folder.name + ".stamp")

    def current(self, store: Store) -> bool:
        return self.stamp_path.exists() and self.stamp_path.read_text().strip() == stamp(store)

    def refresh(self, store: Store, force: bool = False, base_iri: str = DEFAULT_BASE_IRI) -> int:
        """Reload the export into the SPARQL store unless it is current; the number of triples loaded (0: current).

        Loads into a fresh folder and swaps it in, so a failed load leaves the old store usable.
        """
        if not force and self.current(store):
            return 0
        fresh = self.folder.with_name(self.folder.name + ".new")
        shutil.rmtree(fresh, ignore_errors=True)
        target = ox.Store(str(fresh))
        exporter = Exporter(base_iri, paragraphs=ParagraphTexts(store))
        # ONE bulk load reading the export as it is written: a load per block wrote a few files per
        # block that the store then merged (~20 % more wall time at 1 000 documents, docs/benchmarks.md)
        # (an error while writing the export, a store failing, reaches the caller as itself: tested)
        target.bulk_load(io.BufferedReader(_BlockReader(graph_text(store, exporter)), READ_BUFFER),
                         ox.RdfFormat.N_TRIPLES)
        target.flush()
        count = len(target)
        del target
        shutil.rmtree(self.folder, ignore_errors=True)
        fresh.rename(self.folder)
        self.stamp_path.write_text(stamp(store) + "\n")
        return count

    def query(self, text: str, timeout: float = TIMEOUT,
              substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None, isolated: bool = False) -> Answer:
        """Run one read-only query, abandoned after ``timeout`` seconds.

        A thread cannot be stopped, so an abandoned query runs on in this process until it ends:
        fine for a command that exits, not for a server. ``isolated`` (the explorer) runs the
        query in a child process instead, killed when its time is up.
        """
        if not self.folder.exists():
            raise SparqlError(f"no SPARQL store in {self.folder}: run arkg build (or arkg sparql) first")
        text = bind_values(text, substitutions or {})
        prefixes = {k: v for k, v in context().items() if isinstance(v, str)}
        if isolated:
            return _in_child(str(self.folder), text, prefixes, timeout)
        readonly = ox.Store.read_only(str(self.folder))
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                result = readonly.query(text, prefixes=prefixes)
                box["answer"] = Answer.of(result)
            except Exception as exc:  # handed to the caller's thread
                box["error"] = exc

        worker = threading.Thread(target=run, daemon=True, name="sparql")
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            raise SparqlTimeout(f"the query ran longer than {timeout:g} s and was abandoned")
        if "error" in box:
            exc = box["error"]
            if isinstance(exc, SyntaxError):
                raise SparqlError(f"not a SPARQL query (updates are refused): {' '.join(str(exc).split())}")
            raise exc
        answer: Answer = box["answer"]
        return answer


#: Bytes the bulk load reads from the export at a time.
READ_BUFFER = 1 << 20


class _BlockReader(io.RawIOBase):
    """The export's N-Triples blocks as one binary stream, written as the loader reads it."""

    def __init__(self, blocks: Iterable[bytes]) -> None:
        super().__init__()
        self._blocks = iter(blocks)
        self._rest = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._rest:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._rest = memoryview(block)
        size = min(len(buffer), len(self._rest))
        buffer[:size] = self._rest[:size]
        self._rest = self._rest[size:]
        return size


def _answer(folder: str, text: str, prefixes: dict[str, str], conn: Connection) -> None:
    """In a child process: the answer, or what went wrong, sent back through ``conn``."""
    try:
        conn.send(("answer", Answer.of(ox.Store.read_only(folder).query(text, prefixes=prefixes))))
    except SyntaxError as exc:
        conn.send(("syntax", " ".join(str(exc).split())))
    except Exception as exc:  # sent to the parent, which raises it as one line
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _in_child(folder: str, text: str, prefixes: dict[str, str], timeout: float) -> Answer:
    """One query in a child process forked from a server that has pyoxigraph loaded; killed past ``timeout``."""
    context_ = multiprocessing.get_context("forkserver")
    context_.set_forkserver_preload([__name__])
    receive, send = context_.Pipe(duplex=False)
    child = context_.Process(target=_answer, args=(folder, text, prefixes, send), name="arkg-sparql", daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise SparqlTimeout(f"the query ran longer than {timeout:g} s and was stopped")
        kind, value = receive.recv()
    except EOFError:
        raise SparqlError("the query process ended without an answer") from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    if kind == "syntax":
        raise SparqlError(f"not a SPARQL query (updates are refused): {value}")
    if kind == "failed":
        raise SparqlFailed(value)
    answer: Answer = value  # what the child sends back on success
    return answer


def bind_values(text: str, values: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """The query with its parameters bound by a ``VALUES`` block opening its first group (SPARQL 1.1 §10.2).

    Each value is one RDF term written by pyoxigraph's own serialiser (N-Triples escaping), so a
    value can never be read as query text. (pyoxigraph's ``substitutions`` would be the natural
    way, but it only binds variables of the SELECT projection.)
    """
    if not values:
        return text
    where = _WHERE.search(text)
    if where is None:
        raise SparqlError("a query with parameters needs a WHERE { … } group to bind them in")
    names = " ".join(f"?{name}" for name in values)
    terms = " ".join(str(term) for term in values.values())
    return f"{text[:where.end()]}\n  VALUES ({names}) {{ ({terms}) }}{text[where.end():]}"


@dataclass(frozen=True, slots=True)
class Answer:
    """A query's answer, held in memory once: variables and rows, a boolean, or triples."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()

    @classmethod
    def of(cls, result: Any) -> Answer:
        if isinstance(result, ox.QueryBoolean):
            return cls(boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = tuple(v.value for v in result.variables)
            return cls(names, tuple(tuple(solution[n] for n in names) for solution in result))
        return cls(triples=tuple(result))

    def values(self, variable: str) -> list[str | None]:
        i = self.variables.index(variable)
        return [None if (term := row[i]) is None else term.value for row in self.rows]

    # -- output --------------------------------------------------------------------------------

    def write(self, out: IO[str], fmt: str = "table") -> None:
        if fmt == "json":
            json.dump(self.json(), out, ensure_ascii=False, indent=1)
            out.write("\n")
        elif fmt == "csv":
            self.csv(out)
        elif fmt == "table":
            self.table(out)
        else:
            raise SparqlError(f"unknown result format {fmt!r} (expected one of {', '.join(RESULT_FORMATS)})")

    def json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON (triples of CONSTRUCT/DESCRIBE as rows of s, p, o)."""
        if self.boolean is not None:
            return {"head": {}, "boolean": self.boolean}
        variables, rows = self._table()
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}

    def csv(self, out: IO[str]) -> None:
        """SPARQL 1.1 Query Results CSV: plain values, empty when unbound."""
        writer = csv.writer(out, lineterminator="\r\n")
        if self.boolean is not None:
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
            return
        variables, rows = self._table()
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if t is None else t.value for t in row])

    def table(self, out: IO[str]) -> None:
        if self.boolean is not None:
            out.write(f"{'yes' if self.boolean else 'no'}\n")
            return
        variables, cells = self.cells()
        widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(variables)]
        out.write("  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)).rstrip() + "\n")
        for r in cells:
            out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")

    def cells(self) -> tuple[tuple[str, ...], list[list[str]]]:
        """Variables and rows as text cells: prefixed IRIs, literal values with their language tag."""
        variables, rows = self._table()
        return variables, [[_short(t) for t in row] for row in rows]

    def _table(self) -> tuple[tuple[str, ...], tuple[tuple[Any, ...], ...]]:
        if self.triples:
            return ("subject", "predicate", "object"), tuple((t.subject, t.predicate, t.object) for t in self.triples)
        return self.variables, self.rows


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _short(term: Any) -> str:
    """A cell: prefixed IRIs, plain literal values with their language tag."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in context().items():
            if isinstance(namespace, str) and term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal) and term.language:
        return f"{term.value}@{term.language}"
    return " ".join(term.value.split())


def answer_text(answer: Answer, fmt: str) -> str:
    buffer = io.StringIO()
    answer.write(buffer, fmt)
    return buffer.getvalue()
