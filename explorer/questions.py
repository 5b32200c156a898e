"""Policy questions: the saved, parameterised Cypher questions in ``queries/``, answered with a form.

The form's fields follow each question's declared parameter types; values reach the store only
as parameters, through the same read-only, time-limited path as the console. A parameter that
takes a canonical id also takes a name or a reference (``article 56``, ``CARIN``, ``第五十六条``):
the name index resolves it, and the page says to which id. Titles are in the interface language.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from arkg.explorer import results, state
from arkg.explorer.i18n import question_text, t
from arkg.explorer.markup import plain


def field(key: str, param: Any) -> Any:
    """One form input (widget ``key``) for one declared parameter, typed by its header declaration."""
    label = f"{param.name} ({param.type})" + ("" if not param.description else f" — {param.description}")
    default = None if param.required else param.default
    if param.type == "int":
        return st.number_input(label, value=int(default or 0), step=1, key=key)
    if param.type == "float":
        return st.number_input(label, value=float(default or 0.0), key=key)
    if param.type == "bool":
        return st.checkbox(label, value=bool(default), key=key)
    if param.type == "list":
        return st.text_input(label, ", ".join(str(v) for v in default or []), key=key)
    return st.text_input(label, "" if default is None else str(default), key=key)


def _resolved(param: Any, value: Any) -> Any:
    """A name typed where a canonical id is asked for, replaced by the id it stands for (said on the page)."""
    if param.type != "str" or "canonical id" not in (param.description or "") or not str(value).strip():
        return value
    index = state.name_index()
    if index.get(str(value).strip()):
        return str(value).strip()
    hits = index.search(str(value), limit=1)
    if hits:
        st.caption(plain(t("questions.resolved", name=value, id=hits[0].id)))
        return hits[0].id
    return value


def render() -> None:
    from arkg import queries

    graph = state.store()
    state.require_data(graph)
    st.title(t("page.questions"))
    catalogue = {q.name: q for q in queries.catalogue()}
    if not catalogue:
        st.info(t("questions.none"))
        return
    titles = {n: question_text(n, "title", q.title) for n, q in catalogue.items()}  # in this run's language
    name = st.selectbox(t("questions.pick"), list(catalogue), format_func=titles.__getitem__, key="questions_pick")
    question = catalogue[name]
    st.markdown(f"*{plain(question_text(name, 'question', question.question))}*")
    with st.form(f"questions_form_{name}"):
        values = {p.name: field(f"q_{name}_{p.name}", p) for p in question.parameters}
        submitted = st.form_submit_button(t("questions.run"), type="primary")
    with st.expander(t("questions.cypher")):
        st.code(question.cypher, language="cypher")
    if submitted:
        values = {p.name: _resolved(p, values[p.name]) for p in question.parameters}
        config = state.settings()
        try:
            outcome: tuple[str, Any] = ("result", queries.run(graph, name, values, timeout_ms=config.timeout_ms,
                                                              row_limit=config.row_limit))
        except queries.QuestionError as exc:
            outcome = ("error", str(exc))
        st.session_state["questions_outcome"] = (name, outcome)
    shown, (kind, value) = st.session_state.get("questions_outcome", (None, (None, None)))
    if shown != name:
        return
    if kind == "error":
        st.error(value)
    else:
        results.show(value, key=f"questions_{name}", file_stem=name)
