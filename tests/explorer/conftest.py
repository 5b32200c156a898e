"""Explorer fixtures: the app on the sample graph, and the Bolt server for the Neo4j variant."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.settings import Settings
from graph.stores import Store
from tests.graph.stores.conftest import bolt_server  # noqa: F401 - a fixture, used by name

APP = Path(__file__).resolve().parents[2] / "app.py"


def use_settings(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    """Point the app (it reads the same environment as the CLI) at a FalkorDB graph."""
    monkeypatch.setenv("ARKG_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("ARKG_GRAPH", settings.graph)
    monkeypatch.setenv("ARKG_STORE", "falkordb")


@pytest.fixture
def app(sample_store: Store, sample_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on the sample graph, after its first run (pages are registered by then)."""
    use_settings(monkeypatch, sample_settings)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    return at
