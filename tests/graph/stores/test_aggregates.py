"""Issue 22: the counts the build keeps (``graph/stores/aggregates.py``: co-mentions; ``document_counts.py``:
mentions per document and entity; ``citation_counts.py``: citations per cited node; ``mandate_counts.py``: stating
paragraphs per addressee and issuer of mandates) equal a count from
scratch after every kind of write — a new document, a new language version on shared paragraphs, an
edited document, a removal, an import, a repair — on every store; and nothing that walks the graph sees them.
"""

from __future__ import annotations

import io
import shutil
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from arkg import queries
from arkg.bench.corpus import write_corpus
from arkg.graph import projection
from arkg.graph.export.rdf import export_rdf
from arkg.graph.model import ModelError, model
from arkg.graph.stores import Store, aggregates, citation_counts, document_counts, mandate_counts
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


def mentions_in_python(store: Store) -> document_counts.Counts:
    """Per (document of the mention, entity), the paragraphs mentioning the entity that do not also name a
    place located in it (``mentions-at-meetings``' definition), computed here from every mention."""
    mentions = store.read("MATCH (p:Paragraph)-[m:MENTIONS]->(e:Entity) "
                          "RETURN DISTINCT p.id AS p, e.id AS e, labels(e) AS labels, m.document AS document",
                          timeout_ms=0).rows
    venues = {(r["p"], r["e"]) for r in store.read(
        "MATCH (p:Paragraph)-[:MENTIONS]->(:Place)-[:LOCATED_IN]->(e:Entity) RETURN DISTINCT p.id AS p, e.id AS e",
        timeout_ms=0).rows}
    label = {r["e"]: next(lb for lb in r["labels"] if lb != "Entity") for r in mentions}
    counted = Counter((r["document"], r["e"]) for r in mentions if (r["p"], r["e"]) not in venues)
    return {key: (n, label[key[1]]) for key, n in counted.items()}


def citations_in_python(store: Store) -> citation_counts.Counts:
    """Per cited node, the ``CITES`` edges from documents, each edge read as a row of its own."""
    rows = store.read("MATCH (:Document)-[c:CITES]->(r) RETURN r.id AS target, c.key AS key, c.document AS d",
                      timeout_ms=0).rows
    return dict(Counter(r["target"] for r in rows))


def statements_in_python(store: Store) -> mandate_counts.Counts:
    """Per (addressee, issuer), the stating edges of the mandates the issuer gives the addressee: each edge read
    as a row of its own, joined here with the (addressee, mandate, issuer) triples."""
    triples = {(r["who"], r["m"], r["issuer"]) for r in store.read(
        "MATCH (who:Entity)<-[a:ADDRESSED_TO]-(m:Mandate)<-[i:ISSUES]-(issuer:Entity) "
        "RETURN who.id AS who, m.id AS m, issuer.id AS issuer, a.key AS a, i.key AS i", timeout_ms=0).rows}
    stated = Counter(r["m"] for r in store.read("MATCH ()-[s:STATES]->(m:Mandate) RETURN m.id AS m, s.key AS key",
                                                timeout_ms=0).rows)
    counted: Counter[tuple[str, str]] = Counter()
    for who, mandate, issuer in triples:
        counted[(who, issuer)] += stated[mandate]
    return {key: n for key, n in counted.items() if n}


def kept_counts(store: Store) -> tuple[object, ...]:
    """Every aggregate's counts as the store keeps them."""
    return (aggregates.counts(store), document_counts.counts(store), citation_counts.counts(store),
            mandate_counts.counts(store))


def assert_exact(store: Store) -> aggregates.Counts:
    kept = aggregates.counts(store)
    assert kept, "the graph has co-mentions, so it has counts"
    assert kept == counted_in_python(store) == aggregates.recounted(store)
    mentions = document_counts.counts(store)
    assert mentions and mentions == mentions_in_python(store) == document_counts.recounted(store)
    citations = citation_counts.counts(store)
    assert citations and citations == citations_in_python(store) == citation_counts.recounted(store)
    statements = mandate_counts.counts(store)
    assert statements and statements == statements_in_python(store) == mandate_counts.recounted(store)
    assert aggregates.miscounted(store) == 0
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
    assert document_counts.counts(store) == {} == citation_counts.counts(store) == mandate_counts.counts(store)


