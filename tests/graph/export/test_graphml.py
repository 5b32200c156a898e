"""GraphML export: every node and relationship, scalar attributes, lists joined, readable by networkx."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from arkg.graph.export.graphml import LIST_SEPARATOR, export_graphml
from arkg.graph.stores.base import Store
from tests.graph.export.handmade import DOC, handmade_batch


def test_graphml_holds_every_node_and_relationship(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    nodes, edges = export_graphml(sample_store, path)
    stats = sample_store.stats()
    assert nodes == sum(stats["nodes"].values())
    assert edges == sum(stats["relationships"].values())
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == nodes and graph.number_of_edges() == edges
    assert graph.nodes["uncac/article/56"]["label"] == "Article"
    assert graph.nodes["uncac/article/56"]["number"] == 56


def test_lists_are_joined_and_edges_keep_type_and_evidence(store: Store, tmp_path: Path) -> None:
    store.write_batch(handmade_batch())
    path = tmp_path / "graph.graphml"
    export_graphml(store, path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.nodes[DOC]["languages"] == f"zh{LIST_SEPARATOR}en"
    cites = [d for _, _, d in graph.edges(DOC, data=True) if d["type"] == "CITES"]
    assert len(cites) == 3
    assert {d["quote"] for d in cites} == {"第五十六条", "article 56"}
    assert all(isinstance(d["start"], int) for d in cites)
