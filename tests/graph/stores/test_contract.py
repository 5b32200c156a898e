"""The store contract: every promise of :class:`graph.stores.base.Store`, tested on every store.

Each test takes ``store`` (an empty graph) and so runs on FalkorDB embedded and on a real Neo4j 5;
the tests that compare the two stores take both and are skipped when ``ARKG_TEST_STORE`` names
one. What only one store does (Neo4j's constraints, its connection errors) is in its own module.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from arkg import queries
from arkg.graph import ids
from arkg.graph.export.source import nodes, relationships
from arkg.graph.model import ModelError, model
from arkg.graph.records import Batch, Edge, Evidence, Node
from arkg.graph.stores import QueryFailed, QueryRefused, Store, StoreError, base

DOC = "document/CAC/COSP/WG.2/2017/L.1/Add.1"
QUOTE = "缔约国应当根据《公约》第五十六条 'spontaneous' 分享信息"
AWKWARD = ["it's", 'say "hi"', "back\\slash", "ends with \\", "\\'", "中文\n第二行", "tab\there", '{"k": 1}', '"k":',
           ',"id":"x"}', "`tick`", "\u2028", "\\u0041", ""]


def hand_made_batch() -> Batch:
    nodes = [
        Node("uncac", "Convention", {"name": "UNCAC", "title_zh": "联合国反腐败公约", "verified": True}),
        Node("uncac/chapter/5", "Chapter", {"number": 5, "roman": "V", "first_article": 51, "last_article": 59,
                                            "title_en": "Asset recovery", "aliases": ["chapter V", None, "第五章"]}),
        *(Node(f"uncac/article/{n}", "Article", {"number": n, "chapter": 5, "name": f"Article {n}",
                                                 "aliases": [f"第{n}条", f"article {n}"]}) for n in (51, 56, 57)),
        Node(DOC, "Document", {"symbol": DOC.removeprefix("document/"), "date": "2017-08-25", "note": None,
                               "languages": ["zh", "en"], "title_zh": "资产追回工作组报告\x00\x1b", "verified": False}),
        Node("topic/quotes", "Topic", {"name": "Awkward", "aliases": AWKWARD}),
    ]
    edges = [
        Edge("uncac/chapter/5", "PART_OF", "uncac"),
        *(Edge(f"uncac/article/{n}", "PART_OF", "uncac/chapter/5") for n in (51, 56, 57)),
        Edge(DOC, "CITES", "uncac/article/56", evidence=Evidence(DOC, "19", 120, 120 + len(QUOTE), QUOTE, "zh")),
        Edge(DOC, "CITES", "uncac/article/56", evidence=Evidence(DOC, "23", 80, 85, "第五十六条", "zh")),
        Edge(DOC, "CITES", "uncac/chapter/5", evidence=Evidence(DOC, "19", 200, 208, "第五章 'V'", "zh")),
    ]
    return Batch(nodes, edges)


IDS = sorted(node.id for node in hand_made_batch().nodes)
STATS = {"nodes": {"Article": 3, "Chapter": 1, "Convention": 1, "Document": 1, "Topic": 1},
         "relationships": {"CITES": 3, "PART_OF": 4}}


@pytest.fixture
def loaded(store: Store) -> Store:
    store.write_batch(hand_made_batch())
    return store


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows in an order that does not depend on the store; a whole float as its integer.

    FalkorDB's ``sum()`` of integers is a float, Neo4j's an integer: equal numbers, and Python
    compares them equal, but their JSON differs.
    """
    def plain(value: Any) -> Any:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return sorted(json.dumps(plain(row), sort_keys=True, ensure_ascii=False) for row in rows)


# -- loading --------------------------------------------------------------------------------------


def test_writing_a_batch_twice_changes_nothing(store: Store) -> None:
    assert store.write_batch(hand_made_batch()) == 7 + 7
    assert store.stats() == STATS
    store.write_batch(hand_made_batch())
    assert store.stats() == STATS
    assert store.read("MATCH (n:Entity) RETURN count(n) AS c").rows == [{"c": 7}]


