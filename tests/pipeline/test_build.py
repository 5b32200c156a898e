"""The build: idempotent, and never leaves half a document, whatever stops it (issue: reliability)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import arkg.pipeline.build
from arkg.graph.export.source import nodes, relationships
from arkg.graph.settings import Settings
from arkg.graph.stores import Store, StoreError, open_store, server
from arkg.ingest.extract import extract_path
from arkg.ingest.readers import DOCUMENT_SUFFIXES
from arkg.pipeline.build import SAMPLES, build
from tests.conftest import store_args

SEED = SAMPLES / "001_42877f188cf903a3.txt"
SYMBOL = "CAC/COSP/WG.2/2017/L.1/Add.1"


def _corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct documents: the report seed under the symbols of other addenda."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for k in range(2, n + 2):
        path = folder / f"add{k:03}.txt"
        path.write_text(text.replace(SYMBOL, f"CAC/COSP/WG.2/2017/L.1/Add.{k}"), encoding="utf-8")
        paths.append(path)
    return paths


def _per_document(store: Store) -> dict[str, tuple[list[str], int]]:
    rows = store.read(
        "MATCH (d:Document) WHERE d.id STARTS WITH 'document/CAC/COSP/WG.2/2017/L.1/Add.' "
        "OPTIONAL MATCH (d)-[h:HAS_PARAGRAPH]->() RETURN d.id AS id, d.content_hashes AS marks, count(h) AS paras"
    ).rows
    return {r["id"]: (r["marks"] or [], r["paras"]) for r in rows}


def _assert_no_half_documents(store: Store, expected_paragraphs: int) -> int:
    """Every document is either absent or complete (marked, with all its paragraphs); returns how many."""
    complete = 0
    for doc_id, (marks, paras) in _per_document(store).items():
        if marks:
            assert paras == expected_paragraphs, f"{doc_id} is marked but has {paras} paragraphs"
            complete += 1
        else:
            assert paras == 0, f"{doc_id} is half-loaded: {paras} paragraphs without its mark"
    return complete


def _build_process(settings: Settings, folder: Path) -> subprocess.Popen[bytes]:
    """``arkg build`` in a child that takes Ctrl-C as a terminal's user would give it. A suite started in
    the background by a shell without job control (``make test &`` in a script) runs with SIGINT ignored,
    and a child inherits that, so Python would never raise KeyboardInterrupt in it."""
    return subprocess.Popen(
        [sys.executable, "-m", "arkg.cli", "build", str(folder), *store_args(settings)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_documents(store: Store, at_least: int, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while sum(1 for marks, _ in _per_document(store).values() if marks) < at_least:
        assert time.monotonic() < deadline, "the build loaded nothing in time"
        time.sleep(0.02)


def _assert_no_orphan_workers(folder: Path, timeout_s: float = 10) -> None:
    """The build's extraction workers end with it (they would otherwise wait forever)."""
    deadline = time.monotonic() + timeout_s
    while True:
        left = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline(p).find(str(folder)) >= 0]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert not left, f"worker processes outlived the build: {[p.name for p in left]}"


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@pytest.fixture
def paragraphs_per_document() -> int:
    return len(extract_path(SEED).paragraphs)


def test_building_twice_changes_nothing(store: Store) -> None:
    first = build(store)
    stats = store.stats()
    second = build(store)
    assert len(first.loaded) == 2 and second.loaded == [] and len(second.unchanged) == 2
    assert store.stats() == stats


