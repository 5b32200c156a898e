"""``arkg bench`` end to end on a tiny corpus: the JSON contract, every metric present and honest.

No timing is asserted (speed belongs in the benchmark, not in tests); what is checked is that each
figure is a number or says why it was not measured, and that the run cleans up after itself.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from arkg.cli import main
from tests.conftest import SCRATCH, TEST_STORES, neo4j_settings, store_args

EXPECTED = (
    "extraction.chars_per_s_per_core", "extraction.mb_per_s_per_core", "extraction.docs_per_s_all_cores",
    "load.falkordb_elements_per_s", "load.falkordb_coalesced_elements_per_s", "load.falkordb_rowwise_elements_per_s",
    "neo4j.build_s", "neo4j.load_elements_per_s", "neo4j.query_worst_p95", "neo4j.export_ntriples_triples_per_s",
    "neo4j.heap_used", "query.worst_p95", "export.ntriples_triples_per_s", "export.ntriples_peak",
    "export.turtle_triples_per_s", "export.turtle_peak", "memory.build_peak", "memory.build_workers_peak",
    "memory.store_peak", "memory.store_rss", "explorer.time_to_interactive", "explorer.time_to_interactive_cold",
    "explorer.landing_first_paint", "explorer.landing_first_paint_cold",
    "scaling.build_s.10",
    "scaling.build_s.20", "scaling.time_ratio", "sparql.load_triples_per_s", "sparql.worst_p95",
)


@pytest.fixture(scope="module")
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One run (``--store neo4j`` on the session's scratch Neo4j unless ARKG_TEST_STORE leaves it out)."""
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    neo4j = []
    if "neo4j" in TEST_STORES:
        neo4j = store_args(neo4j_settings(request.getfixturevalue("neo4j_uris")[SCRATCH], out.parent))
    before = set(Path(tempfile.gettempdir()).glob("arkg-bench-*"))
    with out.open("w") as fh, pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdout", fh)
        code = main(["bench", "--docs", "20", "--sizes", "10,20", "--runs", "3", "--format", "json", *neo4j])
    assert code == 0
    left = set(Path(tempfile.gettempdir()).glob("arkg-bench-*")) - before  # another bench may end meanwhile
    assert not left, f"the bench left its workspace behind: {left}"
    return json.loads(out.read_text())


def test_json_contract(report: dict) -> None:
    assert report["docs"] == 20
    assert report["sizes"] == [10, 20]
    assert set(EXPECTED) <= set(report["metrics"])
    for name, entry in report["metrics"].items():
        assert isinstance(entry["unit"], str) and entry["unit"], name
        value = entry["value"]
        if isinstance(value, str):
            assert value.startswith("not measured: ") and len(value) > len("not measured: "), (name, value)
        else:
            assert isinstance(value, int | float) and value >= 0, (name, value)


def test_what_must_be_measured_here_is_measured(report: dict) -> None:
    """Everything this machine can measure without Neo4j or a browser is a number."""
    metrics = report["metrics"]
    for name in ("extraction.chars_per_s_per_core", "extraction.docs_per_s_all_cores", "load.falkordb_elements_per_s",
                 "load.falkordb_rowwise_elements_per_s", "export.ntriples_triples_per_s", "memory.build_peak",
                 "memory.store_peak", "scaling.build_s.20", "scaling.time_ratio"):
        assert isinstance(metrics[name]["value"], int | float), (name, metrics[name])
    assert metrics["extraction.chars_per_s_per_core"]["baseline_re"] > 0
    assert metrics["load.falkordb_elements_per_s"]["baseline_rowwise"] > 0
    assert metrics["export.ntriples_triples_per_s"]["baseline_rdflib"] > 0
    for name in ("export.ntriples_triples_per_s", "export.turtle_triples_per_s"):
        assert metrics[name]["baseline_pyoxigraph"] > 0 and metrics[name]["ratio_pyoxigraph"] > 0
    assert metrics["load.falkordb_coalesced_elements_per_s"]["baseline_bare_merge"] > 0


def test_saved_questions_are_measured_on_the_smallest_and_largest_graph(report: dict) -> None:
    """Each question's p95 on the 20-document graph stands beside its p95 on the 10-document one."""
    from arkg.queries import catalogue

    metrics = report["metrics"]
    for question in catalogue():
        if any(p.required for p in question.parameters):
            continue
        entry = metrics[f"query_scaling.{question.name}"]
        assert (entry["docs"], entry["baseline_docs"]) == (20, 10)
        assert entry["value"] >= 0 and entry["baseline"] >= 0 and entry["growth"] >= 0
    assert set(metrics["query_scaling.20"]["p95"]) == set(metrics["query_scaling.10"]["p95"])


def test_every_saved_question_has_latencies(report: dict) -> None:
    from arkg.queries import catalogue

    for question in catalogue():
        for stat in ("median", "p95"):
            assert f"query.{question.name}.{stat}" in report["metrics"]


def test_every_saved_sparql_question_has_latencies(report: dict) -> None:
    from arkg.queries.sparql import catalogue

    for question in catalogue():
        assert isinstance(report["metrics"][f"sparql.{question.name}.p95"]["value"], int | float)
    assert isinstance(report["metrics"]["sparql.load_triples_per_s"]["value"], int | float)


def test_the_builds_loaded_every_document(report: dict) -> None:
    for size in (10, 20):
        entry = report["metrics"][f"scaling.build_s.{size}"]
        assert entry["failed"] == 0
        assert entry["nodes"] > 0 and entry["relationships"] > 0
    assert report["metrics"]["scaling.build_s.20"]["nodes"] > report["metrics"]["scaling.build_s.10"]["nodes"]


def test_table_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--docs", "6", "--sizes", "6", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("arkg bench: 6 documents")
    assert "extraction.chars_per_s_per_core" in out and "scaling.time_ratio" in out


def test_bad_sizes_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--sizes", "100,lots"]) == 2
    assert "--sizes" in capsys.readouterr().err


@pytest.mark.neo4j
@pytest.mark.skipif("neo4j" not in TEST_STORES, reason="ARKG_TEST_STORE leaves Neo4j out")
def test_neo4j_beside_falkordb(report: dict) -> None:
    """``--store neo4j``: the same build, questions and export on a real Neo4j, each with its ratio."""
    metrics = report["metrics"]
    for name in ("neo4j.build_s", "neo4j.load_elements_per_s", "neo4j.query_worst_p95",
                 "neo4j.export_ntriples_triples_per_s"):
        entry = metrics[name]
        assert isinstance(entry["value"], int | float) and entry["value"] > 0, (name, entry)
        assert entry["ratio"] == pytest.approx(entry["value"] / entry["falkordb"], rel=0.01, abs=0.01), name
    assert metrics["neo4j.build_s"]["failed"] == 0
    assert isinstance(metrics["neo4j.heap_used"]["value"], int | float), metrics["neo4j.heap_used"]
    from arkg.queries import catalogue

    for question in catalogue():
        assert f"neo4j.query.{question.name}.p95" in metrics
