"""The graph as RDF: one triple generator, serialised as N-Triples, Turtle, JSON-LD or RDF/XML.

Everything the export says comes from ``schema.ttl`` through :mod:`graph.model` — classes from
labels, properties from ``arkg:key``, datatypes from ``rdfs:range``, extra consumer-facing terms
from ``arkg:exportAlso`` — so the ontology, the shapes and the data cannot drift apart.

Decisions (documented for consumers):

* IRIs are the base IRI plus the canonical id; only characters IRIs forbid are percent-encoded.
* ``rdf:type`` is the arkg class plus every standard class it is declared under in ``schema.ttl``
  (``rdfs:subClassOf`` / ``owl:equivalentClass``, transitively: schema.org, ORG, ELI, SKOS, PROV),
  so a consumer finds every entity by the terms it knows without loading the ontology; a document
  is also typed by its kind (``arkg:documentKind``: only reports are ``schema:Report``). Per-type
  counts stay unambiguous under the ``arkg:`` class. ``--ontology`` appends ``schema.ttl`` itself.
* Names are written twice: ``arkg:name``/``arkg:alias`` (round-trip to the property graph) and
  SKOS labels for consumers (:mod:`graph.export.labels`: one tagged ``skos:prefLabel`` per
  language, tagged ``skos:altLabel`` for the rest, no string in both).
* Links out: ``rdfs:seeAlso`` (document) and ``eli:is_exemplified_by`` (language version) to
  undocs.org for printed symbols only — a resolver page is not the document, so never
  ``owl:sameAs``; ``owl:sameAs`` only for true identities (a country's ISO 3166 alpha-3 entry in the
  EU country authority, a recorded Wikidata id). Wikidata gets ``owl:sameAs`` rather than
  ``skos:exactMatch``: our entities are things (States, organizations, a treaty), not SKOS concepts,
  and ``owl:sameAs`` to ``http://www.wikidata.org/entity/Q…`` (the entity IRI, not the wiki page) is
  the identity link linked-data consumers follow and merge on (as DBpedia links to Wikidata);
  ``skos:exactMatch`` is for concept-to-concept mappings between thesauri. The id is recorded per entity with its source
  (``wikidata`` column of the reference data, also written as ``arkg:wikidata`` for the round trip).
  Reference-data sources that are web pages become ``dcterms:source`` IRIs.
* A relationship is a plain triple ``s arkg:TYPE o`` plus one ``rdf:Statement`` per property-graph
  edge (IRI from the edge's ``key``), so parallel edges stay countable and traceable; an edge with
  evidence makes that statement an ``oa:Annotation`` too (``annotation/<key>``, else
  ``statement/<key>``), ``oa:motivatedBy oa:identifying`` with the entity as body and ONE target:
  a SpecificResource on the language version of the document (``<doc>/<lang>``, an
  ``eli:LegalExpression`` carrying the SHA-1 of its text as read, ``spdx:checksum``), scoped to the
  paragraph (``oa:hasScope``), with a TextQuoteSelector (exact, prefix, suffix) and a
  TextPositionSelector. The offsets index the text whose hash is given, so anyone holding the text
  can check them: ``normalise_quote(text[start:end]) == exact``. Quotes are normalised for line
  breaks inside words (between two CJK characters: removed; a hyphen at a line end between two
  lower-case letters: joined); any other line break reads as one space. Prefix and suffix come
  from the paragraph's text (read once per document and language), so they stop at its ends.
* Provenance: a ``Build`` node (one per ``arkg build``, :mod:`pipeline.provenance`) is a
  ``prov:Activity`` associated with its ``prov:SoftwareAgent`` (name and version), using its input
  files as ``urn:sha1:…`` resources; each document it loaded ``prov:wasGeneratedBy`` it.
* Streaming: the graph is written as N-Triples text, a block of a thousand nodes or relationships at
  a time (a relationship and its ~15 evidence triples as one template: building a pyoxigraph term
  per triple in Python was most of an export's time; nodes go through pyoxigraph terms, whose text
  form is N-Triples). N-Triples is that text; Turtle and RDF/XML are pyoxigraph's streaming
  serialiser fed by its own parser of the blocks (in Rust); JSON-LD is written object by object with
  the shipped ``@context``. No rdflib Graph is ever built.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from io import BytesIO
from itertools import batched, chain, groupby
from json.encoder import encode_basestring  # C: a string quoted with N-Triples' escapes
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from arkg.graph.export.labels import node_labels
from arkg.graph.export.source import ParagraphTexts, SourceEdge, SourceNode, View, nodes, relationships, size
from arkg.graph.model import ARKG, DEFAULT_BASE_IRI, LANGUAGES, SCHEMA_PATH, Model, model
from arkg.graph.records import EVIDENCE_KEYS
from arkg.graph.scripts import RANGES as SCRIPT_RANGES
from arkg.graph.scripts import script_language
from arkg.graph.stores.base import Store
from arkg.graph.undocs import undocs_url

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
_EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/"  #: ISO 3166-1 alpha-3 codes
_WIKIDATA = "http://www.wikidata.org/entity/"
_SCHEMA = "https://schema.org/"
_SPDX = "http://spdx.org/rdf/terms#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
#: ISO 639-1 → the EU language authority table that ``eli:language`` expects.
_EU_LANGUAGE_CODES = {"ar": "ARA", "zh": "ZHO", "en": "ENG", "fr": "FRA", "es": "SPA", "ru": "RUS"}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


TYPE = _n(_RDF + "type")
XSD_STRING, XSD_INTEGER, XSD_BOOLEAN, XSD_DOUBLE, XSD_NNI = (
    _n(_XSD + x) for x in ("string", "integer", "boolean", "double", "nonNegativeInteger"))
OA = {x: _n(_OA + x) for x in ("Annotation", "hasBody", "hasTarget", "hasSource", "hasSelector", "SpecificResource",
                               "TextQuoteSelector", "TextPositionSelector", "exact", "prefix", "suffix", "start",
                               "end", "motivatedBy", "identifying", "hasScope")}
STATEMENT, SUBJECT, PREDICATE, OBJECT = (_n(_RDF + x) for x in ("Statement", "subject", "predicate", "object"))
DERIVED_FROM = _n(_PROV + "wasDerivedFrom")
LANGUAGE = _n(_DCT + "language")
SAME_AS = _n(_OWL + "sameAs")
ELI = {x: _n(_ELI + x) for x in ("LegalExpression", "realizes", "is_realized_by", "language", "is_exemplified_by")}
SEE_ALSO, DCT_SOURCE, DCT_TITLE = _n(_RDFS + "seeAlso"), _n(_DCT + "source"), _n(_DCT + "title")
SCHEMA = {x: _n(_SCHEMA + x) for x in ("geo", "GeoCoordinates", "latitude", "longitude", "softwareVersion")}
PROV = {x: _n(_PROV + x) for x in ("wasAssociatedWith", "SoftwareAgent", "used", "wasGeneratedBy")}
SPDX = {x: _n(_SPDX + x) for x in ("checksum", "Checksum", "algorithm", "checksumValue", "checksumAlgorithm_sha1")}
XSD_HEX = _n(_XSD + "hexBinary")
#: The terms relationships and their evidence are written with, in N-Triples form (``<…>``).
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = (str(x) for x in (TYPE, STATEMENT, SUBJECT, PREDICATE, OBJECT))
(_ANNOTATION, _HAS_BODY, _MOTIVATED_BY, _IDENTIFYING, _HAS_TARGET, _SPECIFIC_RESOURCE, _HAS_SOURCE, _HAS_SCOPE,
 _HAS_SELECTOR, _QUOTE_SELECTOR, _EXACT, _PREFIX, _SUFFIX, _POSITION_SELECTOR, _START, _END) = (
    str(OA[x]) for x in ("Annotation", "hasBody", "motivatedBy", "identifying", "hasTarget", "SpecificResource",
                         "hasSource", "hasScope", "hasSelector", "TextQuoteSelector", "exact", "prefix", "suffix",
                         "TextPositionSelector", "start", "end"))
_DERIVED_FROM, _LANGUAGE, _NNI = str(DERIVED_FROM), str(LANGUAGE), str(XSD_NNI)
#: Property-graph keys schema.ttl does not declare that the export writes in standard terms.
WRITTEN_OTHERWISE = frozenset({"content_hashes", "latitude", "longitude"})
#: Node ids whose IRIs an exporter keeps.
IRI_CACHE = 65_536
#: Characters of context either side of a quote (TextQuoteSelector prefix and suffix).
QUOTE_CONTEXT = 32
_URL = re.compile(r"https?://[^\s|<>\"]+")
#: Han (graph/scripts.py) with CJK punctuation and full-width forms: a line break between two of
#: these is inside a word or a sentence, never a space.
_CJK = "\u3000-\u303f" + SCRIPT_RANGES["zh"] + "\uff00-\uffef"
_CJK_BREAK = re.compile(f"(?<=[{_CJK}])[ \t]*(?:\r?\n[ \t]*)+(?=[{_CJK}])")
_HYPHEN_BREAK = re.compile(r"(?<=[a-zà-ÿ])-[ \t]*(?:\r?\n[ \t]*)+(?=[a-zà-ÿ])")
_LINE_BREAK = re.compile(r"[ \t]*(\r?\n)+[ \t]*")
PREF_LABEL, ALT_LABEL, IN_SCHEME = (_n(str(x)) for x in (SKOS.prefLabel, SKOS.altLabel, SKOS.inScheme))

#: Characters an IRI may not contain (RFC 3987), plus ``%`` (so an id never reads as an escape)
#: and ``#``/``?`` (which would end the path). ``/`` and ``.`` stay: ids are paths.
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`#?%\x7f]')


#: What a URL copied from a source may still contain that an IRI may not.
_URL_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')


def _percent(m: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in m.group().encode("utf-8"))


def iri_escape(text: str) -> str:
    return _IRI_FORBIDDEN.sub(_percent, text)


def normalise_quote(text: str) -> str:
    """A quote as a reader sees it: no line break inside a word (CJK run, hyphenated Latin word)."""
    if "\n" not in text:  # every pattern below needs a line break; most quotes have none
        return text
    return _LINE_BREAK.sub(" ", _HYPHEN_BREAK.sub("", _CJK_BREAK.sub("", text)))


def web_sources(source: object) -> list[str]:
    """The web pages among a reference fact's `` | ``-separated sources."""
    return [m.group().rstrip(".,;)") for m in _URL.finditer(str(source))]


