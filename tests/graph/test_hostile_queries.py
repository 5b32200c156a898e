"""Issue 17, case 1: a read-only console query must not crash, freeze or exhaust the store."""

from __future__ import annotations

import time
from pathlib import Path

import neo4j
import pytest
import redis

from arkg.cli import main
from arkg.graph.settings import Settings
from arkg.graph.stores import Store, open_store, server
from arkg.graph.stores.base import QueryFailed
from arkg.graph.stores.neo4j import Neo4jStore
from tests.conftest import store_args
from tests.snapshots import answers, snapshot

NESTED_28 = "RETURN " + "[" * 28 + "1" + "]" * 28


def _cypher(settings: Settings, query: str, *extra: str) -> int:
    return main(["cypher", query, *store_args(settings), *extra])


def test_range_of_a_billion_is_refused_and_the_store_survives(
    sample_settings: Settings, sample_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(sample_store)
    assert _cypher(sample_settings, "UNWIND range(1,1000000000) AS x RETURN count(x)") == 1
    assert "range() of 1000000000 values" in capsys.readouterr().err
    assert answers(sample_store)
    assert snapshot(sample_store) == before


def test_28_nested_list_levels_twice_are_refused_and_status_is_true(
    sample_settings: Settings, sample_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(sample_store)
    started = time.monotonic()
    for _ in range(2):
        assert _cypher(sample_settings, NESTED_28) == 1
        assert "nested 28 levels" in capsys.readouterr().err
    assert time.monotonic() - started < 10
    if sample_settings.store == "falkordb":  # `arkg db status` reports the embedded server; Neo4j runs on its own
        args = ["--data-dir", str(sample_settings.data_dir), "--graph", sample_settings.graph]
        assert main(["db", "status", *args]) == 0
        assert "FalkorDB running (pid" in capsys.readouterr().out
    assert answers(sample_store)
    assert snapshot(sample_store) == before


def test_reduce_with_timeout_1000_ms_ends_within_seconds(
    sample_settings: Settings, sample_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(sample_store)
    started = time.monotonic()
    # refused from its shape: the list is built whole before any time limit applies
    assert _cypher(sample_settings, "RETURN reduce(s = 0, x IN range(1, 300000000) | s + x)",
                   "--timeout-ms", "1000") == 1
    assert "range()" in capsys.readouterr().err
    # an allowed shape that runs long is stopped by the server at the limit it was given
    slow = "UNWIND range(1, 1000000) AS i RETURN sum(reduce(s = 0, x IN range(1, 1000) | s + x + i))"
    assert _cypher(sample_settings, slow, "--timeout-ms", "1000") == 1
    assert "time limit (1000 ms)" in capsys.readouterr().err
    assert time.monotonic() - started < 10
    assert answers(sample_store)
    assert snapshot(sample_store) == before


def test_row_limit_is_applied_by_the_server_not_after_the_whole_result(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    if isinstance(sample_store, Neo4jStore):
        # Neo4j streams the result: the store pulls at most limit + 1 records, the rest is discarded unread
        fetched: list[int] = []
        real_fetch = neo4j.Result.fetch

        def counted(result: neo4j.Result, n: int) -> list[neo4j.Record]:
            records = real_fetch(result, n)
            fetched.append(len(records))
            return records

        monkeypatch.setattr(neo4j.Result, "fetch", counted)
        result = sample_store.read("UNWIND range(1, 1000000) AS x RETURN x", row_limit=10)
        assert result.truncated and len(result.rows) == 10
        assert fetched == [11]  # 11 records read, not a million
        return
    sent: list[str] = []
    real = sample_store.graph.execute_command

    def spy(*args: object, **kwargs: object) -> object:  # GRAPH.RO_QUERY name query …
        sent.append(str(args[2]))
        return real(*args, **kwargs)

    monkeypatch.setattr(sample_store.graph, "execute_command", spy)
    result = sample_store.read("UNWIND range(1, 1000000) AS x RETURN x", row_limit=10)
    assert result.truncated and len(result.rows) == 10
    assert sent[0].endswith("LIMIT 11")  # the server produced 11 rows, not a million


def test_server_limits_are_set_at_start_and_hold_past_the_guard(tmp_path: Path) -> None:
    """Past the console's guard (a direct read), the server's own memory cap stops a query."""
    state = server.start(tmp_path)
    client = redis.Redis(unix_socket_path=str(state.socket))
    try:
        config = dict(client.execute_command("GRAPH.CONFIG", "GET", "*"))
        for name, value in server.SERVER_LIMITS.items():
            assert config[name.encode()] == value, name
        client.execute_command("GRAPH.CONFIG", "SET", "QUERY_MEM_CAPACITY", 64 << 20)
        store = open_store(Settings.from_env(data_dir=tmp_path, store="falkordb", graph="limits"))
        store.run_write("CREATE (:Country {id: 'country/x'})")
        with pytest.raises(QueryFailed, match="MB per query"):
            store.read("UNWIND range(1, 20000000) AS x RETURN count(x)")
        assert answers(store)
        store.close()
    finally:
        client.close()
        server.stop(tmp_path)