def test_a_group_rolled_back_leaves_the_counts_as_they_were(store: Store) -> None:
    assert not build(store, [SAMPLES]).failed
    before = kept_counts(store)
    assert mandate_counts.counts(store)  # the sample states mandates: a subtraction would change them
    statements = aggregates.subtract([EDITED_ID]) + [("RETURN 1/0 AS broken", {})]
    with pytest.raises(Exception):  # noqa: B017 - the store's own error for the failing statement
        store.write_atomic(statements)
    assert kept_counts(store) == before


def test_check_finds_a_wrong_count_and_fix_counts_again(store: Store) -> None:
    assert not build(store, [SAMPLES]).failed
    assert check(store).clean
    store.run_write("MATCH (c:CoMention) WITH c ORDER BY c.pair LIMIT 2 SET c.paragraphs = c.paragraphs + 7")
    store.run_write("MATCH (c:CoMention) WITH c ORDER BY c.pair DESC LIMIT 1 DELETE c")
    store.run_write("MATCH (c:MentionCount) WITH c ORDER BY c.document, c.entity LIMIT 1 DELETE c")
    store.run_write("MATCH (c:CitationCount) WITH c ORDER BY c.target LIMIT 1 SET c.citations = c.citations + 1")
    store.run_write("MATCH (c:MandateCount) WITH c ORDER BY c.addressee, c.issuer LIMIT 1 "
                    "SET c.statements = c.statements - 1")
    report = check(store)
    assert report.miscounted == 6 and not report.clean
    assert check(store, fix=True).fixed
    assert_exact(store)
    assert check(store).clean


def test_counts_without_their_entitys_label_are_found_and_fixed(store: Store) -> None:
    """A graph built before stop 14 keeps mention counts without the label ``mentions-at-meetings`` now
    finds them by: the check reports each, the fix recounts, and the question answers as before."""
    assert not build(store, [SAMPLES]).failed
    question = queries.get("mentions-at-meetings")
    answer = store.read(question.cypher, queries.bind(question, {}), timeout_ms=0).rows
    assert answer
    store.run_write("MATCH (c:MentionCount) REMOVE c.label")
    assert store.read(question.cypher, queries.bind(question, {}), timeout_ms=0).rows == []
    assert check(store).miscounted == len(document_counts.recounted(store))
    assert check(store, fix=True).fixed
    assert store.read(question.cypher, queries.bind(question, {}), timeout_ms=0).rows == answer


def test_a_graph_built_before_the_counts_gets_them_from_one_check_fix(store: Store) -> None:
    assert not build(store, [SAMPLES]).failed
    store.run_write("MATCH (c:MentionCount) DELETE c")  # as a graph built before issue 22's stop 8 holds them
    store.run_write("MATCH (c:CitationCount) DELETE c")
    store.run_write("MATCH (c:MandateCount) DELETE c")  # as a graph built before issue 22's stop 13 holds them
    assert check(store).miscounted == (len(document_counts.recounted(store)) + len(citation_counts.recounted(store))
                                       + len(mandate_counts.recounted(store)))
    assert check(store, fix=True).fixed
    assert_exact(store)


def test_nothing_that_walks_the_graph_sees_the_counts(sample_store: Store) -> None:
    assert aggregates.counts(sample_store)
    m = model()
    assert document_counts.counts(sample_store) and citation_counts.counts(sample_store)
    assert mandate_counts.counts(sample_store)
    assert m.aggregate_labels == {"CoMention", "MentionCount", "CitationCount", "MandateCount"}
    assert not m.aggregate_labels & m.labels
    # the statistics, the export (what validation and `arkg import` read), rankings and neighbourhoods
    assert not m.aggregate_labels & set(sample_store.stats()["nodes"])
    out = io.BytesIO()
    export_rdf(sample_store, out, "nt")
    assert not any(label.encode() in out.getvalue() for label in m.aggregate_labels)
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
    assert model().aggregate_indexes == [("CitationCount", "target"), ("CoMention", "pair"), ("CoMention", "refill"),
                                         ("MandateCount", "addressee"), ("MentionCount", "document"),
                                         ("MentionCount", "entity"), ("MentionCount", "label")]
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