@cache
def context() -> dict[str, Any]:
    """The shipped JSON-LD ``@context``; its prefixes are also the Turtle and RDF/XML prefixes."""
    shipped: dict[str, Any] = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    return shipped


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
        #: the arkg class first, then its standard superclasses: what a node is typed with
        self.types = {label: (self.classes[label], *self._standard(g, t.iri)) for label, t in m.node_types.items()}
        #: document kind → the standard classes a document of that kind also has
        self.kind_types = {str(kind): self._standard(g, URIRef(str(cls)))
                           for cls, kind in g.subject_objects(ARKG.documentKind)}
        self.relations = {name: _n(str(r.iri)) for name, r in m.relationship_type_defs.items()}
        self.relation_also = {name: tuple(_n(str(o)) for o in g.objects(r.iri, ARKG.exportAlso))
                              for name, r in m.relationship_type_defs.items()}
        scheme = g.value(predicate=RDF.type, object=SKOS.ConceptScheme)
        self.schemes = {label: _n(str(scheme)) for label, t in m.node_types.items()
                        if scheme is not None and (t.iri, RDFS.subClassOf, SKOS.Concept) in g}
        self.properties = {key: self._spec(g, p.iri, p.per_language) for key, p in m.properties.items()
                           if not p.internal}

    @staticmethod
    def _standard(g: Graph, cls: URIRef) -> tuple[ox.NamedNode, ...]:
        """Every class outside arkg that ``cls`` is declared under (subclass or equivalent, transitively)."""
        seen: dict[URIRef, None] = {}
        todo = [cls]
        while todo:
            current = todo.pop()
            for p in (RDFS.subClassOf, OWL.equivalentClass):
                for sup in g.objects(current, p):
                    if isinstance(sup, URIRef) and sup not in seen and sup != ARKG.Entity:
                        seen[sup] = None
                        todo.append(sup)
        return tuple(_n(str(c)) for c in seen if not str(c).startswith(str(ARKG)))

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

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI, m: Model | None = None,
                 paragraphs: ParagraphTexts | None = None) -> None:
        self.base = base_iri
        self.paragraphs = paragraphs
        self.vocab = Vocabulary(m or model())
        self.report = ExportReport()
        self._previous_edge: tuple[str, str, str] | None = None
        #: the same few ids (documents, hubs) recur in every piece of evidence: escaped once each
        self.iri = lru_cache(maxsize=IRI_CACHE)(self._iri)
        #: the same in N-Triples form (``<…>``), for the relationships written as text
        self.ref = lru_cache(maxsize=IRI_CACHE)(self._text_ref)
        self._tag = cache(self._language_tag)
        self._relations = {name: str(iri) for name, iri in self.vocab.relations.items()}
        self._relation_also = {name: tuple(str(x) for x in also) for name, also in self.vocab.relation_also.items()}

    def _iri(self, id_: str) -> ox.NamedNode:
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
        # a display name (``name``, no language in its key) stays untagged, so that it reads back as ``name``
        lang = lang or (script_language(text) if spec.textual and not spec.per_language else None)
        return ox.Literal(text, language=lang) if lang else ox.Literal(text)

    # -- nodes ----------------------------------------------------------------------------------

    def node_triples(self, node: SourceNode) -> Iterator[ox.Triple]:
        s = self.iri(node.id)
        self.report.nodes += 1
        types = dict.fromkeys(self.vocab.types[node.label])
        if node.label == "Document":
            types.update(dict.fromkeys(self.vocab.kind_types.get(str(node.props.get("kind")), ())))
        for cls in types:
            yield ox.Triple(s, TYPE, cls)
        for key, value in node.props.items():
            spec, lang = self.vocab.spec(key)
            if spec is None:
                if key not in WRITTEN_OTHERWISE:
                    self.report.skipped_keys.add(key)
                continue
            family = [node.props.get(f"{key}_{x}") for x in LANGUAGES] if spec.per_language and lang is None else []
            for item in value if isinstance(value, list) else [value]:
                if item is None or item == "" or item in family:  # empty, or a display name repeating a name_xx
                    continue
                obj = self.literal(spec, item, lang)
                yield ox.Triple(s, spec.iri, obj)
                for also in spec.also:
                    yield ox.Triple(s, also, obj)
        yield from self._label_triples(s, node)
        yield from self._link_triples(s, node)
        if node.label in self.vocab.schemes:
            yield ox.Triple(s, IN_SCHEME, self.vocab.schemes[node.label])
        if node.label == "Document":
            yield from self._document_triples(s, node)
        if node.label == "Build":
            yield from self._build_triples(s, node)
        if node.label == "Mention" and {"document", "paragraph", "start", "end"} <= node.props.keys():
            p = node.props
            text = self.evidence_text(str(s), p["document"], p["paragraph"], p["start"], p["end"],
                                      p.get("text", ""), p.get("language", ""))
            yield from (quad.triple for quad in ox.parse(text, ox.RdfFormat.N_TRIPLES))

    @staticmethod
    def _label_triples(s: ox.NamedNode, node: SourceNode) -> Iterator[ox.Triple]:
        labels = node_labels(node.label, node.props)
        for lang, text in labels.preferred.items():
            yield ox.Triple(s, PREF_LABEL, ox.Literal(text, language=lang))
        for text, alt_lang in labels.alternate:
            yield ox.Triple(s, ALT_LABEL, ox.Literal(text, language=alt_lang) if alt_lang else ox.Literal(text))

    def _link_triples(self, s: ox.NamedNode, node: SourceNode) -> Iterator[ox.Triple]:
        """Identities (owl:sameAs), web-page sources, and coordinates of places."""
        p = node.props
        if node.label == "Country" and p.get("iso3"):
            yield ox.Triple(s, SAME_AS, _n(_EU_COUNTRY + iri_escape(str(p["iso3"]))))
        if p.get("wikidata"):  # only where the reference data records one (with its source)
            yield ox.Triple(s, SAME_AS, _n(_WIKIDATA + iri_escape(str(p["wikidata"]))))
        sources = p.get("source") or []
        urls = (url for source in (sources if isinstance(sources, list) else [sources]) for url in web_sources(source))
        for url in dict.fromkeys(urls):  # one source page may back several facts
            yield ox.Triple(s, DCT_SOURCE, _n(_URL_FORBIDDEN.sub(_percent, url)))
        if p.get("latitude") is not None and p.get("longitude") is not None:
            geo = _n(s.value + "#geo")
            yield ox.Triple(s, SCHEMA["geo"], geo)
            yield ox.Triple(geo, TYPE, SCHEMA["GeoCoordinates"])
            yield ox.Triple(geo, SCHEMA["latitude"], ox.Literal(repr(float(p["latitude"])), datatype=XSD_DOUBLE))
            yield ox.Triple(geo, SCHEMA["longitude"], ox.Literal(repr(float(p["longitude"])), datatype=XSD_DOUBLE))

    def _document_triples(self, s: ox.NamedNode, node: SourceNode) -> Iterator[ox.Triple]:
        """A link to the UN's own address (printed symbols only), and one FRBR expression per language read.

        Each expression carries the SHA-1 of its text as read (from the build's ``lang:hash`` marks),
        which is the text the evidence offsets index.
        """
        symbol = str(node.props.get("symbol") or "")
        printed = bool(symbol) and not node.props.get("symbol_inferred")
        if printed:  # a text that is not a UN document, or an inferred symbol, gets no link there
            yield ox.Triple(s, SEE_ALSO, _n(iri_escape(undocs_url(symbol))))
        # a build's version mark is ``lang:sha1`` (``+`` the reference data's fingerprint, if any)
        hashes = {lang: rest.partition("+")[0] for lang, _, rest in
                  (str(m).partition(":") for m in node.props.get("content_hashes") or [] if ":" in str(m))}
        for lang in node.props.get("languages") or []:
            expression = self.expression(s, lang)
            yield ox.Triple(s, ELI["is_realized_by"], expression)
            yield ox.Triple(expression, TYPE, ELI["LegalExpression"])
            yield ox.Triple(expression, ELI["realizes"], s)
            yield ox.Triple(expression, LANGUAGE, ox.Literal(lang))
            if lang in _EU_LANGUAGE_CODES:
                yield ox.Triple(expression, ELI["language"], _n(_EU_LANGUAGE + _EU_LANGUAGE_CODES[lang]))
            if printed:
                yield ox.Triple(expression, ELI["is_exemplified_by"], _n(iri_escape(undocs_url(symbol, lang))))
            if lang in hashes:
                checksum = _n(expression.value + "#sha1")
                yield ox.Triple(expression, SPDX["checksum"], checksum)
                yield ox.Triple(checksum, TYPE, SPDX["Checksum"])
                yield ox.Triple(checksum, SPDX["algorithm"], SPDX["checksumAlgorithm_sha1"])
                yield ox.Triple(checksum, SPDX["checksumValue"], ox.Literal(hashes[lang], datatype=XSD_HEX))

    def _build_triples(self, s: ox.NamedNode, node: SourceNode) -> Iterator[ox.Triple]:
        """A build as PROV: its software agent, its inputs by content hash, what it generated."""
        name = str(node.props.get("software") or "arkg")
        agent = _n(self.base + "software/" + iri_escape(name.replace(" ", "/")))
        yield ox.Triple(s, PROV["wasAssociatedWith"], agent)
        yield ox.Triple(agent, TYPE, PROV["SoftwareAgent"])
        yield ox.Triple(agent, PREF_LABEL, ox.Literal(name, language="en"))
        if " " in name:
            yield ox.Triple(agent, SCHEMA["softwareVersion"], ox.Literal(name.rpartition(" ")[2]))
        for entry in node.props.get("inputs") or []:
            digest, _, path = str(entry).partition(" ")
            used = _n(f"urn:sha1:{iri_escape(digest)}")
            yield ox.Triple(s, PROV["used"], used)
            yield ox.Triple(used, DCT_TITLE, ox.Literal(path))
        for generated in node.props.get("generated") or []:
            yield ox.Triple(self.iri(str(generated)), PROV["wasGeneratedBy"], s)

    @staticmethod
    def expression(doc: ox.NamedNode, language: str) -> ox.NamedNode:
        return _n(f"{doc.value}/{iri_escape(language)}")

    def node_text(self, node: SourceNode) -> str:
        """The node's triples as N-Triples lines."""
        return "".join(f"{triple} .\n" for triple in self.node_triples(node))

    # -- relationships and their evidence -------------------------------------------------------

    def edge_text(self, edge: SourceEdge) -> str:
        """The edge's triples as N-Triples lines: ~15 per piece of evidence, so written as text in one go
        (building a pyoxigraph term per triple in Python was 9/10 of an export's time)."""
        self.report.relationships += 1
        s, p, o = self.ref(edge.source), self._relations[edge.type], self.ref(edge.target)
        lines = []
        if (edge.source, edge.type, edge.target) != self._previous_edge:  # parallel edges: one triple
            self._previous_edge = (edge.source, edge.type, edge.target)
            lines.append(f"{s} {p} {o} .\n")
            lines.extend(f"{s} {also} {o} .\n" for also in self._relation_also[edge.type])
        props = edge.props
        key = iri_escape(str(props.get("key") or f"{edge.source}|{edge.type}|{edge.target}"))
        evidenced = {"document", "paragraph", "start", "end"} <= props.keys()
        a = str(_n(f"{self.base}{'annotation' if evidenced else 'statement'}/{key}"))
        lines.append(f"{a} {_TYPE} {_STATEMENT} .\n{a} {_SUBJECT} {s} .\n{a} {_PREDICATE} {p} .\n"
                     f"{a} {_OBJECT} {o} .\n")
        for name, value in props.items():  # what the relationship says besides its evidence (a speaker quantity)
            if name not in EVIDENCE_KEYS and value not in (None, ""):
                spec, _ = self.vocab.spec(name)
                if spec is not None:
                    lines.append(f"{a} {spec.iri} {self.literal(spec, value, None)} .\n")
        if evidenced:
            self.report.annotations += 1
            lines.append(f"{a} {_TYPE} {_ANNOTATION} .\n{a} {_HAS_BODY} {o} .\n")
            lines.append(self.evidence_text(a, props["document"], props["paragraph"], props["start"], props["end"],
                                            props.get("quote", ""), props.get("language", "")))
        return "".join(lines)

    def prefetch(self, elements: Iterable[SourceNode | SourceEdge]) -> None:
        """Read, in bulk, the paragraph texts the evidence of these relationships quotes from."""
        if self.paragraphs is not None:
            self.paragraphs.prefetch((str(e.props["document"]), str(e.props["paragraph"]), str(e.props["language"]))
                                     for e in elements if isinstance(e, SourceEdge)
                                     and e.props.get("document") and e.props.get("language"))

    def evidence_text(self, a: str, document: str, paragraph: Any, start: int, end: int,
                      quote: str, language: str) -> str:
        """One Web Annotation target of ``a`` (an IRI in N-Triples form): the span of the language
        version's text, by quote and by position."""
        doc = self.ref(document)
        target, quote_selector, span_selector = a[:-1] + "#target>", a[:-1] + "#quote>", a[:-1] + "#span>"
        if language:
            tag, source = self._tag(language), self.ref(f"{document}/{language}")
            said = f"{a} {_LANGUAGE} {encode_basestring(language)} .\n"
        else:
            tag, source, said = "", doc, ""
        # evidence outside any paragraph (a document's header) has no narrower scope
        scope = f"{target} {_HAS_SCOPE} {self.ref(f'{document}/para/{paragraph}')} .\n" if str(paragraph) else ""
        around = self.context(document, str(paragraph), language, int(start), int(end), quote)
        context = "" if around is None else (
            f"{quote_selector} {_PREFIX} {encode_basestring(normalise_quote(around[0]))}{tag} .\n"
            f"{quote_selector} {_SUFFIX} {encode_basestring(normalise_quote(around[1]))}{tag} .\n")
        return (f"{a} {_MOTIVATED_BY} {_IDENTIFYING} .\n{a} {_DERIVED_FROM} {doc} .\n{said}"
                f"{a} {_HAS_TARGET} {target} .\n{target} {_TYPE} {_SPECIFIC_RESOURCE} .\n"
                f"{target} {_HAS_SOURCE} {source} .\n{scope}"
                f"{target} {_HAS_SELECTOR} {quote_selector} .\n{target} {_HAS_SELECTOR} {span_selector} .\n"
                f"{quote_selector} {_TYPE} {_QUOTE_SELECTOR} .\n"
                f"{quote_selector} {_EXACT} {encode_basestring(normalise_quote(quote))}{tag} .\n{context}"
                f"{span_selector} {_TYPE} {_POSITION_SELECTOR} .\n"
                f'{span_selector} {_START} "{int(start)}"^^{_NNI} .\n{span_selector} {_END} "{int(end)}"^^{_NNI} .\n')

    def _text_ref(self, id_: str) -> str:
        return str(self.iri(id_))

    def _language_tag(self, language: str) -> str:
        """``@xx`` as pyoxigraph writes the tag (checked and lower-cased once per language)."""
        return f"@{ox.Literal('', language=language).language}"

    def context(self, document: str, paragraph: str, language: str, start: int, end: int,
                quote: str) -> tuple[str, str] | None:
        """Up to :data:`QUOTE_CONTEXT` characters before and after a quote, from its paragraph's text.

        None when the paragraph's text is unknown or does not hold the quote at the offsets given
        (the prefix and suffix would then not be the text's).
        """
        found = self.paragraphs(document, paragraph, language) if self.paragraphs and paragraph else None
        if found is None:
            return None
        offset, text = found
        i, j = start - offset, end - offset
        if i < 0 or normalise_quote(text[i:j]) != normalise_quote(quote):
            return None
        return text[max(0, i - QUOTE_CONTEXT):i], text[j:j + QUOTE_CONTEXT]


