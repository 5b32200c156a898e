"""``graph.validate`` and ``arkg validate``: SHACL reports that name the fault, clear lines for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from arkg.cli import main
from arkg.graph.export.rdf import export_rdf
from arkg.graph.settings import Settings
from arkg.graph.stores.base import Store
from arkg.graph.validate import RDFFileError, parse_file, validate_file
from tests.conftest import store_args
from tests.graph.export.handmade import handmade_batch

ARTICLE = "https://w3id.org/arkg/id/uncac/article/56"


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    store.write_batch(handmade_batch())
    path = tmp_path / "graph.nt"
    with open(path, "wb") as out:
        export_rdf(store, out, "nt")
    return path


def test_an_export_conforms(exported: Path) -> None:
    report = validate_file(exported)
    assert report.conforms and not report.violations
    assert report.triples == len(exported.read_text(encoding="utf-8").splitlines())


def test_violations_name_focus_node_path_and_message(exported: Path, tmp_path: Path) -> None:
    text = exported.read_text(encoding="utf-8")
    broken = tmp_path / "broken.nt"
    broken.write_text(text.replace('"uncac/article/56"', '"uncac/article/560"')
                      .replace('"2017-08-24"^^<http://www.w3.org/2001/XMLSchema#date>', '"24 August 2017"'),
                      encoding="utf-8")
    report = validate_file(broken)
    assert not report.conforms
    by_focus = {(v.focus, v.path) for v in report.violations}
    assert (ARTICLE, "dcterms:identifier") in by_focus
    assert ("https://w3id.org/arkg/id/session/wg-ar/11", "arkg:startDate") in by_focus
    lines = report.lines()
    assert any(line.startswith("  " + ARTICLE) for line in lines)
    assert len(lines) >= 4  # two groups: message headers and their focus lines


def test_a_file_that_does_not_parse_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(RDFFileError) as caught:
        parse_file(bad)
    assert str(caught.value).startswith(f"{bad}: not valid turtle:")
    assert "\n" not in str(caught.value)
    with pytest.raises(RDFFileError, match="unknown RDF format"):
        parse_file(tmp_path / "graph.docx")
    with pytest.raises(RDFFileError, match="missing.ttl"):
        parse_file(tmp_path / "missing.ttl")


def test_cli_export_then_validate(store: Store, settings: Settings, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    store.write_batch(handmade_batch())
    ttl = tmp_path / "graph.ttl"
    common = store_args(settings)
    assert main([*common, "export", "--format", "turtle", "-o", str(ttl)]) == 0
    assert "triples" in capsys.readouterr().err
    assert main(["validate", str(ttl)]) == 0
    assert "conforms" in capsys.readouterr().out
    broken = tmp_path / "broken.ttl"
    broken.write_text(ttl.read_text(encoding="utf-8").replace('"uncac/article/56"', '"article 56"'), encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "does not conform" in out and ARTICLE in out
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", str(garbage)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"arkg validate: {garbage}: not valid turtle") and "\n" not in err


def test_mandates_and_positions_of_the_samples_conform_and_their_shapes_bite(sample_store: Store,
                                                                             tmp_path: Path) -> None:
    path = tmp_path / "samples.nt"
    with open(path, "wb") as out:
        export_rdf(sample_store, out, "nt")
    text = path.read_text(encoding="utf-8")
    assert "ontology#Mandate>" in text and "ontology#quantity>" in text and "ontology#DISCUSSED_UNDER>" in text
    assert validate_file(path).conforms
    broken = tmp_path / "broken.nt"
    broken.write_text(text.replace('"requests"', '"asks"').replace('"several"', '"a few"'), encoding="utf-8")
    paths = {v.path for v in validate_file(broken).violations}
    assert {"arkg:verb", "arkg:quantity"} <= paths
