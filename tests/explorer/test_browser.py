"""The explorer in a real headless Chromium: every page loads without an exception, Explore draws its graph.

Screenshots go to ``test-artifacts/`` for people to look at. Timings are measured by
``bench.browser`` for ``arkg bench``, never asserted here.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from arkg.bench.browser import CHROMIUM, wait_for_canvas
from arkg.explorer.nav import PAGES
from arkg.graph.settings import Settings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Debian's Chromium at {CHROMIUM}"),
]
sync_api = pytest.importorskip("playwright.sync_api")
EXCEPTION = '[data-testid="stException"]'


def settle(page: object) -> None:
    """Wait until Streamlit has finished running the page's script."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=60_000)  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && document.querySelector('[data-testid=\"stMainBlockContainer\"] h1')", timeout=60_000)
    page.wait_for_timeout(2000)  # charts and tables draw after the script has finished  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [name for name, _, _ in PAGES])
def test_every_page_loads_without_an_exception(url: str, page: object, name: str, artifacts: Path) -> None:
    query = {"entity": "?id=uncac/article/56", "explore": "?q=第五十六条"}.get(name, "")
    path = "" if name == PAGES[0][0] else name  # the default page lives at the root
    page.goto(f"{url}/{path}{query}")  # type: ignore[attr-defined]
    settle(page)
    assert page.get_by_text("Page not found").count() == 0  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / f"explorer-{name}.png"), full_page=True)  # type: ignore[attr-defined]
    assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]
    heading = page.locator('[data-testid="stMainBlockContainer"] h1').first.inner_text()  # type: ignore[attr-defined]
    assert heading.strip()


def test_explore_draws_the_graph_canvas_for_a_chinese_search(url: str, page: object, artifacts: Path) -> None:
    page.goto(f"{url}/explore?q=第五十六条&lang=zh")  # type: ignore[attr-defined]
    settle(page)
    box = wait_for_canvas(page)
    assert box["width"] > 100 and box["height"] > 100
    page.wait_for_timeout(1500)  # let the force layout settle for the screenshot  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / "explorer-explore-graph.png"), full_page=True)  # type: ignore[attr-defined]
    assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]
    # Chinese renders as Chinese (fonts-noto-cjk), not as boxes: the search result carries the zh title
    results = page.get_by_text("特别合作 · 条 · uncac/article/56")  # type: ignore[attr-defined]
    assert results.count() >= 1
    width = page.evaluate(  # type: ignore[attr-defined]
        "() => { const c = document.createElement('canvas').getContext('2d'); c.font = '16px sans-serif';"
        " return [c.measureText('特别合作').width, c.measureText('\\u0378\\u0378\\u0378\\u0378').width]; }")
    assert width[0] > 0 and width[0] != width[1]  # real glyphs, not four identical missing-glyph boxes


def test_entity_page_links_to_undocs_and_marks_the_quote(url: str, page: object, artifacts: Path) -> None:
    page.goto(f"{url}/entity?id=uncac/article/56")  # type: ignore[attr-defined]
    settle(page)
    marks = page.locator("mark")  # type: ignore[attr-defined]
    marks.first.wait_for(timeout=30_000)
    assert marks.first.inner_text() == "第五十六条"
    link = page.locator('a[href^="https://undocs.org/zh/CAC/COSP/WG.2/2017/"]').first  # type: ignore[attr-defined]
    assert link.count() == 1
    page.screenshot(path=str(artifacts / "explorer-entity-article-56.png"), full_page=True)  # type: ignore[attr-defined]


def test_graph_frontend_comes_once_over_http_not_with_every_rerun(url: str, page: object) -> None:
    """neo4j-viz's 5 MB frontend comes as a JavaScript file; a rerun (switching language) sends only the graph."""
    from arkg.explorer.frontend import bundle_name, source

    received: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: received.append(len(f))))  # type: ignore[attr-defined]
    with page.expect_response(lambda r: r.url.endswith(bundle_name())) as answer:  # type: ignore[attr-defined]
        page.goto(f"{url}/explore?focus=uncac/article/56&lang=zh")  # type: ignore[attr-defined]
    response = answer.value
    assert response.status == 200 and "javascript" in response.headers["content-type"]
    assert response.body() == source().encode("utf-8")
    wait_for_canvas(page)
    settle(page)
    before = len(received)
    page.get_by_text("English").click()  # type: ignore[attr-defined]
    page.get_by_role("heading", name="Explore").wait_for(timeout=30_000)  # type: ignore[attr-defined]
    wait_for_canvas(page)
    assert len(received) > before, "the page did not rerun"
    assert max(received) < 1_000_000, "the frontend travelled over the websocket"
    assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]


def test_entity_page_opens_its_neighbourhood_in_the_graph(url: str, page: object) -> None:
    page.goto(f"{url}/entity?id=uncac/article/56")  # type: ignore[attr-defined]
    settle(page)
    page.locator('a[href*="explore?focus="]').first.click()  # type: ignore[attr-defined]
    box = wait_for_canvas(page)
    assert box["width"] > 100
    assert "focus=uncac%2Farticle%2F56" in page.url or "focus=uncac/article/56" in page.url  # type: ignore[attr-defined]
    assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]


def test_explore_time_to_interactive_is_measured(browser: object, data_dir: Path) -> None:
    """The bench helper's entry point runs end to end on a scratch graph (the numbers are reported, not judged)."""
    from arkg.bench.browser import explore_time_to_interactive
    from arkg.graph.stores import open_store

    settings = Settings.from_env(data_dir=data_dir, store="falkordb", graph=f"tti-{uuid.uuid4().hex[:8]}")
    try:
        result = explore_time_to_interactive(settings, nodes=200, runs=2, browser=browser)
    finally:
        store = open_store(settings)
        store.clear()
        store.close()
    assert result["nodes"] == 200
    for how in ("cold", "in_app"):  # the landing page's first paint, both ways
        runs = result["landing"][how]["runs"]
        assert len(runs) == 2 and all(seconds > 0 for seconds in runs)
    for how in ("in_app", "cold"):
        assert len(result[how]["runs"]) == 2 and all(seconds > 0 for seconds in result[how]["runs"])
    print(f"explore time-to-interactive, 200 nodes: {result}")
