"""``arkg bench`` end to end on a tiny corpus: the JSON contract, every metric present and honest.

No timing is asserted (speed belongs in the benchmark, not in tests); what is checked is that each
figure is a number or says why it was not measured, and that the run cleans up after itself.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from cli import main

EXPECTED = (
    "extraction.chars_per_s_per_core", "extraction.mb_per_s_per_core", "extraction.docs_per_s_all_cores",
    "load.falkordb_elements_per_s", "load.falkordb_coalesced_elements_per_s", "load.falkordb_rowwise_elements_per_s",
    "load.neo4j_elements_per_s", "query.worst_p95", "export.ntriples_triples_per_s", "export.ntriples_peak",
    "export.turtle_triples_per_s", "export.turtle_peak", "memory.build_peak", "memory.build_workers_peak",
    "memory.store_peak", "memory.store_rss", "explorer.time_to_interactive", "explorer.time_to_interactive_cold",
    "scaling.build_s.10",
    "scaling.build_s.20", "scaling.time_ratio", "sparql.load_triples_per_s", "sparql.worst_p95",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    before = set(Path(tempfile.gettempdir()).glob("arkg-bench-*"))
    with out.open("w") as fh, pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdout", fh)
        code = main(["bench", "--docs", "20", "--sizes", "10,20", "--runs", "3", "--format", "json"])
    assert code == 0
    assert set(Path(tempfile.gettempdir()).glob("arkg-bench-*")) == before, "the bench left its workspace behind"
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


def test_every_saved_question_has_latencies(report: dict) -> None:
    from queries import catalogue

    for question in catalogue():
        for stat in ("median", "p95"):
            assert f"query.{question.name}.{stat}" in report["metrics"]


def test_every_saved_sparql_question_has_latencies(report: dict) -> None:
    from queries.sparql import catalogue

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
