"""``arkg build``: the reference backbone first, then each document, into the configured store.

A document is loaded as one unit and marked done last: its ``content_hash`` is written only
after all its nodes and edges. A build that stops half-way leaves a document without its mark,
and the next build deletes what that document had produced and loads it again. An unchanged
document (same hash) is skipped, so running a build twice leaves the same graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.stores.base import Store
from ingest.authority import authority
from ingest.extract import Extraction, extract_path
from ingest.readers import ReadError

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"
DOCUMENT_SUFFIXES = {".txt", ".pdf", ".docx", ".html", ".htm"}

Progress = Callable[[str, int, int], None]


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


def _document_state(store: Store, document_id: str) -> tuple[bool, list[str]]:
    """Whether the Document node exists, and the ``lang:hash`` marks of its completed versions."""
    rows = store.read("MATCH (d:Document {id: $id}) RETURN d.content_hashes AS h", {"id": document_id}).rows
    return (True, rows[0]["h"] or []) if rows else (False, [])


def forget_version(store: Store, document_id: str, language: str) -> None:
    """Remove what one language version produced (evidence, unlinked mentions), not the entities.

    Paragraph nodes stay: the language versions of a document share them.
    """
    params = {"id": document_id, "lang": language}
    store.run_write("MATCH ()-[e]->() WHERE e.document = $id AND e.language = $lang DELETE e", params)
    store.run_write("MATCH (m:Mention {document: $id, language: $lang}) DETACH DELETE m", params)


def load_extraction(store: Store, extraction: Extraction) -> tuple[bool, int]:
    """Load one language version of a document unless it is there unchanged; (loaded, elements)."""
    batch = extraction.to_batch()
    doc = next(n for n in batch.nodes if n.label == "Document")
    language = extraction.document["language"]
    mark = f"{language}:{doc.props.pop('content_hash')}"
    doc.props.pop("languages", None)  # merged below, not overwritten
    exists, marks = _document_state(store, doc.id)
    if mark in marks:
        return False, 0
    if exists:  # changed, or a load that was interrupted before its mark
        forget_version(store, doc.id, language)
    written = store.write_batch(batch)
    store.run_write(
        "MATCH (d:Document {id: $id}) "
        "SET d.content_hashes = [x IN coalesce(d.content_hashes, []) WHERE NOT x STARTS WITH $prefix] + [$mark], "
        "d.languages = [x IN coalesce(d.languages, []) WHERE x <> $lang] + [$lang]",
        {"id": doc.id, "prefix": f"{language}:", "mark": mark, "lang": language},
    )
    return True, written


def build(store: Store, paths: list[Path] | None = None, progress: Progress | None = None) -> BuildReport:
    """Reference data, then every document; a document that cannot be read is reported, not fatal."""
    report = BuildReport()
    report.elements += load_authority(store)
    files = list(document_files(paths or [SAMPLES]))
    for done, path in enumerate(files, 1):
        try:
            extraction = extract_path(path)
            loaded, written = load_extraction(store, extraction)
        except ReadError as exc:
            report.failed.append((str(path), str(exc)))
        else:
            (report.loaded if loaded else report.unchanged).append(extraction.document["id"])
            report.elements += written
        if progress is not None:
            progress(path.name, done, len(files))
    return report
