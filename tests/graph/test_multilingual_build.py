"""One graph from a folder of PDF, DOCX and text in several languages (issue: extraction, "done when").

The same entity named in Chinese, English and French is one node carrying the evidence of each.
"""

from __future__ import annotations

from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from graph.build import SAMPLES, build
from graph.stores import Store

EN_LINES = [
    "CAC/COSP/WG.2/2018/2",
    "Open-ended Intergovernmental Working Group on Asset Recovery",
    "Vienna, 6 and 7 June 2018",
    "1. Several speakers encouraged States to share information spontaneously under article 56",
    "of the Convention, and welcomed the work of the Camden Asset Recovery Inter-Agency Network.",
    "2. The Working Group recalled Conference resolution 6/2.",
]
FR_PARAGRAPHS = [
    "CAC/COSP/WG.2/2019/2",
    "Groupe de travail intergouvernemental à composition non limitée sur le recouvrement d'avoirs",
    "Vienne, 29 et 30 mai 2019",
    "1. Plusieurs orateurs ont rappelé l'article 56 de la Convention et la résolution 6/2.",
]


def _english_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    for row, line in enumerate(EN_LINES):
        pdf.drawString(60, A4[1] - 80 - 16 * row, line)
    pdf.showPage()
    pdf.save()
    return path


def _french_docx(path: Path) -> Path:
    document = docx.Document()
    for paragraph in FR_PARAGRAPHS:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def _evidence_languages(store: Store, entity: str) -> dict[str, set[str]]:
    rows = store.read(
        "MATCH (e:Entity {id: $id})<-[m:MENTIONS|CITES]-() RETURN m.language AS language, m.document AS document",
        {"id": entity},
    ).rows
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["language"], set()).add(row["document"])
    return found


def test_a_folder_in_three_formats_and_languages_builds_one_graph(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "agenda.zh.txt").write_bytes((SAMPLES / "000_dfa604476778263f.txt").read_bytes())
    _english_pdf(folder / "report.en.pdf")
    _french_docx(folder / "rapport.fr.docx")

    report = build(store, [folder])
    assert not report.failed, report.failed
    assert sorted(report.loaded) == [
        "document/CAC/COSP/WG.2/2017/1", "document/CAC/COSP/WG.2/2018/2", "document/CAC/COSP/WG.2/2019/2",
    ]

    article = _evidence_languages(store, "uncac/article/56")
    assert set(article) == {"zh", "en", "fr"}
    assert article["en"] == {"document/CAC/COSP/WG.2/2018/2"}
    assert article["fr"] == {"document/CAC/COSP/WG.2/2019/2"}
    assert set(_evidence_languages(store, "resolution/cosp/6/2")) == {"zh", "en", "fr"}
    assert set(_evidence_languages(store, "body/wg-ar")) >= {"zh", "en", "fr"}
    assert "en" in _evidence_languages(store, "network/carin")

    one_node = store.read("MATCH (a:Article {id: 'uncac/article/56'}) RETURN count(a) AS n").rows[0]["n"]
    assert one_node == 1
    languages = store.read(
        "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.languages AS languages ORDER BY id",
        {"ids": ["document/CAC/COSP/WG.2/2018/2", "document/CAC/COSP/WG.2/2019/2"]},
    ).rows
    assert [r["languages"] for r in languages] == [["en"], ["fr"]]
    quotes = store.read(
        "MATCH (:Article {id: 'uncac/article/56'})<-[m:MENTIONS|CITES]-() WHERE m.language IN ['en', 'fr'] "
        "RETURN DISTINCT m.quote AS quote ORDER BY quote"
    ).values("quote")
    assert quotes == ["article 56"]
