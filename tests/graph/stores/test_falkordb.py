"""The FalkorDB store: idempotent batched loads, clean values, read-only reads, plain results."""

from __future__ import annotations

import pytest

from graph.model import ModelError
from graph.records import Batch, Edge, Evidence, Node
from graph.stores import QueryFailed, Store

DOC = "document/CAC/COSP/WG.2/2017/3"


def _batch() -> Batch:
    quote = "第五十六条"
    return Batch(
        [
            Node("uncac/article/56", "Article", {"number": 56, "name_zh": "第五十六条\x00 特别合作\x1b"}),
            Node("uncac/chapter/5", "Chapter", {"number": 5, "aliases": ["chapter V", None, "第五章"]}),
            Node(DOC, "Document", {"symbol": "CAC/COSP/WG.2/2017/3", "note": None}),
        ],
        [
            Edge("uncac/article/56", "PART_OF", "uncac/chapter/5"),
            Edge(DOC, "CITES", "uncac/article/56", evidence=Evidence(DOC, "4", 10, 15, quote, "zh")),
            Edge(DOC, "CITES", "uncac/article/56", evidence=Evidence(DOC, "9", 80, 85, quote, "zh")),
        ],
    )


def test_batches_are_idempotent(falkordb_store: Store) -> None:
    falkordb_store.write_batch(_batch())
    first = falkordb_store.stats()
    falkordb_store.write_batch(_batch())
    assert falkordb_store.stats() == first
    assert first == {
        "nodes": {"Article": 1, "Chapter": 1, "Document": 1},
        "relationships": {"CITES": 2, "PART_OF": 1},
    }


def test_values_are_cleaned_of_control_characters_and_nulls(falkordb_store: Store) -> None:
    falkordb_store.write_batch(_batch())
    row = falkordb_store.read("MATCH (a:Article) RETURN a.name_zh AS n").rows[0]
    assert row["n"] == "第五十六条 特别合作"
    aliases = falkordb_store.read("MATCH (c:Chapter) RETURN c.aliases AS a").rows[0]["a"]
    assert aliases == ["chapter V", "第五章"]
    assert falkordb_store.read("MATCH (d:Document) RETURN d.note AS n, d.id AS id").rows[0]["n"] is None


def test_results_use_canonical_ids(falkordb_store: Store) -> None:
    falkordb_store.write_batch(_batch())
    rows = falkordb_store.read(
        "MATCH p=(d:Document)-[e:CITES]->(a:Article) RETURN d, e, p ORDER BY e.paragraph"
    ).rows
    assert [r["e"]["properties"]["paragraph"] for r in rows] == ["4", "9"]
    node, rel, path = rows[0]["d"], rows[0]["e"], rows[0]["p"]
    assert node["id"] == DOC and set(node["labels"]) == {"Entity", "Document"}
    assert (rel["type"], rel["start"], rel["end"]) == ("CITES", DOC, "uncac/article/56")
    assert rel["properties"]["quote"] == "第五十六条"
    assert [n["id"] for n in path["nodes"]] == [DOC, "uncac/article/56"]
    assert path["relationships"][0]["start"] == DOC


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Article {id: 'x'})",
        "MATCH (n:Article) SET n.number = 1",
        "MERGE (n:Article {id: 'uncac/article/1'})",
        "MATCH (n) DELETE n",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Article) REMOVE n.number",
        "DROP INDEX ON :Article(id)",
        "CALL db.idx.fulltext.createNodeIndex('Article', 'name')",
    ],
)
def test_reads_refuse_writes_on_the_server(falkordb_store: Store, query: str) -> None:
    falkordb_store.write_batch(_batch())
    before = falkordb_store.stats()
    with pytest.raises(QueryFailed):
        falkordb_store.read(query)
    assert falkordb_store.stats() == before


def test_bad_query_gives_the_stores_message(falkordb_store: Store) -> None:
    with pytest.raises(QueryFailed, match="Invalid input"):
        falkordb_store.read("MATCH (n RETURN n")


def test_row_limit_truncates(falkordb_store: Store) -> None:
    result = falkordb_store.read("UNWIND range(1, 50) AS x RETURN x", row_limit=10)
    assert result.truncated and result.values("x") == list(range(1, 11))


def test_stream_pages_through_everything(falkordb_store: Store) -> None:
    falkordb_store.write_batch(_batch())
    ids = [r["id"] for r in falkordb_store.stream("MATCH (n:Entity) RETURN n.id AS id ORDER BY id", page=2)]
    assert ids == sorted([DOC, "uncac/article/56", "uncac/chapter/5"])


def test_stream_pages_on_a_key(falkordb_store: Store) -> None:
    falkordb_store.write_batch(_batch())
    query = "MATCH (n:Entity) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT $page"
    for page in (1, 2, 3, 100):
        ids = [r["id"] for r in falkordb_store.stream(query, page=page, key="id")]
        assert ids == sorted([DOC, "uncac/article/56", "uncac/chapter/5"]), page


AWKWARD = ["it's", 'say "hi"', "back\\slash", "ends with \\", "\\'", "中文\n第二行", "tab\there", '{"k": 1}', '"k":',
           ',"id":"x"}', "`tick`", "\u2028", "\\u0041", ""]


def test_values_reach_the_server_exactly_as_given(falkordb_store: Store) -> None:
    """Parameters travel as JSON text: quotes, escapes and JSON-looking strings must survive it."""
    falkordb_store.write_batch(Batch([Node("topic/awkward", "Topic", {"name": AWKWARD[1], "aliases": AWKWARD})]))
    row = falkordb_store.read("MATCH (t:Topic) RETURN t.name AS name, t.aliases AS aliases").rows[0]
    assert row == {"name": AWKWARD[1], "aliases": AWKWARD}
    rows = falkordb_store.read("UNWIND $texts AS t RETURN t, size(t) AS n", {"texts": AWKWARD}).rows
    assert rows == [{"t": t, "n": len(t)} for t in AWKWARD]


def test_a_map_key_that_is_not_a_name_is_refused_not_misread(falkordb_store: Store) -> None:
    from graph.stores import StoreError

    with pytest.raises(StoreError):
        falkordb_store.write_atomic([("UNWIND $rows AS r CREATE (:Entity:Topic {id: r.id})",
                                      {"rows": [{'id": "topic/x", "y': "topic/y"}]})])
    assert falkordb_store.stats() == {"nodes": {}, "relationships": {}}


def test_labels_and_types_come_only_from_the_schema(falkordb_store: Store) -> None:
    with pytest.raises(ModelError):
        falkordb_store.write_batch(Batch([Node("uncac/article/1", "Article) DETACH DELETE n //")]))
    with pytest.raises(ModelError):
        falkordb_store.write_batch(Batch(edges=[Edge("uncac", "PART_OF]->() DELETE x //", "uncac")]))
    with pytest.raises(ModelError):
        falkordb_store.write_batch(Batch([Node("not-an-article-id", "Article")]))
    assert falkordb_store.stats() == {"nodes": {}, "relationships": {}}


@pytest.mark.parametrize("name", ["a b", "x=1 RETURN 1 //", "p}", "", "1abc"])
def test_parameter_names_must_be_identifiers(falkordb_store: Store, name: str) -> None:
    from graph.stores import QueryRefused

    with pytest.raises(QueryRefused, match="parameter name"):
        falkordb_store.read("RETURN 1 AS x", {name: 1})
