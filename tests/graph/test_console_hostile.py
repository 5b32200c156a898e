"""The console against hostile input, on a real FalkorDB server: nothing changes the graph."""

from __future__ import annotations

import pytest

from arkg import queries
from arkg.cli import main
from arkg.graph.guard import check_read_only
from arkg.graph.stores.base import QueryFailed, QueryRefused, StoreError
from tests.conftest import store_args
from tests.graph.test_guard import REFUSED

INJECTIONS = [
    "x'}) MATCH (n) DETACH DELETE n //",
    'x"}) MATCH (n) DETACH DELETE n //',
    "x\u0000'}) CREATE (:Entity {id: 'pwned'}) //",
    "`) DELETE n //",
    "\\' RETURN 1 //",
    "*/ MATCH (n) SET n.x = 1 /*",
    "1, 2]} MATCH (n) DELETE n //",
]


@pytest.fixture(scope="module")
def before(sample_store):
    return sample_store.stats()


def console(store, cypher: str, params=None, **limits):
    """What ``arkg cypher`` does: the guard first, then the store's read-only path."""
    check_read_only(cypher)
    return store.read(cypher, params, **limits)


@pytest.mark.parametrize("cypher", list(REFUSED))
def test_every_refused_query_leaves_the_graph_unchanged(sample_store, before, cypher: str) -> None:
    with pytest.raises(QueryRefused):
        console(sample_store, cypher)
    assert sample_store.stats() == before


@pytest.mark.parametrize("cypher", [c for c in REFUSED if c.strip() and "LOAD" not in c.upper()
                                    and not c.startswith("//")])
def test_the_server_refuses_writes_that_pass_any_guard(sample_store, before, cypher: str) -> None:
    """Defence in depth: straight to the store's read path, a write fails server-side."""
    with pytest.raises(StoreError):
        sample_store.read(cypher)
    assert sample_store.stats() == before


def test_keywords_in_strings_run(sample_store) -> None:
    assert console(sample_store, "RETURN 'CREATE' AS word").rows == [{"word": "CREATE"}]


@pytest.mark.parametrize("cypher", [
    # a WHERE, or Neo4j answers the bare count(*) from its count store at once
    "MATCH (a), (b), (c), (d) WHERE a.id < b.id RETURN count(*) AS n",
    "MATCH p = (a)-[*]-(b) RETURN count(p) AS n",
])
def test_runaway_queries_are_stopped_by_the_time_limit(sample_store, before, cypher: str) -> None:
    with pytest.raises(QueryFailed, match="time limit"):
        console(sample_store, cypher, timeout_ms=200)
    assert sample_store.stats() == before


def test_row_limit_truncates(sample_store) -> None:
    result = console(sample_store, "MATCH (n:Entity) RETURN n.id AS id", row_limit=7)
    assert len(result.rows) == 7 and result.truncated
    small = console(sample_store, "MATCH (n:Convention) RETURN n.id AS id", row_limit=7)
    assert small.rows == [{"id": "uncac"}] and not small.truncated


def test_a_five_megabyte_parameter(sample_store, before) -> None:
    big = "资" * (5 * 1024 * 1024 // 3) + "'}) MATCH (n) DETACH DELETE n //"
    result = console(sample_store, "RETURN size($big) AS n", {"big": big})
    assert result.rows == [{"n": len(big)}]
    assert queries.run(sample_store, "edge-evidence", {"source": big, "target": big}).rows == []
    assert sample_store.stats() == before


def test_nul_and_control_characters_are_cleaned(sample_store) -> None:
    result = console(sample_store, "RETURN $v AS v", {"v": "net\u0000work/ca\u0007rin"})
    assert result.rows == [{"v": "network/carin"}]


@pytest.mark.parametrize("question", [q.name for q in queries.catalogue()])
def test_injection_through_every_parameter_of_every_question(sample_store, before, question: str) -> None:
    saved = queries.get(question)
    for param in saved.parameters:
        for value in INJECTIONS:
            typed = [value] if param.type == "list" else value
            if param.type in ("str", "list"):
                result = queries.run(sample_store, question, {param.name: typed})
                assert isinstance(result.rows, list)
            else:
                with pytest.raises(queries.BadParameter, match=param.name):
                    queries.run(sample_store, question, {param.name: value})
    assert sample_store.stats() == before


def test_arkg_cypher_refuses_a_write_before_reaching_the_store(sample_settings, sample_store, before,
                                                               capsys, monkeypatch) -> None:
    import arkg.cli.read

    def no_store(*_args, **_kwargs):
        raise AssertionError("the store was opened for a refused query")

    monkeypatch.setattr(arkg.cli.read, "open_store", no_store)
    code = main([*store_args(sample_settings), "cypher",
                 "MATCH (n) DETACH DELETE n"])
    err = capsys.readouterr().err
    assert code != 0 and "read-only" in err and "DETACH" in err and err.count("\n") == 1
    monkeypatch.undo()
    assert sample_store.stats() == before


def test_arkg_cypher_reports_the_time_limit(sample_settings, sample_store, capsys) -> None:
    code = main([*store_args(sample_settings), "cypher",
                 "MATCH (a), (b), (c), (d) WHERE a.id < b.id RETURN count(*) AS n", "--timeout-ms", "200"])
    err = capsys.readouterr().err
    assert code == 1 and "time limit (200 ms)" in err