def test_values_are_cleaned_of_control_characters_and_nulls(loaded: Store) -> None:
    row = loaded.read("MATCH (d:Document) RETURN d.title_zh AS t, d.note AS n").rows[0]
    assert row == {"t": "资产追回工作组报告", "n": None}
    assert loaded.read("MATCH (c:Chapter) RETURN c.aliases AS a").rows == [{"a": ["chapter V", "第五章"]}]


def test_strings_reach_the_server_and_come_back_exactly(loaded: Store) -> None:
    assert loaded.read("MATCH (t:Topic) RETURN t.aliases AS a").rows == [{"a": AWKWARD}]
    rows = loaded.read("UNWIND $texts AS t RETURN t, size(t) AS n", {"texts": AWKWARD}).rows
    assert rows == [{"t": t, "n": len(t)} for t in AWKWARD]
    for text in AWKWARD:
        rows = loaded.read("MATCH (t:Topic) WHERE $text IN t.aliases RETURN t.id AS id, $text AS echo",
                           {"text": text}).rows
        assert rows == [{"id": "topic/quotes", "echo": text}], text


def test_values_of_every_kind_come_back_as_python_values(store: Store) -> None:
    """Plain replies (decoded by the store itself on FalkorDB) and replies with a date (the client's parser)."""
    plain = {"i": -7, "f": 2.5, "t": True, "no": False, "n": None, "l": [1, "a", [True, None]],
             "m": {"k": "v", "inner": {"x": 1.5, "list": ["中文"]}}}
    query = ("RETURN -7 AS i, 2.5 AS f, true AS t, false AS no, null AS n, [1, 'a', [true, null]] AS l, "
             "{k: 'v', inner: {x: 1.5, list: ['中文']}} AS m")
    assert store.read(query).rows == [plain]
    assert store.read(query + ", date('2024-02-29') AS d").rows == [{**plain, "d": "2024-02-29"}]


def test_a_large_batch_loads_and_reports_progress(store: Store) -> None:
    topics = [Node(f"topic/t-{i}", "Topic", {"name": f"专题 {i} 'q'", "aliases": [f"t{i}", f"话题{i}"]})
              for i in range(5_000)]
    seen: list[int] = []
    assert store.write_batch(Batch(topics), progress=seen.append) == 5_000
    assert sum(seen) == 5_000
    assert store.stats()["nodes"] == {"Topic": 5_000}
    assert store.read("MATCH (t:Topic {id: 'topic/t-4999'}) RETURN t.name AS n").rows == [{"n": "专题 4999 'q'"}]


def test_write_atomic_runs_every_statement(loaded: Store) -> None:
    rows = [{"id": f"topic/t-{i}", "props": {"id": f"topic/t-{i}", "name": f"话题 '{i}' " * 20}} for i in range(60)]
    loaded.write_atomic([
        ("UNWIND $rows AS r MERGE (n:Entity:Topic {id: r.id}) SET n += r.props", {"rows": rows}),
        ("MATCH (d:Document {id: $id}) SET d.content_hashes = [$mark]", {"id": DOC, "mark": "zh:it's"}),
    ])
    assert loaded.stats()["nodes"]["Topic"] == 61
    assert loaded.read("MATCH (d:Document) RETURN d.content_hashes AS h").rows == [{"h": ["zh:it's"]}]


def test_write_atomic_is_all_or_nothing(loaded: Store) -> None:
    """A failing statement takes the ones before it back with it (the build's document groups rely on it)."""
    assert loaded.atomic
    with pytest.raises(StoreError):
        loaded.write_atomic([
            ("UNWIND $rows AS r MERGE (n:Entity:Topic {id: r.id})", {"rows": [{"id": "topic/first"}]}),
            ("MATCH (d:Document {id: $id}) SET d.content_hashes = [$mark]", {"id": DOC, "mark": "zh:x"}),
            ("UNWIND $rows AS r RETURN 1 / r.zero", {"rows": [{"zero": 0}]}),
        ])
    assert loaded.stats() == STATS
    assert loaded.read("MATCH (d:Document) RETURN d.content_hashes AS h").rows == [{"h": None}]


