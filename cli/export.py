"""``arkg export`` (RDF, GraphML, CSV from the configured store), ``arkg import FILE`` (an RDF export back
into an empty graph) and ``arkg validate FILE`` (SHACL)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from arkg.cli import UsageError, settings_from
from arkg.cli.progress import Progress
from arkg.graph.model import DEFAULT_BASE_IRI
from arkg.graph.stores import Store, open_store

RDF_FORMATS = ("turtle", "nt", "jsonld", "xml")
SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "xml": ".rdf", "graphml": ".graphml", "csv": ".zip"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("export", help="export the graph as RDF (Turtle, N-Triples, JSON-LD, RDF/XML), "
                                             "GraphML or CSV")
    p.add_argument("--format", choices=(*RDF_FORMATS, "graphml", "csv"), default="turtle")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="output file (default: standard output; csv: a folder gets two files, a file a zip)")
    p.add_argument("--base-iri", default=DEFAULT_BASE_IRI, help=f"IRI prefix of instances (default {DEFAULT_BASE_IRI})")
    p.add_argument("--ontology", action="store_true", help="RDF: add schema.ttl (ontology, shapes) to the export")
    p.set_defaults(run=run_export)

    p = subparsers.add_parser("import", help="read an arkg RDF export back into an empty graph")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=("turtle", "nt", "json-ld", "xml"), default=None,
                   help="RDF syntax (default: from the file suffix)")
    p.set_defaults(run=run_import)

    p = subparsers.add_parser("validate", help="check an RDF export against the SHACL shapes of schema.ttl")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=("turtle", "nt", "json-ld", "xml"), default=None,
                   help="RDF syntax (default: from the file suffix)")
    p.set_defaults(run=run_validate)


def run_export(args: argparse.Namespace) -> int:
    if args.format == "csv" and args.output is None:
        raise UsageError("--format csv needs -o FILE.zip or -o FOLDER")
    if not args.base_iri.endswith(("/", "#")):
        raise UsageError(f"--base-iri {args.base_iri!r} must end with '/' or '#'")
    store = open_store(settings_from(args))
    try:
        return _export(store, args)
    finally:
        store.close()


def _export(store: Store, args: argparse.Namespace) -> int:
    if args.format == "csv":
        from arkg.graph.export.csv import export_csv

        n, r = export_csv(store, args.output)
        print(f"{n} nodes, {r} relationships → {args.output}", file=sys.stderr)
        return 0
    out = open(args.output, "wb") if args.output else sys.stdout.buffer  # noqa: SIM115 — closed below
    try:
        if args.format == "graphml":
            from arkg.graph.export.graphml import export_graphml

            n, r = export_graphml(store, out)
            summary = f"{n} nodes, {r} relationships"
        else:
            from arkg.graph.export.rdf import export_rdf

            progress = Progress("elements")
            try:
                report = export_rdf(store, out, args.format, args.base_iri, ontology=args.ontology,
                                    tick=lambda done, total: progress.update(args.format, done, total))
            finally:
                progress.close()
            summary = f"{report.triples} triples ({report.nodes} nodes, {report.relationships} relationships, " \
                      f"{report.annotations} annotations)"
            if report.skipped_keys:
                summary += f"; not in schema.ttl, not exported: {', '.join(sorted(report.skipped_keys))}"
    finally:
        if args.output:
            out.close()
        else:
            out.flush()
    print(summary + (f" → {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from arkg.graph.validate import RDFFileError, validate_file

    try:
        report = validate_file(args.file, args.format)
    except RDFFileError as exc:
        print(f"arkg validate: {exc}", file=sys.stderr)
        return 1
    if report.conforms:
        print(f"{args.file}: conforms ({report.triples} triples)")
        return 0
    print(f"{args.file}: does not conform — {len(report.violations)} violations ({report.triples} triples)")
    for line in report.lines():
        print(line)
    return 1


def run_import(args: argparse.Namespace) -> int:
    from arkg.graph.export.rdf_import import import_file

    store = open_store(settings_from(args))
    try:
        n, r = import_file(store, args.file, args.format)
    finally:
        store.close()
    print(f"{args.file}: {n} nodes, {r} relationships imported", file=sys.stderr)
    return 0
