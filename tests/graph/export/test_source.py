"""What every exporter reads: the whole graph once, in id order, however small the pages."""

from __future__ import annotations

from arkg.graph.export.source import nodes, relationships
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
