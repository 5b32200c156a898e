"""Export of the view on screen and of an entity's neighbourhood (issue 18) in every format ``arkg export`` has,
through the CLI's own exporters narrowed to a :class:`graph.export.source.View`."""

from __future__ import annotations

import csv
import io
import zipfile

import networkx as nx
from rdflib import Graph, URIRef
from streamlit.testing.v1 import AppTest

from arkg.cli.export import RDF_FORMATS
from arkg.explorer.explore import neighbourhood
from arkg.explorer.export import FORMATS, export_bytes
from arkg.graph.export.rdf import iri_escape
from arkg.graph.model import ARKG, DEFAULT_BASE_IRI
from arkg.graph.stores import Store
from tests.explorer.test_app import assert_clean, open_page

ARTICLE = "uncac/article/56"
RDFLIB = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}


def iri(id_: str) -> URIRef:
    return URIRef(DEFAULT_BASE_IRI + iri_escape(id_))


def test_a_view_exports_its_nodes_and_drawn_relationships_only_in_every_format(sample_store: Store) -> None:
    sub = neighbourhood(sample_store, [ARTICLE], limit=8)
    view = sub.view()
    assert 2 < len(view.ids) <= 9 and view.edges
    whole = Graph().parse(data=export_bytes(sample_store, "nt").decode("utf-8"), format="nt")
    ids = {iri(id_): id_ for id_ in whole_ids(sample_store)}
    drawn_edges = {e[:3] for e in view.edges}
    for fmt in RDF_FORMATS:
        graph = Graph().parse(data=export_bytes(sample_store, fmt, view).decode("utf-8"), format=RDFLIB[fmt])
        assert {iri(id_) for id_ in view.ids} <= set(graph.subjects()), fmt
        assert len(graph) < len(whole) / 5, fmt  # a part, not the whole graph
        links = {(ids[s], str(p).removeprefix(str(ARKG)), ids[o]) for s, p, o in graph
                 if s in ids and o in ids and str(p).startswith(str(ARKG))}
        assert links == drawn_edges, fmt  # every relationship drawn, none that is not
    drawn = nx.read_graphml(io.BytesIO(export_bytes(sample_store, "graphml", view)))
    assert set(drawn.nodes) == set(view.ids)
    assert drawn.number_of_edges() == len(view.edges)
    with zipfile.ZipFile(io.BytesIO(export_bytes(sample_store, "csv", view))) as archive:
        nodes = list(csv.DictReader(io.StringIO(archive.read("nodes.csv").decode("utf-8"))))
        edges = list(csv.DictReader(io.StringIO(archive.read("relationships.csv").decode("utf-8"))))
    assert {n["id"] for n in nodes} == set(view.ids)
    assert {(e["source"], e["type"], e["target"]) for e in edges} == {e[:3] for e in view.edges}


def whole_ids(store: Store) -> set[str]:
    return {r["id"] for r in store.read("MATCH (n:Entity) RETURN n.id AS id").rows}


def test_of_two_relationships_between_the_same_nodes_a_view_keeps_the_one_drawn(sample_store: Store) -> None:
    sub = neighbourhood(sample_store, [ARTICLE], limit=200)
    keyed = [r for r in sub.relationships.values() if (r.get("properties") or {}).get("key")]
    assert keyed
    kept = keyed[0]
    view = sub.view()
    narrowed = type(view)(view.ids, frozenset({(str(kept["start"]), kept["type"], str(kept["end"]),
                                                kept["properties"]["key"])}))
    drawn = nx.read_graphml(io.BytesIO(export_bytes(sample_store, "graphml", narrowed)))
    assert drawn.number_of_edges() == 1
    assert next(iter(drawn.edges(data=True)))[2]["type"] == kept["type"]


def test_the_explore_and_entity_pages_offer_every_cli_format(app: AppTest) -> None:
    at = open_page(app, "explore", lang="en", focus=ARTICLE)
    assert_clean(at)
    assert at.selectbox(key="explore_export_format").options == [label for _, _, label in FORMATS.values()]
    at.selectbox(key="explore_export_format").set_value("graphml").run()
    assert_clean(at)
    at = open_page(app, "entity", lang="en", id=ARTICLE)
    assert_clean(at)
    assert at.selectbox(key="entity_export_format").options == [label for _, _, label in FORMATS.values()]
    assert any(b.proto.label == "Download RDF — Turtle" for b in at.get("download_button"))
