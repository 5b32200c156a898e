"""The RDF export: shapes conform, independent parsers agree, counts and facts survive the round trip."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections import Counter
from io import BytesIO
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from arkg.graph.export.rdf import (
    FORMATS,
    QUOTE_CONTEXT,
    Exporter,
    ExportReport,
    export_rdf,
    iri_escape,
    normalise_quote,
)
from arkg.graph.export.source import SourceEdge
from arkg.graph.model import ARKG, DEFAULT_BASE_IRI, model
from arkg.graph.scripts import script_language
from arkg.graph.stores.base import Store
from arkg.graph.undocs import undocs_url
from arkg.graph.validate import validate_graph
from arkg.ingest.extract import extract_path
from tests.graph.export.handmade import DOC, TEXT_EN, TEXT_ZH, handmade_batch

OA = Namespace("http://www.w3.org/ns/oa#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCT = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
ID = Namespace(DEFAULT_BASE_IRI)
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
SAMPLES = Path(__file__).resolve().parents[3] / "ingest" / "samples"


def export(store: Store, fmt: str) -> tuple[bytes, ExportReport]:
    out = BytesIO()
    report = export_rdf(store, out, fmt)
    return out.getvalue(), report


def parse(data: bytes, fmt: str) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])


@pytest.fixture
def handmade_store(store: Store) -> Store:
    store.write_batch(handmade_batch())
    return store


@pytest.fixture(scope="module")
def sample_exports(sample_store: Store) -> dict[str, tuple[bytes, ExportReport]]:
    return {fmt: export(sample_store, fmt) for fmt in FORMATS}


@pytest.fixture(scope="module")
def sample_graph(sample_exports: dict[str, tuple[bytes, ExportReport]]) -> Graph:
    return parse(sample_exports["turtle"][0], "turtle")


# -- SHACL ---------------------------------------------------------------------------------------


def test_sample_export_conforms_to_the_shapes(sample_graph: Graph) -> None:
    report = validate_graph(sample_graph)
    assert report.conforms, report.lines()[:20]


def test_handmade_export_conforms_to_the_shapes(handmade_store: Store) -> None:
    report = validate_graph(parse(export(handmade_store, "turtle")[0], "turtle"))
    assert report.conforms, report.lines()


def _broken(graph: Graph, edit: str) -> tuple[Graph, URIRef]:
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    if edit == "id pattern":
        focus = ID["uncac/article/56"]
        broken.set((focus, DCT.identifier, Literal("uncac/article/99")))
    elif edit == "date":
        focus = next(s for s, o in graph.subject_objects(ARKG.date))
        broken.set((focus, ARKG.date, Literal(str(graph.value(focus, ARKG.date)))))  # xsd:string, not xsd:date
    else:
        focus = ID["network/carin"]
        broken.remove((focus, DCT.identifier, None))
    return broken, focus


@pytest.mark.parametrize("edit", ["id pattern", "date", "missing identifier"])
def test_a_broken_export_does_not_conform_and_names_the_focus_node(sample_graph: Graph, edit: str) -> None:
    broken, focus = _broken(sample_graph, edit)
    report = validate_graph(broken)
    assert not report.conforms
    assert str(focus) in {v.focus for v in report.violations}
    assert any(str(focus) in line for line in report.lines())


# -- independent parsers -------------------------------------------------------------------------


def test_pyoxigraph_parses_every_format(sample_exports: dict[str, tuple[bytes, ExportReport]]) -> None:
    for fmt, (data, report) in sample_exports.items():
        triples = set(ox.parse(data, FORMATS[fmt]))
        assert len(triples) == report.triples, fmt
        assert report.triples > 10_000


@pytest.mark.parametrize("fmt,syntax", [("nt", "ntriples"), ("turtle", "turtle"), ("xml", "rdfxml")])
def test_rapper_accepts_the_export(sample_exports: dict[str, tuple[bytes, ExportReport]], tmp_path: Path,
                                   fmt: str, syntax: str) -> None:
    if shutil.which("rapper") is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed")
    data, report = sample_exports[fmt]
    path = tmp_path / f"export.{fmt}"
    path.write_bytes(data)
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"returned {report.triples} triples" in done.stderr


def test_every_serialisation_is_isomorphic_to_the_turtle(sample_exports: dict[str, tuple[bytes, ExportReport]],
                                                         sample_graph: Graph) -> None:
    for fmt in ("nt", "jsonld", "xml"):
        assert isomorphic(parse(sample_exports[fmt][0], fmt), sample_graph), fmt


def test_every_pyoxigraph_syntax_holds_the_ntriples_triples(sample_exports: dict[str, tuple[bytes, ExportReport]]
                                                            ) -> None:
    """The syntaxes pyoxigraph writes from the N-Triples text say exactly what it says (no blank nodes)."""
    expected = {quad.triple for quad in ox.parse(sample_exports["nt"][0], ox.RdfFormat.N_TRIPLES)}
    for fmt in ("turtle", "xml"):
        assert {quad.triple for quad in ox.parse(sample_exports[fmt][0], FORMATS[fmt])} == expected, fmt


# -- round trip ----------------------------------------------------------------------------------


def _relation_counts(graph: Graph) -> Counter[str]:
    """Edges per type: every property-graph edge is one rdf:Statement naming its type."""
    counts: Counter[str] = Counter()
    for statement in graph.subjects(RDF.type, RDF.Statement):
        predicate = graph.value(statement, RDF.predicate)
        s, o = graph.value(statement, RDF.subject), graph.value(statement, RDF.object)
        assert (s, predicate, o) in graph  # the statement is about a triple that is there
        counts[str(predicate).removeprefix(str(ARKG))] += 1
    return counts


def _entity_counts(graph: Graph) -> dict[str, int]:
    counts = {label: len(set(graph.subjects(RDF.type, ARKG[label]))) for label in model().labels}
    return {k: v for k, v in counts.items() if v}


def test_round_trip_keeps_entity_relation_and_mention_counts(sample_store: Store, sample_graph: Graph) -> None:
    stats = sample_store.stats()
    assert _entity_counts(sample_graph) == stats["nodes"]
    assert dict(_relation_counts(sample_graph)) == stats["relationships"]
    evidenced = sample_store.read("MATCH ()-[e]->() WHERE e.document IS NOT NULL RETURN count(e) AS c").rows[0]["c"]
    annotations = set(sample_graph.subjects(RDF.type, OA.Annotation))
    assert len(annotations) == evidenced + stats["nodes"].get("Mention", 0)


def test_handmade_round_trip_counts_parallel_evidence_and_mentions(handmade_store: Store) -> None:
    data, report = export(handmade_store, "turtle")
    graph = parse(data, "turtle")
    stats = handmade_store.stats()
    assert _entity_counts(graph) == stats["nodes"]
    assert dict(_relation_counts(graph)) == stats["relationships"] == {
        "PART_OF": 1, "BROADER": 1, "HAS_PARAGRAPH": 2, "CITES": 3, "MENTIONS": 1, "HAS_MENTION": 1}
    assert len(set(graph.triples((ID[DOC], ARKG.CITES, None)))) == 1  # three pieces of evidence, one triple
    assert report.annotations == 7
    assert (ID["topic/international-cooperation"], SKOS.broader, ID["topic/asset-recovery"]) in graph
    assert report.skipped_keys == set()  # content_hashes: written as the expressions' checksums


# -- questions and facts -------------------------------------------------------------------------


def test_sparql_and_cypher_agree_on_who_cites_article_56(sample_store: Store, sample_graph: Graph) -> None:
    cypher = sample_store.read(
        "MATCH (d:Document)-[:CITES]->(:Article {id:'uncac/article/56'}) RETURN DISTINCT d.id AS id").values("id")
    rows = sample_graph.query(
        "SELECT DISTINCT ?id WHERE { ?d a arkg:Document ; arkg:CITES ?a ; dcterms:identifier ?id . "
        "?a dcterms:identifier 'uncac/article/56' . }",
        initNs={"arkg": ARKG, "dcterms": DCT},
    )
    sparql = [str(row.id) for row in rows]
    assert cypher, "the sample corpus cites article 56"
    assert sorted(sparql) == sorted(cypher)


def test_names_are_language_tagged_and_dates_typed(sample_graph: Graph) -> None:
    cosp = ID["body/cosp"]
    names = {o.language: str(o) for o in sample_graph.objects(cosp, ARKG.name)}
    assert names["zh"] == "联合国反腐败公约缔约国会议"
    assert Literal("联合国反腐败公约缔约国会议", lang="zh") in set(sample_graph.objects(cosp, SKOS.prefLabel))
    alt = set(sample_graph.objects(cosp, SKOS.altLabel))
    assert Literal("缔约国会议", lang="zh") in alt
    assert not alt & set(sample_graph.objects(cosp, SKOS.prefLabel))  # SKOS S13
    dates = list(sample_graph.objects(None, ARKG.startDate)) + list(sample_graph.objects(None, ARKG.date))
    assert dates and all(d.datatype == XSD.date for d in dates)
    numbers = list(sample_graph.objects(ID["uncac/article/56"], ARKG.number))
    assert numbers == [Literal(56)] and numbers[0].datatype == XSD.integer


def test_printed_symbols_link_to_undocs_inferred_ones_do_not(sample_graph: Graph) -> None:
    documents = set(sample_graph.subjects(RDF.type, ARKG.Document))
    assert documents
    inferred = chinese = 0
    for doc in documents:
        link = URIRef("https://undocs.org/" + str(sample_graph.value(doc, ARKG.symbol)))
        assert (doc, OWL.sameAs, None) not in sample_graph  # a resolver page is not the document
        if sample_graph.value(doc, ARKG.symbolInferred) == Literal(True):
            inferred += 1
            assert (doc, RDFS.seeAlso, None) not in sample_graph
            for expression in sample_graph.objects(doc, ELI.is_realized_by):
                assert (expression, ELI.is_exemplified_by, None) not in sample_graph
        else:
            assert (doc, RDFS.seeAlso, link) in sample_graph
            for expression in sample_graph.objects(doc, ELI.is_realized_by):  # each version in its language
                lang = str(sample_graph.value(expression, URIRef("http://purl.org/dc/terms/language")))
                version = URIRef(undocs_url(str(sample_graph.value(doc, ARKG.symbol)), lang))
                assert (expression, ELI.is_exemplified_by, version) in sample_graph
                chinese += lang == "zh"
    assert inferred, "the sample agenda's symbol is inferred"
    assert chinese, "the sample documents are Chinese: their versions are linked as undocs.org/zh/"


def _texts() -> dict[tuple[str, str], str]:
    texts = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        extraction = extract_path(path)
        texts[(extraction.document.id, extraction.language)] = extraction.text
    return texts


def _check_annotation(graph: Graph, a: URIRef, text: str) -> tuple[str, str | None]:
    """One target on the language version, quote and position selecting the same span of ``text``."""
    (target,) = graph.objects(a, OA.hasTarget)
    assert (a, OA.motivatedBy, OA.identifying) in graph
    assert (target, RDF.type, OA.SpecificResource) in graph
    selectors = set(graph.objects(target, OA.hasSelector))
    (quote,) = [x for x in selectors if (x, RDF.type, OA.TextQuoteSelector) in graph]
    (span,) = [x for x in selectors if (x, RDF.type, OA.TextPositionSelector) in graph]
    start, end = int(graph.value(span, OA.start)), int(graph.value(span, OA.end))
    exact = graph.value(quote, OA.exact)
    assert normalise_quote(text[start:end]) == str(exact)
    prefix, suffix = graph.value(quote, OA.prefix), graph.value(quote, OA.suffix)
    if prefix is not None:  # the text just before and after, cut at the paragraph's ends (spacing aside)
        def squeeze(x: str) -> str:
            return " ".join(normalise_quote(x).split())

        assert squeeze(text[max(0, start - QUOTE_CONTEXT):start]).endswith(squeeze(str(prefix)))
        assert squeeze(text[end:end + QUOTE_CONTEXT]).startswith(squeeze(str(suffix)))
    return str(graph.value(target, OA.hasSource)), exact.language


def test_annotation_quotes_are_the_text_at_their_offsets_and_the_hash_is_the_texts(sample_graph: Graph) -> None:
    """Every quote is the text as read at its offsets, that text's SHA-1 is exported, prefix and suffix fit."""
    texts = _texts()
    checked = with_context = 0
    for a in sample_graph.subjects(RDF.type, OA.Annotation):
        doc = sample_graph.value(a, PROV.wasDerivedFrom)
        language = str(sample_graph.value(a, DCT.language))
        text = texts[(str(sample_graph.value(doc, DCT.identifier)), language)]
        source, quote_language = _check_annotation(sample_graph, a, text)
        expression = URIRef(f"{doc}/{language}")
        assert source == str(expression) and quote_language == language
        checksum = sample_graph.value(expression, SPDX.checksum)
        assert str(sample_graph.value(checksum, SPDX.checksumValue)) == hashlib.sha1(text.encode()).hexdigest()
        (target,) = sample_graph.objects(a, OA.hasTarget)
        scope = sample_graph.value(target, OA.hasScope)
        if scope is not None:
            assert (scope, RDF.type, ARKG.Paragraph) in sample_graph
        checked += 1
        with_context += any((x, OA.prefix, None) in sample_graph for x in sample_graph.objects(target, OA.hasSelector))
    assert checked > 100 and with_context > checked // 2


