"""The comparison behind every rewrite of a saved question: old and new text, same rows, same order."""

from __future__ import annotations

from pathlib import Path

from arkg import queries
from arkg.bench.compare import compare

ORDER = "ORDER BY document, language, start, position, speaker_kind"


def _questions(folder: Path, text: str) -> dict[str, queries.SavedQuestion]:
    folder.mkdir()
    (folder / "meeting-positions.cypher").write_text(text, encoding="utf-8")
    return {q.name: q for q in queries.catalogue(folder)}


def test_the_same_answer_passes_and_a_reordered_one_is_caught(sample_store, tmp_path: Path) -> None:
    text = queries.get("meeting-positions").path.read_text(encoding="utf-8")
    assert ORDER in text
    same = list(compare(sample_store, _questions(tmp_path / "same", text), ["meeting-positions"], 2, 1, []))
    assert len(same) == 3 and same[0]["params"] == {} and same[0]["rows"] > 1  # the default and 2 other sessions
    assert all(line["same"] and line["params"].get("session", "session/").startswith("session/") for line in same)
    reordered = _questions(tmp_path / "reordered", text.replace(ORDER, ORDER.replace("document,", "document DESC,")))
    lines = list(compare(sample_store, reordered, ["meeting-positions"], 0, 1, []))
    assert [line["same"] for line in lines] == [False]  # the default session's rows come from two documents
    skipped = list(compare(sample_store, reordered, ["meeting-positions"], 0, 1, ["meeting-positions"]))
    assert "same" not in skipped[0] and skipped[0]["new_ms"] >= 0