def test_a_map_key_that_is_not_a_name_is_never_misread(store: Store) -> None:
    """FalkorDB's parameters travel as text: such a key is refused there; Neo4j's travel as values."""
    try:
        store.write_atomic([("UNWIND $rows AS r CREATE (:Entity:Topic {id: r.id})",
                             {"rows": [{'id": "topic/x", "y': "topic/y"}]})])
    except StoreError:
        assert store.stats() == {"nodes": {}, "relationships": {}}
    assert store.read("MATCH (n) WHERE n.id IN ['topic/x', 'topic/y'] RETURN count(n) AS c").rows == [{"c": 0}]


def test_labels_and_types_come_only_from_the_schema(store: Store) -> None:
    with pytest.raises(ModelError):
        store.write_batch(Batch([Node("uncac/article/1", "Article) DETACH DELETE n //")]))
    with pytest.raises(ModelError):
        store.write_batch(Batch(edges=[Edge("uncac", "PART_OF]->() DELETE x //", "uncac")]))
    with pytest.raises(ModelError):
        store.write_batch(Batch([Node("not-an-article-id", "Article")]))
    assert store.stats() == {"nodes": {}, "relationships": {}}


def _relationship_indexes(store: Store) -> set[tuple[str, str]]:
    """(type, key) of the store's relationship property indexes, read from its own catalogue."""
    if store.kind == "neo4j":
        with store.driver.session(database=store.database) as session:  # type: ignore[attr-defined]
            rows = session.run("SHOW INDEXES YIELD entityType, labelsOrTypes, properties").data()
        return {(r["labelsOrTypes"][0], key)
                for r in rows if r["entityType"] == "RELATIONSHIP" and r["properties"] for key in r["properties"]}
    result = store.graph.ro_query(  # type: ignore[attr-defined]
        "CALL db.indexes() YIELD label, properties, entitytype RETURN label, properties, entitytype")
    return {(label, key) for label, keys, kind in result.result_set if kind == "RELATIONSHIP" for key in keys}


def test_the_relationship_keys_the_model_indexes_are_indexed_once(store: Store) -> None:
    wanted = set(model().relationship_indexes)
    assert ("RECOMMENDS", "document") in wanted and ("PROPOSES", "document") in wanted
    assert _relationship_indexes(store) >= wanted
    store.ensure_schema()  # a second run creates nothing and fails nothing
    assert _relationship_indexes(store) >= wanted


def test_run_write_changes_the_graph(loaded: Store) -> None:
    loaded.run_write("MATCH (a:Article {id: $id}) SET a.name = $name", {"id": "uncac/article/56", "name": "l'art"})
    assert loaded.read("MATCH (a:Article {id: 'uncac/article/56'}) RETURN a.name AS n").rows == [{"n": "l'art"}]


def test_clear_deletes_the_whole_graph(loaded: Store) -> None:
    loaded.clear()
    loaded.ensure_schema()  # as open_store does: FalkorDB deletes the graph, indexes included
    assert loaded.stats() == {"nodes": {}, "relationships": {}}
    assert loaded.read("MATCH (n) RETURN count(n) AS c").rows == [{"c": 0}]



def test_clear_deletes_a_hub_with_more_relationships_than_one_batch(store: Store) -> None:
    """Regression (stop 8): Neo4j's clear deleted per batch of nodes, so a hub's relationships all went
    into one transaction, past the server's transaction memory after the 10 000-document benchmark; it
    now deletes relationships, then nodes, 10 000 rows per transaction. The memory limit itself takes
    millions of relationships to reach; 12 000 leaves check that the batches, more than one of each,
    leave nothing behind."""
    hub = ids.make("Topic", slug="clear-hub")
    leaves = [ids.make("Topic", slug=f"clear-{i}") for i in range(12_000)]
    store.write_batch(Batch(nodes=[Node(hub, "Topic", {"id": hub, "name": "hub"}),
                                   *(Node(leaf, "Topic", {"id": leaf, "name": leaf}) for leaf in leaves)],
                            edges=[Edge(leaf, "BROADER", hub) for leaf in leaves]))
    assert store.read("MATCH ()-[r:BROADER]->() RETURN count(r) AS c").rows == [{"c": 12_000}]
    store.clear()
    store.ensure_schema()
    assert store.read("MATCH (n) RETURN count(n) AS c").rows == [{"c": 0}]

