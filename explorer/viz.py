"""Query results → an interactive neo4j-viz graph keyed by arkg's canonical ids.

Node ids in the drawing are canonical ids (``uncac/article/56``), never a store's internal ids,
so what the user clicks can be looked up, linked and expanded the same way on every store.
Colours are fixed per node type (the schema's label order), so a type keeps its colour from
page to page and the legend always means the same thing.

Drawing speed: positions are computed here (a seeded spring layout, the same picture on every
visit) and drawn with neo4j-viz's coordinate layout, so the browser draws the graph once instead
of animating a force simulation; neo4j-viz's frontend itself reaches the browser once per tab
(:mod:`explorer.frontend`), so a rerun sends only the graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import streamlit as st
from neo4j_viz import Layout, Node, Relationship, VisualizationGraph

from explorer import frontend
from explorer.i18n import entity_name, rel_name, type_name
from graph.model import model

_PALETTE = (
    "#4C8EDA", "#F79767", "#57C7E3", "#F16667", "#8DCC93", "#ECB5C9", "#C990C0", "#FFC454", "#DA7194",
    "#569480", "#D9C8AE", "#A5ABB6", "#6DCE9E", "#FF756E", "#68BDF6", "#DE9BF9", "#FB95AF", "#B38A5C",
)
#: Properties too long to carry into the browser's side panel (paragraph texts).
_LONG = 300
#: Pixels between neighbouring nodes in the precomputed layout (nodes are drawn 18–28 px wide).
_SPACING = 90
#: What the frontend receives and what it writes back (neo4j-viz's GraphWidget traits).
_SEND = ("nodes", "relationships", "options", "width", "height", "theme", "selected", "legend")
_RECEIVE = ("selected", "options", "last_event")


def type_color(label: str) -> str:
    labels = sorted(model().labels)
    return _PALETTE[labels.index(label) % len(_PALETTE)] if label in labels else "#A5ABB6"


def node_label(node: dict[str, Any]) -> str:
    """The node's type label among its labels (every node also carries ``Entity``)."""
    known = model().labels
    return next((lb for lb in node.get("labels") or [] if lb in known), "")


@dataclass(slots=True)
class Subgraph:
    """Nodes by canonical id and relationships between them, as the store returns them."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    relationships: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, value: Any) -> None:
        """Collect every node, relationship and path found anywhere in a result value."""
        if isinstance(value, list):
            for item in value:
                self.add(item)
        elif isinstance(value, dict) and {"nodes", "relationships"} <= value.keys():
            self.add(value["nodes"])
            self.add(value["relationships"])
        elif isinstance(value, dict) and {"id", "labels", "properties"} <= value.keys() and value["id"]:
            self.nodes.setdefault(str(value["id"]), value)
        elif isinstance(value, dict) and {"type", "start", "end"} <= value.keys():
            props = value.get("properties") or {}
            rel_id = str(props.get("key") or f"{value['start']}|{value['type']}|{value['end']}")
            self.relationships.setdefault(rel_id, value)

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]]) -> Subgraph:
        sub = cls()
        for row in rows:
            sub.add(list(row.values()))
        return sub

    def positions(self) -> dict[str, tuple[float, float]]:
        """Seeded spring-layout coordinates in pixels, centred on the origin (where the view starts)."""
        graph = nx.Graph()
        graph.add_nodes_from(self.nodes)
        graph.add_edges_from((str(r["start"]), str(r["end"])) for r in self.relationships.values()
                             if str(r["start"]) in self.nodes and str(r["end"]) in self.nodes)
        if len(graph) < 2:
            return dict.fromkeys(graph, (0.0, 0.0))
        scale = _SPACING * len(graph) ** 0.5
        return {id_: (float(x), float(y))
                for id_, (x, y) in nx.spring_layout(graph, seed=7, iterations=30, scale=scale).items()}

    def visualization(self, focus: Iterable[str] = (),
                      positions: dict[str, tuple[float, float]] | None = None) -> VisualizationGraph:
        """A coloured drawing with a legend; ``focus`` nodes are drawn larger, at ``positions`` (computed if None)."""
        focus = set(focus)
        where = positions if positions is not None else self.positions()
        nodes = []
        for id_, node in self.nodes.items():
            label = node_label(node)
            props = {k: v for k, v in (node.get("properties") or {}).items()
                     if not (isinstance(v, str) and len(v) > _LONG) and k != "source"}
            nodes.append(Node(
                id=id_, caption=_short(entity_name(node.get("properties") or {"id": id_})),
                color=type_color(label), size=28 if id_ in focus else 18, x=where[id_][0], y=where[id_][1],
                properties={"type": type_name(label) if label else "", **props},
            ))
        rels = [
            Relationship(id=rel_id, source=str(rel["start"]), target=str(rel["end"]), caption=rel_name(rel["type"]),
                         properties={"type": rel["type"], **{k: v for k, v in (rel.get("properties") or {}).items()
                                                             if k != "key"}})
            for rel_id, rel in self.relationships.items()
            if str(rel["start"]) in self.nodes and str(rel["end"]) in self.nodes
        ]
        graph = VisualizationGraph(nodes=nodes, relationships=rels)
        present = sorted({node_label(n) for n in self.nodes.values()} - {""})
        graph.set_legend(nodes={type_name(label): type_color(label) for label in present})
        return graph


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show(graph: VisualizationGraph, key: str, height: int = 560) -> list[str]:
    """Draw ``graph`` in the page; returns the canonical ids of the nodes the user has selected.

    What the browser owns (the selection, the zoom and pan) is sent back as the browser last
    reported it, so a rerun does not reset what the user did.
    """
    widget = graph.render_widget(height=f"{height}px", layout=Layout.COORDINATE, on_dangling="none",
                                 initial_zoom=_fitting_zoom(graph, height), show_layout_button=False)
    state = widget.get_state()
    owned = st.session_state.get(key)
    data = {trait: state[trait] for trait in _SEND}
    if isinstance(owned, dict):
        data |= {trait: owned[trait] for trait in ("selected", "options") if owned.get(trait) is not None}
    result = frontend.renderer()(key=key, data=data, height=height, default=dict.fromkeys(_RECEIVE),
                         **{f"on_{trait}_change": _ignore for trait in _RECEIVE})
    selected = result.get("selected") or data["selected"]
    return [str(i) for i in selected.get("nodeIds") or []]


def _fitting_zoom(graph: VisualizationGraph, height: int) -> float:
    """The zoom that shows every node of a drawing centred on the origin (the view is wider than high)."""
    extent = max((max(abs(node.x or 0), abs(node.y or 0)) for node in graph.nodes), default=0)
    return min(1.0, (height / 2 - 40) / extent) if extent else 1.0


def _ignore(*_: object, **__: object) -> None:
    """Registers a frontend value as component state; reading it after the rerun is enough."""
