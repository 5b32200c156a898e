"""The graph as RDF: one triple generator, serialised as N-Triples, Turtle, JSON-LD or RDF/XML.

Everything the export says comes from ``schema.ttl`` through :mod:`graph.model` — classes from
labels, properties from ``arkg:key``, datatypes from ``rdfs:range``, extra consumer-facing terms
from ``arkg:exportAlso`` — so the ontology, the shapes and the data cannot drift apart.

Decisions (documented for consumers):

* IRIs are the base IRI plus the canonical id; only characters IRIs forbid are percent-encoded.
* ``rdf:type`` is the arkg class only; the aligned classes (schema.org, ORG, ELI, SKOS …) follow
  from ``rdfs:subClassOf`` in the ontology, so per-type counts stay unambiguous.
* Names are written twice: ``arkg:name`` (round-trips to the property graph) and ``skos:prefLabel``
  (what SKOS browsers and most linked-data tools display without inference). Aliases likewise go
  to ``arkg:alias`` and ``skos:altLabel``, except an alias equal to a preferred name (SKOS S13).
* A relationship is a plain triple ``s arkg:TYPE o`` plus one ``rdf:Statement`` per property-graph
  edge (IRI from the edge's ``key``), so parallel edges stay countable and traceable; an edge with
  evidence makes that statement an ``oa:Annotation`` too (``annotation/<key>``, else
  ``statement/<key>``). The quote selector sits on the paragraph (or the document, for evidence
  read in its header); the position selector on the language version of the document (``<doc>/<lang>``,
  an ``eli:LegalExpression``), because the offsets index the document text as read.
* Streaming: N-Triples, Turtle and RDF/XML go through pyoxigraph's streaming serialiser (for
  N-Triples, line by line and about five times faster than formatting lines in Python); JSON-LD is
  written object by object with the shipped ``@context``. No rdflib Graph is ever built.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby, islice
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from graph.export.source import SourceEdge, SourceNode, nodes, relationships, size
from graph.model import ARKG, DEFAULT_BASE_IRI, LANGUAGES, Model, model
from graph.stores.base import Store

CONTEXT_PATH = Path(__file__).resolve().parent / "context.jsonld"
FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
           "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_OA = "http://www.w3.org/ns/oa#"
_PROV = "http://www.w3.org/ns/prov#"
_DCT = "http://purl.org/dc/terms/"
_ELI = "http://data.europa.eu/eli/ontology#"
_OWL = "http://www.w3.org/2002/07/owl#"
_EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
#: ISO 639-1 → the EU language authority table that ``eli:language`` expects.
#: Relationship properties that are its evidence or bookkeeping, written as the annotation instead.
_EVIDENCE_KEYS = frozenset({"document", "paragraph", "start", "end", "quote", "language", "key"})
_EU_LANGUAGE_CODES = {"ar": "ARA", "zh": "ZHO", "en": "ENG", "fr": "FRA", "es": "SPA", "ru": "RUS"}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


TYPE = _n(_RDF + "type")
XSD_STRING, XSD_INTEGER, XSD_BOOLEAN, XSD_DOUBLE, XSD_NNI = (
    _n(_XSD + x) for x in ("string", "integer", "boolean", "double", "nonNegativeInteger"))
OA = {x: _n(_OA + x) for x in ("Annotation", "hasBody", "hasTarget", "hasSource", "hasSelector", "SpecificResource",
                               "TextQuoteSelector", "TextPositionSelector", "exact", "start", "end")}
STATEMENT, SUBJECT, PREDICATE, OBJECT = (_n(_RDF + x) for x in ("Statement", "subject", "predicate", "object"))
DERIVED_FROM = _n(_PROV + "wasDerivedFrom")
LANGUAGE = _n(_DCT + "language")
SAME_AS = _n(_OWL + "sameAs")
ELI = {x: _n(_ELI + x) for x in ("LegalExpression", "realizes", "is_realized_by", "language")}
PREF_LABEL, ALT_LABEL, IN_SCHEME = (_n(str(x)) for x in (SKOS.prefLabel, SKOS.altLabel, SKOS.inScheme))

#: Characters an IRI may not contain (RFC 3987), plus ``%`` (so an id never reads as an escape)
#: and ``#``/``?`` (which would end the path). ``/`` and ``.`` stay: ids are paths.
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`#?%\x7f]')
#: Scripts that show a text's language (aliases and display names carry no language of their own).
_SCRIPTS = (("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
            ("ru", re.compile(r"[\u0400-\u04ff]")),
            ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")))


def iri_escape(text: str) -> str:
    return _IRI_FORBIDDEN.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), text)


def script_language(text: str) -> str | None:
    """The language a text's script gives away (Han → zh, Cyrillic → ru, Arabic → ar), else None."""
    return next((lang for lang, pattern in _SCRIPTS if pattern.search(text)), None)


