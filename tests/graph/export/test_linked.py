"""What a linked-data consumer sees without our ontology: standard types, tagged labels, links out."""

from __future__ import annotations

import re
from collections import Counter
from io import BytesIO

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from arkg.graph.export.labels import detect_language, made_label, node_labels
from arkg.graph.export.rdf import export_rdf, web_sources
from arkg.graph.model import ARKG, DEFAULT_BASE_IRI, LANGUAGES, model
from arkg.graph.stores.base import Store
from arkg.graph.validate import validate_graph

SDO = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
DCT = Namespace("http://purl.org/dc/terms/")
ID = Namespace(DEFAULT_BASE_IRI)


@pytest.fixture(scope="module")
def turtle(sample_store: Store) -> bytes:
    out = BytesIO()
    export_rdf(sample_store, out, "turtle")
    return out.getvalue()


@pytest.fixture(scope="module")
def graph(turtle: bytes) -> Graph:
    return Graph().parse(data=turtle.decode("utf-8"), format="turtle")


# -- types ------------------------------------------------------------------------------------------


def test_a_consumer_finds_entities_by_standard_types_without_the_ontology(turtle: bytes) -> None:
    """SPARQL in pyoxigraph over the export alone (no schema.ttl, no inference)."""
    store = ox.Store()
    store.load(turtle, ox.RdfFormat.TURTLE)

    def ids(cls: str) -> set[str]:
        query = f"SELECT ?id WHERE {{ ?x a <{cls}> ; <{DCT.identifier}> ?id }}"
        return {row["id"].value for row in store.query(query)}

    assert "session/wg-ar/11" in ids(SDO.Event)
    assert {"body/cosp", "body/wg-ar"} <= ids(SDO.GovernmentOrganization) & ids(ORG.Organization)
    assert "org/unodc" in ids(ORG.Organization)
    assert {"uncac", "uncac/article/56"} <= ids(ELI.LegalResource)
    assert "resolution/cosp/6/2" in ids(ELI.LegalResource)
    assert "country/AUT" in ids(SDO.Country)
    assert "place/vienna" in ids(SDO.Place)
    concepts = ids(SKOS.Concept)
    assert concepts and all(i.startswith("topic/") for i in concepts)  # topics only
    reports, documents = ids(SDO.Report), ids(ELI.LegalResource) & {i for i in ids(SDO.CreativeWork)}
    assert reports and reports < documents  # an agenda is a document, not a report


def test_every_node_has_a_standard_type_as_declared_in_schema_ttl(graph: Graph) -> None:
    vocab = model()
    for label, node_type in vocab.node_types.items():
        standard = {o for o in vocab.rdf.objects(node_type.iri, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"))
                    if not str(o).startswith(str(ARKG))}
        for node in graph.subjects(RDF.type, node_type.iri):
            assert standard <= set(graph.objects(node, RDF.type)), (label, node)


def test_session_of_points_at_its_organizer_not_a_super_event(graph: Graph) -> None:
    assert (ID["session/wg-ar/11"], SDO.organizer, ID["body/wg-ar"]) in graph
    assert not set(graph.triples((None, SDO.superEvent, None)))


def test_the_ontology_option_adds_schema_ttl(sample_store: Store) -> None:
    for fmt in ("turtle", "jsonld"):
        out = BytesIO()
        report = export_rdf(sample_store, out, fmt, ontology=True)
        g = Graph().parse(data=out.getvalue().decode("utf-8"), format="json-ld" if fmt == "jsonld" else fmt)
        assert len(g) == report.triples
        assert (ARKG.Session, RDF.type, OWL.Class) in g
        assert (ARKG.Session, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), SDO.Event) in g
        assert (ID["session/wg-ar/11"], RDF.type, ARKG.Session) in g


# -- labels -----------------------------------------------------------------------------------------


def test_one_tagged_preferred_label_per_language_and_no_string_twice(graph: Graph) -> None:
    entities = set(graph.subjects(DCT.identifier, None))
    for entity in entities:
        preferred = list(graph.objects(entity, SKOS.prefLabel))
        assert preferred, entity
        languages = Counter(p.language for p in preferred)
        assert set(languages) <= set(LANGUAGES) and max(languages.values()) == 1, (entity, preferred)
        alternates = {str(a) for a in graph.objects(entity, SKOS.altLabel)}
        assert not alternates & {str(p) for p in preferred}, entity


def test_made_labels_for_sessions_items_and_paragraphs(graph: Graph) -> None:
    assert Literal("WG-AR 11", lang="en") in set(graph.objects(ID["session/wg-ar/11"], SKOS.prefLabel))
    items = [o for s in graph.subjects(RDF.type, ARKG.AgendaItem) for o in graph.objects(s, SKOS.prefLabel)
             if o.language == "en"]
    assert items and all(str(o).startswith("Item ") for o in items)
    assert Literal("Item 4(b)", lang="en") in items
    para = ID["document/CAC/COSP/WG.2/2017/L.1/Add.1/para/17"]
    if (para, RDF.type, ARKG.Paragraph) in graph:
        assert Literal("CAC/COSP/WG.2/2017/L.1/Add.1 ¶17", lang="en") in set(graph.objects(para, SKOS.prefLabel))
    cosp = set(graph.objects(ID["body/cosp"], SKOS.prefLabel))
    assert Literal("Conférence des États parties à la Convention des Nations Unies contre la corruption",
                   lang="fr") in cosp


