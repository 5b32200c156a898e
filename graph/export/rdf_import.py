"""``arkg import``: an arkg RDF export read back into an empty property graph.

The export writes everything it knows twice — in arkg's own terms (``arkg:*`` properties with
their ``arkg:key``, one ``rdf:Statement`` per edge, the evidence as Web Annotations) and in the
terms consumers know (SKOS labels, schema.org/ELI types, links). Reading back takes only the
first: the second is derived again by the next export, so export → import → export gives an
isomorphic graph.

What comes back, per element:

* a node: every subject with a ``dcterms:identifier`` and an arkg class; each ``arkg:key``
  property, ``key_<lang>`` for language-tagged values of per-language properties; lists for
  ``arkg:multiValued`` properties; ids for ``arkg:idValued`` ones; the version marks
  (``content_hashes``) from the checksums of the document's language versions;
* an edge: every ``rdf:Statement`` (subject, type, object) with its own properties (``arkg:key``
  terms on the statement, e.g. a speaker quantity) and, when it is an annotation, its
  evidence: document, language, paragraph (the target's scope), offsets and quote (as exported,
  i.e. normalised for line breaks inside words).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node as Term

from arkg.graph.model import ARKG, LANGUAGES, model
from arkg.graph.records import EVIDENCE_KEYS, Batch, Edge, Evidence, Node
from arkg.graph.stores import aggregates
from arkg.graph.stores.base import Store
from arkg.graph.validate import parse_file

DCT = Namespace("http://purl.org/dc/terms/")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
#: Datatypes whose values the property graph keeps as their lexical form.
_LEXICAL = {XSD.date, XSD.dateTime, XSD.string}


class ImportError_(ValueError):  # noqa: N801 — not the builtin ImportError
    """An RDF file that is not an arkg export, or a store that is not empty; names the problem."""


@dataclass(frozen=True, slots=True)
class KeySpec:
    key: str
    per_language: bool
    id_valued: bool
    multi: bool


def _key_specs() -> dict[Term, KeySpec]:
    m = model()
    g = m.rdf
    return {p.iri: KeySpec(key, p.per_language, bool(g.value(p.iri, ARKG.idValued)),
                           bool(g.value(p.iri, ARKG.multiValued)))
            for key, p in m.properties.items()}


def read_export(graph: Graph) -> Batch:
    """The nodes and edges an arkg export holds."""
    m = model()
    classes: dict[Term, str] = {t.iri: label for label, t in m.node_types.items()}
    relations: dict[Term, str] = {r.iri: name for name, r in m.relationship_type_defs.items()}
    specs = _key_specs()
    ids: dict[Term, str] = {}
    batch = Batch()
    for subject, identifier in graph.subject_objects(DCT.identifier):
        labels = [classes[t] for t in graph.objects(subject, RDF.type) if t in classes]
        if not labels or not isinstance(subject, URIRef):
            continue
        ids[subject] = str(identifier)
        batch.nodes.append(Node(str(identifier), labels[0], _node_props(graph, subject, specs)))
    if not batch.nodes:
        raise ImportError_("no arkg entities (subjects with dcterms:identifier and an arkg class) in the file")
    for statement in graph.subjects(RDF.type, RDF.Statement):
        s, p, o = (graph.value(statement, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if p is None or s is None or o is None or p not in relations or s not in ids or o not in ids:
            raise ImportError_(f"statement {statement} does not join two arkg entities by an arkg relationship")
        props = {spec.key: _value(graph, obj, spec) for predicate, obj in graph.predicate_objects(statement)
                 if (spec := specs.get(predicate)) is not None and spec.key not in EVIDENCE_KEYS}
        batch.edges.append(Edge(ids[s], relations[p], ids[o], props, evidence=_evidence(graph, statement, ids)))
    return batch


def _node_props(graph: Graph, subject: URIRef, specs: dict[Term, KeySpec]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for predicate, obj in graph.predicate_objects(subject):
        spec = specs.get(predicate)
        if spec is None:
            continue
        key = spec.key
        if spec.per_language and isinstance(obj, Literal) and obj.language in LANGUAGES:
            key = f"{key}_{obj.language}"
        value = _value(graph, obj, spec)
        if spec.multi:
            props.setdefault(key, []).append(value)
        else:
            props[key] = value
    for value in props.values():
        if isinstance(value, list):
            value.sort(key=str)  # RDF keeps no order: a stable one
    marks = []
    for expression in graph.objects(subject, ELI.is_realized_by):
        checksum = graph.value(graph.value(expression, SPDX.checksum), SPDX.checksumValue)
        if checksum is not None:
            marks.append(f"{graph.value(expression, DCT.language)}:{checksum}")
    if marks:
        props["content_hashes"] = sorted(marks)
    return props


def _value(graph: Graph, obj: Any, spec: KeySpec) -> Any:
    if spec.id_valued:
        identifier = graph.value(obj, DCT.identifier)
        if identifier is None:
            raise ImportError_(f"{obj} is the value of {spec.key} but has no dcterms:identifier")
        return str(identifier)
    if isinstance(obj, Literal) and obj.datatype is not None and obj.datatype not in _LEXICAL:
        value = obj.toPython()
        if isinstance(value, bool | int | float):
            return value
    return str(obj)


def _evidence(graph: Graph, statement: Term, ids: dict[Term, str]) -> Evidence | None:
    target = graph.value(statement, OA.hasTarget)
    if target is None:
        return None
    source = graph.value(statement, PROV.wasDerivedFrom)
    document = ids.get(source) if source is not None else None
    selectors = list(graph.objects(target, OA.hasSelector))
    quote = next((graph.value(x, OA.exact) for x in selectors if (x, RDF.type, OA.TextQuoteSelector) in graph), None)
    span = next((x for x in selectors if (x, RDF.type, OA.TextPositionSelector) in graph), None)
    if document is None or quote is None or span is None:
        raise ImportError_(f"annotation {statement} lacks its document, quote or position")
    scope = graph.value(target, OA.hasScope)
    paragraph = unquote(str(scope).rpartition("/para/")[2]) if scope is not None else ""
    start, end = graph.value(span, OA.start), graph.value(span, OA.end)
    if not isinstance(start, Literal) or not isinstance(end, Literal):
        raise ImportError_(f"annotation {statement} lacks the offsets of its position")
    language = str(graph.value(statement, DCT.language) or "")
    return Evidence(document, paragraph, int(start), int(end), str(quote), language)


def import_file(store: Store, path: Path, fmt: str | None = None) -> tuple[int, int]:
    """Read an export into an empty store; (nodes, relationships) written."""
    stats = store.stats()
    if sum(stats["nodes"].values()):
        raise ImportError_(f"the graph is not empty ({sum(stats['nodes'].values())} nodes): import into a new "
                           "graph (--graph NAME) or another data directory")
    try:
        batch = read_export(parse_file(path, fmt))
    except ImportError_ as exc:
        raise ImportError_(f"{path}: {exc}") from None
    store.write_batch(batch)
    aggregates.recount(store)  # the export leaves the load-time counts out: counted again from what came in
    return len(batch.nodes), len(batch.edges)