@cache
def context() -> dict[str, Any]:
    """The shipped JSON-LD ``@context``; its prefixes are also the Turtle and RDF/XML prefixes."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


@dataclass(frozen=True, slots=True)
class PropertySpec:
    """How one property-graph key becomes RDF, read from schema.ttl."""

    iri: ox.NamedNode
    per_language: bool
    datatype: ox.NamedNode | None  #: from ``rdfs:range`` when it is an XSD type other than string
    also: tuple[ox.NamedNode, ...]  #: ``arkg:exportAlso``
    id_valued: bool  #: the value is a canonical id → an IRI
    textual: bool  #: plain strings get a language tag from their script


@dataclass(slots=True)
class ExportReport:
    triples: int = 0
    nodes: int = 0
    relationships: int = 0
    annotations: int = 0
    skipped_keys: set[str] = field(default_factory=set)  #: property keys schema.ttl does not declare


class Vocabulary:
    """The model's terms as pyoxigraph nodes, and the per-key conversion rules."""

    def __init__(self, m: Model) -> None:
        g = m.rdf
        self.classes = {label: _n(str(t.iri)) for label, t in m.node_types.items()}
        self.relations = {name: _n(str(r.iri)) for name, r in m.relationship_type_defs.items()}
        self.relation_also = {name: tuple(_n(str(o)) for o in g.objects(r.iri, ARKG.exportAlso))
                              for name, r in m.relationship_type_defs.items()}
        scheme = g.value(predicate=RDF.type, object=SKOS.ConceptScheme)
        self.schemes = {label: _n(str(scheme)) for label, t in m.node_types.items()
                        if scheme is not None and (t.iri, RDFS.subClassOf, SKOS.Concept) in g}
        self.properties = {key: self._spec(g, p.iri, p.per_language) for key, p in m.properties.items()}

    @staticmethod
    def _spec(g: Graph, iri: URIRef, per_language: bool) -> PropertySpec:
        range_ = g.value(iri, RDFS.range)
        datatype = _n(str(range_)) if range_ is not None and str(range_).startswith(_XSD) else None
        if datatype == XSD_STRING:
            datatype = None
        also = tuple(_n(str(o)) for o in g.objects(iri, ARKG.exportAlso))
        supers = set(g.objects(iri, RDFS.subPropertyOf))
        return PropertySpec(_n(str(iri)), per_language, datatype, also, bool(g.value(iri, ARKG.idValued)),
                            per_language or bool(supers & {SKOS.prefLabel, SKOS.altLabel}))

    def spec(self, key: str) -> tuple[PropertySpec | None, str | None]:
        """``name_zh`` → (the spec of ``name``, "zh"); ``name`` → (spec, None); unknown → (None, None)."""
        if key in self.properties:
            return self.properties[key], None
        base, _, lang = key.rpartition("_")
        spec = self.properties.get(base)
        if spec is not None and spec.per_language and lang in LANGUAGES:
            return spec, lang
        return None, None


