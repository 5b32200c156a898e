"""Query results → an interactive neo4j-viz graph keyed by arkg's canonical ids.

Node ids in the drawing are canonical ids (``uncac/article/56``), never a store's internal ids,
so what the user clicks can be looked up, linked and expanded the same way on every store.
Every node carries its short caption (:mod:`explorer.captions`), its type's colour and icon
(:mod:`explorer.icons`) and, in its properties, its full name; every relationship its translated
name. Colours are fixed per node type, so a type keeps its colour from page to page and the
legend always means the same thing.

Drawing speed: positions are computed here (a seeded spring layout, the same picture on every
visit) and drawn with neo4j-viz's coordinate layout, so the browser draws the graph once instead
of animating a force simulation; neo4j-viz's frontend itself reaches the browser once per tab
(:mod:`explorer.frontend`), so a rerun sends only the graph.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import streamlit as st
from neo4j_viz import Layout, Node, Relationship, VisualizationGraph

from arkg.explorer import frontend, icons
from arkg.explorer.captions import caption, entity_name, node_label, shorten, type_colour
from arkg.explorer.i18n import rel_name, type_name
from arkg.graph.export.source import View

__all__ = ["Drawing", "Selection", "Subgraph", "node_label", "show", "type_colour"]
#: Longest quote in a relationship's tooltip (the whole paragraph is on its card).
_QUOTE = 160
#: Pixels between neighbouring nodes in the precomputed layout (nodes are drawn 18–28 px wide).
_SPACING = 90
#: What the frontend receives and what it writes back (neo4j-viz's GraphWidget traits).
_SEND = ("nodes", "relationships", "options", "width", "height", "theme", "selected", "legend")
_RECEIVE = ("selected", "options", "last_event")


#: Node radius in pixels: expanded nodes, the others (large enough for a caption at the fitted zoom).
_FOCUS_SIZE, _SIZE = 30, 20
#: Pixels between two neighbours on a ring (edge to edge).
_GAP = 8
#: Pixels between an expanded node and its first ring: room for the relationships' names.
_LABEL = 64
#: NVL draws a node's caption only when the node covers 0.04 % of a 1600 × 1200 screen: a radius of √(768/π) px.
CAPTION_RADIUS = (768 / math.pi) ** 0.5
#: The narrowest a drawing is shown (beside a card, on a laptop): the initial zoom fits the graph into it.
_NARROWEST = 480


class Drawing(VisualizationGraph):
    """A neo4j-viz graph and what NVL shows that neo4j-viz's model has no field for: icons and tooltips."""

    def __init__(self, nodes: list[Node], relationships: list[Relationship],
                 extra: dict[str, dict[str, str]]) -> None:
        super().__init__(nodes=nodes, relationships=relationships)
        #: node or relationship id → fields added to it: ``icon`` (a node's type icon URL), ``tooltip`` (hover text)
        self.extra = extra


