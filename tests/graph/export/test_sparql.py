"""``arkg sparql``: the embedded store, its refresh, read-only and time-limited queries, and the saved twins."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox
import pytest

from arkg import queries
from arkg.cli import main
from arkg.graph.export import sparql as sparql_module
from arkg.graph.export.rdf import Exporter, graph_text, parsed
from arkg.graph.export.source import ParagraphTexts
from arkg.graph.export.sparql import SparqlError, SparqlStore, SparqlTimeout, answer_text, bind_values, stamp
from arkg.graph.model import DEFAULT_BASE_IRI
from arkg.graph.settings import Settings
from arkg.graph.stores.base import Store, StoreError
from arkg.queries import sparql as saved
from tests.conftest import store_args


@pytest.fixture(scope="module")
def sparql_store(sample_store: Store, tmp_path_factory: pytest.TempPathFactory) -> SparqlStore:
    store = SparqlStore.of(tmp_path_factory.mktemp("sparql"))
    assert store.refresh(sample_store) > 10_000
    return store


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _twins(sample_store: Store, sparql_store: SparqlStore, name: str, columns: tuple[str, ...],
           params: dict[str, Any] | None = None) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    question = saved.get(name)
    cypher = queries.run(sample_store, question.mirrors, params)
    answer = sparql_store.query(question.sparql, substitutions=saved.substitutions(question, params))
    sparql_rows = sorted(tuple(_cell(v) for v in row) for row in zip(*(answer.values(c) for c in columns),
                                                                     strict=True))
    cypher_rows = sorted(tuple(_cell(row[c]) for c in columns) for row in cypher.rows)
    return sparql_rows, cypher_rows


@pytest.mark.parametrize("name,columns,params", [
    ("resolutions-by-session", ("session", "resolution", "symbol", "asset_recovery", "citations", "number"), None),
    ("resolutions-by-session", ("session", "resolution", "citations"), {"body": "", "asset_recovery_only": "true"}),
    ("session-timeline", ("session", "start_date", "end_date", "number", "report"), {"body": "wg-ar"}),
    ("article-citations", ("document", "language", "start", "paragraph"), None),
    ("article-citations", ("document", "language", "start", "paragraph"), {"article": "uncac/article/43"}),
])
def test_saved_sparql_questions_give_the_rows_of_their_cypher_twins(
        sample_store: Store, sparql_store: SparqlStore, name: str, columns: tuple[str, ...],
        params: dict[str, Any] | None) -> None:
    sparql_rows, cypher_rows = _twins(sample_store, sparql_store, name, columns, params)
    assert cypher_rows, f"{name} has answers on the sample graph"
    assert sparql_rows == cypher_rows


def test_every_saved_sparql_question_has_a_cypher_twin() -> None:
    names = {q.name for q in queries.catalogue()}
    questions = saved.catalogue()
    assert len(questions) >= 3 and all(q.mirrors in names for q in questions)


def test_the_store_is_refreshed_only_when_the_graph_changed(sample_store: Store, sparql_store: SparqlStore) -> None:
    assert sparql_store.current(sample_store)
    assert sparql_store.refresh(sample_store) == 0  # current: nothing reloaded
    assert sparql_store.stamp_path.read_text().strip() == stamp(sample_store)


def test_the_store_holds_exactly_the_exports_triples_read_in_small_pieces(
        sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The refresh streams the export into one bulk load: reads of 7 bytes cut lines, IRIs and
    multi-byte characters (the sample is Chinese) at every place, and nothing may be lost or changed.

    Compared with the export's triples added to an in-memory pyoxigraph store, since any oxigraph
    store keeps a literal of a derived integer type (``oa:start``'s ``xsd:nonNegativeInteger``) as
    ``xsd:integer``."""
    monkeypatch.setattr(sparql_module, "READ_BUFFER", 7)
    store = SparqlStore.of(tmp_path)
    loaded = store.refresh(sample_store)
    exported = ox.Store()
    exported.extend(parsed(graph_text(sample_store, Exporter(DEFAULT_BASE_IRI,
                                                             paragraphs=ParagraphTexts(sample_store)))))
    held = set(ox.Store.read_only(str(store.folder)))
    assert loaded == len(held) == len(exported) > 10_000
    assert held == set(exported)


