"""Graph analytics with networkx: who is central, what clusters, how things connect, what recalls what.

Every function takes a networkx graph from :func:`graph.projection.to_networkx` (so the store
is read once and the functions compose) and returns plain data — lists of dicts with canonical
ids and names — that the CLI prints and the explorer shows without knowing networkx.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from arkg.graph.model import model

MEASURES = ("degree", "betweenness", "pagerank")
COMMUNITY_METHODS = ("louvain", "label-propagation")
#: Above this many nodes betweenness is estimated from a sample of sources (exact is O(n·m)).
BETWEENNESS_SAMPLE = 500


class AnalyticsError(ValueError):
    """An analysis that cannot be done as asked (unknown entity, no path); one line for the user."""


def _node(graph: nx.Graph[str], node_id: str) -> dict[str, Any]:
    data = graph.nodes[node_id]
    return {"id": node_id, "label": data.get("label"), "name": data.get("name", node_id)}


def _require(graph: nx.Graph[str], node_id: str) -> None:
    if node_id not in graph:
        raise AnalyticsError(f"no entity {node_id!r} in the graph")


# -- centrality -----------------------------------------------------------------------------------


def _scores(graph: nx.MultiDiGraph[str], measure: str) -> dict[str, float]:
    if measure == "degree":
        # Multiplicity counts: an entity cited in ten paragraphs is more central than one cited once.
        return {n: float(d) for n, d in graph.degree()}
    if measure == "betweenness":
        simple: nx.Graph[str] = nx.Graph(graph.to_undirected(as_view=True))
        k = BETWEENNESS_SAMPLE if simple.number_of_nodes() > BETWEENNESS_SAMPLE else None
        return nx.betweenness_centrality(simple, k=k, seed=0)
    if measure == "pagerank":
        return nx.pagerank(nx.DiGraph(graph)) if graph.number_of_edges() else {n: 0.0 for n in graph}
    raise AnalyticsError(f"unknown centrality measure {measure!r}: choose one of {', '.join(MEASURES)}")


def centrality(graph: nx.MultiDiGraph[str], measure: str = "degree", top: int = 10,
               labels: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The ``top`` nodes of each label by ``measure``; rows ``{label, rank, id, name, score}``.

    Scores are computed on the whole graph (a hub matters through paragraphs too), then
    ranked per label, leaving out paragraphs and unlinked mentions unless ``labels`` asks for them.
    """
    scores = _scores(graph, measure)
    wanted = set(labels) if labels is not None else model().labels - model().text_labels
    by_label: dict[str, list[tuple[float, str]]] = {}
    for node_id, score in scores.items():
        label = graph.nodes[node_id].get("label")
        if label not in wanted:
            continue
        by_label.setdefault(label, []).append((score, node_id))
    rows = []
    for label in sorted(by_label):
        ranked = sorted(by_label[label], key=lambda pair: (-pair[0], pair[1]))[:top]
        for rank, (score, node_id) in enumerate(ranked, 1):
            rows.append({**_node(graph, node_id), "rank": rank, "score": round(score, 6), "measure": measure})
    return rows


# -- co-mentions and communities -------------------------------------------------------------------


def co_mention_graph(graph: nx.MultiDiGraph[str]) -> nx.Graph[str]:
    """Entities linked when mentioned in the same paragraph; ``weight`` = number of shared paragraphs."""
    co: nx.Graph[str] = nx.Graph()
    for paragraph, data in graph.nodes(data=True):
        if data.get("label") != "Paragraph":
            continue
        mentioned = sorted({t for _, t, d in graph.out_edges(paragraph, data=True) if d.get("type") == "MENTIONS"})
        for node_id in mentioned:
            co.add_node(node_id, **{k: graph.nodes[node_id].get(k) for k in ("label", "name")})
        for a, b in combinations(mentioned, 2):
            weight = co.edges[a, b]["weight"] + 1 if co.has_edge(a, b) else 1
            co.add_edge(a, b, weight=weight)
    return co


