"""Entity (``?id=uncac/article/56``): names, properties, relationships, and the evidence behind them.

Evidence is what makes a fact checkable: the quoted paragraph with the mention marked, its
document and paragraph number, and a link to the document on undocs.org in the quote's language.
From here a user walks to the paragraphs that cite the entity and the meetings that discussed it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import streamlit as st

from arkg import queries
from arkg.explorer import evidence, export, nav, state, viz
from arkg.explorer.captions import caption, entity_name, listing, node_label
from arkg.explorer.evidence import highlight, versions
from arkg.explorer.i18n import lang, rel_name, t, type_name
from arkg.explorer.markup import plain
from arkg.graph.model import LANGUAGES, model
from arkg.graph.stores.base import Store

__all__ = ["highlight", "render"]

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


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.entity"))
    url = st.query_params.get("id", "")
    if url != st.session_state.get("_entity_url"):  # a new URL (a link, a shared view) sets the box
        st.session_state["entity_id"] = url
    id_ = st.text_input(t("entity.id"), key="entity_id").strip()
    if not id_:
        st.session_state["_entity_url"] = url
        return
    rows = graph.read(NODE, {"id": id_}).rows
    if not rows:
        named = _by_name(id_)
        if named is None:
            return
        id_ = named
        rows = graph.read(NODE, {"id": id_}).rows
    if st.query_params.get("id") != id_:
        st.query_params["id"] = id_
    st.session_state["_entity_url"] = id_
    node = rows[0]["n"]
    props = node["properties"]
    st.header(plain(entity_name(props)))
    original = _original(props, entity_name(props))
    short = caption(node, short=False)
    st.caption(plain(" · ".join(part for part in (short if short != entity_name(props) else "",
                                                  type_name(node_label(node)), id_, original) if part)))
    if node_label(node) == "Document" and props.get("symbol") and not props.get("symbol_inferred"):
        st.markdown(versions(str(props["symbol"]), lang()))  # the UN's own copies, in every language
    nav.link("explore", t("entity.explore"), icon=":material/hub:", focus=id_)
    if node_label(node) == "Session":
        nav.link("meeting", t("entity.meeting"), icon=":material/groups:", id=id_)

    outgoing = graph.read(OUTGOING, {"id": id_, "limit": 2000}).rows
    incoming = graph.read(INCOMING, {"id": id_, "limit": 2000}).rows
    _meetings(graph, id_)
    if node_label(node) == "Resolution":
        _lineage(outgoing, incoming)
    _acts(graph, id_, node_label(node))
    _evidence(graph, outgoing + incoming)  # what makes the entity checkable comes first
    names, details = st.columns(2)
    with names:
        _names(props)
    with details:
        _properties(props)
    _relationships(outgoing, incoming)
    _export(graph, id_, outgoing + incoming)


def _export(graph: Store, id_: str, rows: list[dict[str, Any]]) -> None:
    """The entity and its neighbours (as listed on this page), in any format ``arkg export`` writes."""
    sub = viz.Subgraph.from_rows(graph.read(NODE, {"id": id_}).rows)
    for row in rows:
        sub.add([row["m"], row["r"]])
    st.subheader(t("entity.export"))
    export.offer(graph, sub.view(), key="entity_export", stem=f"arkg-{id_.replace('/', '-')}")


def _flag(props: dict[str, Any], key: str) -> str:
    """A property's value, marked when the reference data says no source confirmed it."""
    value = props.get(key) or ""
    return f"{value} ⚠ {t('entity.unverified')}" if value and key in (props.get("unverified") or []) else value


