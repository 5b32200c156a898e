"""The stored graph, or part of it, as a networkx graph: the one bridge from a store to networkx.

Analytics and the GraphML exporter both start here, so they see the same nodes (keyed by
canonical id, whatever the store's internal ids) and the same edges (one per piece of evidence,
keyed by the edge's idempotency ``key``, as in the store).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from arkg.graph.model import model
from arkg.graph.records import EVIDENCE_FIELDS
from arkg.graph.stores.base import Store, by_ids

#: Read by pages of node ids (``graph.stores.base.by_ids``), so each node is read once.
_NODES = (
    "UNWIND $ids AS i MATCH (n:Entity {id: i}) WHERE $all OR any(l IN labels(n) WHERE l IN $labels) "
    "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id"
)
#: Read by pages of source nodes, as the exporters read (``graph.export.source``), so a node's
#: relationships never straddle two reads.
_EDGES = (
    "UNWIND $ids AS i MATCH (a:Entity {id: i}) "
    "OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE $all OR type(r) IN $types "
    "RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props ORDER BY source"
)
#: Source nodes per page of relationships.
_EDGE_PAGE = 500


def _checked(names: Iterable[str] | None, check: Any) -> list[str] | None:
    """Names validated against the schema, so a typo is an error rather than an empty graph."""
    if names is None:
        return None
    names = list(names)
    for name in names:
        check(name)
    return names


def type_label(labels: list[str]) -> str:
    """The node's type label (every node also carries ``Entity``)."""
    return next((label for label in labels if label != "Entity"), "Entity")


def to_networkx(store: Store, labels: Iterable[str] | None = None,
                rel_types: Iterable[str] | None = None) -> nx.MultiDiGraph[str]:
    """Nodes of ``labels`` (default all) and the ``rel_types`` edges (default all) between them.

    Node attributes: ``label``, ``name`` and the stored properties. Edge attributes: ``type``,
    ``evidence`` (a dict of document, paragraph, start, end, quote, language — or None for
    reference facts) and any other stored property.
    """
    m = model()
    wanted_labels = _checked(labels, m.node_type)
    wanted_types = _checked(rel_types, m.rel_type)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    node_params = {"all": wanted_labels is None, "labels": wanted_labels or []}
    for row in by_ids(store, _NODES, node_params):
        props = dict(row["props"] or {})
        props.pop("id", None)
        props.update(label=type_label(row["labels"]), name=props.get("name") or row["id"])
        graph.add_node(row["id"], **props)
    edge_params = {"all": wanted_types is None, "types": wanted_types or []}
    for row in by_ids(store, _EDGES, edge_params, _EDGE_PAGE):
        if row["type"] is None or row["source"] not in graph or row["target"] not in graph:
            continue
        props = dict(row["props"] or {})
        evidence = {k: props.pop(k) for k in EVIDENCE_FIELDS if k in props} or None
        key = props.pop("key", None)
        props.update(type=row["type"], evidence=evidence)
        graph.add_edge(row["source"], row["target"], key=key, **props)
    return graph