# -- streaming over a store ----------------------------------------------------------------------

Tick = Callable[[int, int], None]


def graph_text(store: Store, exporter: Exporter, tick: Tick | None = None,
               view: View | None = None) -> Iterator[bytes]:
    """Every triple of the graph (or of ``view``) as N-Triples, nodes first, then relationships, in
    blocks of :data:`BLOCK` elements (UTF-8): one store page at a time, nothing else held."""
    total = (size(store) if view is None else len(view.ids)) if tick else 0
    done = 0
    for elements in batched(_elements(store, view), BLOCK):
        exporter.prefetch(elements)
        yield _counted("".join(exporter.node_text(element) if isinstance(element, SourceNode)
                               else exporter.edge_text(element) for element in elements), exporter.report)
        done += len(elements)
        if tick:
            tick(done, total)
    if tick and not done:
        tick(done, total)


#: Elements per block of N-Triples text (a few hundred KB).
BLOCK = 1_000


def _counted(text: str, report: ExportReport) -> bytes:
    data = text.encode("utf-8")
    report.triples += data.count(b"\n")  # one line per triple: line breaks inside literals are escaped
    return data


def _elements(store: Store, view: View | None) -> Iterator[SourceNode | SourceEdge]:
    yield from nodes(store, view=view)
    yield from relationships(store, view=view)


