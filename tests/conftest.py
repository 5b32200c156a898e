"""Fixtures: a real embedded FalkorDB server per test session, started by the code under test.

Each test that needs a store gets its own graph on the session's server (fast and isolated);
``sample_store`` is the graph built once from the bundled sample corpus.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.settings import Settings
from graph.stores import Store, open_store, server

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The data directory of the session's embedded server; stopped at the end."""
    path = tmp_path_factory.mktemp("arkg")
    yield path
    server.stop(path)


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    """Settings for a fresh, uniquely named graph on the session's server."""
    return Settings.from_env(data_dir=data_dir, store="falkordb", graph=f"test-{uuid.uuid4().hex[:8]}")


@pytest.fixture
def falkordb_store(settings: Settings) -> Iterator[Store]:
    store = open_store(settings)
    yield store
    store.clear()
    store.close()


@pytest.fixture(scope="session")
def sample_settings(data_dir: Path) -> Settings:
    return Settings.from_env(data_dir=data_dir, store="falkordb", graph="sample")


@pytest.fixture(scope="session")
def sample_store(sample_settings: Settings) -> Iterator[Store]:
    """The graph built from the sample corpus (the two seed documents) and the reference data."""
    from graph.build import build

    store = open_store(sample_settings)
    report = build(store)
    assert not report.failed, report.failed
    yield store
    store.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave screenshots and reports for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
