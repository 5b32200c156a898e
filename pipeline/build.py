"""``arkg build``: the reference backbone first, then each document, into the configured store.

Language versions of documents are loaded in groups, each group one atomic unit together with
its versions' marks (``lang:content hash+authority fingerprint``): a build stopped at any point leaves every document
either as it was or fully loaded, and the next build picks up the rest. An unchanged version (same mark) is
skipped, so running a build twice leaves the same graph; a changed one replaces its old output.

Extraction is CPU-bound Python and loading waits on the store, so for many files the extraction
runs in worker processes while this process loads each finished document, in file order. A worker
also turns its extraction into the rows the store is given (:class:`Version`): what this process
does per document is only what must see several documents at once (the group's statements). Only a
bounded window of documents is in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypedDict

from arkg.graph.model import ModelError, model
from arkg.graph.records import Batch, Edge, Node
from arkg.graph.stores import aggregates
from arkg.graph.stores.base import Store, StoreError
from arkg.graph.stores.writer import Statement, clean_props, edge_statements, node_statements
from arkg.ingest.authority import authority, fingerprint
from arkg.ingest.extract import Extraction, extract_path
from arkg.ingest.readers import DOCUMENT_SUFFIXES, ReadError

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"

Progress = Callable[[str, int, int], None]
#: Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 8
#: Files per task sent to a worker (fewer round trips), and tasks in flight per worker (bounded memory).
CHUNK_FILES = 4
TASKS_PER_WORKER = 4
_PR_SET_PDEATHSIG = 1
#: How often a worker checks that its build is still alive.
WATCH_INTERVAL_S = 0.25


@dataclass(slots=True)
class BuildReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: (path, reason) of files claiming a document and language another file of the build claimed first
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    elements: int = 0
    #: (document, language) of every version in the corpus, loaded or unchanged
    versions: list[tuple[str, str]] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)


#: What ``Edge.key`` hashes: the endpoints, the type and the evidence's place (document, language, offsets).
_EdgeIdentity = tuple[str, str, str, tuple[str, str, int, int] | None]


class _MarkRow(TypedDict):
    """One document's completion marks, written together once its versions are in (``MARK``)."""

    id: str
    prefixes: list[str]
    marks: list[str]
    languages: list[str]


def document_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and documents inside folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            yield path


def load_authority(store: Store) -> int:
    """The reference data; on a document already loaded from its file, the file's values stand."""
    batch = authority().batch
    documents = [node for node in batch.nodes if node.label == "Document"]
    others = Batch([node for node in batch.nodes if node.label != "Document"], batch.edges)
    store.write_atomic(reference_documents(documents))
    return len(documents) + store.write_batch(others)


_PROPERTY_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def reference_documents(nodes: list[Node]) -> list[Statement]:
    """Reference rows for documents, written so they never overwrite what a loaded document set.

    A document loaded from its file (it has completion marks) keeps each value it has and only
    gains the reference's missing ones; a document known only from the reference takes the
    reference's values. Written with ``SET n += …``, the rows reset ``date`` and ``kind`` of every
    document the next build skipped as unchanged, so a rebuild changed the graph.
    """
    if not nodes:
        return []
    for node in nodes:
        model().check_node(node)  # a date that is not YYYY-MM-DD is named here, not by the store
    dates = model().date_keys
    rows = [{"id": node.id, "props": {**{k: v for k, v in clean_props(node.props).items() if v != "" or k not in dates},
                                      "id": node.id}} for node in nodes]
    keys = sorted({key for row in rows for key in row["props"]} - {"id"})
    for key in keys:  # written into the query text: plain names only (they come from the CSV headers)
        if not _PROPERTY_KEY.match(key):
            raise ModelError(f"reference property {key!r} is not a plain name")
    values = {key: f"date(r.props.{key})" if key in dates else f"r.props.{key}" for key in keys}
    assignments = ", ".join(
        f"n.{key} = CASE WHEN n.content_hashes IS NULL THEN coalesce({values[key]}, n.{key}) "
        f"ELSE coalesce(n.{key}, {values[key]}) END" for key in keys)
    label = model().safe_label("Document")
    return [(f"UNWIND $rows AS r MERGE (n:Entity:{label} {{id: r.id}}) SET {assignments}", {"rows": rows})]


