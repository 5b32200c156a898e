"""The explorer's SPARQL page (issue 21) through AppTest on the sample graph: the same store, saved questions
and answers as ``arkg sparql``, downloads in SPARQL 1.1 CSV and JSON, errors in plain language."""

from __future__ import annotations

import os
from pathlib import Path

from streamlit.testing.v1 import AppTest

from arkg.explorer.sparql import EXAMPLE, OWN
from arkg.graph.export.sparql import SparqlStore
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from arkg.queries import sparql as saved
from tests.explorer.test_app import assert_clean, open_page, rendered


def test_a_saved_question_gives_the_rows_arkg_sparql_gives(app: AppTest, sample_store: Store,
                                                         sample_settings: Settings) -> None:
    at = open_page(app, "sparql", lang="en")
    assert_clean(at)
    names = at.selectbox(key="sparql_pick").options
    assert len(names) == len(saved.catalogue()) + 1  # every saved question, and one's own query
    at.selectbox(key="sparql_pick").set_value("article-citations").run()
    question = saved.get("article-citations")
    assert at.text_area(key="sparql_text_article-citations").value == question.sparql
    at.text_input(key="sparql_article-citations_article").set_value("uncac/article/56")
    at.get("form_submit_button")[0].click().run()
    assert_clean(at)
    table = at.dataframe[0].value
    cli = SparqlStore.of(sample_settings.data_dir).query(
        question.sparql, substitutions=saved.substitutions(question, {"article": "uncac/article/56"}))
    assert len(table) == len(cli.rows) > 0
    assert list(table.columns) == list(cli.variables)
    assert sorted(map(tuple, table.values.tolist())) == sorted(map(tuple, cli.cells()[1]))  # as arkg sparql prints
    assert {b.proto.label for b in at.get("download_button")} == {"Download CSV", "Download JSON"}


def test_ones_own_query_runs_and_counts_the_types(app: AppTest) -> None:
    at = open_page(app, "sparql", lang="en")
    assert at.selectbox(key="sparql_pick").value == OWN
    assert at.text_area(key="sparql_text_own").value == EXAMPLE
    at.get("form_submit_button")[0].click().run()
    assert_clean(at)
    table = at.dataframe[0].value
    assert "arkg:Article" in set(table["type"])
    assert all(int(n) > 0 for n in table["entities"])


def test_an_update_is_refused_in_plain_words_and_the_graph_is_unchanged(app: AppTest,
                                                                       sample_settings: Settings) -> None:
    store = SparqlStore.of(sample_settings.data_dir)
    at = open_page(app, "sparql", lang="en")
    at.get("form_submit_button")[0].click().run()  # loads the SPARQL store
    before = len(store.query("SELECT * WHERE { ?s ?p ?o }").rows)
    at.text_area(key="sparql_text_own").set_value("DELETE WHERE { ?s ?p ?o }")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    message = at.error[0].value
    assert message.startswith("This query cannot be run:") and "the data cannot be changed" in message
    assert len(store.query("SELECT * WHERE { ?s ?p ?o }").rows) == before


def test_a_query_the_engine_cannot_evaluate_is_explained(app: AppTest) -> None:
    at = open_page(app, "sparql", lang="en")
    at.text_area(key="sparql_text_own").set_value("SELECT ?x WHERE { SERVICE <http://127.0.0.1:9/q> { ?x ?p ?o } }")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    assert rendered(at.error[0].value).startswith("The query could not be answered:")


def test_a_syntax_error_and_a_bad_parameter_are_explained(app: AppTest) -> None:
    at = open_page(app, "sparql", lang="zh")
    at.text_area(key="sparql_text_own").set_value("SELECT ?x WHERE { ?x ")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception and at.error[0].value.startswith("无法运行此查询")
    at.selectbox(key="sparql_pick").set_value("resolutions-by-session").run()
    question = saved.get("resolutions-by-session")
    typed = [p for p in question.parameters if p.type == "int"]
    if typed:  # an int parameter takes only numbers: the form cannot send text, so nothing to refuse here
        return
    at.get("form_submit_button")[0].click().run()
    assert_clean(at)


def test_a_query_past_its_time_limit_is_stopped_with_advice(app: AppTest) -> None:
    at = open_page(app, "sparql", lang="en")
    at.text_area(key="sparql_text_own").set_value(
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")  # 17k³ rows: never ends in time
    at.number_input(key="sparql_timeout").set_value(0.05)
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    message = rendered(at.error[0].value)
    assert message.startswith("The query took longer than 0.05 s and was stopped.") and "LIMIT" in message
    assert not query_processes()  # stopped, not left running in the background


def query_processes() -> list[int]:
    """Live processes forked by multiprocessing's fork server (where the page runs each query)."""
    parents: dict[int, int] = {}
    commands: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                commands[int(entry.name)] = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z":  # a zombie has ended already
                parents[int(entry.name)] = int(fields[1])

    def ours(pid: int) -> bool:  # this test process's own descendant (other work on the machine has fork servers too)
        while pid in parents and pid > 1:
            pid = parents[pid]
            if pid == os.getpid():
                return True
        return False

    servers = {pid for pid, command in commands.items() if "forkserver" in command and ours(pid)}
    return [pid for pid, parent in parents.items() if parent in servers]