def parsed(blocks: Iterable[bytes]) -> Iterator[ox.Quad]:
    """N-Triples blocks as pyoxigraph quads (in the default graph), parsed in Rust block by block."""
    return chain.from_iterable(ox.parse(block, ox.RdfFormat.N_TRIPLES) for block in blocks)


def write_text(blocks: Iterable[bytes], out: IO[bytes], fmt: str) -> None:
    """Write N-Triples blocks as ``fmt``: N-Triples as they are, JSON-LD object by object, any other
    syntax through pyoxigraph's streaming serialiser; nothing is buffered beyond what it needs."""
    if fmt == "nt":
        for block in blocks:
            out.write(block)
    elif fmt == "jsonld":
        write_jsonld(parsed(blocks), out)
    elif fmt in FORMATS:
        prefixes = {k: v for k, v in context().items() if isinstance(v, str)}
        ox.serialize(parsed(blocks), out, FORMATS[fmt], prefixes=prefixes)
    else:
        raise ValueError(f"unknown RDF format {fmt!r} (expected one of {', '.join(FORMATS)})")


def ontology_text() -> bytes:
    """``schema.ttl`` itself (classes, properties, shapes) as N-Triples, for consumers who want the model too."""
    out = BytesIO()
    with open(SCHEMA_PATH, "rb") as f:
        ox.serialize((quad.triple for quad in ox.parse(f, ox.RdfFormat.TURTLE)), out, ox.RdfFormat.N_TRIPLES)
    return out.getvalue()


