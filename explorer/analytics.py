"""Analytics: centrality rankings, co-mention communities, resolution lineage, shortest paths.

The computations are ``graph.analytics``'s; this page only picks their inputs and shows their
plain rows, with names in the interface language and links to the entity pages.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from arkg.explorer import state, viz
from arkg.explorer.i18n import t, type_name
from arkg.explorer.markup import plain


def _names(ids: list[str]) -> dict[str, str]:
    index = state.name_index()
    lang = st.session_state.get("lang", "zh")
    return {i: entry.display(lang) if (entry := index.get(i)) else i for i in ids}


def render() -> None:
    from arkg.graph import analytics

    state.require_data(state.store())
    st.title(t("page.analytics"))
    graph = state.projection()
    tabs = st.tabs([t("analytics.centrality"), t("analytics.communities"), t("analytics.lineage"),
                    t("analytics.path")])
    with tabs[0]:
        measure = st.selectbox(t("analytics.measure"), analytics.MEASURES, key="analytics_measure")
        rows = analytics.centrality(graph, measure=measure, top=10)
        _table(rows, ("label", "rank", "name", "score", "id"))
    with tabs[1]:
        method = st.selectbox(t("analytics.measure"), analytics.COMMUNITY_METHODS, key="analytics_method")
        groups = analytics.communities(analytics.co_mention_graph(graph), method=method)
        if not groups:
            st.info(t("analytics.empty"))
        for group in groups[:12]:
            names = _names([m["id"] for m in group["members"]])
            st.markdown(f"**{group['community']}** · {group['size']} · "
                        + ", ".join(f"{type_name(k)} {v}" for k, v in group["labels"].items()))
            st.caption(" · ".join(plain(names[m["id"]]) for m in group["members"][:20]))
    with tabs[2]:
        _lineage(analytics, graph)
    with tabs[3]:
        _path(analytics, graph)


def _table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    if not rows:
        st.info(t("analytics.empty"))
        return
    names = _names([r["id"] for r in rows])
    frame = pd.DataFrame([{**{c: r.get(c) for c in columns}, "name": names[r["id"]],
                           **({"label": type_name(r["label"])} if "label" in r else {})} for r in rows])
    st.dataframe(frame[list(columns)], hide_index=True)


def _lineage(analytics: Any, graph: Any) -> None:
    resolutions = sorted(n for n, d in graph.nodes(data=True) if d.get("label") == "Resolution")
    names = _names(resolutions)
    def label(r: str | None) -> str:
        return "—" if r is None else f"{graph.nodes[r].get('symbol') or r} · {names[r]}"

    choice = st.selectbox(t("analytics.resolution"), [None, *resolutions], format_func=label,
                          key="analytics_resolution")
    try:
        result = analytics.lineage(graph, choice)
    except analytics.AnalyticsError as exc:
        st.warning(str(exc))
        return
    _table(result["order"], ("symbol", "name", "date", "session", "id"))
    if result["edges"]:
        sub = viz.Subgraph()
        for r in result["order"]:
            sub.add({"id": r["id"], "labels": ["Resolution"], "properties": {"id": r["id"], "name": r["symbol"]}})
        for e in result["edges"]:
            sub.add({"type": "RECALLS", "start": e["recalled_by"], "end": e["recalled"], "properties": {}})
        viz.show(sub.visualization(focus=[choice] if choice else []), key="analytics_lineage_graph", height=420)


def _path(analytics: Any, graph: Any) -> None:
    index = state.name_index()
    left, right = st.columns(2)
    source = left.text_input(t("analytics.from"), "第五十六条", key="analytics_from")
    target = right.text_input(t("analytics.to"), "CARIN", key="analytics_to")
    if st.button(t("analytics.find"), key="analytics_find"):
        st.session_state["analytics_path"] = (source, target)
    if st.session_state.get("analytics_path") != (source, target):
        return
    ends = [index.search(q, limit=1) for q in (source, target)]
    missing = [q for q, hits in zip((source, target), ends, strict=True) if not hits]
    if missing:
        st.warning(t("explore.no_hits", query=missing[0]))
        return
    try:
        path = analytics.shortest_path(graph, ends[0][0].id, ends[1][0].id)
    except analytics.AnalyticsError:
        st.info(t("analytics.no_path"))
        return
    sub = viz.Subgraph()
    for node in path["nodes"]:
        sub.add({"id": node["id"], "labels": [node["label"]], "properties": {"id": node["id"], "name": node["name"]}})
    for step in path["relationships"]:
        sub.add({"type": step["type"], "start": step["from"], "end": step["to"], "properties": {}})
    _table([{**n, "rank": i} for i, n in enumerate(path["nodes"])], ("rank", "label", "name", "id"))
    viz.show(sub.visualization(focus=[ends[0][0].id, ends[1][0].id]), key="analytics_path_graph", height=380)
