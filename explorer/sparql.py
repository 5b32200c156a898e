"""SPARQL: read-only, time-limited queries over the RDF export, the saved ``.rq`` questions one pick away.

The page is ``arkg sparql`` with a form: the same embedded pyoxigraph store beside the property
graph (:class:`graph.export.sparql.SparqlStore`, refreshed here when the graph changed since it
was loaded), the same saved questions (:mod:`queries.sparql`, parameters bound as typed RDF
terms, never pasted into the text) and the same answers (table, SPARQL 1.1 JSON and CSV).
Errors are said in plain language: a query that is not SPARQL or tries to change the data, one
that ran past its time limit, one the engine could not evaluate. Each query runs in a child
process that is killed when its time is up, so a runaway query never keeps the server busy.
"""

from __future__ import annotations

import threading
from typing import Any

import pandas as pd
import streamlit as st

from arkg.explorer import state
from arkg.explorer.i18n import question_text, t
from arkg.explorer.markup import plain
from arkg.explorer.questions import field
from arkg.graph.export.sparql import (
    TIMEOUT,
    Answer,
    SparqlError,
    SparqlFailed,
    SparqlStore,
    SparqlTimeout,
    answer_text,
)
from arkg.graph.settings import Settings
from arkg.graph.stores.base import Store

#: The text box's query when no saved question is picked: every type with its number of entities.
EXAMPLE = """SELECT ?type (COUNT(?entity) AS ?entities)
WHERE { ?entity a ?type . FILTER(STRSTARTS(STR(?type), STR(arkg:))) }
GROUP BY ?type ORDER BY DESC(?entities)"""
#: The choice that is not a saved question.
OWN = ""
#: The longest time limit a user may set, in seconds (the CLI's default is :data:`TIMEOUT`).
LONGEST = 120.0
#: Rows drawn in the table; the downloads hold every row.
SHOWN = 1_000
_REFRESH = threading.Lock()  # one load at a time in this process: two would write the same folder


@st.cache_data(ttl=state.FRESH, show_spinner=False)
def _ready(_graph: Store, settings: Settings) -> int:
    """The SPARQL store, reloaded if the graph changed since it was loaded; triples loaded now (0: current)."""
    with _REFRESH:
        return SparqlStore.of(settings.data_dir).refresh(_graph)


def ask(text: str, question: Any = None, values: dict[str, Any] | None = None,
        timeout: float = TIMEOUT) -> tuple[str, Any]:
    """``("answer", Answer)`` or ``("error", a sentence for the user)``; the page's one path to the store."""
    from arkg.queries import QuestionError
    from arkg.queries import sparql as saved

    try:
        bound = saved.substitutions(question, values) if question is not None else {}
        _ready(state.store(), state.settings())
        return "answer", SparqlStore.of(state.settings().data_dir).query(text, timeout, bound, isolated=True)
    except SparqlTimeout:
        return "error", t("sparql.timeout", seconds=f"{timeout:g}")
    except SparqlFailed as exc:
        return "error", t("sparql.failed", error=exc)
    except SparqlError as exc:
        return "error", t("sparql.invalid", error=exc)
    except QuestionError as exc:
        return "error", t("sparql.bad_param", error=exc)


def table(answer: Answer) -> pd.DataFrame:
    """The first :data:`SHOWN` rows as cells, as ``arkg sparql`` prints them."""
    variables, cells = answer.cells()
    return pd.DataFrame(cells[:SHOWN], columns=list(variables))


def render() -> None:
    from arkg.queries import sparql as saved

    graph = state.store()
    state.require_data(graph)
    st.title(t("page.sparql"))
    st.caption(t("sparql.about"))
    questions = {q.name: q for q in saved.catalogue()}
    titles = {OWN: t("sparql.own"), **{n: question_text(q.mirrors, "title", q.title) for n, q in questions.items()}}
    name = st.selectbox(t("sparql.pick"), list(titles), format_func=titles.__getitem__, key="sparql_pick")
    question = questions.get(name)
    if question is not None:
        st.markdown(f"*{plain(question_text(question.mirrors, 'question', question.question))}*")
    with st.form(f"sparql_form_{name or 'own'}"):
        text = st.text_area(t("sparql.query"), question.sparql if question else EXAMPLE, height=220,
                            key=f"sparql_text_{name or 'own'}")
        values = {p.name: field(f"sparql_{name}_{p.name}", p) for p in question.parameters} if question else {}
        timeout = st.number_input(t("sparql.timeout_field"), min_value=0.01, max_value=LONGEST, value=TIMEOUT,
                                  key="sparql_timeout")
        submitted = st.form_submit_button(t("sparql.run"), type="primary")
    if submitted:
        with st.spinner(t("sparql.running")):
            st.session_state["sparql_outcome"] = (name, ask(text, question, values, timeout))
    shown, (kind, value) = st.session_state.get("sparql_outcome", (None, (None, None)))
    if shown != name:
        return
    if kind == "error":
        st.error(value)
    elif kind == "answer":
        show(value, file_stem=name or "sparql")


def show(answer: Answer, file_stem: str) -> None:
    """The answer as a table with its row count, and as SPARQL 1.1 CSV and JSON downloads."""
    if answer.boolean is not None:
        st.success(t("sparql.yes") if answer.boolean else t("sparql.no"))
    else:
        count = len(answer.triples or answer.rows)
        st.caption(t("sparql.rows", n=count))
        if count > SHOWN:
            st.warning(t("sparql.shown", n=SHOWN))
        if count:
            st.dataframe(table(answer), hide_index=True)
        else:
            st.info(t("result.empty"))
    left, right = st.columns(2)
    left.download_button(t("download.csv"), answer_text(answer, "csv").encode("utf-8"), f"{file_stem}.csv",
                         "text/csv", key="sparql_csv")
    right.download_button(t("download.json"), answer_text(answer, "json").encode("utf-8"), f"{file_stem}.srj",
                          "application/sparql-results+json", key="sparql_json")
