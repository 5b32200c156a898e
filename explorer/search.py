"""Search (``?q=``): the one search box's results, as links grouped by type, each with a snippet.

The box is in the sidebar of every page (and on the landing page); what it finds is read by
:func:`graph.find.find` — references, names in six languages, paragraph text, dates, venues.
A reference found alone (``第五十六条``) also offers its neighbourhood in the graph.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

import streamlit as st

from arkg.explorer import nav, state
from arkg.explorer.captions import caption, listing, paragraph_mark
from arkg.explorer.i18n import t, type_name
from arkg.explorer.markup import plain
from arkg.graph.find import Found, find
from arkg.graph.settings import Settings

NODES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n"
#: Results listed per type before the rest are folded away.
SHOWN = 12


def box(key: str = "search_box") -> None:
    """The search box; a query opens the Search page with it in the URL (``?q=``)."""
    query = st.text_input(t("search.box"), key=key, placeholder=t("search.placeholder"))
    if query and query != st.session_state.get(f"_{key}_sent"):
        st.session_state[f"_{key}_sent"] = query
        st.switch_page(nav.page("search"), query_params=nav.params(q=query))


@st.cache_data(ttl=state.FRESH, max_entries=128, show_spinner=False)
def results(query: str, settings: Settings) -> tuple[list[Found], dict[str, dict[str, Any]]]:
    """What ``query`` finds and the found nodes by id (shared by every session for a while)."""
    graph = state.store()
    found = find(graph, state.name_index(), query, timeout_ms=state.settings().timeout_ms)
    ids = sorted({f.id for f in found})
    nodes = {r["n"]["id"]: r["n"] for r in graph.read(NODES, {"ids": ids}).rows} if ids else {}
    return found, nodes


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.search"))
    query = st.query_params.get("q", "")
    if query != st.session_state.get("_search_url"):  # a new URL (a link, a shared view) sets the box
        st.session_state["search_page_q"] = query
    typed = st.text_input(t("search.box"), key="search_page_q", placeholder=t("search.placeholder"))
    if typed != query:
        st.query_params["q"] = query = typed
    st.session_state["_search_url"] = query
    if not query.strip():
        st.info(t("search.hint"))
        return
    show(query)


def show(query: str) -> None:
    found, nodes = results(query.strip(), state.settings())
    agendas = state.agenda_documents()
    if not found:
        st.warning(t("explore.no_hits", query=query))
        return
    references = [f for f in found if f.how == "reference"]
    if references:
        st.caption(t("search.reference", n=len(found) - len(references)))
        for ref in references:
            nav.link("explore", t("explore.show") + ": " + caption(nodes.get(ref.id, {"id": ref.id})),
                     icon=":material/hub:", focus=ref.id)
    groups: dict[str, list[Found]] = defaultdict(list)
    for item in found:
        groups[item.label].append(item)
    for label, items in groups.items():
        st.subheader(f"{type_name(label) if label else '?'} · {len(items)}")
        for item in items[:SHOWN]:
            _result(item, nodes.get(item.id), agendas)
        if len(items) > SHOWN:
            with st.expander(t("entity.more", n=len(items) - SHOWN)):
                for item in items[SHOWN:]:
                    _result(item, nodes.get(item.id), agendas)


def _result(item: Found, node: dict[str, Any] | None, agendas: frozenset[str]) -> None:
    props = (node or {}).get("properties") or {"id": item.id}
    if item.label == "Paragraph":
        document = str(props.get("document") or "").removeprefix("document/")
        label = f"{document} {paragraph_mark(props, agenda=str(props.get('document')) in agendas)}"
    else:
        label = listing(node or {"id": item.id})
    nav.link("entity", label, id=item.id)
    before, match, after = item.snippet
    if match and (before or after):
        st.html(f'<div class="arkg-snippet" dir="auto">{html.escape(before)}<mark>{html.escape(match)}</mark>'
                f"{html.escape(after)}</div>")
    elif match:
        st.caption(plain(f"{t('search.how.' + item.how)}: {match}"))