def _document_marks(store: Store, document_id: str) -> list[str]:
    """The ``lang:hash`` marks of a document's completed language versions."""
    rows = store.read("MATCH (d:Document {id: $id}) RETURN d.content_hashes AS h", {"id": document_id}).rows
    return (rows[0]["h"] or []) if rows else []


def forget_version(document_id: str, language: str) -> list[Statement]:
    """What removes one language version's output (evidence, unlinked mentions, the acts it
    stated — Mandate nodes are per document and language —, its paragraphs' text in that
    language), not the entities.

    Paragraph nodes stay for now: the language versions of a document share them; those left
    with no version linking them are removed by :func:`drop_orphan_paragraphs` after the reload.
    """
    if not _LANGUAGE.match(language):  # written into the query text as part of a property name
        raise ModelError(f"language {language!r} is not a language code")
    params = {"id": document_id, "lang": language}
    return [
        ("MATCH ()-[e]->() WHERE e.document = $id AND e.language = $lang DELETE e", params),
        ("MATCH (m:Mention {document: $id, language: $lang}) DETACH DELETE m", params),
        ("MATCH (m:Mandate {document: $id, language: $lang}) DETACH DELETE m", params),
        (f"MATCH (p:Paragraph {{document: $id}}) REMOVE p.text_{language}", params),
    ]


def drop_orphan_paragraphs(documents: set[str]) -> list[Statement]:
    """Paragraphs no language version links any more (an edit removed them), with their last text.

    Runs after the reloaded versions' edges are written, so a paragraph still in any version has
    its ``HAS_PARAGRAPH`` edge again by then.
    """
    if not documents:
        return []
    return [("UNWIND $ids AS id MATCH (p:Paragraph {document: id}) WHERE NOT ()-[:HAS_PARAGRAPH]-(p) "
             "DETACH DELETE p", {"ids": sorted(documents)})]


#: Nodes nothing links any more and the reference data does not list (an actor only an edited or
#: removed version named, a cited symbol of a removed document). Build records have no edges by
#: design (:mod:`pipeline.provenance`): they are history, not output, and stay.
_UNLINKED = "MATCH (n:Entity) WHERE NOT (n)--() AND NOT n:Build AND NOT n.id IN $reference DELETE n"


def drop_unlinked_entities(store: Store) -> None:
    """Remove what only replaced or removed versions brought, so the graph equals a clean build's."""
    store.run_write(_UNLINKED, {"reference": sorted(node.id for node in authority().batch.nodes)})


#: Marks a group's versions done, one row per document (two rows setting the same node in one
#: statement could each read the list before the other's change).
MARK = (
    "UNWIND $rows AS r MATCH (d:Document {id: r.id}) "
    "SET d.content_hashes = [x IN coalesce(d.content_hashes, []) WHERE NOT any(p IN r.prefixes WHERE x STARTS WITH p)]"
    " + r.marks, d.languages = [x IN coalesce(d.languages, []) WHERE NOT x IN r.languages] + r.languages"
)


@dataclass(slots=True)
class Version:
    """One language version of a document as it will be loaded, with its mark (``lang:content hash``).
    Made where the extraction is (a worker process), so that only the rows travel to the loader."""

    batch: Batch
    document: str
    language: str
    mark: str

    @classmethod
    def of(cls, extraction: Extraction) -> Version:
        batch = extraction.to_batch()
        doc = next(n for n in batch.nodes if n.label == "Document")
        language = extraction.document.language
        # The authority's fingerprint is part of the mark: changed reference data relinks every document.
        mark = f"{language}:{doc.props.pop('content_hash')}+{fingerprint()}"
        doc.props.pop("languages", None)  # merged by the mark statement, not overwritten
        return cls(batch, doc.id, language, mark)

    @property
    def elements(self) -> int:
        return len(self.batch.nodes) + len(self.batch.edges)


