"""arkg's data model, read from ``schema.ttl`` — the one place where it is declared.

Stores take their labels and relationship types from here (the Cypher whitelist), the RDF
exporter its IRIs, the validator its shapes, the tests their expectations. Nothing else in the
code base lists node labels or relationship types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, SH

from arkg.graph.records import Edge, Node

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema.ttl"
ARKG = Namespace("https://w3id.org/arkg/ontology#")
SDO = Namespace("https://schema.org/")
DCTERMS_IDENTIFIER = URIRef("http://purl.org/dc/terms/identifier")
DEFAULT_BASE_IRI = "https://w3id.org/arkg/id/"

#: The six official UN languages, in the UN's own order.
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "es", "ru")

#: What a label or relationship type must look like before it may be written into query text.
_IDENTIFIER = re.compile(r"^[A-Z][A-Za-z_]*$")
#: Regex syntax, so that what remains of a pattern is its literal text.
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NON_LITERAL = re.compile(r"\[[^\]]*\]|\{[^}]*\}|\\.|[.*+?()|^$]")


class ModelError(ValueError):
    """A record does not fit the model: unknown label or type, or a malformed id."""


@dataclass(frozen=True, slots=True)
class PropertyShape:
    """What a label's shape says about one of its properties: its XSD datatype and how many values."""

    datatype: str | None  #: the XSD local name (``integer``, ``date`` …), None when not stated
    min_count: int = 0
    max_count: int | None = None
    #: sh:minInclusive / sh:maxInclusive: e.g. the Convention's 71 articles and 8 chapters
    min_inclusive: int | None = None
    max_inclusive: int | None = None


@dataclass(frozen=True, slots=True)
class NodeType:
    label: str
    iri: URIRef
    id_pattern: re.Pattern[str]
    id_template: str  #: arkg:idTemplate, in Python format syntax (graph/ids.py fills it in)
    names: dict[str, str]  #: rdfs:label per language
    #: property key → its shape: the class's own SHACL shape over arkg:Entity's, over the property's rdfs:range
    properties: dict[str, PropertyShape]
    cited_by_number: bool = False  #: arkg:citedByNumber: found by patterns, not by names
    carries_text: bool = False  #: arkg:carriesText: structure holding text, not a thing named

    def datatype(self, key: str) -> str | None:
        shape = self.properties.get(key)
        return shape.datatype if shape else None

    @property
    def number_range(self) -> range | None:
        """sh:minInclusive … sh:maxInclusive of ``number``, when the shape states both."""
        shape = self.properties.get("number")
        if shape is None or shape.min_inclusive is None or shape.max_inclusive is None:
            return None
        return range(shape.min_inclusive, shape.max_inclusive + 1)

    def fits(self, id_: str) -> bool:
        """Whether an id that matches the pattern also keeps its number (the template's last part,
        as in ``uncac/article/{number}``) within the stated range."""
        numbers = self.number_range
        if numbers is None or not self.id_template.endswith("{number}"):
            return True
        last = id_.rsplit("/", 1)[-1]
        return last.isdigit() and int(last) in numbers

    @property
    def required(self) -> tuple[str, ...]:
        """The keys every node of this label must carry (sh:minCount ≥ 1), besides its id."""
        return tuple(k for k, s in self.properties.items() if s.min_count >= 1 and k != "id")


@dataclass(frozen=True, slots=True)
class RelationshipType:
    type: str
    iri: URIRef
    domain: frozenset[str]
    range: frozenset[str]
    derived: bool  #: carries evidence (document, paragraph, span, quote)
    names: dict[str, str]
    indexed: tuple[str, ...] = ()  #: property keys the stores index (arkg:indexedBy), sorted


@dataclass(frozen=True, slots=True)
class AggregateType:
    """A class of load-time counts (``arkg:aggregate``): nodes the build keeps exact, not entities.

    Declared apart from :class:`NodeType` on purpose: ``labels``, the Cypher whitelist of entities, the
    exports, the validator and every walk over ``Entity`` never meet it, without any of them listing it.
    """

    label: str
    iri: URIRef
    indexed: tuple[str, ...]  #: the keys the stores index (arkg:indexedBy): what the build looks a count up by
    names: dict[str, str]


