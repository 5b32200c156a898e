"""What only the Neo4j store does, against a real Neo4j 5: its schema, its read-only checks, its
temporal values, its retries and its one-line connection errors. The promises it shares with
FalkorDB are in ``test_contract.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j import exceptions as nx

from arkg.cli import main
from arkg.graph.settings import Settings
from arkg.graph.stores import QueryFailed, StoreError, open_store
from arkg.graph.stores.neo4j import WRITE_MODE_MESSAGE, Neo4jStore
from tests.conftest import SCRATCH, TEST_STORES, neo4j_settings, store_args
from tests.neo4j_server import free_port

pytestmark = [pytest.mark.neo4j,
              pytest.mark.skipif("neo4j" not in TEST_STORES, reason="ARKG_TEST_STORE leaves Neo4j out")]


@pytest.fixture
def scratch(neo4j_uris: list[str], tmp_path: Path) -> Settings:
    return neo4j_settings(neo4j_uris[SCRATCH], tmp_path)


def _show(store: Neo4jStore, command: str) -> list[dict]:
    with store.driver.session(database=store.database) as session:  # SHOW has no EXPLAIN plan
        return session.run(command).data()


def test_the_id_constraint_and_indexes_are_created_once(neo4j_graph: Neo4jStore) -> None:
    constraints = _show(neo4j_graph, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties")
    indexes = {row["name"] for row in _show(neo4j_graph, "SHOW INDEXES YIELD name")}
    assert {"name": "entity_id", "labelsOrTypes": ["Entity"], "properties": ["id"]} in constraints
    assert {"article_id", "document_id", "topic_id"} <= indexes
    neo4j_graph.ensure_schema()  # IF NOT EXISTS: a second run creates nothing and fails nothing
    assert _show(neo4j_graph, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties") == constraints
    assert {row["name"] for row in _show(neo4j_graph, "SHOW INDEXES YIELD name")} == indexes
    neo4j_graph.run_write("CREATE (:Entity:Topic {id: 'topic/twice'})")
    with pytest.raises(QueryFailed, match="already exists"):
        neo4j_graph.run_write("CREATE (:Entity:Topic {id: 'topic/twice'})")


def test_the_plan_decides_what_is_a_read(neo4j_graph: Neo4jStore) -> None:
    """EXPLAIN's query type: a write (``w``/``rw``) or schema change (``s``) never runs."""
    for cypher in ("MERGE (:Entity:Topic {id: 'topic/sneaky'})", "CREATE INDEX sneaky FOR (n:Topic) ON (n.name)",
                   "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS RETURN 1"):
        with pytest.raises(QueryFailed):
            neo4j_graph.read(cypher)
    with pytest.raises(QueryFailed, match=WRITE_MODE_MESSAGE):
        neo4j_graph.read("MERGE (:Entity:Topic {id: 'topic/sneaky'})")
    assert neo4j_graph.read("MATCH (n) RETURN count(n) AS c").rows == [{"c": 0}]
    assert "sneaky" not in {row["name"] for row in _show(neo4j_graph, "SHOW INDEXES YIELD name")}


def test_temporal_values_come_back_as_iso_strings(neo4j_graph: Neo4jStore) -> None:
    neo4j_graph.run_write("CREATE (:Entity:Session {id: 'session/cosp/1', start_date: date('2006-12-10')})")
    row = neo4j_graph.read("MATCH (s:Session) RETURN s.start_date AS d, s, datetime('2017-08-25T10:00:00Z') AS t, "
                           "duration('P3D') AS p").rows[0]
    assert row["d"] == "2006-12-10" and row["s"]["properties"]["start_date"] == "2006-12-10"
    assert row["t"].startswith("2017-08-25T10:00:00") and row["p"] == "P3D"


def test_the_timeout_is_the_drivers_transaction_timeout(neo4j_graph: Neo4jStore) -> None:
    slow = "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS c"
    with pytest.raises(QueryFailed, match=r"^the query was stopped at the time limit \(250 ms\)"):
        neo4j_graph.read(slow, timeout_ms=250)
    listed = _show(neo4j_graph, "SHOW TRANSACTIONS YIELD currentQuery")
    assert not [row for row in listed if "range(1, 100000000)" in (row["currentQuery"] or "")]


def test_transient_errors_are_retried_and_others_are_not(neo4j_graph: Neo4jStore) -> None:
    calls: list[str] = []

    def transient_once(tx):
        calls.append("transient")
        if len(calls) == 1:
            raise nx.TransientError("a deadlock, say")
        return tx.run("RETURN 1 AS one").single()["one"]

    assert neo4j_graph._work(False, transient_once) == 1 and len(calls) == 2
    calls.clear()

    def client_error(tx):
        calls.append("client")
        tx.run("RETURN nosuchfunction(1)").consume()

    with pytest.raises(QueryFailed, match="nosuchfunction"):
        neo4j_graph._work(False, client_error)
    assert calls == ["client"]


def test_the_store_opens_through_open_store(scratch: Settings) -> None:
    store = open_store(scratch)
    try:
        assert store.kind == "neo4j" and store.read("RETURN 1 AS one").rows == [{"one": 1}]
    finally:
        store.close()


# -- connecting: one line a user can act on ------------------------------------------------------


def test_a_wrong_password_is_one_clear_line(scratch: Settings) -> None:
    with pytest.raises(StoreError) as refused:
        Neo4jStore(Settings(**{**_fields(scratch), "password": "wrong-password"}))
    assert str(refused.value) == (f"Neo4j at {scratch.uri} refused the credentials for user neo4j "
                                  "(check NEO4J_USERNAME/NEO4J_PASSWORD)")


def test_the_cli_says_a_wrong_password_in_one_line(scratch: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    args = store_args(scratch)
    args[args.index("--password") + 1] = "wrong-password"
    assert main(["stats", *args]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("arkg stats: ") and "credentials" in err and "\n" not in err


def test_the_planners_notes_stay_off_the_users_terminal(scratch: Settings, capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    """An unknown property key is a planner warning on Neo4j, not something to print to a user."""
    capsys.readouterr()
    assert main(["cypher", "MATCH (n) RETURN n.nosuchkey AS x", *store_args(scratch)]) == 0
    assert capsys.readouterr().err == ""


def test_an_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(StoreError) as unreachable:
        Neo4jStore(Settings(data_dir=tmp_path, store="neo4j", uri=uri, user="neo4j", password="x"))
    message = str(unreachable.value)
    assert message.startswith(f"cannot reach Neo4j at {uri}: ") and "\n" not in message


def test_a_missing_database_is_named(scratch: Settings) -> None:
    with pytest.raises(StoreError) as missing:
        Neo4jStore(Settings(**{**_fields(scratch), "database": "nosuchdb"}))
    assert str(missing.value) == f"Neo4j at {scratch.uri} has no database 'nosuchdb'"


def test_no_uri_says_how_to_give_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"^set NEO4J_URI \(or --uri\) to use --store neo4j$"):
        Neo4jStore(Settings(data_dir=tmp_path, store="neo4j", uri=None))


def _fields(settings: Settings) -> dict:
    return {name: getattr(settings, name) for name in settings.__dataclass_fields__}
