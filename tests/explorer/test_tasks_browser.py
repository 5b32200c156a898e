"""The researcher's tasks of issue 18 in a real headless Chromium, in both interface languages.

Each task starts from the landing page (or a shared URL) and takes at most three clicks; a
screenshot per step goes to ``test-artifacts/tasks-<lang>-<step>.png``. Clicking an edge inside
neo4j-viz's canvas is not driven here (a canvas has no elements to find): the edge card is tested
through the selection state in ``test_researcher.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arkg.bench.browser import CHROMIUM, wait_for_canvas
from arkg.explorer.i18n import catalogues
from tests.explorer.test_browser import EXCEPTION, settle

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Debian's Chromium at {CHROMIUM}"),
]
sync_api = pytest.importorskip("playwright.sync_api")
LANGUAGES = ["zh", "en"]


def text(lang: str, key: str) -> str:
    return catalogues()[lang].text[key]


def shot(page: object, artifacts: Path, lang: str, step: str) -> None:
    assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / f"tasks-{lang}-{step}.png"))  # type: ignore[attr-defined]


def landing(page: object, url: str, lang: str, artifacts: Path) -> None:
    page.goto(f"{url}/?lang={lang}")  # type: ignore[attr-defined]
    settle(page)
    assert page.get_by_role("heading", name=text(lang, "page.overview")).count() == 1  # type: ignore[attr-defined]
    shot(page, artifacts, lang, "0-landing")


def click_link(page: object, label: str) -> None:
    page.get_by_role("link", name=label).first.click()  # type: ignore[attr-defined]
    settle(page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_article_56_from_the_landing_page_with_every_paragraph_citing_it(url: str, page: object, lang: str,
                                                                         artifacts: Path) -> None:
    landing(page, url, lang, artifacts)
    click_link(page, text(lang, "example.article"))  # 1 click
    page.locator("mark").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    assert "id=uncac" in page.url and f"lang={lang}" in page.url  # type: ignore[attr-defined]
    shot(page, artifacts, lang, "1-article-56")
    marks = page.locator(".arkg-quote mark").all_inner_texts()  # type: ignore[attr-defined]
    assert marks and all("第五十六条" in m for m in marks)  # the mention, or the statement quoted around it
    cards = page.locator('[class*="st-key-card_entity_evidence"]')  # type: ignore[attr-defined]
    assert cards.count() >= 4  # one card per citing paragraph (the rest folded below)
    paragraph = catalogues()[lang].captions["paragraph"].format(n=19)
    assert page.get_by_text(paragraph).count() >= 1  # type: ignore[attr-defined]
    assert page.locator('a[href^="https://undocs.org/zh/CAC/COSP/WG.2/2017/L.1/Add.1"]').count() >= 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_resolution_6_2_and_its_lineage_both_ways(url: str, page: object, lang: str, artifacts: Path) -> None:
    landing(page, url, lang, artifacts)
    click_link(page, text(lang, "example.lineage"))  # 1 click
    page.get_by_role("heading", name=text(lang, "entity.lineage")).wait_for(timeout=30_000)  # type: ignore[attr-defined]
    shot(page, artifacts, lang, "2-resolution-6-2")
    for earlier in ("1/4", "2/3"):
        assert page.get_by_role("link", name=earlier).count() >= 1  # type: ignore[attr-defined]
    page.get_by_role("link", name="1/4").first.click()  # 2 clicks: the older one names 6/2 as recalling it  # type: ignore[attr-defined]
    settle(page)
    page.get_by_role("heading", name=text(lang, "entity.lineage")).wait_for(timeout=30_000)  # type: ignore[attr-defined]
    assert page.get_by_role("link", name="6/2").count() >= 1  # type: ignore[attr-defined]
    shot(page, artifacts, lang, "2-resolution-1-4")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_2017_meeting_networks_and_documents_per_agenda_item(url: str, page: object, lang: str,
                                                                 artifacts: Path) -> None:
    landing(page, url, lang, artifacts)
    click_link(page, text(lang, "example.meeting"))  # 1 click
    page.get_by_role("heading", name=text(lang, "meeting.agenda")).wait_for(timeout=30_000)  # type: ignore[attr-defined]
    shot(page, artifacts, lang, "3-meeting")
    for network in ("CARIN", "ARIN-AP", "RRAG"):  # the networks mentioned at WG-AR 11
        assert page.get_by_role("link", name=network, exact=True).count() >= 1, network  # type: ignore[attr-defined]
    box = page.locator(".st-key-item_4a")  # type: ignore[attr-defined]
    assert box.get_by_text(catalogues()[lang].captions["item"].format(n="4(a)")).count() >= 1
    assert box.get_by_role("link", name="CAC/COSP/WG.2/2017/2").count() >= 1  # prepared for item 4(a)
    box.scroll_into_view_if_needed()
    shot(page, artifacts, lang, "4-meeting-item-4a")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sidebar_search_finds_a_reference_in_either_language(url: str, page: object, lang: str,
                                                                 artifacts: Path) -> None:
    landing(page, url, lang, artifacts)
    found: list[list[str]] = []
    for query in ("Art. 56", "第五十六条"):
        box = page.locator('[data-testid="stSidebar"] input[type="text"]').first  # type: ignore[attr-defined]
        box.fill(query)
        box.press("Enter")
        page.get_by_role("heading", name=text(lang, "page.search")).wait_for(timeout=30_000)  # type: ignore[attr-defined]
        settle(page)
        found.append(page.locator('[data-testid="stMain"] [data-testid="stPageLink"]').all_inner_texts())  # type: ignore[attr-defined]
    assert found[0] == found[1] and len(found[0]) > 5
    shot(page, artifacts, lang, "5-search")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_shared_view_url_opens_the_same_view_in_a_fresh_browser(url: str, browser: object, lang: str,
                                                                  artifacts: Path) -> None:
    views = []
    for step in ("6-shared", "6-reopened"):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
        page = context.new_page()
        shared = f"{url}/explore?focus=uncac/article/56,uncac/chapter/5&limit=100&lang={lang}"
        address = views[0][0] if views else shared
        page.goto(address)
        settle(page)
        wait_for_canvas(page)
        page.wait_for_timeout(1500)
        assert page.get_by_role("heading", name=text(lang, "page.explore")).count() == 1
        legend = page.locator('[data-testid="stMain"] [data-testid="stHtml"]').all_inner_texts()
        views.append((page.url, legend))
        shot(page, artifacts, lang, step)
        context.close()
    assert views[0][1] == views[1][1] and views[0][1]  # the same nodes by type
    assert "focus=uncac" in views[1][0] and f"lang={lang}" in views[1][0] and "limit=100" in views[1][0]


def test_without_lang_in_the_url_the_browser_language_is_used(url: str, browser: object) -> None:
    for locale, lang in (("zh-CN", "zh"), ("en-GB", "en")):
        context = browser.new_context(locale=locale)  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(f"{url}/search")
        settle(page)
        assert page.get_by_role("heading", name=text(lang, "page.search")).count() == 1, locale
        assert f"lang={lang}" in page.url  # and the URL now says it, for sharing
        context.close()
