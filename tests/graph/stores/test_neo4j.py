"""The Neo4j store gives the same graph and the same rows as the embedded FalkorDB store.

Runs against a real Neo4j when ``NEO4J_URI`` is set, else against FalkorDB's Bolt listener (the
"peer"); what the peer cannot do is skipped there, and only there, with the reason.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import queries
from graph.build import build
from graph.export.source import nodes, relationships
from graph.records import Batch, Edge, Evidence, Node
from graph.settings import Settings
from graph.stores import QueryFailed, StoreError
from graph.stores.neo4j import NO_REASON, WRITE_MODE_MESSAGE, Neo4jStore
from tests.graph.stores.conftest import BoltServer, bolt_settings, free_port

pytestmark = pytest.mark.neo4j

DOC = "document/CAC/COSP/WG.2/2017/L.1/Add.1"
QUOTE = "缔约国应当根据《公约》第五十六条 'spontaneous' 分享信息"
AWKWARD = ["it's", 'say "hi"', "back\\slash", "ends with \\", "\\'", "中文\n第二行", "tab\there"]


def skip_on_peer(store: Neo4jStore, reason: str) -> None:
    if store.peer:
        pytest.skip(f"FalkorDB Bolt peer: {reason}")


def hand_made_batch() -> Batch:
    nodes = [
        Node("uncac", "Convention", {"name": "UNCAC", "title_zh": "联合国反腐败公约", "verified": True}),
        Node("uncac/chapter/5", "Chapter", {"number": 5, "roman": "V", "first_article": 51, "last_article": 59,
                                            "title_en": "Asset recovery"}),
        *(Node(f"uncac/article/{n}", "Article", {"number": n, "chapter": 5, "name": f"Article {n}",
                                                 "aliases": [f"第{n}条", f"article {n}"]}) for n in (51, 56, 57)),
        Node(DOC, "Document", {"symbol": DOC.removeprefix("document/"), "date": "2017-08-25",
                               "languages": ["zh", "en"], "title_zh": "资产追回工作组报告", "verified": False}),
        Node("topic/quotes", "Topic", {"name": "Awkward", "aliases": AWKWARD}),
    ]
    edges = [
        Edge("uncac/chapter/5", "PART_OF", "uncac"),
        *(Edge(f"uncac/article/{n}", "PART_OF", "uncac/chapter/5") for n in (51, 56, 57)),
        Edge(DOC, "CITES", "uncac/article/56", evidence=Evidence(DOC, "19", 120, 120 + len(QUOTE), QUOTE, "zh")),
        Edge(DOC, "CITES", "uncac/chapter/5", evidence=Evidence(DOC, "19", 200, 208, "第五章 'V'", "zh")),
    ]
    return Batch(nodes, edges)


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows in an order that does not depend on the store."""
    return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)


SAME_ROWS = [
    "MATCH (n:Article) RETURN n",
    "MATCH ()-[r:PART_OF]->() RETURN r",
    "MATCH p = (:Article)-[:PART_OF]->(:Chapter)-[:PART_OF]->(:Convention) RETURN p",
    "MATCH (d:Document)-[c:CITES]->(x) RETURN d.id AS document, x.id AS cited, c.quote AS quote, c.start AS start",
    "MATCH (a:Article) WITH a ORDER BY a.number RETURN a.chapter AS chapter, count(a) AS n, "
    "collect(a.number) AS numbers, sum(a.number) AS total, min(a.id) AS first",
    "MATCH (d:Document) RETURN d.languages AS languages, {id: d.id, title: d.title_zh} AS doc, d.verified AS v",
    "MATCH (t:Topic) UNWIND t.aliases AS alias RETURN alias",
    "MATCH (a:Entity {id: 'uncac/article/56'})-[r]-(b) RETURN type(r) AS type, b.id AS other, r",
]


def test_the_same_batch_gives_the_same_counts(falkordb_store, bolt_store) -> None:
    for store in (falkordb_store, bolt_store):
        store.write_batch(hand_made_batch())
    assert bolt_store.stats() == falkordb_store.stats()
    assert bolt_store.stats()["relationships"] == {"PART_OF": 4, "CITES": 2}


def test_the_same_queries_give_the_same_rows(falkordb_store, bolt_store) -> None:
    for store in (falkordb_store, bolt_store):
        store.write_batch(hand_made_batch())
    for cypher in SAME_ROWS:
        expected, got = falkordb_store.read(cypher), bolt_store.read(cypher)
        assert got.columns == expected.columns, cypher
        assert canonical(got.rows) == canonical(expected.rows), cypher
        assert got.rows, cypher


def test_relationships_name_their_ends_by_canonical_id(bolt_store) -> None:
    bolt_store.write_batch(hand_made_batch())
    rel = bolt_store.read("MATCH (:Document)-[c:CITES]->(:Article) RETURN c").rows[0]["c"]
    assert (rel["type"], rel["start"], rel["end"]) == ("CITES", DOC, "uncac/article/56")
    assert rel["properties"]["quote"] == QUOTE
    assert rel["properties"]["language"] == "zh"


