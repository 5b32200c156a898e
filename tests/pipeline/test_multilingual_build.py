"""One graph from a folder of PDF, DOCX and text in several languages (issue: extraction, "done when").

The same entity named in Chinese, English and French is one node carrying the evidence of each.
"""

from __future__ import annotations

from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from arkg.graph.stores import Store
from arkg.pipeline.build import SAMPLES, build

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


def test_language_versions_named_and_printed_as_the_un_does_become_one_document(
    store: Store, tmp_path: Path
) -> None:
    """A web copy's run-together masthead, a UNODC job-number file and a Digital Library symbol file name."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "copy-from-the-web.txt").write_text(
        "1 United Nations CAC/COSP/WG.2/2019/4 Conference of the States Parties to the United Nations Convention "
        "against Corruption Distr.: General 2 April 2019 Original: English V.19-01234 (E) "
        "1. The Working Group discussed article 57 of the Convention.", encoding="utf-8")
    (folder / "V1901240f.txt").write_text(
        "Nations Unies CAC/COSP/WG.2/2019/4 Conférence des États parties à la Convention des Nations Unies contre "
        "la corruption Distr. générale 2 avril 2019 Français Original: anglais V.19-01240 (F) "
        "1. Le Groupe de travail a examiné l'article 57 de la Convention.", encoding="utf-8")
    (folder / "CAC_COSP_WG.2_2019_4-ES.txt").write_text(
        "1. El Grupo de Trabajo examinó el artículo 57 de la Convención.", encoding="utf-8")

    report = build(store, [folder])
    assert not report.failed and not report.conflicts
    assert report.loaded == ["document/CAC/COSP/WG.2/2019/4"] * 3
    rows = store.read("MATCH (d:Document {id: 'document/CAC/COSP/WG.2/2019/4'}) "
                               "RETURN d.languages AS languages").rows
    assert sorted(rows[0]["languages"]) == ["en", "es", "fr"]
    assert set(_evidence_languages(store, "uncac/article/57")) == {"en", "es", "fr"}
    own = store.read("MATCH (d:Document {id: 'document/CAC/COSP/WG.2/2019/4'})-[c:CITES]->"
                              "(:Document {id: 'document/CAC/COSP/WG.2/2019/4'}) RETURN count(c) AS n").rows
    assert own[0]["n"] == 0, "the own symbol is not a citation of itself"