def _names(props: dict[str, Any]) -> None:
    st.subheader(t("entity.labels"))
    rows = [{t("col.languages"): lang, t("col.name"): _flag(props, f"name_{lang}"),
             t("ingest.title"): _flag(props, f"title_{lang}")}
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
    for key, value in shown.items():
        values = value if isinstance(value, list) else [value]
        st.markdown(f"`{plain(key)}` " + ", ".join(_value(v) for v in values))
    if props.get("unverified"):
        st.warning(plain(f"⚠ {t('entity.unverified')}: {', '.join(map(str, props['unverified']))}"))
    for source in props.get("source") or []:
        st.caption(plain(source))


def _original(props: dict[str, Any], shown: str) -> str:
    """The entity's name as the data first gives it, when the header shows another (a translation)."""
    candidates = [props.get("name"), *(props.get(f"{kind}_{code}") for code in LANGUAGES for kind in ("name", "title"))]
    return next((str(c) for c in candidates if c and str(c) != shown), "")


def _value(value: object) -> str:
    """A property value as Markdown: an id of the graph as a link to its entity page, anything else as text."""
    text = str(value)
    if "/" in text and model().label_for_id(text):
        return f"[{plain(text)}]({nav.href('entity', id=text)})"
    return plain(text)


def _relationships(outgoing: list[dict[str, Any]], incoming: list[dict[str, Any]]) -> None:
    st.subheader(t("entity.relationships"))
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
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
    label = f"{listing(node)} · {type_name(node_label(node))}"
    nav.link("entity", label, id=node["id"])


def _meetings(graph: Store, id_: str) -> None:
    documents = [r["document"] for r in graph.read(REFERRING_DOCUMENTS, {"id": id_}).rows if r["document"]]
    sessions: dict[str, dict[str, Any]] = {}
    if documents:
        for row in graph.read(MEETINGS, {"documents": documents}).rows:
            sessions.setdefault(row["session"]["id"], row["session"])
    for row in graph.read(AGENDA_MEETINGS, {"id": id_}).rows:
        sessions.setdefault(row["session"]["id"], row["session"])
    sessions.pop(id_, None)  # a meeting is not "discussed at" itself
    if not sessions and not documents:
        return
    st.subheader(t("entity.meetings"))
    if not sessions:
        st.caption(t("entity.none"))
    for session in sessions.values():
        nav.link("meeting", listing(session), icon=":material/groups:",
                 id=session["id"])


def _lineage(outgoing: list[dict[str, Any]], incoming: list[dict[str, Any]]) -> None:
    """A resolution's lineage both ways: the earlier resolutions it recalls, the later ones that recall it."""
    st.subheader(t("entity.lineage"))
    earlier, later = st.columns(2)
    for column, rows, key in ((earlier, outgoing, "entity.recalls"), (later, incoming, "entity.recalled_by")):
        with column:
            st.markdown(f"**{t(key)}**")
            found = {r["m"]["id"]: r["m"] for r in rows if r["r"]["type"] == "RECALLS"}
            if not found:
                st.caption(t("entity.none"))
            for other in found.values():
                _link(other)


#: What the page shows of what documents do: a resolution's mandates, a meeting's positions (saved questions).
_ACTS = {
    "Resolution": ("resolution-mandates", "resolution", "entity.mandates", ("verb", "addressee_name", "task")),
    "Session": ("meeting-positions", "session", "entity.positions", ("position", "speaker_kind", "quantity")),
}


def _acts(graph: Store, id_: str, label: str) -> None:
    """A resolution's mandates or a meeting's positions, each with its quoted paragraph."""
    if label not in _ACTS:
        return
    name, param, title, columns = _ACTS[label]
    rows = queries.run(graph, name, {param: id_}).rows
    if not rows:
        return
    st.subheader(t(title))
    st.dataframe([{**{c: r.get(c) for c in columns}, "paragraph": r["paragraph"], "quote": r["quote"],
                   "document": r["document"]} for r in rows], hide_index=True)
    page = next((p.default for p in queries.get(name).parameters if p.name == "limit"), None)
    if page is not None and len(rows) >= page:  # a paged question: say that more may follow, and where
        st.caption(t("entity.first_rows", n=len(rows), question=name))
        nav.link("questions", t("page.questions"), icon=":material/help:")


def _evidence(graph: Store, rows: list[dict[str, Any]]) -> None:
    """Every relationship that carries a quote, one card per paragraph, in document order (explorer.evidence)."""
    st.subheader(t("entity.evidence"))
    if not evidence.show(graph, [row["r"] for row in rows], key="entity_evidence"):
        st.caption(t("entity.no_evidence"))


def _by_name(text: str) -> str | None:
    """The entity a name or reference stands for (``article 56``, ``CARIN``); candidates as links if it is not clear."""
    hits = state.name_index().search(text, limit=10)
    if hits and (hits[0].rank == 0 or len(hits) == 1 or hits[0].rank < hits[1].rank):
        return hits[0].id
    if not hits:
        st.warning(t("entity.not_found", id=text))
        return None
    st.info(t("entity.which", name=text))
    index = state.name_index()
    for hit in hits:
        entry = index.get(hit.id)
        nav.link("entity", f"{entry.display(st.session_state.get('lang', 'zh')) if entry else hit.name} · "
                 f"{type_name(hit.label)}", id=hit.id)
    return None