def test_handmade_mention_and_evidence_annotations(handmade_store: Store) -> None:
    graph = parse(export(handmade_store, "turtle")[0], "turtle")
    mention = next(graph.subjects(RDF.type, ARKG.Mention))
    for a in [mention, *graph.subjects(RDF.predicate, ARKG.CITES)]:
        lang = str(graph.value(a, DCT.language))
        source, _ = _check_annotation(graph, a, TEXT_ZH if lang == "zh" else TEXT_EN)
        assert source == f"{ID[DOC]}/{lang}"
    expressions = set(graph.objects(ID[DOC], ELI.is_realized_by))
    assert expressions == {URIRef(f"{ID[DOC]}/zh"), URIRef(f"{ID[DOC]}/en")}
    aliases = set(graph.objects(ID["network/carin"], ARKG.alias))
    assert aliases == {Literal("CARIN"), Literal("卡姆登资产追回机构间网络", lang="zh"),
                       Literal("Сеть КАРИН", lang="ru")}


def test_quotes_lose_line_breaks_inside_words() -> None:
    assert normalise_quote("资产\n追回") == normalise_quote("资产 \n\n 追回") == "资产追回"
    assert normalise_quote("stolen as-\nsets were re-\n  turned") == "stolen assets were returned"
    assert normalise_quote("the Working\r\nGroup") == "the Working Group"
    assert normalise_quote("第五章\nAsset") == "第五章 Asset"  # not between two CJK characters