def test_a_changed_document_replaces_its_old_output(store: Store, tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    build(store, [doc])
    before = store.stats()
    doc.write_text(doc.read_text(encoding="utf-8").replace("卡姆登资产追回机构间网络、", ""), encoding="utf-8")
    report = build(store, [doc])
    assert report.loaded == [f"document/{SYMBOL}"]
    carin = store.read(
        "MATCH (:Paragraph)-[m:MENTIONS]->(:Network {id: 'network/carin'}) RETURN count(m) AS c"
    ).rows[0]["c"]
    assert carin == 0
    after = store.stats()
    # the network, and the topic its name contains (卡姆登资产追回… tags the paragraph with asset recovery)
    assert after["relationships"]["MENTIONS"] == before["relationships"]["MENTIONS"] - 2


def _graph(store: Store) -> tuple[list, list]:
    return list(nodes(store)), list(relationships(store))


def test_documents_loaded_together_give_the_graph_loaded_one_by_one(
    store: Store, other_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Groups of documents (one atomic write each, edges created) change nothing in the graph."""
    files = _corpus(tmp_path / "corpus", 6)
    report = build(store, files)
    assert len(report.loaded) == 6
    monkeypatch.setattr(arkg.pipeline.build, "GROUP_VERSIONS", 1)
    build(other_store, files)
    assert _graph(other_store) == _graph(store)


def test_a_version_met_twice_in_one_build_is_a_conflict_and_the_first_stays(
    store: Store, other_store: Store, tmp_path: Path
) -> None:
    """Issue 17 case 5: two files printing one symbol in one language are not silently merged."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    text = SEED.read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("卡姆登资产追回机构间网络、", ""), encoding="utf-8")
    report = build(store, [first, second])
    assert report.loaded == [f"document/{SYMBOL}"]
    assert [path for path, _ in report.conflicts] == [str(second)]
    build(other_store, [first])
    assert _graph(store) == _graph(other_store)  # the second file changed nothing


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_an_interrupted_build_leaves_no_half_document_and_the_next_completes_it(
    store: Store, settings: Settings, tmp_path: Path, sig: int, paragraphs_per_document: int
) -> None:
    """The build is killed (or stopped with Ctrl-C) in the middle: each document group is atomic."""
    folder = tmp_path / "corpus"
    _corpus(folder, 40)
    process = _build_process(settings, folder)
    try:
        _wait_for_documents(store, 1)
        os.kill(process.pid, sig)
        process.wait(timeout=60)
    finally:
        process.kill()
    if sig == signal.SIGINT:
        err = process.stderr.read()
        assert process.returncode == 130, err.decode(errors="replace")[-2000:]
        assert b"interrupted" in err
    _assert_no_orphan_workers(folder)
    loaded = _assert_no_half_documents(store, paragraphs_per_document)
    assert 1 <= loaded < 40
    report = build(store, [folder])
    assert len(report.loaded) == 40 - loaded and len(report.unchanged) == loaded
    assert _assert_no_half_documents(store, paragraphs_per_document) == 40


def test_the_store_dying_mid_build_loses_nothing_and_a_rerun_completes(
    tmp_path: Path, paragraphs_per_document: int
) -> None:
    settings = Settings(data_dir=tmp_path / "data", graph="g")
    folder = tmp_path / "corpus"
    _corpus(folder, 40)
    store = open_store(settings)
    try:
        process = _build_process(settings, folder)
        _wait_for_documents(store, 1)
        os.kill(server.status(settings.data_dir).pid, signal.SIGKILL)
        process.wait(timeout=60)
        assert process.returncode == 1
        err = process.stderr.read().decode()
        assert "Traceback" not in err and "FalkorDB" in err
        with pytest.raises(StoreError):
            store.stats()
        store = open_store(settings)  # restarts the server from its append-only file
        loaded = _assert_no_half_documents(store, paragraphs_per_document)
        assert loaded < 40
        build(store, [folder])
        assert _assert_no_half_documents(store, paragraphs_per_document) == 40
    finally:
        server.stop(settings.data_dir)


def test_a_folder_build_finds_every_suffix_the_readers_accept(tmp_path: Path) -> None:
    """Issue 20: the build's own suffix list left out ``.text`` and ``.xhtml``, which the readers read."""
    for suffix in (".text", ".xhtml", ".TXT"):
        (tmp_path / f"note{suffix}").write_text("x", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    found = {p.name for p in arkg.pipeline.build.document_files([tmp_path])}
    assert found == {"note.text", "note.xhtml", "note.TXT"}
    assert {".text", ".xhtml", ".txt", ".pdf", ".docx", ".html", ".htm"} <= DOCUMENT_SUFFIXES
