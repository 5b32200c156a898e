"""Cypher console: read-only queries, refused before the store when they write or reach outside.

The guard refuses writes, ``LOAD CSV`` and procedures off the allowlist with a reason; the
store then runs the query read-only with a time and row limit, and its own error message is
shown as is, because it says best what is wrong with the query.
"""

from __future__ import annotations

import json
from typing import Any

import streamlit as st

from arkg.explorer import results, state
from arkg.explorer.i18n import t
from arkg.graph.guard import check_read_only
from arkg.graph.stores.base import QueryFailed, QueryRefused, Result, Store

EXAMPLE = "MATCH (a:Article {id: 'uncac/article/56'})<-[r:MENTIONS]-(p:Paragraph)\nRETURN a, r, p LIMIT 25"


def run_query(graph: Store, cypher: str, params: dict[str, Any] | None = None) -> Result:
    """The console's one path to the store: guard first, then a limited read."""
    check_read_only(cypher)
    config = state.settings()
    return graph.read(cypher, params or {}, timeout_ms=config.timeout_ms, row_limit=config.row_limit)


def render() -> None:
    graph = state.store()
    st.title(t("page.console"))
    cypher = st.text_area(t("console.query"), EXAMPLE, height=140, key="console_query")
    raw_params = st.text_input(t("console.params"), "{}", key="console_params")
    if st.button(t("console.run"), type="primary", key="console_run"):
        st.session_state["console_outcome"] = outcome(graph, cypher, raw_params)
    kind, value = st.session_state.get("console_outcome", (None, None))
    if kind == "error":
        st.error(value)
    elif kind == "result":
        results.show(value, key="console", file_stem="query")


def outcome(graph: Store, cypher: str, raw_params: str) -> tuple[str, Any]:
    """``("result", Result)`` or ``("error", message)``; kept in the session so the graph survives reruns."""
    try:
        params = json.loads(raw_params or "{}")
        if not isinstance(params, dict):
            raise ValueError("not an object")
    except RecursionError:
        return "error", t("console.bad_params", error="nested too deeply")
    except ValueError as exc:
        return "error", t("console.bad_params", error=exc)
    try:
        return "result", run_query(graph, cypher, params)
    except QueryRefused as exc:
        return "error", t("console.refused", error=exc)
    except QueryFailed as exc:
        return "error", t("console.failed", error=exc)
