"""Explore: draw an entity's neighbourhood, click a node or an edge to read its card, expand by double click.

neo4j-viz reports what is selected but cannot expand on its own, so expansion is built on the
selection: the expanded ids live in ``st.session_state`` and every rerun draws the neighbourhood
of that set. The card of the selected node or edge is drawn beside the graph (above the fold);
an edge's card is the evidence behind it (the quote in its paragraph).

The view is in the URL, so it can be shared: ``?focus=`` lists the expanded ids (the first is
where the view started), ``types``, ``rels``, ``limit`` and ``dates`` the filters, ``lang`` the
language. A new URL (a link, a shared view, a fresh browser) sets the view; the user's clicks
then update the URL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from arkg.explorer import evidence, export, icons, nav, state, viz
from arkg.explorer.captions import caption, entity_name, listing, node_label, type_colour
from arkg.explorer.i18n import rel_name, t, type_name
from arkg.explorer.markup import plain
from arkg.graph.model import model
from arkg.graph.settings import Settings
from arkg.graph.stores.base import Store

NEIGHBOURS = (
    "MATCH (n:Entity) WHERE n.id IN $ids "
    "MATCH (n)-[r]-(m:Entity) "
    "WHERE (size($rels) = 0 OR type(r) IN $rels) "
    "AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels)) "
    "AND ($from IS NULL OR coalesce(m.date, m.start_date) IS NULL "
    "OR (coalesce(m.date, m.start_date) >= date($from) AND coalesce(m.date, m.start_date) <= date($to))) "
    "RETURN n, r, m LIMIT $limit"
)
NODES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n"
#: Properties shown on a node's card (the rest are on its entity page).
_DETAILS = ("acronym", "symbol", "number", "start_date", "end_date", "date", "year", "languages", "region", "iso3")
#: The neighbour limit when the URL does not say.
LIMIT = 200
#: Views with more nodes than this are drawn across the page's width, with the card below.
WIDE = 60
#: A wide view's height: 200 neighbours on rings still get captions at the fitted zoom.
WIDE_HEIGHT = 760
#: URL parameters this page owns.
_URL = ("focus", "types", "rels", "limit", "dates")


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.explore"))
    _from_url()
    if "explore_q" not in st.session_state:
        st.session_state["explore_q"] = st.query_params.get("q", "")
    query = st.text_input(t("explore.search"), key="explore_q")
    if query.strip():
        _results(query)

    filters = _filters()
    expanded: list[str] = st.session_state.get("explore_expanded") or []
    _to_url(expanded, filters)
    if not expanded:
        st.info(t("explore.start"))
        return
    sub, positions = _drawing(graph, state.settings(), expanded, filters)
    if len(sub.nodes) <= len(expanded):
        st.caption(t("explore.nothing"))
    # A large view takes the page's width (its nodes need the room to be drawn with captions), the card goes below.
    wide = len(sub.nodes) > WIDE
    left, right = (st.container(), st.container()) if wide else st.columns([3, 2], gap="medium")
    with left:
        st.caption(t("explore.click"))
        selection = viz.show(sub.visualization(focus=expanded, positions=positions,
                                               agenda_documents=state.agenda_documents()),
                             key="explore_graph", height=WIDE_HEIGHT if wide else 620, width=960 if wide else 520)
        st.caption(t("explore.export"))
        export.offer(graph, sub.view(), key="explore_export", stem="arkg-view")
    if selection.double_clicked and selection.double_clicked in sub.nodes and selection.double_clicked not in expanded:
        expanded.append(selection.double_clicked)
        st.rerun()
    with right:
        _card(graph, sub, selection, expanded)


def _from_url() -> None:
    """Set the view from the URL when the URL is new (a link, a shared view); otherwise the session's view stands."""
    params = st.query_params
    signature = tuple(params.get(k) for k in _URL)
    if signature == st.session_state.get("_explore_url"):
        return
    st.session_state["_explore_url"] = signature
    m = model()
    focus = [i for i in (params.get("focus") or "").split(",") if i]
    if focus:
        st.session_state["explore_focus"] = focus[0]
        st.session_state["explore_expanded"] = list(dict.fromkeys(focus))
    st.session_state["explore_types"] = [lb for lb in (params.get("types") or "").split(",") if lb in m.labels]
    st.session_state["explore_rels"] = [r for r in (params.get("rels") or "").split(",")
                                        if r in m.relationship_types]
    limit = params.get("limit") or ""
    st.session_state["explore_limit"] = min(1000, max(10, int(limit))) if limit.isdigit() else LIMIT
    dates = (params.get("dates") or "").split(",")
    try:
        st.session_state["explore_dates"] = (date.fromisoformat(dates[0]), date.fromisoformat(dates[1]))
        st.session_state["explore_use_dates"] = True
    except (ValueError, IndexError):
        st.session_state["explore_use_dates"] = False