class _FailingStore:
    """The sample graph, until its ``fail_after``-th read: then the store goes away."""

    def __init__(self, store: Store, fail_after: int) -> None:
        self._store = store
        self.reads = 0
        self.fail_after = fail_after

    def read(self, *args: Any, **kwargs: Any) -> Any:
        self.reads += 1
        if self.reads > self.fail_after:
            raise StoreError("FalkorDB is not answering (connection refused)")
        return self._store.read(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def test_a_store_failing_mid_refresh_raises_its_own_error_and_keeps_the_old_sparql_store(
        sample_store: Store, tmp_path: Path) -> None:
    store = SparqlStore.of(tmp_path)
    before = store.refresh(sample_store)
    stamp_before = store.stamp_path.read_text()
    counting = _FailingStore(sample_store, fail_after=10**9)
    store.refresh(cast(Store, counting), force=True)  # the export's reads, then the stamp's last one
    assert counting.reads >= 4
    failing = _FailingStore(sample_store, fail_after=2)  # the third read: inside the export
    with pytest.raises(StoreError, match="not answering"):
        store.refresh(cast(Store, failing), force=True)
    assert failing.reads == 3
    assert store.stamp_path.read_text() == stamp_before
    assert int(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values("n")[0]) == before


def test_updates_are_refused_and_slow_queries_abandoned(sparql_store: SparqlStore) -> None:
    before = sparql_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values("n")
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }", "DROP ALL"):
        with pytest.raises(SparqlError, match="updates are refused"):
            sparql_store.query(update)
    assert sparql_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values("n") == before
    with pytest.raises(SparqlTimeout):
        sparql_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)


def test_parameters_are_terms_never_query_text() -> None:
    hostile = ox.Literal('x" } DROP ALL ; SELECT * WHERE { "')
    bound = bind_values("SELECT ?s WHERE { ?s ?p ?body }", {"body": hostile})
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), hostile))
    assert [row["s"].value for row in store.query(bound)] == ["urn:s"]
    question = saved.get("resolutions-by-session")
    with pytest.raises(queries.BadParameter):
        saved.substitutions(question, {"asset_recovery_only": "perhaps"})
    with pytest.raises(queries.BadParameter):
        saved.substitutions(question, {"session": "1"})


def test_results_as_table_sparql_json_and_csv(sparql_store: SparqlStore) -> None:
    answer = sparql_store.query('SELECT ?s ?label WHERE { ?s skos:prefLabel ?label FILTER (str(?label) = "WG-AR 11") }')
    results = json.loads(answer_text(answer, "json"))
    assert results["head"]["vars"] == ["s", "label"]
    (binding,) = results["results"]["bindings"]
    assert binding["label"] == {"type": "literal", "value": "WG-AR 11", "xml:lang": "en"}
    assert binding["s"] == {"type": "uri", "value": "https://w3id.org/arkg/id/session/wg-ar/11"}
    rows = list(csv.reader(io.StringIO(answer_text(answer, "csv"))))
    assert rows == [["s", "label"], ["https://w3id.org/arkg/id/session/wg-ar/11", "WG-AR 11"]]
    table = answer_text(answer, "table").splitlines()
    assert table[0].split() == ["s", "label"] and "WG-AR 11@en" in table[1] and table[-1] == "(1 row)"
    assert json.loads(answer_text(sparql_store.query("ASK { ?s a schema:Event }"), "json"))["boolean"] is True


def test_cli_answers_a_query_from_a_file(sample_settings: Settings, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    query = tmp_path / "events.rq"
    query.write_text("SELECT (COUNT(?e) AS ?n) WHERE { ?e a schema:Event }", encoding="utf-8")
    args = store_args(sample_settings)
    assert main(["sparql", f"@{query}", "--format", "csv", *args]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and int(out[1]) > 10
    assert main(["sparql", "DROP ALL", *args]) == 1
    assert "updates are refused" in capsys.readouterr().err