def export_rdf(store: Store, out: IO[bytes], fmt: str = "turtle", base_iri: str = DEFAULT_BASE_IRI,
               tick: Tick | None = None, ontology: bool = False, view: View | None = None) -> ExportReport:
    """The graph, or the part of it in ``view``, as RDF in ``fmt`` (a key of :data:`FORMATS` or ``jsonld``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (expected one of {', '.join(FORMATS)})")
    exporter = Exporter(base_iri, paragraphs=ParagraphTexts(store))
    blocks = graph_text(store, exporter, tick, view)
    if ontology:
        blocks = chain(blocks, [_counted(ontology_text().decode("utf-8"), exporter.report)])
    write_text(blocks, out, fmt)
    return exporter.report


# -- JSON-LD, object by object -------------------------------------------------------------------


def _compact(iri: str, prefixes: dict[str, str]) -> str:
    for prefix, namespace in prefixes.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and "/" not in local and "#" not in local:
            return f"{prefix}:{local}"
    return iri


def _jsonld_id(term: ox.NamedNode | ox.BlankNode) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _jsonld_value(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if not isinstance(term, ox.Literal):
        return {"@id": _jsonld_id(term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype == XSD_STRING:
        return {"@value": term.value}
    return {"@value": term.value, "@type": term.datatype.value}


def write_jsonld(triples: Iterable[ox.Triple | ox.Quad], out: IO[bytes]) -> None:
    """``{"@context": …, "@graph": [ one object per run of triples with the same subject ]}``.

    A subject met again later (e.g. a document's relationships after its properties) gets another
    object with the same ``@id``; JSON-LD merges them, so nothing has to be held back.
    """
    ctx = context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str)}
    out.write(b'{"@context": ' + json.dumps(ctx, ensure_ascii=False).encode() + b',\n "@graph": [')
    first = True
    for subject, group in groupby(triples, key=lambda t: t.subject):
        obj: dict[str, Any] = {"@id": _jsonld_id(subject)}
        for t in group:
            term = t.object
            if isinstance(term, ox.Triple):
                raise ValueError(f"{subject}: a quoted triple (RDF-star) has no JSON-LD 1.1 form")
            if t.predicate == TYPE:
                obj.setdefault("@type", []).append(_compact(term.value, prefixes))
            else:
                obj.setdefault(_compact(t.predicate.value, prefixes), []).append(_jsonld_value(term))
        out.write((b"\n  " if first else b",\n  ") + json.dumps(obj, ensure_ascii=False).encode())
        first = False
    out.write(b"\n]}\n")