class Exporter:
    """Turns nodes and relationships into triples under one base IRI."""

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI, m: Model | None = None) -> None:
        self.base = base_iri
        self.vocab = Vocabulary(m or model())
        self.report = ExportReport()
        self._previous_edge: tuple[str, str, str] | None = None

    def iri(self, id_: str) -> ox.NamedNode:
        return _n(self.base + iri_escape(id_))

    def literal(self, spec: PropertySpec, value: Any, lang: str | None) -> ox.NamedNode | ox.Literal:
        if spec.id_valued:
            return self.iri(str(value))
        if isinstance(value, bool):
            return ox.Literal("true" if value else "false", datatype=XSD_BOOLEAN)
        if isinstance(value, int):
            return ox.Literal(str(value), datatype=XSD_INTEGER)
        if isinstance(value, float):
            return ox.Literal(repr(value), datatype=XSD_DOUBLE)
        text = str(value)
        if spec.datatype is not None:
            return ox.Literal(text, datatype=spec.datatype)
        lang = lang or (script_language(text) if spec.textual else None)
        return ox.Literal(text, language=lang) if lang else ox.Literal(text)

    # -- nodes ----------------------------------------------------------------------------------

    def node_triples(self, node: SourceNode) -> Iterator[ox.Triple]:
        s = self.iri(node.id)
        self.report.nodes += 1
        yield ox.Triple(s, TYPE, self.vocab.classes[node.label])
        values: list[tuple[PropertySpec, ox.NamedNode | ox.Literal]] = []
        for key, value in node.props.items():
            spec, lang = self.vocab.spec(key)
            if spec is None:
                self.report.skipped_keys.add(key)
                continue
            family = [node.props.get(f"{key}_{x}") for x in LANGUAGES] if spec.per_language and lang is None else []
            for item in value if isinstance(value, list) else [value]:
                if item is None or item == "" or item in family:  # empty, or a display name repeating a name_xx
                    continue
                values.append((spec, self.literal(spec, item, lang)))
        preferred = {obj for spec, obj in values if PREF_LABEL in spec.also}
        for spec, obj in values:
            yield ox.Triple(s, spec.iri, obj)
            for also in spec.also:
                if not (also == ALT_LABEL and obj in preferred):
                    yield ox.Triple(s, also, obj)
        if node.label in self.vocab.schemes:
            yield ox.Triple(s, IN_SCHEME, self.vocab.schemes[node.label])
        if node.label == "Document":
            yield from self._document_triples(s, node)
        if node.label == "Mention" and {"document", "paragraph", "start", "end"} <= node.props.keys():
            p = node.props
            yield from self._evidence_triples(s, p["document"], p["paragraph"], p["start"], p["end"],
                                              p.get("text", ""), p.get("language", ""))

    def _document_triples(self, s: ox.NamedNode, node: SourceNode) -> Iterator[ox.Triple]:
        """owl:sameAs the UN's own address (a UN document), and one FRBR expression per language version read."""
        symbol = node.props.get("symbol")
        if symbol:  # a text that is not a UN document has no symbol and no address there
            yield ox.Triple(s, SAME_AS, _n("https://undocs.org/" + iri_escape(symbol)))
        for lang in node.props.get("languages") or []:
            expression = _n(f"{s.value}/{iri_escape(lang)}")
            yield ox.Triple(s, ELI["is_realized_by"], expression)
            yield ox.Triple(expression, TYPE, ELI["LegalExpression"])
            yield ox.Triple(expression, ELI["realizes"], s)
            yield ox.Triple(expression, LANGUAGE, ox.Literal(lang))
            if lang in _EU_LANGUAGE_CODES:
                yield ox.Triple(expression, ELI["language"], _n(_EU_LANGUAGE + _EU_LANGUAGE_CODES[lang]))

    # -- relationships and their evidence -------------------------------------------------------

    def edge_triples(self, edge: SourceEdge) -> Iterator[ox.Triple]:
        self.report.relationships += 1
        s, p, o = self.iri(edge.source), self.vocab.relations[edge.type], self.iri(edge.target)
        if (edge.source, edge.type, edge.target) != self._previous_edge:  # parallel edges: one triple
            self._previous_edge = (edge.source, edge.type, edge.target)
            yield ox.Triple(s, p, o)
            for also in self.vocab.relation_also[edge.type]:
                yield ox.Triple(s, also, o)
        props = edge.props
        key = iri_escape(str(props.get("key") or f"{edge.source}|{edge.type}|{edge.target}"))
        evidenced = {"document", "paragraph", "start", "end"} <= props.keys()
        a = _n(f"{self.base}{'annotation' if evidenced else 'statement'}/{key}")
        yield ox.Triple(a, TYPE, STATEMENT)
        yield ox.Triple(a, SUBJECT, s)
        yield ox.Triple(a, PREDICATE, p)
        yield ox.Triple(a, OBJECT, o)
        for name, value in props.items():  # what the relationship says besides its evidence (a speaker quantity)
            spec, _ = self.vocab.spec(name)
            if spec is not None and name not in _EVIDENCE_KEYS and value not in (None, ""):
                yield ox.Triple(a, spec.iri, self.literal(spec, value, None))
        if not evidenced:
            return
        self.report.annotations += 1
        yield ox.Triple(a, TYPE, OA["Annotation"])
        yield ox.Triple(a, OA["hasBody"], o)
        yield from self._evidence_triples(a, props["document"], props["paragraph"], props["start"], props["end"],
                                          props.get("quote", ""), props.get("language", ""))

    def _evidence_triples(self, a: ox.NamedNode, document: str, paragraph: Any, start: int, end: int,
                          quote: str, language: str) -> Iterator[ox.Triple]:
        """Web Annotation targets: the quote in the paragraph, the span in the document text as read."""
        doc = self.iri(document)
        yield ox.Triple(a, DERIVED_FROM, doc)
        if language:
            yield ox.Triple(a, LANGUAGE, ox.Literal(language))
        quote_target, span_target = _n(a.value + "#quote-target"), _n(a.value + "#span-target")
        quote_selector, span_selector = _n(a.value + "#quote"), _n(a.value + "#span")
        yield ox.Triple(a, OA["hasTarget"], quote_target)
        yield ox.Triple(a, OA["hasTarget"], span_target)
        yield ox.Triple(quote_target, TYPE, OA["SpecificResource"])
        # evidence outside any paragraph (a document's header) is quoted from the document itself
        source = self.iri(f"{document}/para/{paragraph}") if str(paragraph) else doc
        yield ox.Triple(quote_target, OA["hasSource"], source)
        yield ox.Triple(quote_target, OA["hasSelector"], quote_selector)
        yield ox.Triple(quote_selector, TYPE, OA["TextQuoteSelector"])
        yield ox.Triple(quote_selector, OA["exact"], ox.Literal(quote, language=language) if language
                        else ox.Literal(quote))
        yield ox.Triple(span_target, TYPE, OA["SpecificResource"])
        yield ox.Triple(span_target, OA["hasSource"], _n(f"{doc.value}/{iri_escape(language)}") if language else doc)
        yield ox.Triple(span_target, OA["hasSelector"], span_selector)
        yield ox.Triple(span_selector, TYPE, OA["TextPositionSelector"])
        yield ox.Triple(span_selector, OA["start"], ox.Literal(str(int(start)), datatype=XSD_NNI))
        yield ox.Triple(span_selector, OA["end"], ox.Literal(str(int(end)), datatype=XSD_NNI))


