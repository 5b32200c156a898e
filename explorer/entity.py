"""Entity (``?id=uncac/article/56``): names, properties, relationships, and the evidence behind them.

Evidence is what makes a fact checkable: the quoted paragraph with the mention marked, its
document and paragraph number, and a link to the document on undocs.org in the quote's language.
From here a user walks to the paragraphs that cite the entity and the meetings that discussed it.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any
from urllib.parse import quote

import streamlit as st

from explorer import state
from explorer.i18n import entity_name, plain, rel_name, t, type_name
from explorer.nav import page
from explorer.viz import node_label
from graph.model import LANGUAGES
from graph.stores.base import Store

NODE = "MATCH (n:Entity {id: $id}) RETURN n"
OUTGOING = "MATCH (n:Entity {id: $id})-[r]->(m:Entity) RETURN r, m ORDER BY type(r), m.id LIMIT $limit"
INCOMING = "MATCH (n:Entity {id: $id})<-[r]-(m:Entity) RETURN r, m ORDER BY type(r), m.id LIMIT $limit"
NODES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n"
#: Documents whose text refers to the entity, then the sessions those documents were prepared for.
REFERRING_DOCUMENTS = "MATCH (e:Entity {id: $id})<-[r:MENTIONS|CITES]-() RETURN DISTINCT r.document AS document"
MEETINGS = (
    "MATCH (d:Document)-[:PREPARED_FOR]->(x) WHERE d.id IN $documents "
    "OPTIONAL MATCH (s:Session)-[:HAS_AGENDA_ITEM]->(x) "
    "WITH coalesce(s, x) AS session WHERE session:Session RETURN DISTINCT session"
)
AGENDA_MEETINGS = (
    "MATCH (e:Entity {id: $id})<-[:CONCERNS]-(:AgendaItem)<-[:HAS_AGENDA_ITEM]-(s:Session) RETURN DISTINCT s AS session"
)
#: Relationships listed per group before "… and n more".
SHOWN = 25
#: Name keys are shown in the names table, ``source`` as a list; not again among the properties.
_NAME_KEYS = {"name", "aliases", *(f"{p}_{lang}" for p in ("name", "title") for lang in LANGUAGES)}


def undocs_url(symbol: str, language: str) -> str:
    """The document on undocs.org in a language; undocs.org calls Chinese ``ch`` (as the seeds' links do)."""
    code = "ch" if language == "zh" else language
    path = quote(f"{code}/{symbol}" if code else symbol, safe="/.")  # a link target cannot be broken out of
    return f"https://undocs.org/{path}"


def highlight(text: str, quote: str, at: int | None = None) -> str:
    """``text`` as safe HTML with ``quote`` in ``<mark>``: at offset ``at`` if it is there, else its first place."""
    start = at if at is not None and text[at: at + len(quote)] == quote else text.find(quote) if quote else -1
    if start < 0:
        return html.escape(text)
    end = start + len(quote)
    return f"{html.escape(text[:start])}<mark>{html.escape(text[start:end])}</mark>{html.escape(text[end:])}"


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.entity"))
    id_ = st.text_input(t("entity.id"), value=st.query_params.get("id", ""), key="entity_id").strip()
    if not id_:
        return
    if st.query_params.get("id") != id_:
        st.query_params["id"] = id_
    rows = graph.read(NODE, {"id": id_}).rows
    if not rows:
        st.warning(t("entity.not_found", id=id_))
        return
    node = rows[0]["n"]
    props = node["properties"]
    st.header(plain(entity_name(props)))
    st.caption(f"{type_name(node_label(node))} · {plain(id_)}")
    st.page_link(page("explore"), label=t("entity.explore"), icon=":material/hub:", query_params={"focus": id_})

    outgoing = graph.read(OUTGOING, {"id": id_, "limit": 2000}).rows
    incoming = graph.read(INCOMING, {"id": id_, "limit": 2000}).rows
    names, details = st.columns(2)
    with names:
        _names(props)
    with details:
        _properties(props)
    _meetings(graph, id_)
    _evidence(graph, outgoing + incoming)
    _relationships(outgoing, incoming)


def _names(props: dict[str, Any]) -> None:
    st.subheader(t("entity.labels"))
    rows = [{"lang": lang, t("col.name"): props.get(f"name_{lang}") or "", "title": props.get(f"title_{lang}") or ""}
            for lang in LANGUAGES if props.get(f"name_{lang}") or props.get(f"title_{lang}")]
    if rows:
        st.dataframe(rows, hide_index=True)
    aliases = props.get("aliases") or []
    if aliases:
        st.markdown(" · ".join(plain(a) for a in aliases))


def _properties(props: dict[str, Any]) -> None:
    st.subheader(t("entity.properties"))
    shown = {k: v for k, v in sorted(props.items()) if k not in _NAME_KEYS and k != "source"
             and not k.startswith("text_")}
    st.json(shown, expanded=True)
    for source in props.get("source") or []:
        st.caption(plain(source))


def _relationships(outgoing: list[dict], incoming: list[dict]) -> None:
    st.subheader(t("entity.relationships"))
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for direction, rows in (("out", outgoing), ("in", incoming)):
        for row in rows:
            groups[(row["r"]["type"], direction)].append(row["m"])
    for (type_, direction), others in sorted(groups.items()):
        unique = list({o["id"]: o for o in others}.values())
        arrow = "→" if direction == "out" else "←"
        with st.expander(f"{arrow} {rel_name(type_)} ({t('entity.' + direction)}) · {len(unique)}"):
            for other in unique[:SHOWN]:
                _link(other)
            if len(unique) > SHOWN:
                st.caption(t("entity.more", n=len(unique) - SHOWN))


def _link(node: dict[str, Any]) -> None:
    label = f"{entity_name(node['properties'])} · {type_name(node_label(node))}"
    st.page_link(page("entity"), label=label, query_params={"id": node["id"]})


def _meetings(graph: Store, id_: str) -> None:
    documents = [r["document"] for r in graph.read(REFERRING_DOCUMENTS, {"id": id_}).rows if r["document"]]
    sessions: dict[str, dict] = {}
    if documents:
        for row in graph.read(MEETINGS, {"documents": documents}).rows:
            sessions.setdefault(row["session"]["id"], row["session"])
    for row in graph.read(AGENDA_MEETINGS, {"id": id_}).rows:
        sessions.setdefault(row["session"]["id"], row["session"])
    if not sessions and not documents:
        return
    st.subheader(t("entity.meetings"))
    if not sessions:
        st.caption(t("entity.none"))
    for session in sessions.values():
        _link(session)


def _evidence(graph: Store, rows: list[dict]) -> None:
    """Every relationship that carries a quote, with its paragraph and the quote marked in it."""
    quoted = [row["r"]["properties"] for row in rows if row["r"]["properties"].get("quote")]
    st.subheader(t("entity.evidence"))
    if not quoted:
        st.caption(t("entity.no_evidence"))
        return
    paragraph_ids = sorted({f"{ev['document']}/para/{ev['paragraph']}" for ev in quoted})
    documents = sorted({ev["document"] for ev in quoted})
    found = {r["n"]["id"]: r["n"] for r in graph.read(NODES, {"ids": paragraph_ids + documents}).rows}
    st.markdown(f"**{t('entity.paragraphs')}**")
    for pid in paragraph_ids:
        if pid in found:
            _link(found[pid])
    seen: set[tuple] = set()
    for ev in sorted(quoted, key=lambda e: (e["document"], str(e["paragraph"]), e.get("start") or 0)):
        mark = (ev["document"], ev["paragraph"], ev.get("start"), ev.get("language"))
        if mark in seen:
            continue
        seen.add(mark)
        _quote(ev, found)


def _quote(ev: dict[str, Any], found: dict[str, dict]) -> None:
    language = ev.get("language") or ""
    paragraph = found.get(f"{ev['document']}/para/{ev['paragraph']}")
    document = found.get(ev["document"])
    symbol = (document or {}).get("properties", {}).get("symbol") or ev["document"].removeprefix("document/")
    props = paragraph["properties"] if paragraph else {}
    text = props.get(f"text_{language}") or next((v for k, v in props.items() if k.startswith("text_") and v), "")
    offset = props.get("start")
    at = ev["start"] - offset if isinstance(offset, int) and isinstance(ev.get("start"), int) else None
    body = highlight(text, ev["quote"], at) if text else f"<mark>{html.escape(ev['quote'])}</mark>"
    with st.container(border=True):
        st.markdown(
            f"**{plain(symbol)}** · {t('entity.paragraph', n=ev['paragraph'])} · "
            f"{plain(language)} · [{t('entity.undocs')}]({undocs_url(symbol, language)})"
        )
        st.html(f'<div class="arkg-quote" lang="{html.escape(language)}">{body}</div>')