def test_awkward_strings_survive_the_round_trip(bolt_store) -> None:
    bolt_store.write_batch(hand_made_batch())
    assert bolt_store.read("MATCH (t:Topic) RETURN t.aliases AS a").rows == [{"a": AWKWARD}]
    for text in AWKWARD:
        rows = bolt_store.read("MATCH (t:Topic) WHERE $text IN t.aliases RETURN t.id AS id, $text AS echo",
                               {"text": text}).rows
        assert rows == [{"id": "topic/quotes", "echo": text}], text


def test_writing_twice_changes_nothing(bolt_store) -> None:
    bolt_store.write_batch(hand_made_batch())
    once = bolt_store.stats()
    bolt_store.write_batch(hand_made_batch())
    assert bolt_store.stats() == once
    assert bolt_store.read("MATCH (n:Entity) RETURN count(n) AS c").rows == [{"c": 7}]


def test_write_atomic_runs_every_statement(bolt_store) -> None:
    bolt_store.write_batch(hand_made_batch())
    rows = [{"id": f"topic/t-{i}", "props": {"id": f"topic/t-{i}", "name": f"话题 '{i}' " * 20}} for i in range(60)]
    bolt_store.write_atomic([
        ("UNWIND $rows AS r MERGE (n:Entity:Topic {id: r.id}) SET n += r.props", {"rows": rows}),
        ("MATCH (d:Document {id: $id}) SET d.content_hashes = [$mark]", {"id": DOC, "mark": "zh:it's"}),
    ])
    assert bolt_store.stats()["nodes"]["Topic"] == 61
    assert bolt_store.read("MATCH (d:Document) RETURN d.content_hashes AS h").rows == [{"h": ["zh:it's"]}]


def test_a_large_batch_loads_in_pieces_the_server_takes(bolt_store) -> None:
    nodes = [Node(f"topic/t-{i}", "Topic", {"name": f"专题 {i} 'q'", "aliases": [f"t{i}", f"话题{i}"]})
             for i in range(5_000)]
    seen: list[int] = []
    assert bolt_store.write_batch(Batch(nodes), progress=seen.append) == 5_000
    assert sum(seen) == 5_000
    assert bolt_store.stats()["nodes"] == {"Topic": 5_000}
    assert bolt_store.read("MATCH (t:Topic {id: 'topic/t-4999'}) RETURN t.name AS n").rows == [{"n": "专题 4999 'q'"}]


def test_row_limit_marks_the_result_truncated(bolt_store) -> None:
    bolt_store.write_batch(hand_made_batch())
    result = bolt_store.read("MATCH (n:Entity) RETURN n.id AS id", row_limit=3)
    assert len(result.rows) == 3 and result.truncated
    assert not bolt_store.read("MATCH (n:Entity) RETURN n.id AS id", row_limit=7).truncated


def test_stream_reads_every_row_page_by_page(bolt_store) -> None:
    bolt_store.write_batch(hand_made_batch())
    ids = [row["id"] for row in bolt_store.stream("MATCH (n:Entity) RETURN n.id AS id ORDER BY id", page=2)]
    assert ids == sorted(node.id for node in hand_made_batch().nodes)


def test_keyset_streams_and_exports_read_the_same_graph_from_both_stores(falkordb_store, bolt_store) -> None:
    query = "MATCH (n:Entity) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT $page"
    for store in (falkordb_store, bolt_store):
        store.write_batch(hand_made_batch())
        assert [row["id"] for row in store.stream(query, page=2, key="id")] == sorted(
            node.id for node in hand_made_batch().nodes)
    for page in (1, 3):
        assert list(nodes(bolt_store, page=page)) == list(nodes(falkordb_store, page=page))
        assert list(relationships(bolt_store, page=page)) == list(relationships(falkordb_store, page=page))


def test_run_write_changes_the_graph(bolt_store) -> None:
    bolt_store.write_batch(hand_made_batch())
    bolt_store.run_write("MATCH (a:Article {id: $id}) SET a.name = $name", {"id": "uncac/article/56", "name": "l'art"})
    assert bolt_store.read("MATCH (a:Article {id: 'uncac/article/56'}) RETURN a.name AS n").rows == [{"n": "l'art"}]


def test_read_never_writes(bolt_store) -> None:
    with pytest.raises(StoreError):
        bolt_store.read("CREATE (:Entity:Topic {id: 'topic/sneaky'})")
    assert bolt_store.read("MATCH (n) RETURN count(n) AS c").rows == [{"c": 0}]


def test_the_server_refuses_writes_in_a_read(bolt_store) -> None:
    skip_on_peer(bolt_store, "read transactions do not refuse writes and EXPLAIN does not classify queries")
    with pytest.raises(QueryFailed, match=WRITE_MODE_MESSAGE):
        bolt_store.read("MERGE (:Entity:Topic {id: 'topic/sneaky'})")
    assert bolt_store.read("MATCH (n) RETURN count(n) AS c").rows == [{"c": 0}]


