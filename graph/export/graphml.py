"""The graph as GraphML (Gephi, yEd, Cytoscape): scalar properties as attributes, lists joined."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import networkx as nx

from arkg.graph.export.source import View, nodes, relationships
from arkg.graph.stores.base import Store

LIST_SEPARATOR = " | "


def attributes(props: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """GraphML holds scalars only: lists become one ``a | b`` string, missing values are dropped."""
    out: dict[str, str | int | float | bool] = {}
    for key, value in props.items():
        if isinstance(value, list):
            out[key] = LIST_SEPARATOR.join(str(v) for v in value)
        elif value is not None:
            out[key] = value
    return out


def to_networkx(store: Store, view: View | None = None) -> nx.MultiDiGraph[str]:
    """Node keys are canonical ids; each edge keeps its type as ``type`` and its props as attributes."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in nodes(store, view=view):
        graph.add_node(node.id, **{**attributes(node.props), "label": node.label})
    for edge in relationships(store, view=view):
        # attributes set after the edge is added keep its own ``key`` property apart from networkx's key
        key = graph.add_edge(edge.source, edge.target, edge.props.get("key"))
        graph.edges[edge.source, edge.target, key].update({**attributes(edge.props), "type": edge.type})
    return graph


def export_graphml(store: Store, out: IO[bytes] | Path, view: View | None = None) -> tuple[int, int]:
    """Write GraphML (of the whole graph or of ``view``); returns (nodes, edges)."""
    graph = to_networkx(store, view)
    nx.write_graphml(graph, out, encoding="utf-8")
    return graph.number_of_nodes(), graph.number_of_edges()
