"""Issue 22: the co-mention counts the build keeps (``graph/stores/aggregates.py``) equal a count from
scratch after every kind of write — a new document, a new language version on shared paragraphs, an
edited document, a removal, an import, a repair — on every store; and nothing that walks the graph sees them.
"""

from __future__ import annotations

import io
import shutil
from itertools import combinations
from pathlib import Path

import pytest

from arkg import queries
from arkg.bench.corpus import write_corpus
from arkg.graph import projection
from arkg.graph.export.rdf import export_rdf
from arkg.graph.model import ModelError, model
from arkg.graph.stores import Store, aggregates
from arkg.pipeline.build import SAMPLES, build
from arkg.pipeline.check import check
from arkg.pipeline.remove import remove_documents

EDITED = "001_42877f188cf903a3.txt"
EDITED_ID = "document/CAC/COSP/WG.2/2017/L.1/Add.1"


def counted_in_python(store: Store) -> aggregates.Counts:
    """The counts as the definition says, computed here from every paragraph's mentions (not by the module)."""
    rows = store.read("MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity) RETURN DISTINCT p.id AS p, e.id AS e",
                      timeout_ms=0).rows
    entities: dict[str, set[str]] = {}
    for row in rows:
        entities.setdefault(row["p"], set()).add(row["e"])
    paragraphs: dict[tuple[str, str], list[str]] = {}
    for paragraph, mentioned in entities.items():
        for pair in combinations(sorted(mentioned), 2):
            paragraphs.setdefault(pair, []).append(paragraph)
    return {pair: (len(ids), tuple(sorted(ids)[:aggregates.EXAMPLES])) for pair, ids in paragraphs.items()}


def assert_exact(store: Store) -> aggregates.Counts:
    kept = aggregates.counts(store)
    assert kept, "the graph has co-mentions, so it has counts"
    assert kept == counted_in_python(store) == aggregates.recounted(store)
    rows = store.read("MATCH (c:CoMention) RETURN c.a AS a, c.b AS b, c.labels AS labels, c.refill AS refill",
                      timeout_ms=0).rows
    entity_labels = {r["id"]: r["labels"] for r in store.read(
        "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, labels(e) AS labels",
        {"ids": sorted({x for pair in kept for x in pair})}, timeout_ms=0).rows}
    assert all(sorted(r["labels"]) == sorted(entity_labels[r["a"]] + entity_labels[r["b"]]) for r in rows)
    assert all(r["refill"] is None for r in rows)  # a mark lives within one load group only
    return kept


