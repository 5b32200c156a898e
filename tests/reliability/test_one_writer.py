"""Issue 17, case 2: two concurrent ``arkg build`` on one data directory must not duplicate anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from cli import main
from graph.settings import Settings
from graph.stores import Store, open_store, server
from tests.reliability.conftest import answers, snapshot

ROOT = Path(__file__).resolve().parents[2]


def build_process(data_dir: Path, corpus: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "cli", "--data-dir", str(data_dir), "build", str(corpus)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 24, seed=17)
    return folder


@pytest.fixture(scope="module")
def clean_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    data_dir = tmp_path_factory.mktemp("clean")
    build = build_process(data_dir, corpus)
    assert build.wait(timeout=600) == 0, build.stderr.read() if build.stderr else ""
    store = open_store(Settings.from_env(data_dir=data_dir, store="falkordb"))
    try:
        return snapshot(store)
    finally:
        store.close()
        server.stop(data_dir)


def _store(data_dir: Path) -> Store:
    return open_store(Settings.from_env(data_dir=data_dir, store="falkordb"))


def test_two_concurrent_builds_leave_the_graph_of_one(corpus: Path, clean_build: tuple, tmp_path: Path) -> None:
    first, second = build_process(tmp_path, corpus), build_process(tmp_path, corpus)
    outcomes = [(p.wait(timeout=600), *p.communicate()) for p in (first, second)]
    assert [code for code, _, _ in outcomes] == [0, 0], outcomes
    assert any("waiting for it to finish" in err for _, _, err in outcomes), outcomes
    store = _store(tmp_path)
    try:
        assert answers(store)
        assert snapshot(store) == clean_build
    finally:
        store.close()
        server.stop(tmp_path)


def test_index_creation_tolerates_a_concurrent_creator(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(settings)  # creates the indexes
    try:
        # as if another process created every index between our look and our CREATE INDEX
        monkeypatch.setattr(store, "_existing_indexes", lambda: set())
        store.ensure_schema()
        assert answers(store)
    finally:
        store.clear()
        store.close()


def test_db_check_finds_and_repairs_duplicates_and_half_written_versions(
    corpus: Path, clean_build: tuple, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build = build_process(tmp_path, corpus)
    assert build.wait(timeout=600) == 0
    store = _store(tmp_path)
    try:
        # what the old race left: surplus copies of evidence edges, and a version without its mark
        store.run_write("MATCH (a)-[r:MENTIONS]->(b) WITH a, r, b LIMIT 7 "
                        "CREATE (a)-[c:MENTIONS]->(b) SET c = properties(r)")
        row = store.read("MATCH (d:Document) WHERE size(d.content_hashes) > 0 RETURN d.id AS id, "
                         "size(d.content_hashes) AS versions ORDER BY d.id LIMIT 1").rows[0]
        document = row["id"]
        store.run_write("MATCH (d:Document {id: $id}) SET d.content_hashes = []", {"id": document})
        args = ["--data-dir", str(tmp_path)]
        assert main(["db", "check", *args]) == 1
        out = capsys.readouterr().out
        assert f"7 duplicated relationship(s), {row['versions']} half-written" in out and document in out
        assert main(["db", "check", "--fix", *args]) == 0
        assert main(["db", "check", *args]) == 0
        capsys.readouterr()
        rebuild = build_process(tmp_path, corpus)
        assert rebuild.wait(timeout=600) == 0
        assert snapshot(store) == clean_build
    finally:
        store.close()
        server.stop(tmp_path)