def communities(co: nx.Graph[str], method: str = "louvain", seed: int = 42, min_size: int = 2) -> list[dict[str, Any]]:
    """Clusters of a weighted undirected graph (usually :func:`co_mention_graph`), largest first.

    A fixed seed gives the same answer on every run, so a researcher can cite "community 3".
    """
    if co.number_of_edges() == 0:
        return []
    groups: Iterable[set[str]]
    if method == "louvain":
        groups = nx.community.louvain_communities(co, weight="weight", seed=seed)
    elif method == "label-propagation":
        groups = nx.community.asyn_lpa_communities(co, weight="weight", seed=seed)
    else:
        raise AnalyticsError(f"unknown community method {method!r}: choose one of {', '.join(COMMUNITY_METHODS)}")
    ordered = sorted((sorted(g) for g in groups if len(g) >= min_size), key=lambda g: (-len(g), g[0]))
    rows = []
    for number, members in enumerate(ordered, 1):
        strength = sorted(((n, co.degree(n, weight="weight")) for n in members), key=lambda x: (-x[1], x[0]))
        rows.append({
            "community": number,
            "size": len(members),
            "labels": dict(sorted(Counter(co.nodes[n]["label"] for n in members).items())),
            "members": [{**_node(co, n), "weight": w} for n, w in strength],
        })
    return rows


# -- paths ----------------------------------------------------------------------------------------------


def shortest_path(graph: nx.MultiDiGraph[str], source: str, target: str) -> dict[str, Any]:
    """The shortest connection between two entities, whatever the edges' direction.

    Returns ``{"length", "nodes": [{id, label, name}], "relationships": [{type, from, to}]}``;
    ``from``/``to`` keep the stored direction so the path reads truthfully.
    """
    _require(graph, source)
    _require(graph, target)
    try:
        ids = nx.shortest_path(graph.to_undirected(as_view=True), source, target)
    except nx.NetworkXNoPath:
        raise AnalyticsError(f"no path between {source!r} and {target!r}") from None
    steps = []
    for a, b in zip(ids, ids[1:], strict=False):
        forward = graph.get_edge_data(a, b) or {}
        backward = graph.get_edge_data(b, a) or {}
        edges = [(a, b, d) for d in forward.values()] or [(b, a, d) for d in backward.values()]
        start, end, data = min(edges, key=lambda e: e[2].get("type", ""))
        steps.append({"type": data.get("type"), "from": start, "to": end, "evidence": data.get("evidence")})
    return {"length": len(steps), "nodes": [_node(graph, n) for n in ids], "relationships": steps}


# -- resolution lineage -------------------------------------------------------------------------------


def lineage_dag(graph: nx.MultiDiGraph[str]) -> tuple[nx.DiGraph[str], list[dict[str, Any]]]:
    """Resolutions as a DAG, older → newer along RECALLS; also the RECALLS that contradict the dates.

    A resolution can only recall one adopted before it (``ADOPTED_AT`` session start date, else
    the year); an edge that points forward in time is an extraction error, kept out of the DAG
    and reported, so one bad edge cannot make the lineage cyclic.
    """
    dag: nx.DiGraph[str] = nx.DiGraph()
    for node_id, data in graph.nodes(data=True):
        if data.get("label") != "Resolution":
            continue
        session = next((t for _, t, d in graph.out_edges(node_id, data=True) if d.get("type") == "ADOPTED_AT"), None)
        date = graph.nodes[session].get("start_date") if session else None
        dag.add_node(node_id, name=data.get("name", node_id), symbol=data.get("symbol"), year=data.get("year"),
                     session=session, date=date or (str(data["year"]) if data.get("year") else None))
    rejected = []
    for newer, older, data in graph.edges(data=True):
        if data.get("type") != "RECALLS" or newer not in dag or older not in dag:
            continue
        when_newer, when_older = dag.nodes[newer]["date"], dag.nodes[older]["date"]
        if (when_newer and when_older and when_older > when_newer) or nx.has_path(dag, newer, older):
            rejected.append({"from": newer, "to": older, "evidence": data.get("evidence")})
            continue
        dag.add_edge(older, newer)
    return dag, rejected


