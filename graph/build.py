"""``arkg build``: the reference backbone first, then each document, into the configured store.

Each language version of a document is loaded as one atomic unit together with its mark
(``lang:content hash``): a build stopped at any point leaves every document either as it was
or fully loaded, and the next build picks up the rest. An unchanged version (same mark) is
skipped, so running a build twice leaves the same graph; a changed one replaces its old output.

Extraction is CPU-bound Python and loading waits on the store, so for many files the extraction
runs in worker processes while this process loads each finished document, in file order. Only a
bounded window of extractions is in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from graph.stores.base import Store
from graph.stores.writer import Statement, batch_statements
from ingest.authority import authority
from ingest.extract import Extraction, extract_path
from ingest.readers import ReadError

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"
DOCUMENT_SUFFIXES = {".txt", ".pdf", ".docx", ".html", ".htm"}

Progress = Callable[[str, int, int], None]
#: Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 8
#: Files per task sent to a worker (fewer round trips), and tasks in flight per worker (bounded memory).
CHUNK_FILES = 4
TASKS_PER_WORKER = 4
_PR_SET_PDEATHSIG = 1


@dataclass(slots=True)
class BuildReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    elements: int = 0


def document_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and documents inside folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            yield path


def load_authority(store: Store) -> int:
    return store.write_batch(authority().batch)


def _document_marks(store: Store, document_id: str) -> list[str]:
    """The ``lang:hash`` marks of a document's completed language versions."""
    rows = store.read("MATCH (d:Document {id: $id}) RETURN d.content_hashes AS h", {"id": document_id}).rows
    return (rows[0]["h"] or []) if rows else []


def forget_version(document_id: str, language: str) -> list[Statement]:
    """What removes one language version's output (evidence, unlinked mentions), not the entities.

    Paragraph nodes stay: the language versions of a document share them.
    """
    params = {"id": document_id, "lang": language}
    return [
        ("MATCH ()-[e]->() WHERE e.document = $id AND e.language = $lang DELETE e", params),
        ("MATCH (m:Mention {document: $id, language: $lang}) DETACH DELETE m", params),
    ]


def load_extraction(store: Store, extraction: Extraction) -> tuple[bool, int]:
    """Load one language version of a document unless it is there unchanged; (loaded, elements).

    Cleaning up a previous version, writing the new one and marking it done are one atomic
    unit: an interruption leaves the graph as it was before, never half a document.
    """
    batch = extraction.to_batch()
    doc = next(n for n in batch.nodes if n.label == "Document")
    language = extraction.document["language"]
    mark = f"{language}:{doc.props.pop('content_hash')}"
    doc.props.pop("languages", None)  # merged by the mark statement, not overwritten
    marks = _document_marks(store, doc.id)
    if mark in marks:
        return False, 0
    # Loads are atomic, so this language version has output in the graph exactly when it has a
    # mark: only a changed version needs its old output removed (a scan of the relationships).
    changed = any(m.startswith(f"{language}:") for m in marks)
    statements = forget_version(doc.id, language) if changed else []
    statements += [(cypher, {"rows": rows}) for cypher, rows in batch_statements(batch)]
    statements.append((
        "MATCH (d:Document {id: $id}) "
        "SET d.content_hashes = [x IN coalesce(d.content_hashes, []) WHERE NOT x STARTS WITH $prefix] + [$mark], "
        "d.languages = [x IN coalesce(d.languages, []) WHERE x <> $lang] + [$lang]",
        {"id": doc.id, "prefix": f"{language}:", "mark": mark, "lang": language},
    ))
    store.write_atomic(statements)
    return True, len(batch.nodes) + len(batch.edges)


def _extract_one(path: Path) -> tuple[Path, Extraction | None, str]:
    try:
        return path, extract_path(path), ""
    except ReadError as exc:
        return path, None, str(exc)


def _extract_chunk(paths: list[Path]) -> list[tuple[Path, Extraction | None, str]]:
    return [_extract_one(path) for path in paths]


def _die_with_parent() -> None:
    """A worker ends when the build that started it is killed, instead of lingering (Linux)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() == 1:  # the parent died before the line above took effect
        os._exit(1)


def extractions(files: list[Path]) -> Iterator[tuple[Path, Extraction | None, str]]:
    """``(path, extraction or None, error)`` in file order; worker processes for many files."""
    if len(files) < PARALLEL_MIN_FILES:
        yield from map(_extract_one, files)
        return
    workers = os.cpu_count() or 1
    chunks = iter([files[i : i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)])
    with ProcessPoolExecutor(workers, initializer=_die_with_parent) as pool:
        pending = deque(pool.submit(_extract_chunk, chunk) for chunk in islice(chunks, workers * TASKS_PER_WORKER))
        while pending:
            results = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_extract_chunk, following))
            yield from results


def build(store: Store, paths: list[Path] | None = None, progress: Progress | None = None) -> BuildReport:
    """Reference data, then every document; a document that cannot be read is reported, not fatal."""
    report = BuildReport()
    report.elements += load_authority(store)
    files = list(document_files(paths or [SAMPLES]))
    for done, (path, extraction, error) in enumerate(extractions(files), 1):
        if extraction is None:
            report.failed.append((str(path), error))
        else:
            loaded, written = load_extraction(store, extraction)
            (report.loaded if loaded else report.unchanged).append(extraction.document["id"])
            report.elements += written
        if progress is not None:
            progress(path.name, done, len(files))
    return report