def test_evidence_text_quotes_hostile_literals_as_pyoxigraph_reads_them() -> None:
    """Relationships are written as N-Triples text: quotes, backslashes, control characters and
    line breaks in a quote must come back as the same literal, tagged with the (lower-cased) language."""
    quote = 'he said "no" \\ C:\\path\ttab\x01 \u2028 资产 😀 end\\'
    edge = SourceEdge("actor/x", "MENTIONS", "place/y b", {"key": 'k"1', "document": "document/A/1",
                                                         "paragraph": "3", "start": 0, "end": 9,
                                                         "quote": quote, "language": "EN"})
    text = Exporter().edge_text(edge)
    triples = [quad.triple for quad in ox.parse(text.encode(), ox.RdfFormat.N_TRIPLES)]
    assert len(triples) == text.count("\n")
    exact = next(t.object for t in triples if t.predicate.value == str(OA.exact))
    assert (exact.value, exact.language) == (normalise_quote(quote), "en")
    assert ox.NamedNode(DEFAULT_BASE_IRI + "place/y%20b") in {t.object for t in triples}
    assert any(t.subject.value == DEFAULT_BASE_IRI + "annotation/k%221" for t in triples)


def test_base_iri_and_escaping(handmade_store: Store) -> None:
    out = BytesIO()
    export_rdf(handmade_store, out, "nt", base_iri="http://example.org/kg/")
    assert b"<http://example.org/kg/uncac/article/56>" in out.getvalue()
    assert DEFAULT_BASE_IRI.encode() not in out.getvalue()
    assert iri_escape("document/CAC/COSP/WG.2/2017/L.1/Add.1") == "document/CAC/COSP/WG.2/2017/L.1/Add.1"
    assert iri_escape('a b<c>"d%#') == "a%20b%3Cc%3E%22d%25%23"
    assert [script_language(t) for t in ("公约", "Конвенция", "اتفاقية", "UNCAC")] == ["zh", "ru", "ar", None]
