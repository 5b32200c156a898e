"""The embedded server: started by arkg itself, reused, persisted, and honest about its state."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from arkg.graph.records import Batch, Node
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store, server


@pytest.fixture
def own_dir(tmp_path: Path):
    """A data directory with its own server, stopped whatever the test does."""
    yield tmp_path
    server.stop(tmp_path)


def _one_article(data_dir: Path, graph: str = "g") -> None:
    store = open_store(Settings(data_dir=data_dir, graph=graph))
    store.write_batch(Batch([Node("uncac/article/56", "Article", {"number": 56})]))
    store.close()


def test_start_is_reused_and_status_tells_the_truth(own_dir: Path) -> None:
    assert server.status(own_dir).detail == "stopped"
    first = server.start(own_dir)
    second = server.start(own_dir)
    assert first.running and second.running
    assert first.pid == second.pid
    assert (own_dir / "falkordb.sock").exists()
    assert server.status(own_dir).running


def test_data_survives_stop_and_start(own_dir: Path) -> None:
    _one_article(own_dir)
    stopped = server.stop(own_dir)
    assert not stopped.running and not (own_dir / "falkordb.pid").exists()
    store = open_store(Settings(data_dir=own_dir, graph="g"))
    assert store.stats()["nodes"] == {"Article": 1}
    store.close()


def test_data_survives_a_crash(own_dir: Path) -> None:
    """Killed without a save: the append-only file brings the graph back."""
    _one_article(own_dir)
    pid = server.status(own_dir).pid
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while server._pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    state = server.status(own_dir)
    assert not state.running
    assert "stale" in state.detail
    store = open_store(Settings(data_dir=own_dir, graph="g"))
    assert store.stats()["nodes"] == {"Article": 1}
    store.close()


def test_stale_pid_and_socket_files_are_cleared(own_dir: Path) -> None:
    (own_dir / "falkordb.pid").write_text("999999\n")
    (own_dir / "falkordb.sock").write_text("")
    assert "stale pid" in server.status(own_dir).detail
    state = server.start(own_dir)
    assert state.running and state.pid != 999999


def test_a_deep_data_directory_gets_a_short_socket(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    try:
        state = server.start(deep)
        assert state.running
        assert len(str(state.socket)) <= server.MAX_SOCKET_PATH
        assert not str(state.socket).startswith(str(deep))
    finally:
        server.stop(deep)


def test_stop_when_nothing_runs_is_safe(own_dir: Path) -> None:
    assert not server.stop(own_dir).running
    assert not server.stop(own_dir).running