# -- streaming over a store ----------------------------------------------------------------------

Tick = Callable[[int, int], None]


def graph_triples(store: Store, exporter: Exporter, tick: Tick | None = None) -> Iterator[ox.Triple]:
    """Every triple of the graph: nodes first, then relationships, one store page at a time."""
    total = size(store) if tick else 0
    done = 0
    for element in _elements(store):
        if isinstance(element, SourceNode):
            yield from exporter.node_triples(element)
        else:
            yield from exporter.edge_triples(element)
        done += 1
        if tick and done % 1000 == 0:
            tick(done, total)
    if tick:
        tick(done, total)


def _elements(store: Store) -> Iterator[SourceNode | SourceEdge]:
    yield from nodes(store)
    yield from relationships(store)


def _counted(triples: Iterable[ox.Triple], report: ExportReport) -> Iterator[ox.Triple]:
    for triple in triples:
        report.triples += 1
        yield triple


def write_triples(triples: Iterable[ox.Triple], out: IO[bytes], fmt: str, report: ExportReport) -> None:
    """Serialise a triple stream; nothing is buffered beyond what the serialiser needs."""
    counted = _counted(triples, report)
    if fmt == "jsonld":
        write_jsonld(counted, out)
    elif fmt in FORMATS:
        prefixes = {k: v for k, v in context().items() if isinstance(v, str)}
        ox.serialize(counted, out, FORMATS[fmt], prefixes=prefixes)
    else:
        raise ValueError(f"unknown RDF format {fmt!r} (expected one of {', '.join(FORMATS)})")


