"""A long ``arkg bench`` shows where it is, and a saved question that runs away is reported, not waited for.

No timing is asserted: what is checked is which steps are reported and what a question over the
budget leaves in the figures.
"""

from __future__ import annotations

from typing import Any

import pytest

from arkg.bench.suite import QUESTION_BUDGET_MS, build_progress, query_metrics
from arkg.cli.bench import Steps
from arkg.graph.stores.base import QueryFailed, Store
from arkg.queries import catalogue


def test_steps_go_to_stderr_with_the_minutes_even_when_redirected(capsys: pytest.CaptureFixture[str]) -> None:
    steps = Steps()  # pytest's captured stderr is not a terminal, as nohup's log is not
    steps("build of 1000 documents")
    steps("Neo4j: saved question 3/17: co-mentions")
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("bench [") and " min] build of 1000 documents" in lines[0]
    assert lines[1].endswith("min] Neo4j: saved question 3/17: co-mentions")


def test_a_build_reports_about_ten_times_and_at_its_end() -> None:
    seen: list[str] = []
    report = build_progress(seen.append, "Neo4j build")
    for done in range(1, 1001):
        report(f"doc-{done}.txt", done, 1000)
    assert seen[0] == "Neo4j build: 100/1000 documents"
    assert seen[-1] == "Neo4j build: 1000/1000 documents"
    assert len(seen) == 10
    small: list[str] = []
    tiny = build_progress(small.append, "build")
    for done in range(1, 4):
        tiny("x", done, 3)
    assert small == ["build: 1/3 documents", "build: 2/3 documents", "build: 3/3 documents"]


class _RunawayOn:
    """The real store, except that one saved question stops at the time limit as a runaway query does."""

    def __init__(self, store: Store, cypher: str) -> None:
        self.store = store
        self.cypher = cypher
        self.runaway_calls = 0

    def read(self, cypher: str, params: dict[str, Any] | None = None, **options: Any) -> Any:
        if cypher == self.cypher:
            self.runaway_calls += 1
            raise QueryFailed(f"the query was stopped at the time limit ({QUESTION_BUDGET_MS} ms)")
        return self.store.read(cypher, params, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def test_a_runaway_question_is_reported_over_budget_and_the_others_are_measured(sample_store: Store) -> None:
    questions = [q for q in catalogue() if not any(p.required for p in q.parameters)]
    runaway = questions[len(questions) // 2]
    store = _RunawayOn(sample_store, runaway.cypher)
    steps: list[str] = []
    metrics = query_metrics(store, 2, steps.append)

    assert store.runaway_calls == 1, "an over-budget question is tried once, not once per run"
    assert metrics[f"query.{runaway.name}.p95"]["value"].startswith("not measured: the query was stopped")
    for question in questions:
        if question is not runaway:
            assert isinstance(metrics[f"query.{question.name}.p95"]["value"], float), question.name
    assert metrics["query.worst_p95"]["value"] >= QUESTION_BUDGET_MS
    assert metrics["query.worst_p95"]["question"] == runaway.name
    every = catalogue()
    assert steps == [f"saved question {n}/{len(every)}: {q.name}" for n, q in enumerate(every, 1)]
