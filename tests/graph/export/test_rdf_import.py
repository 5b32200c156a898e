"""``arkg import``: export → import → export is isomorphic, in every syntax, evidence included."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from arkg.cli import main
from arkg.graph.export.rdf import FORMATS, export_rdf
from arkg.graph.export.rdf_import import ImportError_, import_file
from arkg.graph.settings import Settings
from arkg.graph.stores import aggregates, citation_counts, document_counts, mandate_counts, open_store
from arkg.graph.stores.base import Store
from tests.conftest import store_args

SUFFIX = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "xml": ".rdf"}


def _export(store: Store, fmt: str = "turtle") -> bytes:
    out = BytesIO()
    export_rdf(store, out, fmt)
    return out.getvalue()


@pytest.fixture(scope="module")
def original(sample_store: Store) -> Graph:
    return Graph().parse(data=_export(sample_store).decode("utf-8"), format="turtle")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_import_export_is_isomorphic(sample_store: Store, empty_beside_sample: Settings, original: Graph,
                                            tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"export{SUFFIX[fmt]}"
    path.write_bytes(_export(sample_store, fmt))
    target = open_store(empty_beside_sample)
    try:
        nodes, relationships = import_file(target, path)
        stats = sample_store.stats()
        assert nodes == sum(stats["nodes"].values()) and relationships == sum(stats["relationships"].values())
        assert target.stats() == stats
        assert aggregates.counts(target) == aggregates.counts(sample_store)  # left out of the export, counted again
        assert document_counts.counts(target) == document_counts.counts(sample_store)
        assert citation_counts.counts(target) == citation_counts.counts(sample_store)
        assert mandate_counts.counts(target) == mandate_counts.counts(sample_store)
        again = Graph().parse(data=_export(target).decode("utf-8"), format="turtle")
        assert isomorphic(again, original)
    finally:
        target.clear()
        target.close()


def test_import_refuses_a_store_that_is_not_empty(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.ttl"
    path.write_bytes(_export(sample_store))
    with pytest.raises(ImportError_, match="not empty"):
        import_file(sample_store, path)


def test_import_names_a_file_that_is_not_an_arkg_export(settings: Settings, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "foreign.ttl"
    foreign.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    args = store_args(settings)
    assert main(["import", str(foreign), *args]) == 1
    assert f"{foreign}: no arkg entities" in capsys.readouterr().err
    assert main(["import", str(broken), *args]) == 1
    assert str(broken) in capsys.readouterr().err
