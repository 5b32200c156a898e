"""Fixtures: the stores every store test runs on, started by the test session itself.

Every test that touches a store takes ``store`` (an empty graph) or ``sample_store`` (the graph
built from the bundled sample corpus), and runs once per store: FalkorDB embedded (a real server
started by the code under test) and Neo4j (a real Neo4j 5 started from ``tests/neo4j-server``).
``ARKG_TEST_STORE`` chooses: ``falkordb`` (the default), ``neo4j`` or ``falkordb,neo4j`` (both);
``make test`` runs the whole suite on FalkorDB, then the store contract, the saved questions and
the pipeline on both.

Each Neo4j test server holds one database (Community), so the fixtures never give a test a
"second graph" by name on it: a copy of the sample graph goes to ``empty_beside_sample``, a
second empty graph to ``other_settings``, each on its own server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from arkg.graph.settings import STORES, Settings
from arkg.graph.stores import Store, open_store, server
from tests import neo4j_server
from tests.stuck_server import stop_if_stuck

#: No test asserts a time (speed is measured by ``arkg bench``): Hypothesis' default 200 ms deadline per
#: example failed a property test whose first example compiled the pattern finders on a busy machine.
hypothesis_settings.register_profile("arkg", deadline=None)
hypothesis_settings.load_profile("arkg")

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
#: The stores the suite runs on: ARKG_TEST_STORE (comma-separated), FalkorDB unless it names others.
TEST_STORES = tuple(s.strip() for s in os.environ.get("ARKG_TEST_STORE", "falkordb").split(",") if s.strip())
if unknown := set(TEST_STORES) - set(STORES):
    raise pytest.UsageError(f"ARKG_TEST_STORE names unknown stores {sorted(unknown)}: choose from {', '.join(STORES)}")
#: The Neo4j servers of the session: the sample graph, a scratch graph, a second scratch graph.
SAMPLE, SCRATCH, OTHER = range(3)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The data directory of the session's embedded server; stopped at the end."""
    path = tmp_path_factory.mktemp("arkg")
    yield path
    server.stop(path)


#: FalkorDB servers of the session found answering nothing, for the session's summary.
STUCK: list[str] = []


@pytest.fixture(autouse=True)
def _session_server_answers(request: pytest.FixtureRequest) -> None:
    """The session's FalkorDB server is checked before each test that uses it (:func:`stop_if_stuck`)."""
    if "data_dir" in request.fixturenames:
        stuck = stop_if_stuck(request.getfixturevalue("data_dir"), request.node.nodeid, ARTIFACTS)
        if stuck:
            STUCK.append(stuck)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in STUCK:
        terminalreporter.write_line(line, yellow=True)


