"""Faults of the embedded store, each detected and reported with what to do (issue: reliability)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from arkg.graph.records import Batch, Node
from arkg.graph.settings import Settings
from arkg.graph.stores import Store, StoreError, open_store, server
from arkg.graph.stores import falkordb as falkordb_store
from tests.stuck_server import stop_if_stuck


@pytest.fixture
def own_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    server.stop(tmp_path)


def _load(data_dir: Path, n: int = 1, size: int = 10) -> None:
    store = open_store(Settings(data_dir=data_dir, graph="g"))
    store.write_batch(Batch([Node(f"place/p{i}", "Place", {"name": "x" * size}) for i in range(n)]))
    store.close()


def test_damaged_data_files_are_reported_with_a_remedy(own_dir: Path) -> None:
    _load(own_dir)
    server.stop(own_dir)
    for aof in (own_dir / "appendonlydir").iterdir():
        aof.write_bytes(b"*3\r\n$3\r\nSET\r\ngarbage")
    with pytest.raises(StoreError, match="damaged.*move .* aside"):
        server.start(own_dir)
    assert not server.status(own_dir).running


def test_a_socket_held_by_another_program_is_not_stolen(own_dir: Path) -> None:
    other = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    other.bind(str(own_dir / "falkordb.sock"))
    other.listen(1)
    try:
        with pytest.raises(StoreError, match="in use by another program"):
            server.start(own_dir)
        assert (own_dir / "falkordb.sock").exists()
    finally:
        other.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs: a real full disk (needs root to mount; skipped elsewhere)."""
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    data_dir = mount / "data"
    try:
        yield data_dir
    finally:
        server.stop(data_dir)
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_reported_and_what_was_loaded_is_kept(small_disk: Path) -> None:
    _load(small_disk, n=5)
    store = open_store(Settings(data_dir=small_disk, graph="g"))
    with pytest.raises(StoreError, match="disk holding .* is full"):
        for i in range(100):
            store.write_batch(Batch([Node(f"place/q{i}-{j}", "Place", {"name": "y" * 2000}) for j in range(50)]))
    state = server.status(small_disk)
    assert state.running and "full" in state.detail
    assert store.read("MATCH (p:Place) WHERE p.id STARTS WITH 'place/p' RETURN count(p) AS c").rows[0]["c"] == 5
    store.close()
    assert not server.stop(small_disk).running


def test_a_start_on_a_full_disk_says_the_disk_is_full_not_that_the_files_are_damaged(small_disk: Path) -> None:
    """Regression: a restart on a full disk failed writing its AOF manifest, and arkg called the files damaged and
    advised moving them aside. Once space is freed the same files start, with what was loaded."""
    _load(small_disk, n=5)
    server.stop(small_disk)
    filler = small_disk.parent / "filler"
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    with pytest.raises(StoreError) as failure:
        server.start(small_disk)
    assert "is full" in str(failure.value) and "damaged" not in str(failure.value), failure.value
    filler.unlink()
    store = open_store(Settings(data_dir=small_disk, graph="g"))
    assert store.read("MATCH (p:Place) RETURN count(p) AS c").rows[0]["c"] == 5
    store.close()


