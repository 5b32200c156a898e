"""Every explorer page on the Neo4j store (issue: Neo4j, "the explorer works against the Bolt server").

In CI the Bolt server is FalkorDB's own listener; with ``NEO4J_URI`` set it is a real Neo4j.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from explorer.nav import PAGES
from graph.build import build
from graph.settings import Settings
from graph.stores import Store
from graph.stores.neo4j import Neo4jStore
from tests.explorer.conftest import APP
from tests.explorer.test_app import assert_clean, drawn, open_page
from tests.graph.stores.conftest import BoltServer, bolt_settings

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def neo4j_settings(bolt_server: BoltServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The sample corpus built into the Bolt server (its own database on the FalkorDB peer)."""
    database = f"explorer-{uuid.uuid4().hex[:6]}" if bolt_server.peer else bolt_server.database
    settings = bolt_settings(bolt_server, tmp_path_factory.mktemp("explorer-neo4j"), database=database)
    store = Neo4jStore(settings)
    store.clear()
    store.ensure_schema()
    report = build(store)
    assert not report.failed
    yield settings
    store.clear()
    store.close()


@pytest.fixture
def app(neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("ARKG_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.uri or "")
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_settings.user or "")
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password or "")
    monkeypatch.setenv("NEO4J_DATABASE", neo4j_settings.database or "")
    monkeypatch.setenv("ARKG_DATA_DIR", str(Path(neo4j_settings.data_dir)))
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.run()
    return at


@pytest.mark.parametrize("name", [name for name, _, _ in PAGES])
def test_every_page_renders_on_neo4j(app: AppTest, name: str) -> None:
    assert_clean(open_page(app, name, lang="en"))


def test_search_and_entity_evidence_are_the_same_as_on_falkordb(
    app: AppTest, sample_store: Store, neo4j_settings: Settings
) -> None:
    at = open_page(app, "explore", lang="zh")
    at.text_input(key="explore_q").set_value("第五十六条").run()
    assert_clean(at)
    ids = {node["id"] for node in drawn(at)["nodes"]}
    assert "uncac/article/56" in ids
    at = open_page(at, "entity", id="uncac/article/56")
    assert_clean(at)
    quotes = [h.proto.body for h in at.get("html")]
    # the mention itself, or the statement around it (a recommendation to share information under article 56)
    assert quotes and all("第五十六条" in q.split("<mark>")[1].split("</mark>")[0] for q in quotes)
    assert any("<mark>第五十六条</mark>" in q for q in quotes)
    assert "https://undocs.org/ch/CAC/COSP/WG.2/2017/L.1/Add.1" in " ".join(m.value for m in at.markdown)
    store = Neo4jStore(neo4j_settings)
    try:
        assert store.stats() == sample_store.stats()
    finally:
        store.close()


def test_console_refuses_writes_on_neo4j(app: AppTest) -> None:
    at = open_page(app, "console", lang="en")
    at.text_area(key="console_query").set_value("CREATE (n:Article {id: 'uncac/article/99'})")
    at.button(key="console_run").click().run()
    assert not at.exception
    assert at.error and "read-only" in at.error[0].value
