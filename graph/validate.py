"""SHACL validation of an RDF file against the shapes in ``schema.ttl``.

The ontology is passed as pyshacl's ``ont_graph`` with inference off: its ``rdfs:subClassOf``
triples let ``arkg:Entity``'s shape reach every node (a class target covers subclasses) without
the cost of RDFS inference over a large export.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from arkg.graph.model import model

#: File suffix → rdflib parser name.
PARSERS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
           ".rdf": "xml", ".xml": "xml", ".owl": "xml"}


class RDFFileError(ValueError):
    """An RDF file that cannot be read; ``str()`` names the file and the parser's complaint."""


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass(slots=True)
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per violation, grouped by message so a repeated fault reads as one block."""
        groups: dict[str, list[Violation]] = defaultdict(list)
        for v in self.violations:
            groups[v.message].append(v)
        out = []
        for message, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            out.append(f"{message} ({len(items)})")
            out.extend(f"  {v.focus}  {v.path}" for v in sorted(items, key=lambda v: (v.focus, v.path)))
        return out


def parse_file(path: Path, fmt: str | None = None) -> Graph:
    """The file as an rdflib graph; anything unreadable becomes one :class:`RDFFileError` line."""
    parser = fmt or PARSERS.get(path.suffix.lower())
    if parser is None:
        raise RDFFileError(f"{path}: unknown RDF format (use one of {', '.join(sorted(PARSERS))})")
    if parser == "xml":
        check_xml_safe(path)
    graph = Graph()
    try:
        graph.parse(path, format=parser)
    except OSError as exc:
        raise RDFFileError(f"{path}: {exc.strerror or exc}") from None
    except Exception as exc:  # rdflib's parsers raise many unrelated types; all mean "does not parse"
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        raise RDFFileError(f"{path}: not valid {parser}: {detail}") from None
    return graph


def check_xml_safe(path: Path) -> None:
    """Refuse XML that declares entities or a DTD reaching outside, before any parser expands them.

    rdflib's RDF/XML parser (expat through xml.sax) expands internal entities: a 600-byte file
    of nested entities ("billion laughs") took it over 200 s. defusedxml's streaming parser stops
    at the first declaration, in constant memory.
    """
    from xml.sax import SAXParseException
    from xml.sax.handler import ContentHandler

    import defusedxml.sax
    from defusedxml import DefusedXmlException

    try:
        defusedxml.sax.parse(str(path), ContentHandler(), forbid_dtd=False, forbid_entities=True,
                             forbid_external=True)
    except DefusedXmlException as exc:
        raise RDFFileError(f"{path}: refused: the XML declares entities or external references ({exc}); "
                           "arkg does not expand them (they can exhaust memory or read other files)") from None
    except SAXParseException as exc:
        raise RDFFileError(f"{path}: not valid xml: {exc}") from None
    except OSError as exc:
        raise RDFFileError(f"{path}: {exc.strerror or exc}") from None


def validate_graph(data: Graph) -> ValidationReport:
    shapes = model().rdf
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=shapes, inference="none",
                                          advanced=False, allow_warnings=True)
    violations = []
    for result in results.subjects(SH.focusNode, None):
        if (result, SH.resultSeverity, None) not in results:
            continue
        violations.append(Violation(
            focus=_short(results.value(result, SH.focusNode)),
            path=_short(results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)),
            severity=_short(results.value(result, SH.resultSeverity)),
        ))
    return ValidationReport(bool(conforms), len(data), violations)


def validate_file(path: Path, fmt: str | None = None) -> ValidationReport:
    return validate_graph(parse_file(path, fmt))


def _short(term: object) -> str:
    """A readable term: ``arkg:number`` rather than the full IRI; blank-node paths as their kind."""
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        for prefix, namespace in model().rdf.namespaces():
            if prefix and str(term).startswith(str(namespace)) and len(str(term)) > len(str(namespace)):
                return f"{prefix}:{str(term)[len(str(namespace)):]}"
        return str(term)
    return "(complex path)"