def group_statements(versions: list[Version], changed: set[tuple[str, str]], create: bool) -> list[Statement]:
    """Several versions as one unit: old output of the changed ones out, nodes, edges, then the marks,
    with the load-time counts (:mod:`graph.stores.aggregates`) adjusted around them.

    Rows of the same label or type from all versions share one statement (the server's cost is per
    statement as much as per row); a node met twice is written once with its properties merged in
    order, as writing it twice would. ``create``: the versions' own evidence edges are new (each
    version was either never loaded or is cleaned out first), so they are created, not merged.
    """
    nodes: dict[tuple[str, str], Node] = {}
    merged: dict[_EdgeIdentity, Edge] = {}
    created: dict[_EdgeIdentity, Edge] = {}
    marks: dict[str, _MarkRow] = {}
    documents = sorted({v.document for v in versions})
    # the counts lose what the documents' paragraphs contribute now, before any old output goes
    statements: list[Statement] = aggregates.subtract(documents, sorted({(v.document, v.language) for v in versions}))
    for v in versions:
        if (v.document, v.language) in changed:
            statements += forget_version(v.document, v.language)
        for node in v.batch.nodes:
            seen = nodes.get((node.label, node.id))
            if seen is not None:  # what the second write would leave: its values over the first's
                node = Node(node.id, node.label, {**seen.props, **clean_props(node.props)})
            nodes[(node.label, node.id)] = node
        for edge in v.batch.edges:
            ev = edge.evidence
            own = ev is not None and (ev.document, ev.language) == (v.document, v.language)
            # what ``edge.key`` hashes, without hashing: the same edge twice is written once
            span = (ev.document, ev.language, ev.start, ev.end) if ev is not None else None
            identity = (edge.source, edge.type, edge.target, span)
            (created if create and own else merged)[identity] = edge
        row = marks.setdefault(v.document, {"id": v.document, "prefixes": [], "marks": [], "languages": []})
        row["prefixes"].append(f"{v.language}:")
        row["marks"].append(v.mark)
        row["languages"].append(v.language)
    parts = [*node_statements(list(nodes.values())), *edge_statements(list(merged.values())),
             *edge_statements(list(created.values()), create=True)]
    statements += [(cypher, {"rows": rows}) for cypher, rows in parts]
    statements += drop_orphan_paragraphs({document for document, _ in changed})
    statements += aggregates.add(documents, [*merged.values(), *created.values()])  # and gain what they contribute now
    statements.append((MARK, {"rows": list(marks.values())}))
    return statements


#: A load group closes at this many elements or language versions: big enough that the server's
#: cost per statement is shared by many documents, small enough to stay a query of a few MB and
#: to lose little work to an interruption.
GROUP_ELEMENTS = 5_000
GROUP_VERSIONS = 50


class Loader:
    """Language versions loaded a group at a time, each group ONE atomic write with its versions' marks.

    A group is all or nothing, so an interrupted build still leaves every document version either
    as it was or complete. A version whose mark is already there (unchanged) is skipped; a changed
    one has its old output removed in the same write. The same version twice in a group would be
    decided on marks read before the group, so it closes the group first.
    """

    def __init__(self, store: Store, report: BuildReport) -> None:
        self.store = store
        self.report = report
        self.pending: list[Version] = []
        self.elements = 0

    def add(self, version: Version) -> None:
        if any((v.document, v.language) == (version.document, version.language) for v in self.pending):
            self.flush()
        self.pending.append(version)
        self.elements += version.elements
        if len(self.pending) >= GROUP_VERSIONS or self.elements >= GROUP_ELEMENTS:
            self.flush()

    def flush(self) -> None:
        versions, self.pending, self.elements = self.pending, [], 0
        marks = {doc: _document_marks(self.store, doc) for doc in dict.fromkeys(v.document for v in versions)}
        loading = [v for v in versions if v.mark not in marks[v.document]]
        changed = {(v.document, v.language) for v in loading
                   if any(m.startswith(f"{v.language}:") for m in marks[v.document])}
        if loading:
            # A store that cannot roll back may hold part of an unmarked version: merge, never duplicate.
            self.store.write_atomic(group_statements(loading, changed, create=self.store.atomic))
        for v in versions:
            unchanged = v.mark in marks[v.document]
            (self.report.unchanged if unchanged else self.report.loaded).append(v.document)
            self.report.versions.append((v.document, v.language))
        self.report.elements += sum(v.elements for v in loading)


def load_extraction(store: Store, extraction: Extraction) -> tuple[bool, int]:
    """Load one language version of a document unless it is there unchanged; (loaded, elements)."""
    report = BuildReport()
    loader = Loader(store, report)
    loader.add(Version.of(extraction))
    loader.flush()
    return bool(report.loaded), report.elements


def _extract_one(path: Path) -> tuple[Path, Extraction | None, str]:
    try:
        return path, extract_path(path), ""
    except ReadError as exc:
        return path, None, str(exc)


def _extract_chunk(paths: list[Path]) -> list[tuple[Path, Extraction | None, str]]:
    return [_extract_one(path) for path in paths]