def test_a_bad_query_fails_with_the_servers_reason(bolt_store) -> None:
    with pytest.raises(QueryFailed) as failed:
        bolt_store.read("MATCH (n) RETURN nosuchfunction(n)")
    if bolt_store.peer:
        assert str(failed.value) == NO_REASON
    else:
        assert "nosuchfunction" in str(failed.value)


def test_temporal_values_come_back_as_iso_strings(bolt_store) -> None:
    skip_on_peer(bolt_store, "no temporal types (returning date() crashes the server)")
    row = bolt_store.read("RETURN date('2017-08-25') AS d, datetime('2017-08-25T10:00:00Z') AS t").rows[0]
    assert row["d"] == "2017-08-25"
    assert row["t"].startswith("2017-08-25T10:00:00")


def test_the_id_constraint_and_indexes_exist(bolt_store) -> None:
    skip_on_peer(bolt_store, "no Neo4j constraints or SHOW commands")
    with bolt_store.driver.session(database=bolt_store.database) as session:  # SHOW has no EXPLAIN plan
        constraints = session.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties").data()
        indexes = {row["name"] for row in session.run("SHOW INDEXES YIELD name").data()}
    assert {"name": "entity_id", "labelsOrTypes": ["Entity"], "properties": ["id"]} in constraints
    assert {"article_id", "document_id", "topic_id"} <= indexes
    bolt_store.run_write("CREATE (:Entity:Topic {id: 'topic/twice'})")
    with pytest.raises(QueryFailed):
        bolt_store.run_write("CREATE (:Entity:Topic {id: 'topic/twice'})")


def test_the_peer_has_an_id_index_per_label(bolt_store) -> None:
    if not bolt_store.peer:
        pytest.skip("Neo4j: indexes are checked with SHOW INDEXES")
    rows = bolt_store.read("CALL db.indexes() YIELD label, properties RETURN label, properties").rows
    assert {"Entity", "Article", "Document", "Topic"} <= {r["label"] for r in rows if r["properties"] == ["id"]}


# -- connecting ---------------------------------------------------------------------------------------


def test_a_wrong_password_is_one_clear_line(bolt_server: BoltServer, tmp_path) -> None:
    settings = bolt_settings(bolt_server, tmp_path, password=f"{bolt_server.password}-wrong")
    with pytest.raises(StoreError) as refused:
        Neo4jStore(settings)
    assert str(refused.value) == (f"Neo4j at {bolt_server.uri} refused the credentials for user "
                                  f"{bolt_server.user or 'neo4j'} (check NEO4J_USERNAME/NEO4J_PASSWORD)")


def test_an_unreachable_server_is_one_clear_line(tmp_path) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(StoreError) as unreachable:
        Neo4jStore(Settings(data_dir=tmp_path, store="neo4j", uri=uri, user="neo4j", password="x"))
    message = str(unreachable.value)
    assert message.startswith(f"cannot reach Neo4j at {uri}: ") and "\n" not in message


def test_no_uri_says_how_to_give_one(tmp_path) -> None:
    with pytest.raises(StoreError, match=r"^set NEO4J_URI \(or --uri\) to use --store neo4j$"):
        Neo4jStore(Settings(data_dir=tmp_path, store="neo4j", uri=None))


def test_a_missing_database_is_named(bolt_server: BoltServer, bolt_store, tmp_path) -> None:
    skip_on_peer(bolt_store, "every database name is a graph, created on first use")
    with pytest.raises(StoreError, match=r"^Neo4j has no database 'arkg-nosuchdb'$"):
        Neo4jStore(bolt_settings(bolt_server, tmp_path, database="arkg-nosuchdb"))


# -- the sample corpus and the saved questions ---------------------------------------------------


@pytest.fixture
def built_bolt_store(bolt_store) -> Neo4jStore:
    report = build(bolt_store)
    assert not report.failed, report.failed
    return bolt_store


def test_the_sample_build_gives_the_same_graph(sample_store, built_bolt_store) -> None:
    assert built_bolt_store.stats() == sample_store.stats()
    assert built_bolt_store.stats()["relationships"].get("CITES")


#: Columns holding a sample, ``collect(...)[0..5]`` over an unordered collect: which members make
#: the sample depends on the store's row order, so only its size is compared.
def test_every_saved_question_gives_the_same_rows(sample_store, built_bolt_store) -> None:
    answered = 0
    for question in queries.catalogue():
        expected = queries.run(sample_store, question.name, {})
        got = queries.run(built_bolt_store, question.name, {})
        assert got.columns == expected.columns, question.name
        # every saved question orders its rows and its collected lists: the answers are identical
        assert got.rows == expected.rows, question.name
        answered += bool(got.rows)
    assert answered >= len(queries.catalogue()) - 2  # the sample graph answers (nearly) every question