@pytest.fixture(scope="session")
def neo4j_uris(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Bolt URIs of the session's real Neo4j servers (started on first use, stopped at the end)."""
    with neo4j_server.running(tmp_path_factory.mktemp("neo4j"), servers=3) as uris:
        yield uris


def neo4j_settings(uri: str, data_dir: Path, **overrides: object) -> Settings:
    given = {"user": neo4j_server.USER, "password": neo4j_server.PASSWORD, "database": None, **overrides}
    return replace(Settings(data_dir=data_dir, store="neo4j", uri=uri), **given)


def store_args(settings: Settings) -> list[str]:
    """The CLI options that open the store ``settings`` describe."""
    if settings.store == "neo4j":
        return ["--store", "neo4j", "--uri", settings.uri or "", "--user", settings.user or "",
                "--password", settings.password or "", "--data-dir", str(settings.data_dir)]
    return ["--store", "falkordb", "--data-dir", str(settings.data_dir), "--graph", settings.graph]


def store_env(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    """Point code that reads the environment (the explorer, a child CLI) at ``settings``' store."""
    monkeypatch.setenv("ARKG_STORE", settings.store)
    monkeypatch.setenv("ARKG_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("ARKG_GRAPH", settings.graph)
    for name, value in (("NEO4J_URI", settings.uri), ("NEO4J_USERNAME", settings.user),
                        ("NEO4J_PASSWORD", settings.password), ("NEO4J_DATABASE", settings.database)):
        if value:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name, raising=False)


def _emptied(settings: Settings) -> Iterator[Store]:
    """A store on ``settings``' graph, empty at the start (with its schema) and cleared at the end.

    A Neo4j scratch server is shared by the tests one after the other, and a test may fill it
    through the CLI without ever holding a store.
    """
    store = open_store(settings)
    store.clear()
    store.ensure_schema()  # clearing a FalkorDB graph deletes its indexes too
    try:
        yield store
    finally:
        store.clear()
        store.close()


def _empty_graph(request: pytest.FixtureRequest, kind: str, data_dir: Path, tmp_path: Path) -> Iterator[Settings]:
    """Settings for an empty graph on store ``kind``: a fresh FalkorDB graph, or the Neo4j scratch server.

    Never a graph name on the sample server: Neo4j has no graph names (one database per test
    server), so ``replace(sample_settings, graph=…)`` would be the sample graph itself.
    """
    if kind == "neo4j":
        given = neo4j_settings(request.getfixturevalue("neo4j_uris")[SCRATCH], tmp_path)
        for _ in _emptied(given):
            yield given
    else:
        yield Settings(data_dir=data_dir, store="falkordb", graph=f"test-{uuid.uuid4().hex[:8]}")


@pytest.fixture(params=TEST_STORES)
def settings(request: pytest.FixtureRequest, data_dir: Path, tmp_path: Path) -> Iterator[Settings]:
    """Settings for an empty graph: a fresh graph on the FalkorDB server, or the Neo4j scratch server."""
    yield from _empty_graph(request, request.param, data_dir, tmp_path)


@pytest.fixture
def other_settings(request: pytest.FixtureRequest, settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    """A second empty graph on the same store as ``settings``, for comparing two builds."""
    if settings.store == "neo4j":
        given = neo4j_settings(request.getfixturevalue("neo4j_uris")[OTHER], tmp_path)
        for _ in _emptied(given):
            yield given
    else:
        yield replace(settings, graph=f"{settings.graph}-other")


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    """An empty graph on the store under test (connected, schema in place), cleared afterwards."""
    yield from _emptied(settings)


@pytest.fixture
def other_store(other_settings: Settings) -> Iterator[Store]:
    yield from _emptied(other_settings)


@pytest.fixture
def falkordb_graph(data_dir: Path) -> Iterator[Store]:
    """An empty FalkorDB graph whatever ARKG_TEST_STORE says (for tests that compare the stores)."""
    yield from _emptied(Settings(data_dir=data_dir, store="falkordb", graph=f"test-{uuid.uuid4().hex[:8]}"))


@pytest.fixture
def neo4j_graph(neo4j_uris: list[str], tmp_path: Path) -> Iterator[Store]:
    """An empty Neo4j graph whatever ARKG_TEST_STORE says (for tests that compare the stores)."""
    yield from _emptied(neo4j_settings(neo4j_uris[SCRATCH], tmp_path))


class SampleGraphs:
    """The sample corpus built once per store and session, reachable by store name.

    ``sample_store`` gives the one of the store under test; tests that compare the stores ask
    for both.
    """

    def __init__(self, request: pytest.FixtureRequest, data_dir: Path, home: Path) -> None:
        self.request, self.data_dir, self.home = request, data_dir, home
        self.stores: dict[str, Store] = {}

    def settings(self, kind: str) -> Settings:
        if kind == "neo4j":
            return neo4j_settings(self.request.getfixturevalue("neo4j_uris")[SAMPLE], self.home)
        return Settings(data_dir=self.data_dir, store="falkordb", graph="sample")

    def store(self, kind: str) -> Store:
        if kind not in self.stores:
            from arkg.pipeline.build import build

            store = open_store(self.settings(kind))
            store.clear()
            report = build(store)
            assert not report.failed, report.failed
            self.stores[kind] = store
        return self.stores[kind]

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


@pytest.fixture(scope="session")
def sample_graphs(request: pytest.FixtureRequest, data_dir: Path,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleGraphs]:
    graphs = SampleGraphs(request, data_dir, tmp_path_factory.mktemp("sample-settings"))
    yield graphs
    graphs.close()


@pytest.fixture(scope="session", params=TEST_STORES)
def sample_settings(request: pytest.FixtureRequest, sample_graphs: SampleGraphs) -> Settings:
    return sample_graphs.settings(request.param)


@pytest.fixture(scope="session")
def sample_store(sample_settings: Settings, sample_graphs: SampleGraphs) -> Store:
    """The graph built from the sample corpus (the two seed documents) and the reference data."""
    return sample_graphs.store(sample_settings.store)


@pytest.fixture
def empty_beside_sample(request: pytest.FixtureRequest, sample_settings: Settings, data_dir: Path,
                        tmp_path: Path) -> Iterator[Settings]:
    """An empty graph on the store of ``sample_settings``, for a test that copies the sample graph."""
    yield from _empty_graph(request, sample_settings.store, data_dir, tmp_path)


@pytest.fixture(scope="session")
def both_sample_stores(sample_graphs: SampleGraphs) -> tuple[Store, Store]:
    """(FalkorDB, Neo4j) sample graphs, for the promise that the two give the same answers."""
    if set(TEST_STORES) != set(STORES):
        pytest.skip(f"compares the stores; ARKG_TEST_STORE={','.join(TEST_STORES)} runs one")
    return sample_graphs.store("falkordb"), sample_graphs.store("neo4j")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave screenshots and reports for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