def _version_chunk(paths: list[Path]) -> list[tuple[Path, Version | None, str]]:
    return [(path, Version.of(extraction) if extraction else None, error)
            for path, extraction, error in map(_extract_one, paths)]


def _die_with_build(build_pid: int) -> None:
    """A worker ends when the build that started it is killed (kill -9 included), instead of lingering.

    A forkserver worker's parent is the fork server, not the build, so the parent-death signal
    alone does not reach it when the build dies: a watchdog thread also ends the worker as soon
    as the build's process is gone.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    threading.Thread(target=_watch_build, args=(build_pid,), daemon=True, name="arkg-watch-build").start()


def _watch_build(build_pid: int) -> None:
    while True:
        try:
            os.kill(build_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass  # alive under another user: cannot be ours, but not gone either
        time.sleep(WATCH_INTERVAL_S)


def extractions(files: list[Path]) -> Iterator[tuple[Path, Extraction | None, str]]:
    """``(path, extraction or None, error)`` in file order; worker processes for many files."""
    return _in_workers(files, _extract_chunk)


def versions(files: list[Path]) -> Iterator[tuple[Path, Version | None, str]]:
    """``(path, version or None, error)`` in file order, each made where it was extracted."""
    return _in_workers(files, _version_chunk)


def _in_workers[T](files: list[Path], work: Callable[[list[Path]], list[tuple[Path, T | None, str]]]
                   ) -> Iterator[tuple[Path, T | None, str]]:
    """``work`` over chunks of ``files``, results in file order: in this process for a few files,
    else in worker processes with a bounded number of chunks in flight."""
    if len(files) < PARALLEL_MIN_FILES:
        yield from work(files)
        return
    workers = os.cpu_count() or 1
    chunks = iter([files[i : i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)])
    # forkserver: workers start from a clean single-threaded process, not a fork of this one, whose
    # store client and driver threads could leave a forked child deadlocked.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_die_with_build,
                             initargs=(os.getpid(),)) as pool:
        pending = deque(pool.submit(work, chunk) for chunk in islice(chunks, workers * TASKS_PER_WORKER))
        while pending:
            results = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(work, following))
            yield from results


def build(store: Store, paths: list[Path] | None = None, progress: Progress | None = None) -> BuildReport:
    """Reference data, then every document; a document that cannot be read is reported, not fatal.

    Two files of one build claiming the same document and language (two copies of one language
    version, or a second file printing the same symbol) are a conflict, not a silent merge: the
    first one read is loaded, the other reported.
    """
    report = BuildReport()
    report.elements += load_authority(store)
    files = list(document_files(paths or [SAMPLES]))
    loader = Loader(store, report)
    claimed: dict[tuple[str, str], Path] = {}
    try:
        for done, (path, version, error) in enumerate(versions(files), 1):
            if version is None:
                report.failed.append((str(path), error))
            elif (first := claimed.setdefault((version.document, version.language), path)) != path:
                report.conflicts.append((str(path), f"{path}: conflict: {first} is already the "
                                         f"{version.language} version of {version.document}; kept {first}"))
            else:
                loader.add(version)
            if progress is not None:
                progress(path.name, done, len(files))
        loader.flush()
    except StoreError as exc:  # say exactly what this build leaves behind: its groups written before the failure
        raise StoreError(f"{exc}. This build had loaded {len(report.loaded)} document version(s) before it stopped; "
                         "they are kept") from None
    if report.loaded:  # a reload may leave entities only the old text named; nothing loaded, nothing written
        drop_unlinked_entities(store)
    return report


def build_alone(store: Store, data_dir: Path, paths: list[Path] | None = None, progress: Progress | None = None,
                on_wait: Callable[[str], None] | None = None, prune: bool = False) -> BuildReport:
    """:func:`build` holding the data directory's write lock: a concurrent build waits for this one.

    Without it two builds read the same documents as missing and both create their evidence.
    With ``prune``, loaded documents that are not in this corpus are removed afterwards — unless a
    file failed to read, since its document cannot be told apart from one deleted.
    """
    from arkg.graph.lock import writer_lock
    from arkg.pipeline.remove import prune as prune_documents

    with writer_lock(data_dir, on_wait):
        report = build(store, paths, progress)
        if prune and not report.failed:
            report.pruned, reload = prune_documents(store, set(report.versions))
            if reload:  # documents that lost a language version: their other versions loaded again
                build(store, paths)
        store.sync()  # "loaded" means on disk, not only handed to the operating system
        return report
