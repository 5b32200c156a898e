"""What every exporter reads: the whole graph once, in id order, however small the pages."""

from __future__ import annotations

from arkg.graph.export.rdf import Exporter, graph_text
from arkg.graph.export.source import ParagraphTexts, nodes, relationships
from arkg.graph.stores import Store
from tests.graph.export.handmade import handmade_batch


def test_pages_of_any_size_give_every_node_and_relationship_once_in_order(store: Store) -> None:
    batch = handmade_batch()
    store.write_batch(batch)
    all_nodes, all_edges = list(nodes(store)), list(relationships(store))
    assert [n.id for n in all_nodes] == sorted(n.id for n in batch.nodes)
    assert sorted((e.source, e.type, e.target, e.props["key"]) for e in all_edges) == sorted(
        (e.source, e.type, e.target, e.key) for e in batch.edges)
    assert [(e.source, e.type, e.target) for e in all_edges] == sorted((e.source, e.type, e.target) for e in all_edges)
    # nodes without relationships (the leaves) fall inside pages: page 1 is one source node
    for page in (1, 2, 3):
        assert list(nodes(store, page=page)) == all_nodes
        assert list(relationships(store, page=page)) == all_edges


def _evidence_keys(store: Store) -> list[tuple[str, str, str]]:
    return [(str(e.props["document"]), str(e.props["paragraph"]), str(e.props["language"]))
            for e in relationships(store) if e.props.get("document") and e.props.get("language")]


def test_paragraph_texts_read_in_bulk_are_the_texts_read_one_by_one(sample_store: Store) -> None:
    """Regression (issue 22): one read per document and language made an export at 10 000 documents spend
    93 % of its time on paragraph queries; a block's paragraphs are now one read per language."""
    keys = _evidence_keys(sample_store)
    languages = {language for _, _, language in keys}
    bulk = ParagraphTexts(sample_store)
    bulk.prefetch(keys)
    assert bulk.reads == len(languages)
    one_by_one = ParagraphTexts(sample_store, size=1)
    found = 0
    for key in set(keys):
        assert bulk(*key) == one_by_one(*key)
        found += bulk(*key) is not None
    assert bulk.reads == len(languages)  # everything asked for was held
    assert found == len({key for key in keys if key[1]}) > 50  # every paragraph the evidence names has a text
    # what is read is the paragraph's own text in that language, and it holds the evidence's quote at its offsets
    for e in relationships(sample_store):
        if e.props.get("document") and e.props.get("language") and e.type == "MENTIONS":
            got = bulk(str(e.props["document"]), str(e.props["paragraph"]), str(e.props["language"]))
            assert got is not None
            offset, text = got
            assert text[e.props["start"] - offset:e.props["end"] - offset] == e.props["quote"]


def test_paragraph_texts_not_held_are_read_again_and_unknown_ones_are_none(sample_store: Store) -> None:
    document, paragraph, language = _evidence_keys(sample_store)[0]
    texts = ParagraphTexts(sample_store, size=1)
    first = texts(document, paragraph, language)
    assert first is not None
    assert texts(document, "no-such-paragraph", language) is None
    assert texts(document, paragraph, "xx") is None  # not a language of the model: no read at all
    assert texts.reads == 2
    assert texts(document, paragraph, language) == first  # evicted by the size of 1, read again
    assert texts.reads == 3


def test_an_export_with_a_cache_of_one_paragraph_is_the_same_export(sample_store: Store) -> None:
    """Eviction between a block's prefetch and its use only costs reads, never a quote's context."""
    whole = b"".join(graph_text(sample_store, Exporter(paragraphs=ParagraphTexts(sample_store))))
    small = ParagraphTexts(sample_store, size=1)
    assert b"".join(graph_text(sample_store, Exporter(paragraphs=small))) == whole
    assert whole.count(b"/ns/oa#prefix>") > 100
