"""networkx analytics on hand-built graphs with known answers, and on the sample graph via the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from arkg.cli import main
from arkg.graph import analytics
from arkg.graph.projection import to_networkx
from arkg.graph.records import Batch, Edge, Evidence, Node
from tests.conftest import store_args

DOC = "document/CAC/COSP/WG.2/2017/9"


def _ev(paragraph: str, text: str = "x") -> Evidence:
    return Evidence(DOC, paragraph, int(paragraph) * 10, int(paragraph) * 10 + len(text), text, "en")


def _mentions(batch: Batch, paragraph: str, targets: list[str]) -> None:
    pid = f"{DOC}/para/{paragraph}"
    batch.nodes.append(Node(pid, "Paragraph", {"document": DOC, "number": paragraph}))
    batch.edges.append(Edge(DOC, "HAS_PARAGRAPH", pid, evidence=_ev(paragraph)))
    batch.edges.extend(Edge(pid, "MENTIONS", t, evidence=_ev(paragraph, t)) for t in targets)


@pytest.fixture
def clustered(store):
    """Networks always named together in paragraphs 1–3, topics in 4–6; CARIN also once with a topic."""
    nets = ["network/carin", "network/arin-ap", "network/rrag"]
    topics = ["topic/victim-compensation", "topic/asset-return", "topic/asset-sharing"]
    batch = Batch([Node(DOC, "Document", {"symbol": DOC.removeprefix("document/")})])
    batch.nodes += [Node(n, "Network", {"name": n.upper(), "acronym": n}) for n in nets]
    batch.nodes += [Node(t, "Topic", {"name": t}) for t in topics]
    for p in ("1", "2", "3"):
        _mentions(batch, p, nets)
    for p in ("4", "5", "6"):
        _mentions(batch, p, topics)
    _mentions(batch, "7", ["network/carin", "topic/asset-return"])
    store.write_batch(batch)
    return store


@pytest.fixture
def lineage_store(store):
    """1/4 ← 2/3 ← 6/2 (6/2 also recalls 1/4) and one RECALLS pointing forward in time (an error)."""
    batch = Batch()
    for session, date in [(1, "2006-12-10"), (2, "2008-01-28"), (6, "2015-11-02")]:
        batch.nodes.append(Node(f"session/cosp/{session}", "Session", {"number": session, "start_date": date}))
    res = {"1/4": 1, "2/3": 2, "6/2": 6}
    for symbol, session in res.items():
        rid = f"resolution/cosp/{symbol}"
        batch.nodes.append(Node(rid, "Resolution", {"symbol": symbol, "number": int(symbol[-1]), "name": symbol}))
        batch.edges.append(Edge(rid, "ADOPTED_AT", f"session/cosp/{session}"))
    batch.nodes.append(Node(DOC, "Document", {"symbol": DOC.removeprefix("document/")}))
    for i, (a, b) in enumerate([("6/2", "2/3"), ("2/3", "1/4"), ("6/2", "1/4"), ("1/4", "6/2")], 1):
        batch.edges.append(Edge(f"resolution/cosp/{a}", "RECALLS", f"resolution/cosp/{b}", evidence=_ev(str(i))))
    store.write_batch(batch)
    return store


def test_projection_keys_nodes_by_id_with_evidence_on_edges(clustered) -> None:
    graph = to_networkx(clustered)
    carin = graph.nodes["network/carin"]
    assert carin["label"] == "Network" and carin["name"] == "NETWORK/CARIN"
    [(key, data)] = graph.get_edge_data(f"{DOC}/para/7", "network/carin").items()
    assert data["type"] == "MENTIONS" and data["evidence"]["quote"] == "network/carin" and len(key) == 20
    only = to_networkx(clustered, labels=["Network", "Paragraph"], rel_types=["MENTIONS"])
    assert {d["label"] for _, d in only.nodes(data=True)} == {"Network", "Paragraph"}
    assert {d["type"] for _, _, d in only.edges(data=True)} == {"MENTIONS"}
    with pytest.raises(ValueError, match="Netwerk"):
        to_networkx(clustered, labels=["Netwerk"])


def test_the_hub_ranks_first_on_every_measure(store) -> None:
    hub, spokes = "org/unodc", [f"country/{c}" for c in ("AUT", "CHE", "ETH", "RUS", "NGA")]
    batch = Batch([Node(hub, "Organization", {"name": "UNODC"})])
    batch.nodes += [Node(s, "Country", {"iso3": s[-3:]}) for s in spokes]
    batch.nodes.append(Node("org/oecd", "Organization", {"name": "OECD"}))
    batch.edges += [Edge(hub, "HOSTED_BY", s) for s in spokes] + [Edge("org/oecd", "HOSTED_BY", spokes[0])]
    batch.edges += [Edge(s, "HOSTED_BY", hub) for s in spokes[:2]]
    store.write_batch(batch)
    graph = to_networkx(store)
    for measure in analytics.MEASURES:
        rows = analytics.centrality(graph, measure, top=3, labels=["Organization"])
        assert [r["id"] for r in rows][:2] == [hub, "org/oecd"], measure
        assert rows[0]["rank"] == 1 and rows[0]["score"] > rows[1]["score"]
    with pytest.raises(analytics.AnalyticsError, match="closeness"):
        analytics.centrality(graph, "closeness")


def test_two_obvious_clusters(clustered) -> None:
    co = analytics.co_mention_graph(to_networkx(clustered))
    assert co.edges["network/carin", "network/rrag"]["weight"] == 3
    assert co.edges["network/carin", "topic/asset-return"]["weight"] == 1
    for method in analytics.COMMUNITY_METHODS:
        rows = analytics.communities(co, method, seed=7)
        groups = {frozenset(m["id"] for m in r["members"]) for r in rows}
        assert groups == {frozenset({"network/carin", "network/arin-ap", "network/rrag"}),
                          frozenset({"topic/victim-compensation", "topic/asset-return", "topic/asset-sharing"})}
        assert rows == analytics.communities(co, method, seed=7)  # same seed, same answer


def test_shortest_path_ignores_direction_and_names_the_relationships(clustered) -> None:
    graph = to_networkx(clustered, rel_types=["MENTIONS"])  # without the document's shortcut
    path = analytics.shortest_path(graph, "network/rrag", "topic/asset-sharing")
    ids = [n["id"] for n in path["nodes"]]
    assert path["length"] == 6 and ids[0] == "network/rrag" and ids[-1] == "topic/asset-sharing"
    assert ids[2:5] == ["network/carin", f"{DOC}/para/7", "topic/asset-return"]
    assert [r["type"] for r in path["relationships"]] == ["MENTIONS"] * 6
    first = path["relationships"][0]
    assert first["to"] == "network/rrag" and first["from"].startswith(DOC)  # stored direction kept
    graph.add_node("country/XXX", label="Country", name="nowhere")
    with pytest.raises(analytics.AnalyticsError, match="no path"):
        analytics.shortest_path(graph, "network/rrag", "country/XXX")
    with pytest.raises(analytics.AnalyticsError, match="no entity"):
        analytics.shortest_path(graph, "network/rrag", "network/nope")


def test_lineage_dag_in_adoption_order(lineage_store) -> None:
    graph = to_networkx(lineage_store, labels=["Resolution", "Session"], rel_types=["RECALLS", "ADOPTED_AT"])
    dag, rejected = analytics.lineage_dag(graph)
    assert nx.is_directed_acyclic_graph(dag)
    assert [(r["from"], r["to"]) for r in rejected] == [("resolution/cosp/1/4", "resolution/cosp/6/2")]
    result = analytics.lineage(graph, "resolution/cosp/2/3")
    assert [r["id"] for r in result["ancestors"]] == ["resolution/cosp/1/4"]
    assert [r["id"] for r in result["descendants"]] == ["resolution/cosp/6/2"]
    assert [r["symbol"] for r in analytics.lineage(graph)["order"]] == ["1/4", "2/3", "6/2"]
    with pytest.raises(analytics.AnalyticsError, match="no resolution"):
        analytics.lineage(graph, "resolution/cosp/9/9")


def test_gephi_exports_read_back(clustered, tmp_path: Path) -> None:
    graph = to_networkx(clustered)
    co = analytics.co_mention_graph(graph)
    marked = analytics.with_communities(co, analytics.communities(co))
    back = nx.read_gexf(analytics.write_gexf(marked, tmp_path / "co.gexf"))
    assert back.number_of_nodes() == 6 and {d["community"] for _, d in back.nodes(data=True)} == {1, 2}
    full = nx.read_graphml(analytics.write_graphml(graph, tmp_path / "all.graphml"))
    assert full.number_of_edges() == graph.number_of_edges()
    edge = next(d for _, _, d in full.edges(data=True) if d["type"] == "MENTIONS")
    assert edge["evidence_document"] == DOC


def test_cli_analyze_on_the_sample_graph(sample_store, sample_settings, capsys) -> None:
    base = [*store_args(sample_settings), "analyze"]
    assert main([*base, "centrality", "--top", "3"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["label", "rank", "id", "name", "score"] and "network/" in table
    assert main([*base, "centrality", "--measure", "pagerank", "--label", "Network", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert 1 <= len(rows) <= 10
    assert {r["label"] for r in rows} == {"Network"} and [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert main([*base, "lineage", "resolution/cosp/6/2", "--format", "json"]) == 0
    lineage = json.loads(capsys.readouterr().out)
    assert {"resolution/cosp/1/4", "resolution/cosp/2/3"} <= {r["id"] for r in lineage["ancestors"]}
    assert main([*base, "path", "network/carin", "uncac/article/56", "--format", "json"]) == 0
    path = json.loads(capsys.readouterr().out)
    assert path["nodes"][0]["id"] == "network/carin" and path["nodes"][-1]["id"] == "uncac/article/56"
    assert main([*base, "communities", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["size"] >= 2
    assert main([*base, "path", "network/carin", "network/nope"]) == 1
    assert "no entity 'network/nope'" in capsys.readouterr().err