# -- reading ----------------------------------------------------------------------------------------


def test_results_name_nodes_and_relationship_ends_by_canonical_id(loaded: Store) -> None:
    rows = loaded.read("MATCH p=(d:Document)-[e:CITES]->(a:Article) RETURN d, e, p ORDER BY e.paragraph").rows
    assert [r["e"]["properties"]["paragraph"] for r in rows] == ["19", "23"]
    node, rel, path = rows[0]["d"], rows[0]["e"], rows[0]["p"]
    assert node["id"] == DOC and node["labels"] == ["Entity", "Document"]
    assert (rel["type"], rel["start"], rel["end"]) == ("CITES", DOC, "uncac/article/56")
    assert rel["properties"]["quote"] == QUOTE and rel["properties"]["language"] == "zh"
    assert [n["id"] for n in path["nodes"]] == [DOC, "uncac/article/56"]
    assert path["relationships"][0]["start"] == DOC
    # a relationship whose end nodes the query did not return still names them by id
    rel = loaded.read("MATCH (:Article {id: 'uncac/article/51'})-[r:PART_OF]->() RETURN r").rows[0]["r"]
    assert (rel["start"], rel["end"]) == ("uncac/article/51", "uncac/chapter/5")


def test_row_limit_marks_the_result_truncated(loaded: Store) -> None:
    result = loaded.read("UNWIND range(1, 50) AS x RETURN x", row_limit=10)
    assert result.truncated and result.values("x") == list(range(1, 11))
    assert not loaded.read("MATCH (n:Entity) RETURN n.id AS id", row_limit=7).truncated


@pytest.mark.parametrize("page", [1, 2, 3, 100])
def test_stream_reads_every_row_page_by_page(loaded: Store, page: int) -> None:
    assert [r["id"] for r in loaded.stream("MATCH (n:Entity) RETURN n.id AS id ORDER BY id", page=page)] == IDS
    keyset = "MATCH (n:Entity) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT $page"
    assert [r["id"] for r in loaded.stream(keyset, page=page, key="id")] == IDS


