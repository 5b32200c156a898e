"""The second store of ``arkg bench --store neo4j`` measures export speed only (no traced runs, no baselines)."""

from __future__ import annotations

from arkg.bench.suite import export_metrics
from arkg.graph.stores.base import Store


def test_speed_only_export_gives_the_rates_and_leaves_out_the_traced_runs_and_baselines(sample_store: Store) -> None:
    metrics = export_metrics(sample_store, speed_only=True)
    assert set(metrics) == {"export.ntriples_triples_per_s", "export.turtle_triples_per_s"}
    for entry in metrics.values():
        assert entry["value"] > 0 and entry["triples"] > 0
        assert not {"baseline_rdflib", "baseline_pyoxigraph", "ratio"} & set(entry)
    assert metrics["export.ntriples_triples_per_s"]["triples"] == metrics["export.turtle_triples_per_s"]["triples"]
