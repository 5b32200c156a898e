"""The second store of ``arkg bench --store neo4j`` measures export speed only (no traced runs, no baselines)."""

from __future__ import annotations

import json

import pytest

from arkg.bench.suite import export_metrics
from arkg.cli import main
from arkg.graph.stores.base import Store


def test_speed_only_export_gives_the_rates_and_leaves_out_the_traced_runs_and_baselines(sample_store: Store) -> None:
    metrics = export_metrics(sample_store, speed_only=True)
    assert set(metrics) == {"export.ntriples_triples_per_s", "export.turtle_triples_per_s"}
    for entry in metrics.values():
        assert entry["value"] > 0 and entry["triples"] > 0
        assert not {"baseline_rdflib", "baseline_pyoxigraph", "ratio"} & set(entry)
    assert metrics["export.ntriples_triples_per_s"]["triples"] == metrics["export.turtle_triples_per_s"]["triples"]


def test_side_by_side_run_measures_builds_questions_and_export_speed_and_says_what_it_left_out(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--docs", "6", "--sizes", "6", "--runs", "1", "--side-by-side", "--format", "json"]) == 0
    captured = capsys.readouterr()
    metrics = json.loads(captured.out)["metrics"]
    for name in ("scaling.build_s.6", "query.worst_p95", "export.ntriples_triples_per_s", "export.turtle_triples_per_s",
                 "memory.store_peak"):
        assert isinstance(metrics[name]["value"], int | float), (name, metrics[name])
    for name in ("extraction.chars_per_s_per_core", "load.falkordb_elements_per_s", "sparql.worst_p95",
                 "explorer.time_to_interactive", "export.ntriples_peak"):
        assert metrics[name]["value"] == "not measured: left out by --side-by-side", name
    assert not any(name.startswith("query_scaling.") for name in metrics)
    assert "build of 6 documents" in captured.err and "saved question 1/" in captured.err
    assert "] explorer" not in captured.err and "] SPARQL" not in captured.err  # no step shown that is not run