@dataclass(frozen=True, slots=True)
class Selection:
    """What the user has selected in a drawing, by canonical node id and relationship key, and the last gesture."""

    nodes: list[str] = field(default_factory=list)
    relationships: list[str] = field(default_factory=list)
    event: dict[str, Any] | None = None

    @property
    def double_clicked(self) -> str | None:
        """The node id of a double click (expand it), if that was the last gesture."""
        event = self.event or {}
        return str(event["id"]) if event.get("type") == "node_double_click" and event.get("id") else None


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

    def _extra(self, agenda_documents: frozenset[str]) -> dict[str, dict[str, str]]:
        """Per node its type icon and a tooltip (caption, full name, type, id); per relationship a tooltip."""
        extra: dict[str, dict[str, str]] = {}
        for id_, node in self.nodes.items():
            label = node_label(node)
            name = entity_name(node.get("properties") or {"id": id_})
            short = caption(node, agenda_documents, short=False)
            heading = short if not name or name.startswith(short) else f"{short} — {name}"
            kind = type_name(label) if label else ""
            extra[id_] = {"icon": icons.url(label), "tooltip": f"{heading}\n{kind} · {id_}"}
        for rel_id, rel in self.relationships.items():
            ends = [self.nodes.get(str(rel[end])) for end in ("start", "end")]
            names = [caption(n, agenda_documents) if n else str(rel[e]) for n, e in zip(ends, ("start", "end"),
                                                                                         strict=True)]
            extra[rel_id] = {"tooltip": f"{names[0]} → {rel_name(rel['type'])} → {names[1]}{_tooltip_quote(rel)}"}
        return extra

    def view(self) -> View:
        """These nodes and relationships as the exporters take a part of the graph."""
        edges = frozenset((str(r["start"]), str(r["type"]), str(r["end"]), (r.get("properties") or {}).get("key"))
                          for r in self.relationships.values())
        return View(frozenset(self.nodes), edges)

    def positions(self, centres: Iterable[str] = ()) -> dict[str, tuple[float, float]]:
        """Coordinates in pixels centred on the origin (where the view starts): rings around ``centres``, if any.

        Around expanded nodes (``centres``) the neighbours are packed on rings, grouped by type,
        so that a drawing of n nodes needs the least room and every node can be drawn large enough
        for its caption. Without centres (a query result), a few hubs that reach every node serve
        as centres; a result without such hubs gets a seeded spring layout (the same picture on
        every visit).
        """
        graph: nx.Graph[str] = nx.Graph()
        graph.add_nodes_from(self.nodes)
        graph.add_edges_from((str(r["start"]), str(r["end"])) for r in self.relationships.values()
                             if str(r["start"]) in self.nodes and str(r["end"]) in self.nodes)
        centres = [c for c in dict.fromkeys(centres) if c in self.nodes] or _hubs(graph)
        if centres:
            return self._rings(centres)
        if len(graph) < 2:
            return dict.fromkeys(graph, (0.0, 0.0))
        scale = _SPACING * len(graph) ** 0.5
        return {id_: (float(x), float(y))
                for id_, (x, y) in nx.spring_layout(graph, seed=7, iterations=30, scale=scale).items()}

    def _rings(self, centres: list[str]) -> dict[str, tuple[float, float]]:
        """Each neighbour on a ring around the first centre it is linked to; the centres' groups side by side."""
        adjacent: dict[str, set[str]] = {n: set() for n in self.nodes}
        for rel in self.relationships.values():
            start, end = str(rel["start"]), str(rel["end"])
            if start in adjacent and end in adjacent:
                adjacent[start].add(end)
                adjacent[end].add(start)
        groups: dict[str, list[str]] = {c: [] for c in centres}
        for id_ in sorted(self.nodes, key=lambda i: (node_label(self.nodes[i]), i)):
            if id_ not in groups:
                groups[next((c for c in centres if c in adjacent[id_]), centres[-1])].append(id_)
        local = {c: _ring_offsets(len(members)) for c, members in groups.items()}
        radius = {c: max((math.hypot(x, y) for x, y in local[c]), default=0.0) + _SIZE for c in centres}
        columns = max(1, round(len(centres) ** 0.5 + 0.49))
        cell = 2 * max(radius.values()) + _GAP * 2
        where: dict[str, tuple[float, float]] = {}
        for index, centre in enumerate(centres):
            row, column = divmod(index, columns)
            cx, cy = column * cell, row * cell
            where[centre] = (cx, cy)
            for member, (dx, dy) in zip(groups[centre], local[centre], strict=True):
                where[member] = (cx + dx, cy + dy)
        mid_x = (min(x for x, _ in where.values()) + max(x for x, _ in where.values())) / 2
        mid_y = (min(y for _, y in where.values()) + max(y for _, y in where.values())) / 2
        return {id_: (x - mid_x, y - mid_y) for id_, (x, y) in where.items()}

    def visualization(self, focus: Iterable[str] = (), positions: dict[str, tuple[float, float]] | None = None,
                      agenda_documents: frozenset[str] = frozenset()) -> Drawing:
        """A captioned, coloured drawing with a legend; ``focus`` nodes drawn larger, at ``positions``.

        A node's properties in the drawing are its full name and type (what the frontend's panel
        shows); the details are on its card and entity page.
        """
        focus = set(focus)
        where = positions if positions is not None else self.positions()
        nodes = []
        for id_, node in self.nodes.items():
            label = node_label(node)
            nodes.append(Node(
                id=id_, caption=caption(node, agenda_documents), caption_size=3, color=type_colour(label),
                size=_FOCUS_SIZE if id_ in focus else _SIZE, x=where[id_][0], y=where[id_][1],
                properties={"name": entity_name(node.get("properties") or {"id": id_}),
                            "type": type_name(label) if label else "", "id": id_},
            ))
        rels = [
            Relationship(id=rel_id, source=str(rel["start"]), target=str(rel["end"]), caption=rel_name(rel["type"]),
                         caption_size=2, properties={"type": rel_name(rel["type"])})
            for rel_id, rel in self.relationships.items()
            if str(rel["start"]) in self.nodes and str(rel["end"]) in self.nodes
        ]
        graph = Drawing(nodes, rels, self._extra(agenda_documents))
        present = sorted({node_label(n) for n in self.nodes.values()} - {""})
        graph.set_legend(nodes=[(type_name(label), type_colour(label)) for label in present])
        return graph


