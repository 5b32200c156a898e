"""Issue 17, cases 7 and 10: a rebuild changes nothing, an edit replaces everything the old text
brought, and documents taken out of the corpus can be taken out of the graph."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from arkg.cli import main
from arkg.graph.settings import Settings
from arkg.graph.stores import Store, open_store
from arkg.pipeline.build import build
from tests.snapshots import answers, snapshot

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "ingest" / "samples"
GOLD = ROOT / "ingest" / "evaluation" / "gold"
#: The English report: its printed date differs from the reference row of its symbol.
REPORT = "document/CAC/COSP/WG.2/2018/6"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in [*SAMPLES.glob("*.txt"), *GOLD.glob("*.txt")]:
        shutil.copy(path, folder / path.name)
    return folder


class Graphs:
    """Fresh graphs on the session's server, cleared at the end."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.open: list[Store] = []

    def new(self) -> tuple[Settings, Store]:
        settings = Settings.from_env(data_dir=self.data_dir, store="falkordb", graph=f"fresh-{uuid.uuid4().hex[:8]}")
        store = open_store(settings)
        self.open.append(store)
        return settings, store

    def built(self, paths: list[Path]) -> tuple[Settings, Store]:
        settings, store = self.new()
        assert not build(store, paths).failed
        return settings, store


@pytest.fixture
def graphs(data_dir: Path) -> Iterator[Graphs]:
    made = Graphs(data_dir)
    yield made
    for store in made.open:
        store.clear()
        store.close()


def test_rebuild_of_an_unchanged_corpus_leaves_the_export_identical(corpus: Path, graphs: Graphs) -> None:
    _, store = graphs.built([corpus])
    first = snapshot(store, times=True)
    date = store.read("MATCH (d:Document {id: $id}) RETURN d.date AS date", {"id": REPORT}).rows[0]["date"]
    report = build(store, [corpus])
    assert not report.loaded and report.unchanged
    assert snapshot(store, times=True) == first
    # the reference row did not reset what the document itself printed
    assert store.read("MATCH (d:Document {id: $id}) RETURN d.date AS date", {"id": REPORT}).rows[0]["date"] == date


def test_an_edited_document_replaces_all_its_old_output_paragraphs_included(tmp_path: Path, graphs: Graphs) -> None:
    original = SAMPLES / "001_42877f188cf903a3.txt"
    lines = original.read_text(encoding="utf-8").split("\n")
    edited = tmp_path / "edited" / original.name
    edited.parent.mkdir()
    # paragraphs from the first half removed (the symbol, further on, kept), one word changed
    kept = [line for at, line in enumerate(lines) if not len(lines) // 5 < at < len(lines) // 2]  # symbol at 129
    edited.write_text("\n".join(kept).replace("秘书处", "主席"), encoding="utf-8")
    _, store = graphs.built([original])
    before_paragraphs = store.read("MATCH (p:Paragraph) RETURN count(p) AS n").rows[0]["n"]
    assert build(store, [edited]).loaded
    _, clean = graphs.built([edited])
    assert snapshot(store) == snapshot(clean)
    assert store.read("MATCH (p:Paragraph) RETURN count(p) AS n").rows[0]["n"] < before_paragraphs
    assert answers(store)


def test_build_prune_and_remove_drop_documents_no_longer_in_the_corpus(
    corpus: Path, graphs: Graphs, capsys: pytest.CaptureFixture[str]
) -> None:
    settings, store = graphs.built([corpus])
    args = ["--data-dir", str(settings.data_dir), "--graph", settings.graph]
    (corpus / "en_report.txt").unlink()
    assert main(["build", "--prune", str(corpus), *args]) == 0
    assert f"removed (not in the corpus): {REPORT}" in capsys.readouterr().out
    # the pruning build is recorded (issue 21), naming documents of this graph only
    generated = store.read("MATCH (b:Build) RETURN b.generated AS g").rows
    documents = {row["id"] for row in store.read("MATCH (d:Document) RETURN d.id AS id", timeout_ms=0).rows}
    assert len(generated) == 1 and generated[0]["g"] and set(generated[0]["g"]) <= documents
    # the data equals a build without the document; the histories differ (built then pruned, built
    # once by the library, which records no build), so the Build records are left out
    _, clean = graphs.built([corpus])
    assert snapshot(store, builds=False) == snapshot(clean, builds=False)
    # arkg remove, by symbol: the graph equals a build without the document
    removed = "document/CAC/COSP/WG.2/2017/L.1/Add.1"
    symbol = removed.removeprefix("document/")
    kept = [p for p in corpus.iterdir() if p.name != "001_42877f188cf903a3.txt"]
    assert main(["remove", symbol, *args]) == 0
    assert main(["remove", symbol, *args]) == 1  # not loaded any more: said so, nothing changed
    assert "not loaded, nothing to remove" in capsys.readouterr().err
    assert removed not in store.read("MATCH (b:Build) RETURN b.generated AS g").rows[0]["g"]
    _, clean = graphs.built(kept)
    assert snapshot(store, builds=False) == snapshot(clean, builds=False)
    assert answers(store)
