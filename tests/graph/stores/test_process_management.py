"""Issue 17, cases 3, 4 and 9: the server's pid is checked before any signal, a restart is fast and
waits for loading, and a killed build leaves no worker behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import redis

from arkg.bench.corpus import write_corpus
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store, server
from tests.snapshots import answers, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid``, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_db_stop_never_signals_a_process_that_reused_the_pid(tmp_path: Path) -> None:
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        server.start(tmp_path)
        own = server.status(tmp_path).pid
        assert own is not None
        os.kill(own, signal.SIGKILL)
        while _alive(own):
            time.sleep(0.05)
        (tmp_path / "falkordb.pid").write_text(str(stranger.pid))  # the pid now belongs to someone else
        assert not server.is_own_server(stranger.pid, tmp_path)
        state = server.status(tmp_path)
        assert not state.running and "not this directory's FalkorDB" in state.detail
        server.stop(tmp_path)
        time.sleep(0.3)
        assert stranger.poll() is None, "db stop signalled a stranger"
        assert server.start(tmp_path).running  # and a start clears the stale file instead of advising a kill
    finally:
        stranger.kill()
        server.stop(tmp_path)


def test_restart_after_stop_loads_a_compacted_log_and_waits_for_loading(
    tmp_path: Path
) -> None:
    settings = Settings.from_env(data_dir=tmp_path, store="falkordb")
    store = open_store(settings)
    store.run_write("UNWIND range(1, 20000) AS i CREATE (:Country {id: 'country/' + toString(i), name: 'x'})")
    for _ in range(20):  # many small writes: what a log replay pays for one by one
        store.run_write("MATCH (c:Country) WHERE c.id ENDS WITH '7' SET c.name = c.name + 'y'")
    before = snapshot(store)
    store.close()
    server.stop(tmp_path)
    aof = tmp_path / "appendonlydir"
    incremental = [p for p in aof.iterdir() if ".incr." in p.name]
    assert all(p.stat().st_size == 0 for p in incremental), "the log was not compacted on stop"
    assert any(".base.rdb" in p.name for p in aof.iterdir())
    heard: list[str] = []
    state = server.start(tmp_path, progress=heard.append)
    try:
        client = redis.Redis(unix_socket_path=str(state.socket))
        assert client.info("persistence")["loading"] == 0  # start returned after loading, not during
        client.close()
        store = open_store(settings)
        assert answers(store)
        assert snapshot(store) == before
        store.close()
    finally:
        server.stop(tmp_path)


def test_kill_9_of_a_build_leaves_no_orphan_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_corpus(corpus, 40, seed=9)
    data_dir = tmp_path / "data"
    build = subprocess.Popen([sys.executable, "-m", "arkg.cli", "--data-dir", str(data_dir), "build", str(corpus)],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 3:  # fork server + at least two workers
            workers = _children(build.pid)
            time.sleep(0.1)
        assert len(workers) >= 3, "the build never started its workers"
        build.send_signal(signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "orphan worker processes after kill -9"
        store = open_store(Settings.from_env(data_dir=data_dir, store="falkordb"))
        assert answers(store)
        store.close()
    finally:
        server.stop(data_dir)

