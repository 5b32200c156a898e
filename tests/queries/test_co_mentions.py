"""Issue 22: ``co-mentions`` reads the build's counts (``CoMention``) and answers exactly as the question
that counted every paragraph's pairs at question time, kept here as the reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from arkg import queries
from arkg.bench.corpus import write_corpus
from arkg.graph.stores import Store
from arkg.pipeline.build import SAMPLES, build

#: ``queries/co-mentions.cypher`` before the counts (main 1bbd398): every pair formed per paragraph, then counted.
REFERENCE = """
MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity)
WITH DISTINCT p, e
WITH p, collect(e) AS mentioned
UNWIND mentioned AS a
UNWIND mentioned AS b
WITH p, a, b
WHERE a.id < b.id AND ($label = '' OR $label IN labels(a) OR $label IN labels(b))
WITH a, b, count(p) AS paragraphs
ORDER BY paragraphs DESC, a.id, b.id
LIMIT $limit
MATCH (a)<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(b)
WITH a, b, paragraphs, p.id AS paragraph
ORDER BY paragraph
WITH a, b, paragraphs, collect(DISTINCT paragraph) AS paragraph_ids
RETURN a.id AS entity_a, a.name AS name_a, b.id AS entity_b, b.name AS name_b, paragraphs,
       paragraph_ids[0..5] AS examples
ORDER BY paragraphs DESC, entity_a, entity_b
"""
#: Every label filter the question offers that changes its answer, and a limit past the number of pairs.
PARAMETERS = [{}, {"limit": 5}, {"limit": 100_000}, {"label": "Network"}, {"label": "Article", "limit": 40},
              {"label": "Topic"}, {"label": "Resolution", "limit": 3}, {"label": "Country"}, {"label": "Entity"},
              {"label": "Paragraph"}, {"label": "NoSuchLabel"}]


def same_answers(store: Store) -> list[int]:
    """Rows of the saved question and of the reference, for every parameter set; their row counts."""
    sizes = []
    for given in PARAMETERS:
        params: dict[str, Any] = {"label": "", "limit": 25, **given}
        expected = store.read(REFERENCE, params, timeout_ms=0).rows
        assert queries.run(store, "co-mentions", params).rows == expected, given
        sizes.append(len(expected))
    return sizes


def test_co_mentions_answers_as_counting_every_paragraph_did_on_the_sample_graph(sample_store: Store) -> None:
    sizes = same_answers(sample_store)
    assert sizes[0] == 25 and sizes[2] > 25 and sizes[3] > 0  # pairs beyond the default limit, networks among them


def test_co_mentions_answers_as_counting_every_paragraph_did_on_a_synthetic_graph(store: Store, tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "synthetic", 40, seed=1)
    assert not build(store, [*files[:20], SAMPLES]).failed
    assert not build(store, files).failed  # the rest, on top: the counts are adjusted, not made at once
    sizes = same_answers(store)
    assert sizes[0] == 25 and sizes[2] > 100


@pytest.mark.parametrize("limit", [0, 1])
def test_co_mentions_honours_small_limits(sample_store: Store, limit: int) -> None:
    rows = queries.run(sample_store, "co-mentions", {"limit": limit}).rows
    assert rows == sample_store.read(REFERENCE, {"label": "", "limit": limit}, timeout_ms=0).rows
    assert len(rows) == limit
