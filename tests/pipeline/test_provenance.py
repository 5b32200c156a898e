"""One prov:Activity per build: software and version, times, inputs by hash, what it generated."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

from arkg.cli import main
from arkg.graph.export.rdf import export_rdf
from arkg.graph.model import ARKG, DEFAULT_BASE_IRI
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store
from arkg.graph.stores.base import Store
from arkg.graph.validate import validate_graph
from arkg.pipeline.build import BuildReport
from arkg.pipeline.provenance import build_record, record_build
from tests.graph.export.handmade import DOC, handmade_batch

PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
ID = Namespace(DEFAULT_BASE_IRI)


def test_a_build_record_is_a_prov_activity_with_hashed_inputs(store: Store, tmp_path: Path) -> None:
    store.write_batch(handmade_batch())
    source = tmp_path / "report.txt"
    source.write_text("1. The Working Group met.", encoding="utf-8")
    started, ended = datetime(2017, 8, 25, 9, 30, tzinfo=UTC), datetime(2017, 8, 25, 9, 31, 5, tzinfo=UTC)
    report = BuildReport(loaded=[DOC])
    build_id = record_build(store, report, started, ended, [source])
    assert build_id == build_record(BuildReport(), ended, ended, [source]).id  # same inputs, same record
    out = BytesIO()
    export_rdf(store, out, "turtle")
    graph = Graph().parse(data=out.getvalue().decode("utf-8"), format="turtle")
    build = ID[build_id]
    assert (build, RDF.type, PROV.Activity) in graph
    assert graph.value(build, PROV.startedAtTime) == Literal("2017-08-25T09:30:00Z", datatype=XSD.dateTime)
    assert graph.value(build, PROV.endedAtTime) == Literal("2017-08-25T09:31:05Z", datatype=XSD.dateTime)
    agent = graph.value(build, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in graph
    assert str(graph.value(build, ARKG.software)).startswith("arkg ")
    used = set(graph.objects(build, PROV.used))
    digest = hashlib.sha1(source.read_bytes()).hexdigest()
    assert URIRef(f"urn:sha1:{digest}") in used and len(used) > 10  # the document and the reference tables
    assert (ID[DOC], PROV.wasGeneratedBy, build) in graph
    report = validate_graph(graph)
    assert report.conforms, report.lines()[:10]


def test_the_build_command_records_its_build_once_per_distinct_input(tmp_path: Path) -> None:
    data = tmp_path / "data"
    settings = Settings.from_env(data_dir=data, store="falkordb", graph="provenance")
    document = tmp_path / "note.txt"
    document.write_text("1. The Conference recalled article 56 of the Convention.", encoding="utf-8")
    args = [str(document), "--data-dir", str(data), "--graph", "provenance"]
    try:
        assert main(["build", *args]) == 0
        store = open_store(settings)
        try:  # a mark to tell whether the next build rewrites the record
            store.run_write("MATCH (b:Build) SET b.started = '2000-01-01T00:00:00Z'")
        finally:
            store.close()
        assert main(["build", *args]) == 0  # same inputs, nothing loaded: nothing generated, the record left
        document.write_text("1. The Conference recalled article 57 of the Convention.", encoding="utf-8")
        assert main(["build", *args]) == 0
        store = open_store(settings)
        try:
            rows = store.read("MATCH (b:Build) RETURN b.inputs AS inputs, b.generated AS generated, "
                              "b.started AS started ORDER BY b.started").rows
        finally:
            store.close()
    finally:  # the embedded server the CLI started stays up by design: the test stops it
        main(["db", "stop", "--data-dir", str(data)])
    assert len(rows) == 2
    assert rows[0]["started"] == "2000-01-01T00:00:00Z"  # the unchanged rebuild did not rewrite it
    assert all(any(entry.endswith("note.txt") for entry in row["inputs"]) and len(row["generated"]) == 1
               for row in rows)


def test_the_record_is_named_by_its_inputs_not_its_time(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("1. One.", encoding="utf-8")
    two.write_text("1. Two.", encoding="utf-8")
    morning, evening = datetime(2020, 1, 2, 3, 4, 5, 600, tzinfo=UTC), datetime(2020, 1, 2, 20, 0, tzinfo=UTC)
    node = build_record(BuildReport(), morning, morning, [one])
    assert node.props["started"] == "2020-01-02T03:04:05Z"
    assert build_record(BuildReport(), evening, evening, [one]).id == node.id
    assert build_record(BuildReport(), morning, morning, [two]).id != node.id