def test_labels_from_columns_detection_and_made_labels() -> None:
    labels = node_labels("Network", {"name_en": "Lima Practitioners Network", "name_es": "Red de Lima",
                                     "aliases": ["LPN", "Red de Lima", "la red de profesionales de Lima",
                                                 "Сеть Лимы", "利马网络"]})
    assert labels.preferred == {"en": "Lima Practitioners Network", "es": "Red de Lima"}
    assert list(labels.alternate) == [("LPN", None), ("la red de profesionales de Lima", "es"),
                                      ("Сеть Лимы", "ru"), ("利马网络", "zh")]
    shown = node_labels("Article", {"name": "Measures against bribery of officials", "title_en": "Bribery"})
    assert shown.preferred == {"en": "Bribery"} and list(shown.alternate) == [
        ("Measures against bribery of officials", "en")]
    assert detect_language("OECD") is None  # an acronym has no language
    assert made_label("Session", {"body": "cosp", "number": 10}) == "COSP 10"
    assert made_label("AgendaItem", {"number": "3 (c)"}) == "Item 3(c)"
    assert made_label("Paragraph", {"document": "document/A/RES/1/2", "number": "5"}) == "A/RES/1/2 ¶5"
    assert node_labels("Organization", {"id": "org/x"}).preferred == {"en": "org/x"}  # never without a label


def test_shacl_refuses_untagged_and_duplicate_preferred_labels(graph: Graph) -> None:
    for bad in (Literal("WG-AR eleven"), Literal("Working Group 11", lang="en")):
        broken = Graph()
        for t in graph:
            broken.add(t)
        broken.add((ID["session/wg-ar/11"], SKOS.prefLabel, bad))
        report = validate_graph(broken)
        assert not report.conforms
        assert str(ID["session/wg-ar/11"]) in {v.focus for v in report.violations}


# -- links out --------------------------------------------------------------------------------------


def test_same_as_only_for_identities(graph: Graph) -> None:
    same = set(graph.subject_objects(OWL.sameAs))
    assert same
    for s, o in same:  # a country's ISO 3166 entry, or the Wikidata item recorded in the reference data
        if str(o).startswith("http://www.wikidata.org/entity/"):
            assert o == URIRef(f"http://www.wikidata.org/entity/{graph.value(s, ARKG.wikidata)}")
            continue
        assert (s, RDF.type, ARKG.Country) in graph
        iso3 = str(graph.value(s, ARKG.iso3))
        assert o == URIRef(f"http://publications.europa.eu/resource/authority/country/{iso3}")


def test_reference_sources_that_are_web_pages_become_iris(graph: Graph) -> None:
    sources = set(graph.objects(ID["session/cosp/1"], DCT.source))
    assert URIRef("https://unodc.org/unodc/en/treaties/CAC/CAC-COSP-session1-resolutions.html") in sources
    assert web_sources("seed:shared/x.txt (agenda) | https://example.org/a?b=1 (page) | http://e.org/x.") == [
        "https://example.org/a?b=1", "http://e.org/x"]


def test_recorded_wikidata_ids_are_exported_as_same_as_and_well_formed(graph: Graph) -> None:
    """Every State (and the bodies with a recorded id) says owl:sameAs its Wikidata entity; nothing else does."""
    wikidata = "http://www.wikidata.org/entity/"
    links = {(s, str(o)) for s, o in graph.subject_objects(OWL.sameAs) if str(o).startswith(wikidata)}
    assert (ID["country/AUT"], wikidata + "Q40") in links and (ID["country/CHN"], wikidata + "Q148") in links
    assert (ID["body/ga"], wikidata + "Q47423") in links
    countries = set(graph.subjects(RDF.type, ARKG.Country))
    assert countries and countries <= {s for s, _ in links}
    for subject, iri in links:
        assert re.fullmatch(r"Q[1-9][0-9]*", iri.removeprefix(wikidata)), iri
        assert graph.value(subject, ARKG.wikidata) == Literal(iri.removeprefix(wikidata))  # read back on import
    assert len({iri for _, iri in links}) == len(links)  # one entity per Wikidata item
    assert not any(str(o).startswith(wikidata) for o in graph.objects(ID["org/unodc"], OWL.sameAs))  # none recorded


def test_places_with_coordinates_get_schema_geo_and_recorded_wikidata_ids_same_as() -> None:
    from arkg.graph.export.rdf import Exporter
    from arkg.graph.export.source import SourceNode

    exporter = Exporter()
    node = SourceNode("place/lima", "Place", {"id": "place/lima", "name_en": "Lima", "latitude": -12.05,
                                             "longitude": -77.04, "wikidata": "Q2868"})
    triples = {(t.subject.value, t.predicate.value, t.object.value) for t in exporter.node_triples(node)}
    place, geo = f"{DEFAULT_BASE_IRI}place/lima", f"{DEFAULT_BASE_IRI}place/lima#geo"
    assert (place, str(SDO.geo), geo) in triples
    assert (geo, str(SDO.latitude), "-12.05") in triples and (geo, str(SDO.longitude), "-77.04") in triples
    assert (place, str(OWL.sameAs), "http://www.wikidata.org/entity/Q2868") in triples
    assert not exporter.report.skipped_keys
    bare = SourceNode("place/quito", "Place", {"id": "place/quito", "name_en": "Quito"})
    assert not any(t.predicate.value == str(SDO.geo) for t in exporter.node_triples(bare))