@pytest.mark.parametrize("page", [1, 2, 3, 100])
def test_by_ids_reads_every_entity_once_in_id_order(loaded: Store, page: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sweep every exporter, projection and name index makes (a regression test of issue 22: keyset
    pages of whole rows sorted the rest of the graph for every page)."""
    query = "UNWIND $ids AS i MATCH (n:Entity {id: i}) RETURN n.id AS id, $tag AS tag ORDER BY id"
    monkeypatch.setattr(base, "ID_PAGE", 2)  # the id sweep itself in several pages
    rows = list(base.by_ids(loaded, query, {"tag": "x"}, page=page))
    assert [r["id"] for r in rows] == IDS and {r["tag"] for r in rows} == {"x"}
    wanted = [IDS[0], "no/such/id", IDS[-1]]  # ids given (in order): an unknown one gives nothing
    assert [r["id"] for r in base.by_ids(loaded, query, {"tag": "x"}, page=page, ids=wanted)] == [IDS[0], IDS[-1]]


def test_stats_count_the_schemas_labels_and_types(loaded: Store) -> None:
    assert loaded.stats() == STATS


@pytest.mark.parametrize("query", [
    "CREATE (n:Article {id: 'uncac/article/1'})",
    "MATCH (n:Article) SET n.number = 1",
    "MERGE (n:Article {id: 'uncac/article/1'})",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Article) REMOVE n.number",
    "MATCH (n:Article) WITH n LIMIT 1 CALL { WITH n SET n.x = 1 } RETURN 1",
])
def test_reads_refuse_writes_on_the_server(loaded: Store, query: str) -> None:
    with pytest.raises(QueryFailed):
        loaded.read(query)
    assert loaded.stats() == STATS
    changed = loaded.read("MATCH (n:Article) WHERE n.x IS NOT NULL OR n.number = 1 RETURN count(n) AS c")
    assert changed.rows == [{"c": 0}]


def test_a_bad_query_fails_with_the_stores_own_message(store: Store) -> None:
    with pytest.raises(QueryFailed) as failed:
        store.read("MATCH (n) RETURN nosuchfunction(n)")
    message = str(failed.value)
    assert "nosuchfunction" in message.lower() and "\n" not in message


def test_a_runaway_read_is_stopped_at_the_time_limit(store: Store) -> None:
    # stopped by whichever server limit it meets first: the time limit, or (FalkorDB, since the
    # store is started with QUERY_MEM_CAPACITY) the memory a query may take
    with pytest.raises(QueryFailed, match="time limit|per query"):
        store.read("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS c", timeout_ms=300)
    assert store.read("RETURN 1 AS one", timeout_ms=300).rows == [{"one": 1}]


# -- dates --------------------------------------------------------------------------------------


def dated_batch() -> Batch:
    """Sessions and a document with dates (one session without), in no date order."""
    return Batch([
        Node("session/cosp/3", "Session", {"body": "cosp", "number": 3, "start_date": "2009-11-09",
                                           "end_date": "2009-11-13"}),
        Node("session/cosp/1", "Session", {"body": "cosp", "number": 1, "start_date": "2006-12-10",
                                           "end_date": "2006-12-14"}),
        Node("session/cosp/2", "Session", {"body": "cosp", "number": 2, "start_date": "2008-01-28"}),
        Node("session/cosp/9", "Session", {"body": "cosp", "number": 9}),
        Node(DOC, "Document", {"symbol": DOC.removeprefix("document/"), "date": "2017-08-25", "session": ""}),
    ], [])


#: Questions that work only when the dates are the store's own dates, not strings.
DATE_QUESTIONS = [
    "MATCH (s:Session) WHERE s.start_date >= date($from) RETURN s.id AS id, s.start_date AS start ORDER BY start",
    "MATCH (s:Session) RETURN min(s.start_date) AS first, max(s.end_date) AS last, count(s.start_date) AS dated",
    "MATCH (s:Session) WHERE s.start_date IS NOT NULL RETURN s.id AS id, s.start_date.year AS year, "
    "s.start_date.month AS month ORDER BY s.start_date DESC",
    "MATCH (s:Session {id: 'session/cosp/1'}) RETURN s, s.end_date > s.start_date AS after",
    "MATCH (d:Document) RETURN d.date AS date, d.date < date('2018-01-01') AS before_2018",
]


def test_dates_are_stored_as_dates_and_read_back_as_iso_strings(store: Store) -> None:
    store.write_batch(dated_batch())
    rows = store.read(DATE_QUESTIONS[0], {"from": "2008-01-01"}).rows
    assert rows == [{"id": "session/cosp/2", "start": "2008-01-28"}, {"id": "session/cosp/3", "start": "2009-11-09"}]
    assert store.read(DATE_QUESTIONS[1]).rows == [{"first": "2006-12-10", "last": "2009-11-13", "dated": 3}]
    assert [(r["year"], r["month"]) for r in store.read(DATE_QUESTIONS[2]).rows] == [(2009, 11), (2008, 1), (2006, 12)]
    (row,) = store.read(DATE_QUESTIONS[3]).rows
    assert row["after"] is True and row["s"]["properties"]["start_date"] == "2006-12-10"
    assert store.read(DATE_QUESTIONS[4]).rows == [{"date": "2017-08-25", "before_2018": True}]
    assert store.read("MATCH (d:Document) RETURN d.session AS s").rows == [{"s": ""}], "only dates become dates"


def test_a_row_without_a_date_keeps_the_nodes_date(store: Store) -> None:
    store.write_batch(dated_batch())
    store.write_batch(Batch([Node("session/cosp/1", "Session", {"body": "cosp", "number": 1}),
                             Node(DOC, "Document", {"date": ""})], []))
    assert store.read("MATCH (s:Session {id: 'session/cosp/1'}) RETURN s.start_date AS d").rows == [{"d": "2006-12-10"}]
    assert store.read("MATCH (d:Document) RETURN d.date AS d").rows == [{"d": "2017-08-25"}]


@pytest.mark.parametrize("value", ["2019", "2019-02-30", "30/01/2019", "2019-1-5"])
def test_a_date_that_is_not_a_calendar_date_is_refused_with_its_node(store: Store, value: str) -> None:
    with pytest.raises(ModelError, match=f"session/cosp/4: start_date '{value}' is not a date"):
        store.write_batch(Batch([Node("session/cosp/4", "Session", {"start_date": value})], []))
    assert store.read("MATCH (n) RETURN count(n) AS c").rows == [{"c": 0}]


@pytest.mark.parametrize("name", ["a b", "x=1 RETURN 1 //", "p}", "", "1abc"])
def test_parameter_names_must_be_identifiers(store: Store, name: str) -> None:
    with pytest.raises(QueryRefused, match="parameter name"):
        store.read("RETURN 1 AS x", {name: 1})


# -- the two stores are interchangeable -------------------------------------------------------------

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


@pytest.fixture
def both(request: pytest.FixtureRequest) -> tuple[Store, Store]:
    """An empty FalkorDB graph and an empty Neo4j graph, each loaded with the hand-made batch."""
    from tests.conftest import STORES, TEST_STORES

    if set(TEST_STORES) != set(STORES):
        pytest.skip(f"compares the stores; ARKG_TEST_STORE={','.join(TEST_STORES)} runs one")
    falkordb, neo4j = request.getfixturevalue("falkordb_graph"), request.getfixturevalue("neo4j_graph")
    for store in (falkordb, neo4j):
        store.write_batch(hand_made_batch())
    return falkordb, neo4j


def test_the_same_queries_give_the_same_rows_on_both_stores(both: tuple[Store, Store]) -> None:
    falkordb, neo4j = both
    assert neo4j.stats() == falkordb.stats()
    for cypher in SAME_ROWS:
        expected, got = falkordb.read(cypher), neo4j.read(cypher)
        assert got.columns == expected.columns, cypher
        assert canonical(got.rows) == canonical(expected.rows), cypher
        assert got.rows, cypher


def test_questions_on_dates_give_the_same_rows_on_both_stores(both: tuple[Store, Store]) -> None:
    falkordb, neo4j = both
    for store in both:
        store.write_batch(dated_batch())
    for cypher in DATE_QUESTIONS:
        expected, got = falkordb.read(cypher, {"from": "2007-01-01"}), neo4j.read(cypher, {"from": "2007-01-01"})
        assert got.rows == expected.rows and got.rows, cypher  # ordered questions: the order too


def test_exports_read_the_same_graph_from_both_stores(both: tuple[Store, Store]) -> None:
    falkordb, neo4j = both
    for page in (1, 3):
        assert list(nodes(neo4j, page=page)) == list(nodes(falkordb, page=page))
        assert list(relationships(neo4j, page=page)) == list(relationships(falkordb, page=page))


def test_the_sample_build_gives_the_same_graph_on_both_stores(both_sample_stores: tuple[Store, Store]) -> None:
    falkordb, neo4j = both_sample_stores
    assert neo4j.stats() == falkordb.stats()
    assert neo4j.stats()["relationships"].get("CITES")
    for page in (500,):
        assert list(nodes(neo4j, page=page)) == list(nodes(falkordb, page=page))
        assert list(relationships(neo4j, page=page)) == list(relationships(falkordb, page=page))


@pytest.mark.parametrize("question", [q.name for q in queries.catalogue()])
def test_every_saved_question_gives_identical_rows_on_both_stores(
    both_sample_stores: tuple[Store, Store], question: str
) -> None:
    """Every saved question there is (the catalogue, not a list kept here), run with its defaults."""
    falkordb, neo4j = both_sample_stores
    expected, got = queries.run(falkordb, question, {}), queries.run(neo4j, question, {})
    assert got.columns == expected.columns
    assert got.rows == expected.rows  # every saved question orders its rows and its collected lists
