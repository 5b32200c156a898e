"""Issue 17, case 2: two concurrent ``arkg build`` on one data directory must not duplicate anything."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from arkg.bench.corpus import write_corpus
from arkg.cli import main
from arkg.graph.settings import Settings
from arkg.graph.stores import Store, open_store, server
from arkg.pipeline.build import build, build_alone
from arkg.pipeline.check import check
from tests.snapshots import answers, snapshot

ROOT = Path(__file__).resolve().parents[2]


def build_process(data_dir: Path, corpus: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "arkg.cli", "--data-dir", str(data_dir), "build", str(corpus)],
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
        if settings.store == "falkordb":
            # as if another process created every index between our look and our CREATE INDEX
            monkeypatch.setattr(store, "_existing_indexes", lambda graph: set())
            store.ensure_schema()
        else:
            _two_creators_at_once(settings, store)
        assert answers(store)
    finally:
        store.clear()
        store.close()


def _two_creators_at_once(settings: Settings, store: Store) -> None:
    """Neo4j: the schema dropped, then two stores create it at the same moment; neither fails."""
    creators = [open_store(replace(settings)) for _ in range(2)]  # opening one creates the schema
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def create(creator: Store) -> None:
        start.wait()
        try:
            creator.ensure_schema()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    store.run_write("DROP CONSTRAINT entity_id IF EXISTS")
    for row in store.run_write("SHOW INDEXES YIELD name, type WHERE type = 'RANGE' RETURN name").rows:
        store.run_write(f"DROP INDEX `{row['name']}`")
    assert not store.run_write("SHOW INDEXES YIELD type WHERE type = 'RANGE' RETURN count(*) AS n").rows[0]["n"]
    threads = [threading.Thread(target=create, args=(creator,)) for creator in creators]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for creator in creators:
        creator.close()
    assert not errors, errors
    names = {row["name"] for row in store.run_write("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    assert "entity_id" in names


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


def _slow_writes(store: Store) -> Store:
    """Widen the race window: each group write starts 0.5 s after its marks were read."""
    write = store.write_atomic

    def slow(statements: list) -> None:
        time.sleep(0.5)
        write(statements)

    store.write_atomic = slow  # type: ignore[method-assign]
    return store


def _two_builds_at_once(settings: Settings, locked: bool) -> list[str]:
    waits: list[str] = []
    stores = [_slow_writes(open_store(settings)) for _ in range(2)]

    def one(store: Store) -> None:
        if locked:
            build_alone(store, settings.data_dir, on_wait=waits.append)
        else:
            build(store)

    threads = [threading.Thread(target=one, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
        time.sleep(0.2)
    for thread in threads:
        thread.join(timeout=300)
    for store in stores:
        store.close()
    return waits


def test_racing_builds_duplicate_without_the_lock_and_not_with_it(data_dir: Path, sample_store: Store) -> None:
    """The interleaving of issue 17 made certain: both builds read the marks before either writes."""
    expected = snapshot(sample_store)
    unlocked = Settings.from_env(data_dir=data_dir, store="falkordb", graph=f"race-{uuid.uuid4().hex[:6]}")
    _two_builds_at_once(unlocked, locked=False)
    store = open_store(unlocked)
    assert check(store).duplicates > 0  # the defect, reproduced
    store.clear()
    store.close()
    locked = Settings.from_env(data_dir=data_dir, store="falkordb", graph=f"race-{uuid.uuid4().hex[:6]}")
    waits = _two_builds_at_once(locked, locked=True)
    assert waits and "waiting for it to finish" in waits[0]
    store = open_store(locked)
    try:
        assert check(store).clean
        assert answers(store)
        assert snapshot(store) == expected
    finally:
        store.clear()
        store.close()