def _resolution(dag: nx.DiGraph[str], node_id: str) -> dict[str, Any]:
    data = dag.nodes[node_id]
    return {"id": node_id, "symbol": data["symbol"], "name": data["name"], "session": data["session"],
            "date": data["date"]}


def lineage(graph: nx.MultiDiGraph[str], resolution: str | None = None) -> dict[str, Any]:
    """The lineage of one resolution (ancestors it recalls, descendants that recall it) or of all.

    ``order`` is a topological order of the resolutions involved, ties broken by adoption date,
    so reading it top to bottom follows the history.
    """
    dag, rejected = lineage_dag(graph)
    if resolution is not None:
        if resolution not in dag:
            raise AnalyticsError(f"no resolution {resolution!r} in the graph")
        ancestors, descendants = nx.ancestors(dag, resolution), nx.descendants(dag, resolution)
        scope = dag.subgraph(ancestors | descendants | {resolution})
    else:
        ancestors, descendants = set(), set()
        scope = dag.subgraph([n for n in dag if dag.degree(n)])
    order = nx.lexicographical_topological_sort(scope, key=lambda n: (dag.nodes[n]["date"] or "", n))
    return {
        "resolution": resolution,
        "order": [_resolution(dag, n) for n in order],
        "ancestors": [_resolution(dag, n) for n in sorted(ancestors, key=lambda n: (dag.nodes[n]["date"] or "", n))],
        "descendants": [_resolution(dag, n) for n in sorted(descendants,
                                                               key=lambda n: (dag.nodes[n]["date"] or "", n))],
        "edges": [{"recalled": a, "recalled_by": b} for a, b in sorted(scope.edges())],
        "rejected": rejected,
    }


# -- export for Gephi -----------------------------------------------------------------------------------


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes GraphML/GEXF can hold: scalars only (lists joined, evidence spread, None dropped)."""
    flat: dict[str, Any] = {}
    for key, value in attrs.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items() if v is not None})
        elif isinstance(value, list | tuple | set):
            flat[key] = " | ".join(str(v) for v in value)
        elif value is not None:
            flat[key] = value
    return flat


def _flattened(graph: nx.Graph[str]) -> nx.Graph[str]:
    flat = graph.__class__()
    flat.add_nodes_from((n, _flat(d)) for n, d in graph.nodes(data=True))
    if isinstance(graph, nx.MultiGraph) and isinstance(flat, nx.MultiGraph):
        for a, b, k, d in graph.edges(keys=True, data=True):
            flat.edges[a, b, flat.add_edge(a, b, k)].update(_flat(d))
    else:
        flat.add_edges_from((a, b, _flat(d)) for a, b, d in graph.edges(data=True))
    return flat


def write_graphml(graph: nx.Graph[str], path: Path | str) -> Path:
    """GraphML (yEd, Gephi, Cytoscape); returns the path written."""
    nx.write_graphml(_flattened(graph), str(path))
    return Path(path)


def write_gexf(graph: nx.Graph[str], path: Path | str) -> Path:
    """GEXF, Gephi's own format; returns the path written."""
    nx.write_gexf(_flattened(graph), str(path))
    return Path(path)


def with_communities(co: nx.Graph[str], rows: list[dict[str, Any]]) -> nx.Graph[str]:
    """The co-mention graph with each node's ``community`` number, for colouring in Gephi."""
    marked = co.copy()
    for row in rows:
        for member in row["members"]:
            marked.nodes[member["id"]]["community"] = row["community"]
    return marked
