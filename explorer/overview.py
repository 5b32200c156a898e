"""Overview, the landing page: what the graph holds and where it comes from, the search box, example
questions that open with one click, and tables whose rows link to their entities.

The counts come from the store; the examples are shown only when the entities they open are in
the graph, so every example works on the graph at hand.

Speed (first meaningful paint): the heading and the search box come first; what the page reads
from the graph is cached per build (:func:`summary`, ``state.require_data``); the tables and
the timeline below the fold are sent once the browser shows the first screen
(:mod:`explorer.later`), so their code does not hold up the search box's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from arkg.explorer import later, nav, search, state
from arkg.explorer.captions import entity_name, listing, node_label
from arkg.explorer.i18n import rel_name, t, type_name
from arkg.graph.settings import Settings

SESSIONS = (
    "MATCH (s:Session) WHERE s.start_date IS NOT NULL "
    "RETURN s.id AS id, s.body AS body, s.number AS number, s.start_date AS start, s.end_date AS end "
    "ORDER BY s.start_date"
)
MOST_MENTIONED = (
    "MATCH (:Paragraph)-[:MENTIONS]->(e:Entity) "
    "RETURN e AS entity, count(*) AS mentions ORDER BY mentions DESC, e.id LIMIT $limit"
)
DOCUMENTS = (
    "MATCH (d:Document) WHERE d.content_hashes IS NOT NULL "
    "RETURN d AS document ORDER BY toString(coalesce(d.ingested_at, d.date, '')), d.id"
)
#: What the browser must show before the tables and the timeline below the fold are sent: the search box.
FIRST_SCREEN = '[data-testid="stMainBlockContainer"] [data-testid="stTextInput"] input'
#: Example questions: (catalogue key, page, URL parameters, the entity that must exist for it to work).
EXAMPLES: tuple[tuple[str, str, dict[str, str], str | None], ...] = (
    ("example.article", "entity", {"id": "uncac/article/56"}, "uncac/article/56"),
    ("example.lineage", "entity", {"id": "resolution/cosp/6/2"}, "resolution/cosp/6/2"),
    ("example.meeting", "meeting", {"id": "session/wg-ar/11"}, "session/wg-ar/11"),
    ("example.network", "explore", {"focus": "network/carin"}, "network/carin"),
    ("example.venue", "search", {"q": "Vienna"}, "place/vienna"),
    ("example.text", "search", {"q": "口译服务"}, None),
)


@st.cache_data(ttl=state.BUILT, show_spinner=False)
def summary(build: str, settings: Settings) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The documents, the sessions and the most mentioned entities, read once per build for every session."""
    graph = state.store()
    docs = [r["document"]["properties"] for r in graph.read(DOCUMENTS).rows]
    return docs, graph.read(SESSIONS).rows, graph.read(MOST_MENTIONED, {"limit": 15}).rows


