"""Explorer fixtures: the app on the sample graph of the store under test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from arkg.bench.browser import launch, serve
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from tests.conftest import store_env

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture
def app(sample_store: Store, sample_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on the sample graph, after its first run (pages are registered by then)."""
    store_env(monkeypatch, sample_settings)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    return at


@pytest.fixture(scope="module")
def url(sample_store: Store, sample_settings: Settings) -> Iterator[str]:
    """The real app (``streamlit run app.py``) on the sample graph, for a module of browser tests."""
    with serve(sample_settings) as address:
        yield address


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium, headless, through Playwright (no browser is downloaded)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser context (no cookies, no cache, a new Streamlit session) and one tab in it."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()