@dataclass(frozen=True, slots=True)
class PropertyDef:
    key: str
    iri: URIRef
    per_language: bool
    multi_valued: bool = False
    internal: bool = False  #: build bookkeeping the RDF export writes in another form (arkg:internal)
    datatype: str | None = None  #: the XSD local name of its rdfs:range, if it states one


class Model:
    """The node labels, relationship types and properties declared in ``schema.ttl``."""

    def __init__(self, graph: Graph) -> None:
        self.rdf = graph
        self.properties = self._read_properties(graph)
        #: Property keys whose values are calendar dates (``rdfs:range xsd:date``), stored as dates.
        self.date_keys = frozenset(key for key, prop in self.properties.items() if prop.datatype == "date")
        self.node_types = self._read_node_types(graph, self.properties)
        self.relationship_type_defs = self._read_relationship_types(graph, set(self.node_types))
        self.aggregate_types = self._read_aggregates(graph, set(self.node_types))

    # -- reading ------------------------------------------------------------------------------

    @staticmethod
    def _names(graph: Graph, subject: URIRef) -> dict[str, str]:
        return {
            str(o.language): str(o)
            for o in graph.objects(subject, RDFS.label)
            if isinstance(o, Literal) and o.language
        }

    @staticmethod
    def _shapes(graph: Graph, cls_iri: URIRef, keys: dict[URIRef, PropertyDef]) -> dict[str, PropertyShape]:
        """The property shapes of ``cls_iri`` by key; a shape of a path that is not a keyed property
        (a relationship, an inverse path) is left to the validator."""
        found: dict[str, PropertyShape] = {}
        for shape in graph.objects(cls_iri, SH.property):
            path = graph.value(shape, SH.path)
            prop = keys.get(path) if isinstance(path, URIRef) else None
            if prop is None:
                continue
            datatype = graph.value(shape, SH.datatype)
            found[prop.key] = PropertyShape(
                _xsd_name(datatype) if isinstance(datatype, URIRef) else prop.datatype,
                _integer(graph.value(shape, SH.minCount)) or 0,
                _integer(graph.value(shape, SH.maxCount)),
                _integer(graph.value(shape, SH.minInclusive)),
                _integer(graph.value(shape, SH.maxInclusive)),
            )
        return found

    @classmethod
    def _read_node_types(cls, graph: Graph, properties: dict[str, PropertyDef]) -> dict[str, NodeType]:
        keys = {p.iri: p for p in properties.values()}
        # every keyed property with a stated range, then what arkg:Entity's shape says, then the class's own
        common = {p.key: PropertyShape(p.datatype) for p in properties.values() if p.datatype}
        common.update(cls._shapes(graph, ARKG.Entity, keys))
        types: dict[str, NodeType] = {}
        for cls_iri in graph.subjects(RDFS.subClassOf, ARKG.Entity):
            if not isinstance(cls_iri, URIRef) or not str(cls_iri).startswith(str(ARKG)):
                continue
            label = str(cls_iri)[len(str(ARKG)) :]
            pattern = None
            for shape in graph.objects(cls_iri, SH.property):
                if graph.value(shape, SH.path) == DCTERMS_IDENTIFIER:
                    pattern = graph.value(shape, SH.pattern)
            if pattern is None:
                raise ModelError(f"schema.ttl: class {label} has no id pattern")
            template = graph.value(cls_iri, ARKG.idTemplate)
            if template is None:
                raise ModelError(f"schema.ttl: class {label} has no arkg:idTemplate")
            shapes = {**common, **cls._shapes(graph, cls_iri, keys)}
            types[label] = NodeType(
                label, cls_iri, re.compile(str(pattern)), str(template), cls._names(graph, cls_iri), shapes,
                cited_by_number=bool(graph.value(cls_iri, ARKG.citedByNumber)),
                carries_text=bool(graph.value(cls_iri, ARKG.carriesText)),
            )
        return types

    @classmethod
    def _read_relationship_types(cls, graph: Graph, labels: set[str]) -> dict[str, RelationshipType]:
        rels: dict[str, RelationshipType] = {}
        for iri in graph.subjects(RDF.type, OWL.ObjectProperty):
            if not isinstance(iri, URIRef) or not str(iri).startswith(str(ARKG)):
                continue
            name = str(iri)[len(str(ARKG)) :]

            def local(objs: Any) -> frozenset[str]:
                return frozenset(str(o)[len(str(ARKG)) :] for o in objs)

            domain = local(graph.objects(iri, SDO.domainIncludes))
            range_ = local(graph.objects(iri, SDO.rangeIncludes))
            unknown = (domain | range_) - labels - {"Entity"}
            if unknown:
                raise ModelError(f"schema.ttl: {name} refers to unknown classes {sorted(unknown)}")
            derived = bool(graph.value(iri, ARKG.derivedFromText))
            indexed = tuple(sorted(str(o) for o in graph.objects(iri, ARKG.indexedBy)))
            if not all(key.isidentifier() for key in indexed):  # written into the stores' index statements
                raise ModelError(f"schema.ttl: {name} has an arkg:indexedBy that is not a property key: {indexed}")
            rels[name] = RelationshipType(name, iri, domain, range_, derived, cls._names(graph, iri), indexed)
        return rels

    @classmethod
    def _read_aggregates(cls, graph: Graph, labels: set[str]) -> dict[str, AggregateType]:
        found: dict[str, AggregateType] = {}
        for iri in graph.subjects(ARKG.aggregate, Literal(True)):
            if not isinstance(iri, URIRef) or not str(iri).startswith(str(ARKG)):
                continue
            label = str(iri)[len(str(ARKG)) :]
            if label in labels:  # an Entity would be walked, exported and validated like any other node
                raise ModelError(f"schema.ttl: aggregate {label} must not be a subclass of arkg:Entity")
            indexed = tuple(sorted(str(o) for o in graph.objects(iri, ARKG.indexedBy)))
            if not _IDENTIFIER.match(label) or not indexed or not all(key.isidentifier() for key in indexed):
                raise ModelError(f"schema.ttl: aggregate {label} needs a plain name and an arkg:indexedBy key")
            found[label] = AggregateType(label, iri, indexed, cls._names(graph, iri))
        return found

    @staticmethod
    def _read_properties(graph: Graph) -> dict[str, PropertyDef]:
        props: dict[str, PropertyDef] = {}
        for iri, key in graph.subject_objects(ARKG.key):
            range_ = graph.value(iri, RDFS.range)
            props[str(key)] = PropertyDef(
                str(key),
                URIRef(str(iri)),
                per_language=bool(graph.value(iri, ARKG.perLanguage)),
                multi_valued=bool(graph.value(iri, ARKG.multiValued)),
                internal=bool(graph.value(iri, ARKG.internal)),
                datatype=_xsd_name(range_) if isinstance(range_, URIRef) else None,
            )
        return props

    # -- questions ----------------------------------------------------------------------------

    @property
    def labels(self) -> set[str]:
        return set(self.node_types)

    @property
    def numbered_labels(self) -> frozenset[str]:
        """Labels texts cite by number or symbol (read by patterns, not by names)."""
        return frozenset(t.label for t in self.node_types.values() if t.cited_by_number)

    @property
    def text_labels(self) -> frozenset[str]:
        """Structural labels that carry text rather than meaning (paragraphs, unlinked mentions)."""
        return frozenset(t.label for t in self.node_types.values() if t.carries_text)

    @property
    def relationship_types(self) -> set[str]:
        return set(self.relationship_type_defs)

    @property
    def relationship_indexes(self) -> list[tuple[str, str]]:
        """(relationship type, property key) pairs the stores index, in a stable order."""
        return sorted((t, key) for t, rel in self.relationship_type_defs.items() for key in rel.indexed)

    @property
    def aggregate_labels(self) -> frozenset[str]:
        """Labels of load-time counts (``arkg:aggregate``): not in :attr:`labels`, walked by nothing generic."""
        return frozenset(self.aggregate_types)

    @property
    def aggregate_indexes(self) -> list[tuple[str, str]]:
        """(aggregate label, key) pairs the stores index, in a stable order."""
        return sorted((label, key) for label, agg in self.aggregate_types.items() for key in agg.indexed)

    def safe_aggregate_label(self, label: str) -> str:
        """An aggregate's label checked against the model, fit to be written into query text."""
        if label not in self.aggregate_types:
            raise ModelError(f"unknown aggregate {label!r}")
        return label

    def node_type(self, label: str) -> NodeType:
        try:
            return self.node_types[label]
        except KeyError:
            raise ModelError(f"unknown node label {label!r}") from None

    def rel_type(self, type_: str) -> RelationshipType:
        try:
            return self.relationship_type_defs[type_]
        except KeyError:
            raise ModelError(f"unknown relationship type {type_!r}") from None

    def number_range(self, label: str) -> range:
        """The numbers a ``label`` node may carry: the Convention's articles 1–71 and chapters 1–8."""
        found = self.node_type(label).number_range
        if found is None:
            raise ModelError(f"schema.ttl: {label} states no range for its number")
        return found

    def label_for_id(self, id_: str) -> str | None:
        """The label of the most specific id pattern that matches.

        Patterns nest (a paragraph id extends its document's id, ``org/star`` is an Initiative
        under an Organization-like prefix), so the pattern with the most literal text wins.
        """
        matches = [t for t in self.node_types.values() if t.id_pattern.match(id_) and t.fits(id_)]
        if not matches:
            return None
        return max(matches, key=lambda t: len(_NON_LITERAL.sub("", t.id_pattern.pattern))).label

    def safe_label(self, label: str) -> str:
        """A label checked against the whitelist, fit to be written into query text."""
        self.node_type(label)
        if not _IDENTIFIER.match(label):
            raise ModelError(f"label {label!r} is not a plain identifier")
        return label

    def safe_rel_type(self, type_: str) -> str:
        """A relationship type checked against the whitelist, fit to be written into query text."""
        self.rel_type(type_)
        if not _IDENTIFIER.match(type_):
            raise ModelError(f"relationship type {type_!r} is not a plain identifier")
        return type_

    def check_node(self, node: Node) -> None:
        node_type = self.node_type(node.label)
        if not node_type.id_pattern.match(node.id):
            raise ModelError(f"{node.label} id {node.id!r} does not match {node_type.id_pattern.pattern}")
        for key in self.date_keys & node.props.keys():
            value = node.props[key]
            if value is not None and value != "" and not _is_iso_date(value):
                raise ModelError(f"{node.id}: {key} {value!r} is not a date (YYYY-MM-DD)")
        if not node_type.fits(node.id):
            raise ModelError(f"{node.label} id {node.id!r}: its number is out of {node_type.number_range}")

    def check_edge(self, edge: Edge, source_label: str | None = None, target_label: str | None = None) -> None:
        rel = self.rel_type(edge.type)
        if rel.derived and edge.evidence is None:
            raise ModelError(f"{edge.type} {edge.source} -> {edge.target} has no evidence")
        if source_label and rel.domain and source_label not in rel.domain:
            raise ModelError(f"{edge.type} cannot start at a {source_label} ({edge.source})")
        if target_label and rel.range and "Entity" not in rel.range and target_label not in rel.range:
            raise ModelError(f"{edge.type} cannot end at a {target_label} ({edge.target})")


def _is_iso_date(value: Any) -> bool:
    """A calendar date written ``YYYY-MM-DD`` that exists (stores parse it with ``date()``)."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _integer(value: object) -> int | None:
    """An integer literal's value (a shape's count or bound); None when the shape states none."""
    return int(value) if isinstance(value, Literal) else None


def _xsd_name(iri: URIRef) -> str | None:
    """``xsd:integer`` → ``integer``; a datatype outside XSD → None."""
    return str(iri)[len(str(XSD)) :] if str(iri).startswith(str(XSD)) else None


@cache
def model() -> Model:
    """The model of the ``schema.ttl`` beside the packages, parsed once per process."""
    graph = Graph()
    graph.parse(SCHEMA_PATH, format="turtle")
    return Model(graph)