def export_rdf(store: Store, out: IO[bytes], fmt: str = "turtle", base_iri: str = DEFAULT_BASE_IRI,
               tick: Tick | None = None) -> ExportReport:
    exporter = Exporter(base_iri)
    write_triples(graph_triples(store, exporter, tick), out, fmt, exporter.report)
    return exporter.report


# -- JSON-LD, object by object -------------------------------------------------------------------


def _compact(iri: str, prefixes: dict[str, str]) -> str:
    for prefix, namespace in prefixes.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and "/" not in local and "#" not in local:
            return f"{prefix}:{local}"
    return iri


def _jsonld_value(term: ox.NamedNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"@id": term.value}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype == XSD_STRING:
        return {"@value": term.value}
    return {"@value": term.value, "@type": term.datatype.value}


def write_jsonld(triples: Iterable[ox.Triple], out: IO[bytes]) -> None:
    """``{"@context": …, "@graph": [ one object per run of triples with the same subject ]}``.

    A subject met again later (e.g. a document's relationships after its properties) gets another
    object with the same ``@id``; JSON-LD merges them, so nothing has to be held back.
    """
    ctx = context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str)}
    out.write(b'{"@context": ' + json.dumps(ctx, ensure_ascii=False).encode() + b',\n "@graph": [')
    first = True
    for subject, group in groupby(triples, key=lambda t: t.subject):
        obj: dict[str, Any] = {"@id": subject.value}
        for t in group:
            if t.predicate == TYPE:
                obj.setdefault("@type", []).append(_compact(t.object.value, prefixes))
            else:
                obj.setdefault(_compact(t.predicate.value, prefixes), []).append(_jsonld_value(t.object))
        out.write((b"\n  " if first else b",\n  ") + json.dumps(obj, ensure_ascii=False).encode())
        first = False
    out.write(b"\n]}\n")


# -- benchmark (called by the bench helper; speed is measured there, never asserted in tests) -----


#: rdflib holds every triple as Python objects (and tracemalloc tracks each one): the baseline
#: runs on at most this many triples, enough for a stable rate.
BASELINE_TRIPLES = 100_000


def export_benchmark(store: Store) -> dict[str, dict[str, float]]:
    """Triples/s and peak Python memory for N-Triples and Turtle exports, and rdflib as a baseline.

    Each case runs twice: once for the rate, once under tracemalloc for the peak (tracemalloc slows
    Python down several times, so one run cannot give both). Output goes to a temporary file, so
    the peak is what the export holds, not the bytes it wrote. The rdflib baseline parses (up to
    :data:`BASELINE_TRIPLES` of) the same N-Triples into an ``rdflib.Graph`` and serialises it as
    Turtle — the usual way to write RDF in Python, and what the streaming paths avoid.
    """
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("nt", "turtle"):
            path = Path(tmp) / f"export.{fmt}"

            def run(fmt: str = fmt, path: Path = path) -> int:
                with open(path, "wb") as out:
                    return export_rdf(store, out, fmt).triples

            results[fmt] = _measure(run)
        with open(Path(tmp) / "export.nt", "rb") as nt:
            sample = b"".join(islice(nt, BASELINE_TRIPLES)).decode()

    def rdflib_turtle() -> int:
        graph = Graph()
        graph.parse(data=sample, format="nt")
        graph.serialize(format="turtle")
        return len(graph)

    results["rdflib_turtle"] = _measure(rdflib_turtle)
    return results


def _measure(work: Callable[[], int]) -> dict[str, float]:
    started = time.perf_counter()
    triples = work()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"triples": triples, "seconds": round(seconds, 3),
            "triples_per_s": round(triples / seconds) if seconds else 0, "peak_mib": round(peak / 2**20, 3)}
