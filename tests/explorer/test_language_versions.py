"""Links from a document to its language versions on undocs.org (issue 18): on evidence cards and on a
document's own page, for printed symbols only, each version named in its own language."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from arkg.explorer.evidence import versions
from arkg.graph.stores import Store
from tests.explorer.test_app import assert_clean, open_page

REPORT = "CAC/COSP/WG.2/2017/L.1/Add.1"
URL = re.compile(r"\]\((https://undocs\.org/[^)]+)\)")


def test_versions_link_all_six_languages_the_quotes_first_each_named_in_itself() -> None:
    line = versions("CAC/COSP/WG.2/2017/3", first="fr")
    urls = URL.findall(line)
    assert urls[0] == "https://undocs.org/fr/CAC/COSP/WG.2/2017/3"
    assert {u.split("/")[3] for u in urls} == {"ar", "zh", "en", "fr", "es", "ru"}  # ISO 639-1 codes
    assert "[中文](https://undocs.org/zh/" in line and "[العربية](https://undocs.org/ar/" in line
    assert "[русский](https://undocs.org/ru/" in line


def test_evidence_cards_and_a_documents_page_link_its_language_versions(app: AppTest, sample_store: Store) -> None:
    at = open_page(app, "entity", lang="en", id="uncac/article/56")
    assert_clean(at)
    lines = [c.value for c in at.caption if "undocs.org" in c.value]
    assert lines and all(URL.findall(v)[0].startswith("https://undocs.org/zh/") for v in lines)  # quotes are Chinese
    assert any(f"https://undocs.org/en/{REPORT}" in v for v in lines)
    at = open_page(app, "entity", lang="en", id=f"document/{REPORT}")
    assert_clean(at)
    line = next(m.value for m in at.markdown if "Language versions on undocs.org" in m.value)
    assert URL.findall(line)[0] == f"https://undocs.org/en/{REPORT}"  # the interface's language first
    assert len(URL.findall(line)) == 6
    inferred = sample_store.read("MATCH (d:Document) WHERE d.symbol_inferred = true RETURN d.id AS id").rows
    for row in inferred:  # a symbol the document does not print would be a broken link: none is made
        at = open_page(app, "entity", lang="en", id=row["id"])
        assert not any("Language versions on undocs.org" in m.value for m in at.markdown)