def test_a_server_that_answers_nothing_is_reported_and_stopped(own_dir: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A stuck server (FalkorDB issue #2129; here a stopped process) fails the query with a remedy
    instead of hanging, and `arkg db stop` stops it though it handles no signal."""
    monkeypatch.setattr(falkordb_store, "ANSWER_TIMEOUT_S", 1.0)
    _load(own_dir)
    store = open_store(Settings(data_dir=own_dir, graph="g"))
    pid = server.status(own_dir).pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    try:
        with pytest.raises(StoreError, match=r"answered nothing for 1 s.*`arkg db stop`"):
            store.read("MATCH (n) RETURN count(n)")
        state = server.stop(own_dir)
        assert not state.running and not server._pid_alive(pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)
    rows = open_store(Settings(data_dir=own_dir, graph="g")).read("MATCH (n) RETURN count(n) AS n").rows
    assert rows == [{"n": 1}]  # what was loaded before is kept


def _paused_without_an_index(data_dir: Path) -> tuple[Store, int]:
    """A store on one loaded place whose ``Place.id`` index is dropped, its server paused (SIGSTOP)."""
    _load(data_dir)
    store = open_store(Settings(data_dir=data_dir, graph="g"))
    store.run_write("DROP INDEX FOR (n:Place) ON (n.id)")
    pid = server.status(data_dir).pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    return store, pid


def _place_id_indexed(store: Store) -> bool:
    indexed = store.read("CALL db.indexes() YIELD label, properties RETURN label, properties").rows
    return {"label": "Place", "properties": ["id"]} in indexed


def test_a_server_stuck_while_a_store_opens_is_restarted_and_keeps_its_data(
        own_dir: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    """Regression (CI, stop 24): a fresh server stuck on its first index statement (FalkorDB issue
    #2129) held a test for its whole time limit. Opening a store now restarts a server whose main
    thread answers nothing, from its files, and creates the indexes it lacks."""
    monkeypatch.setattr(falkordb_store, "SCHEMA_TIMEOUT_S", 1.0)
    store, pid = _paused_without_an_index(own_dir)
    try:
        store.ensure_schema()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)
    assert not server._pid_alive(pid) and server.status(own_dir).pid != pid
    assert "answered nothing for 1 s" in capfd.readouterr().err
    assert store.read("MATCH (p:Place) RETURN count(p) AS n").rows == [{"n": 1}]
    assert _place_id_indexed(store)
    store.close()


def test_a_server_that_comes_up_silent_is_started_again_from_its_files(
        own_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (stop 45, the full suite): a server restarted from its files stuck while it replayed its
    append-only file, and ``start`` gave up after 30 s. Here the first server is paused (SIGSTOP) as soon as
    it is launched and waited for 1 s; ``start`` kills it, starts another and that one serves the data."""
    _load(own_dir, n=3)
    server.stop(own_dir)
    real_wait = server._wait_ready
    paused: list[int] = []

    def first_launch_stuck(paths: server.ServerPaths, progress: object, timeout_s: float = 30.0) -> bool:
        if paused:
            return real_wait(paths, None)
        for _ in range(200):  # the daemon writes its pid file a moment after the launcher returns
            pid = server._read_pid(paths)
            if pid is not None:
                break
            threading.Event().wait(0.05)
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)
        paused.append(pid)
        return real_wait(paths, None, 1.0)

    monkeypatch.setattr(server, "_wait_ready", first_launch_stuck)
    said: list[str] = []
    try:
        started = server.start(own_dir, progress=said.append)
    finally:
        for pid in paused:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
    assert started.running and started.pid not in paused and not server._pid_alive(paused[0])
    assert any("answered nothing" in line and "starting it again" in line for line in said)
    store = open_store(Settings(data_dir=own_dir, graph="g"))
    assert store.read("MATCH (p:Place) RETURN count(p) AS n").rows == [{"n": 3}]
    store.close()


def test_a_server_that_never_answers_is_given_up_after_its_attempts(
        own_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every launch silent: ``start`` stops after START_ATTEMPTS, says the server did not come up and
    leaves no silent server behind (the next command starts afresh)."""
    monkeypatch.setattr(server, "START_ATTEMPTS", 2)
    launched: list[int] = []
    real_wait = server._wait_ready

    def always_stuck(paths: server.ServerPaths, progress: object, timeout_s: float = 30.0) -> bool:
        for _ in range(200):
            pid = server._read_pid(paths)
            if pid is not None and pid not in launched:
                break
            threading.Event().wait(0.05)
        assert pid is not None and pid not in launched
        os.kill(pid, signal.SIGSTOP)
        launched.append(pid)
        return real_wait(paths, None, 1.0)

    monkeypatch.setattr(server, "_wait_ready", always_stuck)
    try:
        with pytest.raises(StoreError, match="did not come up"):
            server.start(own_dir)
        assert len(launched) == 2 and not any(server._pid_alive(pid) for pid in launched)
        assert not server.status(own_dir).running and server.status(own_dir).pid is None
    finally:
        for pid in launched:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def test_a_busy_server_is_waited_for_while_a_store_opens(own_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that still answers PING is busy, not stuck: the index statements wait for it, and it
    is never killed (here it is paused for 2 s; PING's verdict is forced, as a pause silences it)."""
    monkeypatch.setattr(falkordb_store, "SCHEMA_TIMEOUT_S", 0.5)
    monkeypatch.setattr(server, "answers", lambda data_dir: True)
    store, pid = _paused_without_an_index(own_dir)
    resume = threading.Timer(2.0, os.kill, (pid, signal.SIGCONT))
    resume.start()
    try:
        store.ensure_schema()
    finally:
        resume.join()
    assert server.status(own_dir).pid == pid and server._pid_alive(pid)
    assert _place_id_indexed(store)
    store.close()


def test_the_suite_stops_a_stuck_session_server_and_keeps_its_stacks(own_dir: Path) -> None:
    """What ``tests/conftest.py`` does before each test when the session's server answers nothing."""
    _load(own_dir)
    assert stop_if_stuck(own_dir, "here", own_dir / "artifacts") is None  # a server that answers is left alone
    pid = server.status(own_dir).pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    try:
        done = stop_if_stuck(own_dir, "here", own_dir / "artifacts")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)
    assert done is not None and f"process {pid}" in done and not server._pid_alive(pid)
    stacks = Path(done.rsplit(" in ", 1)[1]).read_text(encoding="utf-8")
    assert "Thread" in stacks or "gdb is not installed" in stacks
    assert open_store(Settings(data_dir=own_dir, graph="g")).read("MATCH (n) RETURN count(n) AS n").rows == [{"n": 1}]