def edited_copy(folder: Path) -> Path:
    """The English report with paragraphs of its first half left out and one name changed."""
    lines = (SAMPLES / EDITED).read_text(encoding="utf-8").split("\n")
    kept = [line for at, line in enumerate(lines) if not len(lines) // 5 < at < len(lines) // 2]  # symbol at 129
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / EDITED
    path.write_text("\n".join(kept).replace("CARIN", "ARIN-AP"), encoding="utf-8")
    return path


def test_counts_stay_exact_through_additions_replacements_and_removals(store: Store, tmp_path: Path) -> None:
    synthetic = write_corpus(tmp_path / "synthetic", 14, seed=3)  # six language versions per symbol
    assert not build(store, synthetic[:4]).failed  # four language versions of one document
    first = assert_exact(store)
    assert not build(store, synthetic[4:]).failed  # its other two versions, on shared paragraphs, and more
    assert_exact(store)
    assert aggregates.counts(store) != first
    assert not build(store, [SAMPLES]).failed
    with_samples = assert_exact(store)
    edited = edited_copy(tmp_path / "edited")
    assert build(store, [edited]).loaded  # the changed text replaces the old
    assert_exact(store)
    assert aggregates.counts(store) != with_samples
    shutil.copy(SAMPLES / EDITED, edited)
    assert build(store, [edited]).loaded  # back as it was: so are the counts
    assert assert_exact(store) == with_samples
    # the document of the first examples: pairs that lose one but keep five paragraphs or more have theirs read again
    first = min(x for _, examples in with_samples.values() for x in examples).partition("/para/")[0]
    examples_lost = {pair for pair, (_, examples) in with_samples.items()
                     if any(x.startswith(f"{first}/para/") for x in examples)}
    assert remove_documents(store, [first]) == [first]
    after = assert_exact(store)
    assert any(after[pair][0] >= aggregates.EXAMPLES for pair in examples_lost & after.keys())
    assert remove_documents(store, [EDITED_ID]) == [EDITED_ID]
    assert_exact(store)
    symbols = {r["id"] for r in store.read("MATCH (d:Document) WHERE d.content_hashes IS NOT NULL "
                                           "RETURN d.id AS id").rows}
    assert remove_documents(store, sorted(symbols))
    assert aggregates.counts(store) == {} == counted_in_python(store)


def test_a_group_rolled_back_leaves_the_counts_as_they_were(store: Store) -> None:
    assert not build(store, [SAMPLES]).failed
    before = aggregates.counts(store)
    statements = aggregates.subtract([EDITED_ID]) + [("RETURN 1/0 AS broken", {})]
    with pytest.raises(Exception):  # noqa: B017 - the store's own error for the failing statement
        store.write_atomic(statements)
    assert aggregates.counts(store) == before


def test_check_finds_a_wrong_count_and_fix_counts_again(store: Store) -> None:
    assert not build(store, [SAMPLES]).failed
    assert check(store).clean
    store.run_write("MATCH (c:CoMention) WITH c ORDER BY c.pair LIMIT 2 SET c.paragraphs = c.paragraphs + 7")
    store.run_write("MATCH (c:CoMention) WITH c ORDER BY c.pair DESC LIMIT 1 DELETE c")
    report = check(store)
    assert report.miscounted == 3 and not report.clean
    assert check(store, fix=True).fixed
    assert_exact(store)
    assert check(store).clean


def test_nothing_that_walks_the_graph_sees_the_counts(sample_store: Store) -> None:
    assert aggregates.counts(sample_store)
    m = model()
    assert m.aggregate_labels == {"CoMention"} and not m.aggregate_labels & m.labels
    # the statistics, the export (what validation and `arkg import` read), rankings and neighbourhoods
    assert "CoMention" not in sample_store.stats()["nodes"]
    out = io.BytesIO()
    export_rdf(sample_store, out, "nt")
    assert b"CoMention" not in out.getvalue()
    graph = projection.to_networkx(sample_store)
    assert all(data["label"] in m.labels for _, data in graph.nodes(data=True))
    ids = {r["id"] for r in sample_store.read("MATCH (e:Entity) RETURN e.id AS id", timeout_ms=0).rows}
    assert set(graph.nodes) <= ids
    for row in queries.run(sample_store, "neighbourhood", {"entity": "network/carin", "limit": 1000}).rows:
        assert row["entity"] in ids and row["label"] in m.labels


def test_an_aggregate_that_is_an_entity_is_refused(tmp_path: Path) -> None:
    from rdflib import Graph, Literal

    from arkg.graph.model import ARKG, RDFS, SCHEMA_PATH, Model

    graph = Graph().parse(SCHEMA_PATH, format="turtle")
    graph.add((ARKG.Topic, ARKG.aggregate, Literal(True)))
    with pytest.raises(ModelError, match="aggregate Topic must not be a subclass of arkg:Entity"):
        Model(graph)
    graph = Graph().parse(SCHEMA_PATH, format="turtle")
    graph.remove((ARKG.CoMention, ARKG.indexedBy, None))
    with pytest.raises(ModelError, match="aggregate CoMention needs"):
        Model(graph)
    assert (ARKG.CoMention, RDFS.subClassOf, ARKG.Entity) not in graph


def test_the_keys_the_build_looks_counts_up_by_are_indexed(store: Store) -> None:
    assert model().aggregate_indexes == [("CoMention", "pair"), ("CoMention", "refill")]
    if store.kind == "neo4j":
        with store.driver.session(database=store.database) as session:  # type: ignore[attr-defined]
            rows = session.run("SHOW INDEXES YIELD entityType, labelsOrTypes, properties").data()
        found = {(r["labelsOrTypes"][0], key) for r in rows
                 if r["entityType"] == "NODE" and r["labelsOrTypes"] and r["properties"] for key in r["properties"]}
    else:
        result = store.graph.ro_query(  # type: ignore[attr-defined]
            "CALL db.indexes() YIELD label, properties, entitytype RETURN label, properties, entitytype")
        found = {(label, key) for label, keys, kind in result.result_set if kind == "NODE" for key in keys}
    assert set(model().aggregate_indexes) <= found
    store.ensure_schema()  # a second run creates nothing and fails nothing
