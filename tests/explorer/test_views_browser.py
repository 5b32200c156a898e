"""Issue 18 and 21 in a real headless Chromium: type icons drawn in the graph, export of the view on screen,
language versions on undocs.org, the SPARQL page with its downloads. A screenshot per step in test-artifacts/."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from arkg.bench.browser import CHROMIUM, wait_for_canvas
from arkg.explorer.icons import icon_name
from tests.explorer.test_browser import EXCEPTION, settle

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Debian's Chromium at {CHROMIUM}"),
]
sync_api = pytest.importorskip("playwright.sync_api")
ARTICLE = "https://w3id.org/arkg/id/uncac/article/56"


def choose(page: object, label: str, option: str) -> None:
    """Pick ``option`` in the Streamlit select box labelled ``label``."""
    box = page.locator('[data-testid="stSelectbox"]').filter(has_text=label).first  # type: ignore[attr-defined]
    box.scroll_into_view_if_needed()
    box.locator('[role="combobox"], input').first.click()
    page.get_by_role("option", name=option, exact=True).click()  # type: ignore[attr-defined]
    settle(page)


def test_graph_nodes_are_drawn_with_their_type_icons(url: str, page: object, artifacts: Path) -> None:
    fetched: dict[str, int] = {}
    page.on("response", lambda r: fetched.__setitem__(r.url.rsplit("/", 1)[-1], r.status)  # type: ignore[attr-defined]
            if "/app/static/icons/" in r.url else None)
    page.goto(f"{url}/explore?focus=uncac/article/56&lang=en")  # type: ignore[attr-defined]
    wait_for_canvas(page)
    settle(page)
    # NVL (the drawing library) loads a node's icon only to draw it: the article, its paragraphs, its chapter
    for label in ("Article", "Paragraph", "Chapter"):
        assert fetched.get(f"{icon_name(label)}.svg") == 200, (label, fetched)
    legend = page.locator("img.arkg-type-icon")  # type: ignore[attr-defined]
    legend.first.wait_for(timeout=30_000)
    # the legend beside the graph: each type's icon in its colour
    assert legend.count() >= 3 and legend.first.evaluate("i => i.naturalWidth") > 0
    assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / "views-graph-icons.png"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_hovering_a_node_shows_its_name_type_and_id(url: str, page: object, lang: str, artifacts: Path) -> None:
    page.goto(f"{url}/explore?focus=uncac/article/56&lang={lang}")  # type: ignore[attr-defined]
    box = wait_for_canvas(page)
    settle(page)
    drawing = page.locator("[data-neo4j-viz-ndl]").first  # type: ignore[attr-defined]
    page.mouse.move(box["x"] + 5, box["y"] + box["height"] - 5)  # type: ignore[attr-defined]
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=5)  # onto the article
    page.wait_for_function("e => (e.title || '').includes('uncac/article/56')", arg=drawing.element_handle(),
                           timeout=10_000)  # type: ignore[attr-defined]
    tip = drawing.get_attribute("title")
    expected = {"en": ("Art. 56", "Special cooperation", "Article"), "zh": ("第56条", "特别合作", "条")}[lang]
    assert all(part in tip for part in expected), tip
    page.screenshot(path=str(artifacts / f"views-hover-{lang}.png"))  # type: ignore[attr-defined]
    page.mouse.move(box["x"] + 5, box["y"] + box["height"] - 5)  # off every node: no tooltip
    page.wait_for_function("e => !e.title", arg=drawing.element_handle(), timeout=10_000)  # type: ignore[attr-defined]


def test_the_view_on_screen_downloads_as_n_triples(url: str, page: object, artifacts: Path) -> None:
    page.goto(f"{url}/explore?focus=uncac/article/56&lang=en")  # type: ignore[attr-defined]
    wait_for_canvas(page)
    settle(page)
    choose(page, "Format", "RDF — N-Triples")
    with page.expect_download() as download:  # type: ignore[attr-defined]
        page.get_by_role("button", name="Download RDF — N-Triples").click()  # type: ignore[attr-defined]
    path = download.value.path()
    assert download.value.suggested_filename == "arkg-view.nt"
    graph = Graph().parse(str(path), format="nt")
    assert (URIRef(ARTICLE), None, None) in graph
    assert 50 < len(graph) < 5_000  # the view, not the whole graph (~17 000 triples)
    page.screenshot(path=str(artifacts / "views-export.png"))  # type: ignore[attr-defined]


def test_an_evidence_card_links_every_language_version_on_undocs(url: str, page: object, artifacts: Path) -> None:
    page.goto(f"{url}/entity?id=uncac/article/56&lang=en")  # type: ignore[attr-defined]
    settle(page)
    for code in ("zh", "en", "fr", "es", "ru", "ar"):
        assert page.locator(f'a[href="https://undocs.org/{code}/CAC/COSP/WG.2/2017/L.1/Add.1"]').count() >= 1  # type: ignore[attr-defined]
    assert page.get_by_role("link", name="français").count() >= 1  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / "views-language-versions.png"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sparql_page_answers_a_saved_question_and_downloads_csv(url: str, page: object, lang: str,
                                                                    artifacts: Path) -> None:
    from arkg.explorer.i18n import catalogues

    text = catalogues()[lang].text
    page.goto(f"{url}/sparql?lang={lang}")  # type: ignore[attr-defined]
    settle(page)
    title = catalogues()[lang].questions.get("article-citations.title") or \
        "Documents citing an article, with the evidence"
    choose(page, text["sparql.pick"], title)
    page.get_by_role("button", name=text["sparql.run"]).click()  # type: ignore[attr-defined]
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)  # type: ignore[attr-defined]
    settle(page)
    page.screenshot(path=str(artifacts / f"views-sparql-{lang}.png"))  # type: ignore[attr-defined]
    with page.expect_download() as download:  # type: ignore[attr-defined]
        page.get_by_role("button", name=text["download.csv"]).click()  # type: ignore[attr-defined]
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["document", "symbol", "paragraph", "language"] and len(rows) > 1
    assert all("第五十六条" in row[4] for row in rows[1:])
    page.locator("textarea").first.fill("CLEAR ALL")  # type: ignore[attr-defined]
    page.get_by_role("button", name=text["sparql.run"]).click()  # type: ignore[attr-defined]
    settle(page)
    alert = page.locator('[data-testid="stAlert"]').first  # type: ignore[attr-defined]
    assert text["sparql.invalid"].split("{")[0] in alert.inner_text()
    assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / f"views-sparql-error-{lang}.png"))  # type: ignore[attr-defined]


def test_a_click_on_a_session_in_the_landing_timeline_opens_its_meeting(url: str, page: object,
                                                                       artifacts: Path) -> None:
    page.goto(f"{url}/?lang=en")  # type: ignore[attr-defined]
    settle(page)
    chart = page.locator('[data-testid="stVegaLiteChart"]').first  # type: ignore[attr-defined]
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    tooltip = page.locator("#vg-tooltip-element")  # type: ignore[attr-defined]
    found = None
    for y in range(int(box["y"]) + 5, int(box["y"] + box["height"]) - 20, 6):  # find a mark by its tooltip
        for x in range(int(box["x"]) + 40, int(box["x"] + box["width"]) - 5, 6):
            page.mouse.move(x, y)  # type: ignore[attr-defined]
            if tooltip.count() and "visible" in (tooltip.get_attribute("class") or "") \
                    and "session/wg-ar/" in tooltip.inner_text():
                found = (x, y)
                break
        if found:
            break
    assert found, "no session mark found in the timeline"
    session = next(line for line in tooltip.inner_text().split() if line.startswith("session/"))
    page.mouse.click(*found)  # type: ignore[attr-defined]
    page.wait_for_url(lambda address: "/meeting" in address, timeout=30_000)  # type: ignore[attr-defined]
    settle(page)
    assert f"id={session}" in page.url.replace("%2F", "/")  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / "views-timeline-click.png"))  # type: ignore[attr-defined]