def render() -> None:
    graph = state.store()
    st.title(t("page.overview"))
    search.box(key="landing_search")  # first, so the page is useful before its tables are read
    stats = state.require_data(graph)
    docs, sessions, mentioned = summary(state.build_key(graph), state.settings())
    nodes, rels = stats["nodes"], stats.get("relationships", {})
    languages = sorted({lang for d in docs for lang in d.get("languages") or []})
    st.markdown(t("landing.holds", documents=len(docs), languages=", ".join(languages) or "—",
                  nodes=sum(nodes.values()), rels=sum(rels.values()), paragraphs=nodes.get("Paragraph", 0)))
    st.caption(t("landing.sources"))

    st.subheader(t("landing.examples"))
    index = state.name_index()
    columns = st.columns(2)
    shown = [e for e in EXAMPLES if e[3] is None or index.get(e[3]) is not None]
    for number, (key, name, params, _) in enumerate(shown):
        with columns[number % 2]:
            nav.link(name, t(key), icon=":material/arrow_forward:", **params)

    if not later.painted("landing_painted", FIRST_SCREEN):
        return  # the rest comes in the rerun the browser asks for once it shows the first screen
    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.counts"))
        frame = _counts(nodes, type_name)
        frame[t("page.browse")] = [nav.href("browse", type=k) for k in sorted(nodes, key=lambda k: -nodes[k])]
        st.dataframe(frame, hide_index=True, column_config={t("page.browse"): st.column_config.LinkColumn(
            t("page.browse"), display_text=r"type=([^&]*)")})
    with right:
        st.subheader(t("overview.rels"))
        st.dataframe(_counts(rels, rel_name), hide_index=True)

    st.subheader(t("overview.sessions"))
    if sessions:
        _timeline(sessions)
    else:
        st.info(t("overview.no_sessions"))

    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.mentioned"))
        if mentioned:
            st.dataframe(pd.DataFrame([{
                t("col.id"): nav.href("entity", id=r["entity"]["id"]),
                t("col.name"): listing(r['entity']),
                t("col.type"): type_name(node_label(r["entity"])),
                t("col.mentions"): r["mentions"],
            } for r in mentioned]), hide_index=True, column_config=_link_column())
        else:
            st.info(t("overview.no_mentions"))
    with right:
        st.subheader(t("overview.documents"))
        if docs:
            st.dataframe(pd.DataFrame([{
                t("col.symbol"): nav.href("entity", id=d["id"]),
                t("col.name"): entity_name(d),
                t("col.languages"): ", ".join(d.get("languages") or []),
                t("col.date"): d.get("date") or "",
            } for d in docs]), hide_index=True, column_config={t("col.symbol"): st.column_config.LinkColumn(
                t("col.symbol"), display_text=r"id=document/([^&]*)")})
        else:
            st.info(t("overview.no_documents"))


def _link_column(param: str = "id") -> dict[str, Any]:
    """The id column as links to the page it names, showing the id itself."""
    return {t("col.id"): st.column_config.LinkColumn(t("col.id"), display_text=rf"{param}=([^&]*)")}


def _counts(counts: dict[str, int], name: Callable[[str], str]) -> pd.DataFrame:
    rows = sorted(counts.items(), key=lambda kv: -kv[1])
    return pd.DataFrame({t("col.type"): [name(k) for k, _ in rows],
                         t("col.count"): [v for _, v in rows]})


def _timeline(sessions: list[dict[str, Any]]) -> None:
    """One mark per session at its start date, one row per body, a click opens its meeting; below, the same as links."""
    import altair as alt

    frame = pd.DataFrame([{
        t("col.body"): s["body"] or "",
        t("col.session"): f"{str(s['body']).upper()} {s['number']}",
        "start": s["start"],
        "id": s["id"],
    } for s in sessions])
    frame["start"] = pd.to_datetime(frame["start"], errors="coerce")
    clicked = alt.selection_point(fields=["id"], name="session", on="click")
    chart = (
        alt.Chart(frame.dropna(subset=["start"]))
        .mark_circle(size=140, opacity=0.8, cursor="pointer")
        .encode(
            x=alt.X("start:T", title=t("col.date")),
            y=alt.Y(f"{t('col.body')}:N", title=t("col.body")),
            color=alt.Color(f"{t('col.body')}:N", legend=None),
            tooltip=[t("col.session"), alt.Tooltip("start:T", title=t("col.date")),
                     alt.Tooltip("id:N", title=t("col.id"))],
        )
        .add_params(clicked)
        .properties(height=60 + 40 * frame[t("col.body")].nunique())
    )
    event = st.altair_chart(chart, width="stretch", on_select="rerun", selection_mode="session", key="landing_timeline")
    chosen = [point.get("id") for point in (event.selection.get("session") or []) if point.get("id")]
    if not chosen:
        st.session_state.pop("_timeline_sent", None)
    elif chosen[0] != st.session_state.get("_timeline_sent"):  # a new click, not a selection kept from before
        st.session_state["_timeline_sent"] = chosen[0]
        st.switch_page(nav.page("meeting"), query_params=nav.params(id=chosen[0]))
    with st.expander(t("overview.session_list", n=len(sessions))):
        st.dataframe(pd.DataFrame([{
            t("col.session"): f"{str(s['body']).upper()} {s['number']}",
            t("col.date"): s["start"] or "",
            t("col.id"): nav.href("meeting", id=s["id"]),
        } for s in reversed(sessions)]), hide_index=True, column_config=_link_column())
