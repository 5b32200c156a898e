"""Browse: the Convention by chapter and article (as UNODC's TRACK and SHERLOC do), countries on a map,
networks, sessions on a timeline, and every entity of one type (``?type=Network``).

Each row links to its entity page (sessions to their meeting page). The map uses the places' and
countries' ``latitude``/``longitude`` when the reference data has them; without coordinates the
countries are listed, not drawn.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from arkg.explorer import nav, state
from arkg.explorer.captions import caption, entity_name, listing
from arkg.explorer.i18n import t, type_name
from arkg.explorer.markup import plain
from arkg.graph.model import model
from arkg.graph.stores.base import Store

ARTICLES = (
    "MATCH (a:Article)-[:PART_OF]->(c:Chapter) "
    "OPTIONAL MATCH (a)<-[r:MENTIONS|CITES|CONCERNS]-() "
    "RETURN c, a, count(r) AS cited ORDER BY c.number, a.number"
)
OF_TYPE = (
    "MATCH (n:Entity) WHERE $label IN labels(n) OPTIONAL MATCH (n)<-[r:MENTIONS]-() RETURN n, count(r) AS mentions"
)
LOCATED = (
    "MATCH (n:Entity) WHERE (n:Country OR n:Place) AND n.latitude IS NOT NULL AND n.longitude IS NOT NULL "
    "OPTIONAL MATCH (n)<-[r]-() RETURN n, count(r) AS links"
)
SESSIONS = (
    "MATCH (s:Session) OPTIONAL MATCH (s)-[:HELD_IN]->(p:Entity) "
    "RETURN s, collect(p) AS places ORDER BY toString(coalesce(s.start_date, '')), s.id"
)


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.browse"))
    wanted = st.query_params.get("type", "")
    if wanted in model().labels:
        st.subheader(type_name(wanted))
        _of_type(graph, wanted)
    tabs = st.tabs([t("browse.convention"), t("browse.countries"), t("browse.networks"), t("browse.resolutions"),
                    t("browse.sessions")])
    with tabs[0]:
        _convention(graph)
    with tabs[1]:
        _countries(graph)
    with tabs[2]:
        _of_type(graph, "Network")
    with tabs[3]:
        _of_type(graph, "Resolution")
    with tabs[4]:
        _sessions(graph)


def _link_column() -> dict[str, Any]:
    return {t("col.id"): st.column_config.LinkColumn(t("col.id"), display_text=r"id=([^&]*)")}


def _of_type(graph: Store, label: str) -> None:
    rows = graph.read(OF_TYPE, {"label": model().safe_label(label)}).rows
    frame = pd.DataFrame([{
        t("col.name"): listing(r['n']),
        t("col.mentions"): r["mentions"],
        t("col.id"): nav.href("entity", id=r["n"]["id"]),
    } for r in sorted(rows, key=lambda r: (-r["mentions"], r["n"]["id"]))])
    st.dataframe(frame, hide_index=True, column_config=_link_column())


def _convention(graph: Store) -> None:
    """One expander per chapter, its articles with how often the documents cite them."""
    chapters: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
    for row in graph.read(ARTICLES).rows:
        chapters.setdefault(row["c"]["id"], (row["c"], []))[1].append(row)
    for chapter, articles in chapters.values():
        cited = sum(r["cited"] for r in articles)
        with st.expander(plain(f"{listing(chapter)} · {t('browse.cited', n=cited)}"),
                         expanded=cited > 0):
            nav.link("entity", listing(chapter), id=chapter["id"])
            st.dataframe(pd.DataFrame([{
                t("col.name"): listing(r['a']),
                t("col.mentions"): r["cited"],
                t("col.id"): nav.href("entity", id=r["a"]["id"]),
            } for r in articles]), hide_index=True, column_config=_link_column())


def _countries(graph: Store) -> None:
    located = graph.read(LOCATED).rows
    if located:
        st.map(pd.DataFrame([{"lat": float(r["n"]["properties"]["latitude"]),
                              "lon": float(r["n"]["properties"]["longitude"])} for r in located]),
               latitude="lat", longitude="lon", size=40000)
    else:
        st.caption(t("browse.no_coordinates"))
    _of_type(graph, "Country")


def _sessions(graph: Store) -> None:
    """Sessions in date order, each linking to its meeting page."""
    rows = graph.read(SESSIONS).rows
    st.dataframe(pd.DataFrame([{
        t("col.session"): caption(r["s"]),
        t("col.date"): r["s"]["properties"].get("start_date") or "",
        t("col.place"): ", ".join(entity_name(p["properties"]) for p in r["places"] if p),
        t("col.id"): nav.href("meeting", id=r["s"]["id"]),
    } for r in rows]), hide_index=True, column_config=_link_column())
