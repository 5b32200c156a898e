"""Issue 17, case 5: documents silently overwrite each other.

Files without a printed symbol took their id from the bare file name, so ``2019/notes.txt`` and
``2020/notes.txt`` became one document; two files printing the same symbol in the same language
were merged silently. Both counted as "loaded". Each case here is the exact one reported, checked
against the real store (FalkorDB, started by the fixtures) and, for the summary, the real CLI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arkg.cli import main
from arkg.explorer.uploads import process_upload
from arkg.graph.export.rdf import export_rdf
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from arkg.graph.validate import validate_file
from arkg.ingest.extract import extract_path
from arkg.pipeline.build import build
from tests.conftest import store_args

NOTES_2019 = "Notes of the meeting.\nThe delegation of Peru described its asset recovery law of 2019.\n"
NOTES_2020 = "Notes of the meeting.\nThe delegation of Kenya described its new confiscation unit.\n"
REPORT_EN = (
    "United Nations CAC/COSP/WG.2/2019/4 Conference of the States Parties to the United Nations Convention "
    "against Corruption Distr.: General 2 April 2019 Original: English\n"
    "1. The Working Group discussed article 57 of the Convention.\n"
)
REPORT_EN_OTHER_COPY = (
    "United Nations CAC/COSP/WG.2/2019/4 Conference of the States Parties to the United Nations Convention "
    "against Corruption Distr.: General 2 April 2019 Original: English\n"
    "1. The Working Group discussed article 51 of the Convention.\n"
)


def _documents(store: Store) -> dict[str, list[str]]:
    rows = store.read("MATCH (d:Document) WHERE d.content_hashes IS NOT NULL "
                      "RETURN d.id AS id, d.languages AS languages").rows
    return {row["id"]: sorted(row["languages"] or []) for row in rows}


def _corpus(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_same_file_name_in_two_folders_stays_two_documents(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", {"2019/notes.txt": NOTES_2019, "2020/notes.txt": NOTES_2020})
    report = build(store, [corpus])
    assert not report.failed and not report.conflicts
    assert len(report.loaded) == 2 and len(set(report.loaded)) == 2
    documents = _documents(store)
    assert set(report.loaded) <= set(documents)
    assert all(doc.startswith("document/text/") for doc in report.loaded)
    peru = store.read("MATCH (:Document {id: $id})-[:CITES|HAS_PARAGRAPH]->(p) RETURN count(p) AS n",
                               {"id": extract_path(corpus / "2019/notes.txt").document.id}).rows
    assert peru[0]["n"] > 0
    # the graph answers and a rebuild changes nothing
    again = build(store, [corpus])
    assert sorted(again.unchanged) == sorted(report.loaded) and not again.loaded


def test_no_document_id_is_unknown_or_a_file_name(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"a/notes.txt": NOTES_2019, "b/notes.txt": NOTES_2019})
    first, second = (extract_path(corpus / name).document for name in ("a/notes.txt", "b/notes.txt"))
    assert first.id == second.id, "the id comes from the text, not from where the file lies"
    assert "UNKNOWN" not in first.id and "notes" not in first.id
    uploaded = process_upload(NOTES_2019.encode("utf-8"), "notes.txt").document
    assert uploaded.id == first.id, "the explorer's upload follows the same identity rules"
    assert first.kind and first.symbol == ""


def test_two_files_claiming_one_symbol_and_language_are_a_conflict(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", {"a-report.txt": REPORT_EN, "b-report.txt": REPORT_EN_OTHER_COPY})
    report = build(store, [corpus])
    assert report.loaded == ["document/CAC/COSP/WG.2/2019/4"]
    assert len(report.conflicts) == 1
    path, reason = report.conflicts[0]
    assert path.endswith("b-report.txt") and "a-report.txt" in reason and "conflict" in reason
    cited = store.read("MATCH (:Document {id: 'document/CAC/COSP/WG.2/2019/4'})-[:CITES]->(a:Article) "
                                "RETURN collect(a.id) AS ids").rows[0]["ids"]
    assert cited == ["uncac/article/57"], "the first file read stays; the second did not overwrite it"


def test_a_conflict_fails_the_build_like_an_unreadable_file(settings: Settings, store: Store,
                                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "corpus", {"a-report.txt": REPORT_EN, "b-report.txt": REPORT_EN_OTHER_COPY})
    common = store_args(settings)
    assert main([*common, "build", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert "1 conflict(s)" in captured.out
    assert "b-report.txt: conflict" in captured.err


def test_a_graph_with_text_documents_exports_and_validates(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", {"notes.txt": NOTES_2019, "report.txt": REPORT_EN})
    assert not build(store, [corpus]).failed
    path = tmp_path / "graph.nt"
    with open(path, "wb") as out:
        export_rdf(store, out, "nt")
    report = validate_file(path)
    assert report.conforms, report.violations[:3]
    text = path.read_text(encoding="utf-8")
    assert "https://undocs.org/CAC/COSP/WG.2/2019/4" in text
    assert "undocs.org/text/" not in text and "UNKNOWN" not in text