def _to_url(expanded: list[str], filters: dict[str, Any]) -> None:
    """Write the view into the URL (only what differs from the defaults)."""
    values = {"focus": ",".join(expanded) or None, "types": ",".join(filters["labels"]) or None,
              "rels": ",".join(filters["rels"]) or None,
              "limit": str(filters["limit"]) if filters["limit"] != LIMIT else None,
              "dates": ",".join(filters["dates"]) if filters["dates"] else None}
    for key, value in values.items():
        if value is None and key in st.query_params:
            del st.query_params[key]
        elif value is not None and st.query_params.get(key) != value:
            st.query_params[key] = value
    st.session_state["_explore_url"] = tuple(values[k] for k in _URL)


def _focus(id_: str) -> None:
    """Start again from one entity: it alone is expanded."""
    st.session_state["explore_focus"] = id_
    st.session_state["explore_expanded"] = [id_]


def _results(query: str) -> None:
    hits = state.name_index().search(query, limit=25)
    if not hits:
        st.warning(t("explore.no_hits", query=query))
        st.session_state["explore_focus"] = None  # nothing found: the old graph goes too
        st.session_state["explore_expanded"] = []
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
        # names looked up now, in this run's language (a format function may be called after the run)
        types = {label: type_name(label) for label in sorted(m.labels)}
        relationships = {type_: rel_name(type_) for type_ in sorted(m.relationship_types)}
        labels = st.multiselect(t("explore.types"), list(types), format_func=types.__getitem__, key="explore_types")
        rels = st.multiselect(t("explore.rels"), list(relationships), format_func=relationships.__getitem__,
                              key="explore_rels")
        limit = st.slider(t("explore.limit"), 10, 1000, step=10, key="explore_limit")
        dates: tuple[str, str] | None = None
        if st.toggle(t("explore.use_dates"), key="explore_use_dates"):
            if "explore_dates" not in st.session_state:
                st.session_state["explore_dates"] = (date(2003, 1, 1), date.today())
            chosen = st.date_input(t("explore.dates"), key="explore_dates")
            if isinstance(chosen, tuple) and len(chosen) == 2:
                dates = (chosen[0].isoformat(), chosen[1].isoformat())
    return {"labels": [lb for lb in labels if lb in m.labels],
            "rels": [r for r in rels if r in m.relationship_types], "limit": limit, "dates": dates}


def neighbourhood(graph: Store, ids: list[str], labels: list[str] | None = None, rels: list[str] | None = None,
                  limit: int = LIMIT, dates: tuple[str, str] | None = None) -> viz.Subgraph:
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
    return sub, sub.positions(centres=ids)


def _card(graph: Store, sub: viz.Subgraph, selection: viz.Selection, expanded: list[str]) -> None:
    """The selected edge's evidence, else the selected node's card, else how to use the graph."""
    rel = next((sub.relationships[i] for i in selection.relationships if i in sub.relationships), None)
    node = next((sub.nodes[i] for i in selection.nodes if i in sub.nodes), None)
    if rel is not None:
        _edge_card(graph, sub, rel)
    elif node is not None:
        _node_card(node, expanded)
    else:
        _legend(sub)


def _edge_card(graph: Store, sub: viz.Subgraph, rel: dict[str, Any]) -> None:
    ends = [sub.nodes.get(str(rel[end])) or {"id": str(rel[end])} for end in ("start", "end")]
    st.subheader(plain(f"{caption(ends[0])} → {rel_name(rel['type'])} → {caption(ends[1])}"))
    for end in ends:
        nav.link("entity", listing(end), id=end["id"])
    if not evidence.show(graph, [rel], key="explore_edge"):
        st.caption(t("explore.no_quote"))


def _node_card(node: dict[str, Any], expanded: list[str]) -> None:
    props = node.get("properties") or {}
    label = node_label(node)
    st.subheader(plain(caption(node)))
    st.markdown(f"**{plain(entity_name(props))}**")
    st.caption(plain(f"{type_name(label)} · {node['id']}"))
    rows = [{t("col.property"): key,
             t("col.value"): ", ".join(map(str, value)) if isinstance(value, list) else str(value)}
            for key, value in props.items() if key in _DETAILS]
    if rows:
        st.dataframe(rows, hide_index=True)
    left, right = st.columns(2)
    if left.button(t("explore.expand"), disabled=node["id"] in expanded, key="explore_expand"):
        expanded.append(node["id"])
        st.rerun()
    with right:
        nav.link("entity", t("explore.open"), id=node["id"])


def _legend(sub: viz.Subgraph) -> None:
    st.caption(t("explore.select_hint"))
    counts: dict[str, int] = {}
    for node in sub.nodes.values():
        counts[node_label(node)] = counts.get(node_label(node), 0) + 1
    st.html("".join(f'<div style="display:flex;align-items:center;gap:0.4em"><img alt="" class="arkg-type-icon" '
                    f'src="{icons.data_url(label, type_colour(label))}" style="width:1.1em;height:1.1em">'
                    f'{type_name(label)} · {n}</div>'
                    for label, n in sorted(counts.items(), key=lambda kv: -kv[1]) if label))
