"""Overview: what the graph holds — counts by type, sessions over time, what is mentioned most, documents."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import state
from explorer.i18n import entity_name, t, type_name
from explorer.viz import node_label

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
    "RETURN d AS document ORDER BY coalesce(d.ingested_at, d.date, ''), d.id"
)


def render() -> None:
    graph = state.store()
    stats = state.require_data(graph)
    st.title(t("page.overview"))

    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.counts"))
        st.bar_chart(_counts(stats["nodes"], type_name), x=t("col.type"), y=t("col.count"), horizontal=True,
                     sort=f"-{t('col.count')}")
    with right:
        st.subheader(t("overview.rels"))
        st.bar_chart(_counts(stats.get("relationships", {}), str), x=t("col.type"), y=t("col.count"),
                     horizontal=True, sort=f"-{t('col.count')}")

    st.subheader(t("overview.sessions"))
    sessions = graph.read(SESSIONS).rows
    if sessions:
        _timeline(sessions)
    else:
        st.info(t("overview.no_sessions"))

    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.mentioned"))
        rows = graph.read(MOST_MENTIONED, {"limit": 15}).rows
        if rows:
            st.dataframe(pd.DataFrame([{
                t("col.name"): entity_name(r["entity"]["properties"]),
                t("col.type"): type_name(node_label(r["entity"])),
                t("col.mentions"): r["mentions"],
                t("col.id"): r["entity"]["id"],
            } for r in rows]), hide_index=True)
        else:
            st.info(t("overview.no_mentions"))
    with right:
        st.subheader(t("overview.documents"))
        docs = [r["document"]["properties"] for r in graph.read(DOCUMENTS).rows]
        if docs:
            st.dataframe(pd.DataFrame([{
                t("col.symbol"): d.get("symbol") or d["id"].removeprefix("document/"),
                t("col.name"): entity_name(d),
                t("col.languages"): ", ".join(d.get("languages") or []),
                t("col.date"): d.get("date") or "",
                t("col.ingested"): d.get("ingested_at") or "",
            } for d in docs]), hide_index=True)
        else:
            st.info(t("overview.no_documents"))


def _counts(counts: dict[str, int], name: object) -> pd.DataFrame:
    rows = sorted(counts.items(), key=lambda kv: -kv[1])
    return pd.DataFrame({t("col.type"): [name(k) for k, _ in rows], t("col.count"): [v for _, v in rows]})  # type: ignore[operator]


def _timeline(sessions: list[dict]) -> None:
    """One mark per session at its start date, one row per body (sessions last days, the record decades)."""
    import altair as alt

    frame = pd.DataFrame([{
        t("col.body"): s["body"] or "",
        t("col.session"): f"{s['body']} {s['number']}",
        "start": s["start"],
        t("col.id"): s["id"],
    } for s in sessions])
    frame["start"] = pd.to_datetime(frame["start"], errors="coerce")
    chart = (
        alt.Chart(frame.dropna(subset=["start"]))
        .mark_circle(size=140, opacity=0.8)
        .encode(
            x=alt.X("start:T", title=t("col.date")),
            y=alt.Y(f"{t('col.body')}:N", title=t("col.body")),
            color=alt.Color(f"{t('col.body')}:N", legend=None),
            tooltip=[t("col.session"), alt.Tooltip("start:T", title=t("col.date")), t("col.id")],
        )
        .properties(height=60 + 40 * frame[t("col.body")].nunique())
    )
    st.altair_chart(chart, width="stretch")
