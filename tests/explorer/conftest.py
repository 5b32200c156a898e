"""Explorer fixtures: the app on the sample graph of the store under test."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.settings import Settings
from graph.stores import Store
from tests.conftest import store_env

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture
def app(sample_store: Store, sample_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on the sample graph, after its first run (pages are registered by then)."""
    store_env(monkeypatch, sample_settings)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    return at
