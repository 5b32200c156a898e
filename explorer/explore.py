"""Explore: find an entity by any name in any language, draw its neighbourhood, click to expand.

neo4j-viz reports which nodes are selected but cannot expand on click, so expansion is built on
the selection: the set of expanded ids lives in ``st.session_state`` and every rerun draws the
neighbourhood of that set. ``?q=`` pre-fills the search and ``?focus=`` starts from an entity,
so a view can be linked (and timed by ``explorer.timing``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from explorer import state, viz
from explorer.i18n import entity_name, plain, rel_name, t, type_name
from explorer.nav import page
from graph.model import model
from graph.settings import Settings
from graph.stores.base import Store

NEIGHBOURS = (
    "MATCH (n:Entity) WHERE n.id IN $ids "
    "MATCH (n)-[r]-(m:Entity) "
    "WHERE (size($rels) = 0 OR type(r) IN $rels) "
    "AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels)) "
    "AND ($from IS NULL OR coalesce(m.date, m.start_date) IS NULL "
    "OR (coalesce(m.date, m.start_date) >= $from AND coalesce(m.date, m.start_date) <= $to)) "
    "RETURN n, r, m LIMIT $limit"
)
NODES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n"
#: Properties worth showing first in the details panel (the rest are in the entity page).
_DETAILS = ("id", "name", "name_en", "name_zh", "acronym", "symbol", "title_en", "title_zh", "number",
            "start_date", "end_date", "date", "languages")


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.explore"))
    params = st.query_params
    if "explore_q" not in st.session_state:
        st.session_state["explore_q"] = params.get("q", "")
    if params.get("focus") and params["focus"] != st.session_state.get("explore_focus"):
        _focus(params["focus"])  # a link (or a shared URL) to another entity starts a new view

    query = st.text_input(t("explore.search"), key="explore_q")
    if query.strip():
        _results(query)

    filters = _filters()
    focus = st.session_state.get("explore_focus")
    if not focus:
        st.info(t("explore.start"))
        return
    expanded: list[str] = st.session_state["explore_expanded"]
    sub, positions = _drawing(graph, state.settings(), expanded, filters)
    if len(sub.nodes) <= len(expanded):
        st.caption(t("explore.nothing"))
    st.caption(t("explore.click") + " " + t("explore.expanded", ids=", ".join(expanded)))
    selected = viz.show(sub.visualization(focus=expanded, positions=positions), key="explore_graph")
    _details(sub, selected, expanded)


def _focus(id_: str) -> None:
    """Start again from one entity: it alone is expanded, and the URL names it (a view can be shared)."""
    st.session_state["explore_focus"] = id_
    st.session_state["explore_expanded"] = [id_]
    st.query_params["focus"] = id_


def _results(query: str) -> None:
    hits = state.name_index().search(query, limit=25)
    if not hits:
        st.warning(t("explore.no_hits", query=query))
        return
    by_id = {h.id: h for h in hits}
    index = state.name_index()

    def label(id_: str) -> str:
        hit, entry = by_id[id_], index.get(id_)
        name = entry.display(st.session_state.get("lang", "zh")) if entry else hit.name
        return f"{name} · {type_name(hit.label)} · {id_}"

    current = st.session_state.get("explore_focus")
    choice = st.radio(t("explore.results"), list(by_id), format_func=label,
                      index=list(by_id).index(current) if current in by_id else 0, key=f"explore_hits_{query}")
    if choice != current:
        _focus(choice)


def _filters() -> dict[str, Any]:
    """Type, relationship and date filters; the choices are the schema's whitelists only."""
    m = model()
    with st.sidebar.expander(t("explore.filters"), expanded=False):
        labels = st.multiselect(t("explore.types"), sorted(m.labels), format_func=type_name, key="explore_types")
        rels = st.multiselect(t("explore.rels"), sorted(m.relationship_types), format_func=rel_name,
                              key="explore_rels")
        limit = st.slider(t("explore.limit"), 10, 1000, 200, step=10, key="explore_limit")
        dates: tuple[str, str] | None = None
        if st.toggle(t("explore.use_dates"), key="explore_use_dates"):
            chosen = st.date_input(t("explore.dates"), (date(2003, 1, 1), date.today()), key="explore_dates")
            if isinstance(chosen, tuple) and len(chosen) == 2:
                dates = (chosen[0].isoformat(), chosen[1].isoformat())
    return {"labels": [lb for lb in labels if lb in m.labels],
            "rels": [r for r in rels if r in m.relationship_types], "limit": limit, "dates": dates}


def neighbourhood(graph: Store, ids: list[str], labels: list[str] | None = None, rels: list[str] | None = None,
                  limit: int = 200, dates: tuple[str, str] | None = None) -> viz.Subgraph:
    """The expanded nodes and their filtered neighbours, ``limit`` per expanded node at most."""
    params = {"ids": ids, "labels": labels or [], "rels": rels or [], "limit": limit * max(1, len(ids)),
              "from": dates[0] if dates else None, "to": dates[1] if dates else None}
    sub = viz.Subgraph.from_rows(graph.read(NODES, {"ids": ids}).rows)
    for row in graph.read(NEIGHBOURS, params).rows:
        sub.add([row["n"], row["m"], row["r"]])
    return sub


@st.cache_data(ttl=state.FRESH, max_entries=64, show_spinner=False)
def _drawing(_graph: Store, settings: Settings, ids: list[str],
             filters: dict[str, Any]) -> tuple[viz.Subgraph, dict[str, tuple[float, float]]]:
    """The neighbourhood and its layout, shared by every session for a while: reopening a view costs no query."""
    sub = neighbourhood(_graph, ids, **filters)
    return sub, sub.positions()


def _details(sub: viz.Subgraph, selected: list[str], expanded: list[str]) -> None:
    node = next((sub.nodes[i] for i in selected if i in sub.nodes), None)
    if node is None:
        return
    props = node.get("properties") or {}
    label = viz.node_label(node)
    st.subheader(f"{t('explore.selected')}: {plain(entity_name(props))}")
    st.caption(f"{type_name(label)} · {plain(node['id'])}")
    st.json({k: props[k] for k in _DETAILS if k in props}, expanded=True)
    left, right = st.columns(2)
    if left.button(t("explore.expand"), disabled=node["id"] in expanded, key="explore_expand"):
        expanded.append(node["id"])
        st.rerun()
    with right:
        st.page_link(page("entity"), label=t("explore.open"), query_params={"id": node["id"]})