def _tooltip_quote(rel: dict[str, Any]) -> str:
    quote = " ".join(str((rel.get("properties") or {}).get("quote") or "").split())
    return f"\n“{shorten(quote, _QUOTE)}”" if quote else ""


def show(graph: VisualizationGraph, key: str, height: int = 560, width: int = _NARROWEST) -> Selection:
    """Draw ``graph`` in the page; returns what the user has selected (node ids, relationship keys).

    What the browser owns (the selection, the zoom and pan) is sent back as the browser last
    reported it, so a rerun does not reset what the user did.
    """
    widget = graph.render_widget(height=f"{height}px", layout=Layout.COORDINATE, on_dangling="none",
                                 initial_zoom=_fitting_zoom(graph, height, width), show_layout_button=False)
    state = widget.get_state()
    owned = st.session_state.get(key)
    data = {trait: state[trait] for trait in _SEND}
    extra = getattr(graph, "extra", {})  # what NVL draws that neo4j-viz's model has no field for
    data["nodes"] = [{**node, **extra.get(node["id"], {})} for node in data["nodes"]]
    data["relationships"] = [{**rel, **extra.get(rel["id"], {})} for rel in data["relationships"]]
    if isinstance(owned, dict):
        data |= {trait: owned[trait] for trait in ("selected", "options") if owned.get(trait) is not None}
    result = frontend.renderer()(key=key, data=data, height=height, default=dict.fromkeys(_RECEIVE),
                         on_selected_change=_ignore, on_options_change=_ignore, on_last_event_change=_ignore)
    selected = result.get("selected") or data["selected"]
    event = result.get("last_event") or (owned.get("last_event") if isinstance(owned, dict) else None)
    return Selection([str(i) for i in selected.get("nodeIds") or []],
                     [str(i) for i in selected.get("relationshipIds") or []],
                     event if isinstance(event, dict) else None)


def _hubs(graph: nx.Graph[str], most: int = 4) -> list[str]:
    """At most ``most`` nodes, by degree, that are or touch every node of ``graph``; none if it takes more."""
    if len(graph) < 3:
        return []
    hubs: list[str] = []
    covered: set[str] = set()
    for node in sorted(graph, key=lambda n: (-graph.degree(n), str(n))):
        if len(hubs) == most or covered == set(graph):
            break
        if node not in covered or not set(graph[node]) <= covered:
            hubs.append(node)
            covered |= {node, *graph[node]}
    return hubs if covered == set(graph) and graph.degree(hubs[0]) >= 2 else []


def _ring_offsets(count: int) -> list[tuple[float, float]]:
    """``count`` positions on rings around a centre, inner rings full, the outer one spread evenly."""
    step = 2 * _SIZE + _GAP
    offsets: list[tuple[float, float]] = []
    ring = 1
    while len(offsets) < count:
        radius = _FOCUS_SIZE + _LABEL + _SIZE + (ring - 1) * step
        capacity = max(1, int(2 * math.pi * radius / step))
        take = min(capacity, count - len(offsets))
        turn = 0.5 * (ring % 2)  # alternate rings are turned by half a step, so edges do not line up
        angles = [2 * math.pi * (k + turn) / take for k in range(take)]
        offsets += [(radius * math.cos(a), radius * math.sin(a)) for a in angles]
        ring += 1
    return offsets


def _fitting_zoom(graph: VisualizationGraph, height: int, width: int) -> float:
    """The zoom that shows every node of a drawing centred on the origin in a ``width`` × ``height`` view."""
    extent_x = max((abs(node.x or 0) for node in graph.nodes), default=0) + _FOCUS_SIZE
    extent_y = max((abs(node.y or 0) for node in graph.nodes), default=0) + _FOCUS_SIZE
    return min(1.5, (width / 2 - 20) / extent_x, (height / 2 - 20) / extent_y)


def _ignore(*_: object, **__: object) -> None:
    """Registers a frontend value as component state; reading it after the rerun is enough."""
