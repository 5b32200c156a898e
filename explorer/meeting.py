"""Meeting (``?id=session/wg-ar/11``): a session's agenda in order, and for each item what was prepared and said.

For each agenda item, in printed order (1, 1(a), 1(b), 2 … 4(b)) with its title: the documents
prepared for it, the paragraphs that were written under it (in every document that places the
item: the agenda's annotations, the report's section on it) folded away, and what those
paragraphs mention, by type (networks, articles, resolutions…), as links. Above the items, the
meeting's date and venue, the documents prepared for the meeting as a whole, and everything
mentioned at the meeting by type — "which networks were mentioned at WG-AR 11" is one glance.

Which paragraphs fall under an item is read from the graph, not guessed: the evidence of
``HAS_AGENDA_ITEM`` names the paragraph where the document places the item (an agenda's item
line, a report's section heading), and the paragraphs of that document in the same printed
section belong to it.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Any

import streamlit as st

from arkg.explorer import nav, state
from arkg.explorer.captions import caption, entity_name, listing, localized, node_label, paragraph_mark, paragraph_order
from arkg.explorer.i18n import t, type_name
from arkg.explorer.markup import plain
from arkg.graph.stores.base import Store

SESSION = "MATCH (s:Session {id: $id}) OPTIONAL MATCH (s)-[:HELD_IN]->(p:Entity) RETURN s, collect(p) AS places"
SESSIONS = "MATCH (s:Session) RETURN s ORDER BY s.start_date DESC, s.id"
ITEMS = (
    "MATCH (s:Session {id: $id})-[r:HAS_AGENDA_ITEM]->(a:AgendaItem) "
    "RETURN a, collect(DISTINCT [r.document, r.paragraph]) AS places"
)
PREPARED = (
    "MATCH (d:Document)-[:PREPARED_FOR]->(x:Entity) WHERE x.id = $id OR x.id IN $items "
    "RETURN DISTINCT d, x.id AS target"
)
#: The paragraph that places an item in a document, and its printed section.
PLACES = "MATCH (p:Paragraph) WHERE p.id IN $ids RETURN p.id AS id, p.document AS document, p.section AS section"
UNDER = "MATCH (p:Paragraph) WHERE p.document IN $documents AND (p.document + '|' + p.section) IN $sections RETURN p"
MENTIONED = (
    "MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity) WHERE p.document IN $documents "
    "RETURN p.id AS paragraph, e"
)
#: Types listed first among what was mentioned (the ones researchers look for at a meeting).
_FIRST = ("Network", "Article", "Resolution", "Organization", "Initiative", "Country", "Topic")


def item_order(props: dict[str, Any]) -> tuple[int, str]:
    """Printed agenda order: ``4`` < ``4(a)`` < ``4(b)`` < ``5`` (``item`` is ``4b``, ``number`` ``4(b)``)."""
    key = str(props.get("item") or props.get("number") or "")
    match = re.match(r"(\d+)(.*)", key)
    return (int(match.group(1)), re.sub(r"\W", "", match.group(2))) if match else (10**6, key)


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.meeting"))
    sessions = [r["s"] for r in graph.read(SESSIONS).rows]
    by_id = {s["id"]: s for s in sessions}
    wanted = st.query_params.get("id", "")
    if wanted not in by_id:
        wanted = next((s["id"] for s in sessions if s["properties"].get("start_date")), "")
    if not wanted:
        st.info(t("meeting.none"))
        return

    def label(id_: str) -> str:
        props = by_id[id_]["properties"]
        return f"{caption(by_id[id_])} · {props.get('start_date') or ''}"

    choice = st.selectbox(t("meeting.pick"), list(by_id), index=list(by_id).index(wanted), format_func=label,
                          key=f"meeting_pick_{wanted}")
    if choice != st.query_params.get("id"):
        st.query_params["id"] = choice
    show(graph, choice)


def show(graph: Store, id_: str) -> None:
    row = graph.read(SESSION, {"id": id_}).rows[0]
    props = row["s"]["properties"]
    venue = ", ".join(entity_name(p["properties"]) for p in row["places"] if p)
    st.header(plain(f"{caption(row['s'])} · {props.get('start_date') or ''}–{props.get('end_date') or ''} · {venue}"))
    nav.link("entity", t("meeting.entity"), icon=":material/article:", id=id_)

    items = sorted(graph.read(ITEMS, {"id": id_}).rows, key=lambda r: item_order(r["a"]["properties"]))
    item_ids = [r["a"]["id"] for r in items]
    prepared: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in graph.read(PREPARED, {"id": id_, "items": item_ids}).rows:
        prepared[r["target"]].append(r["d"])
    under = _paragraphs_under(graph, items)
    documents = sorted({d["id"] for docs in prepared.values() for d in docs})
    mentioned: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict[str, Any])  # paragraph → entity id → node
    for r in graph.read(MENTIONED, {"documents": documents}).rows:
        mentioned[r["paragraph"]][r["e"]["id"]] = r["e"]

    st.subheader(t("meeting.mentioned"))
    _entities({i: n for found in mentioned.values() for i, n in found.items() if i != id_})
    st.subheader(t("meeting.documents"))
    _documents(prepared.get(id_, []))
    st.subheader(t("meeting.agenda"))
    if not items:
        st.caption(t("meeting.no_agenda"))
    for r in items:
        item = r["a"]
        paragraphs = under.get(item["id"], [])
        with st.container(border=True, key=f"item_{re.sub(r'[^0-9a-z]', '', str(item['properties'].get('item')))}"):
            title = localized(item["properties"]) or next(
                (str(v) for k, v in sorted(item["properties"].items()) if k.startswith("title_") and v), "")
            st.markdown(f"**{plain(caption(item))}** {plain(title)}")
            _documents(prepared.get(item["id"], []))
            _entities({i: n for p in paragraphs for i, n in mentioned.get(p["id"], {}).items() if i != id_},
                      compact=True)
            if paragraphs:
                with st.expander(t("meeting.said", n=len(paragraphs))):
                    _said(paragraphs)


def _paragraphs_under(graph: Store, items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Agenda item id → the paragraphs written under it, in document and printed order."""
    places = {(doc, para): r["a"]["id"] for r in items for doc, para in r["places"] if doc and para}
    ids = [f"{doc}/para/{para}" for doc, para in places]
    sections: dict[tuple[str, str], str] = {}
    for r in graph.read(PLACES, {"ids": ids}).rows:
        para = r["id"].rsplit("/para/", 1)[1]
        if r["section"]:
            sections[(r["document"], r["section"])] = places[(r["document"], para)]
    out: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict[str, Any])
    if sections:
        keys = [f"{doc}|{section}" for doc, section in sections]
        for r in graph.read(UNDER, {"documents": sorted({doc for doc, _ in sections}), "sections": keys}).rows:
            p = r["p"]["properties"]
            item = sections.get((str(p.get("document")), str(p.get("section"))))
            if item:
                out[item][r["p"]["id"]] = r["p"]
    return {item: sorted(found.values(), key=lambda p: (p["properties"].get("document"),
                                                         paragraph_order(p["properties"].get("number"))))
            for item, found in out.items()}


def _documents(documents: list[dict[str, Any]]) -> None:
    for doc in sorted(documents, key=lambda d: d["id"]):
        nav.link("entity", listing(doc), icon=":material/description:",
                 id=doc["id"])


def _entities(found: dict[str, dict[str, Any]], compact: bool = False) -> None:
    """What was mentioned, by type: the type's name, then its entities as links (one paragraph if ``compact``)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in found.values():
        groups[node_label(node)].append(node)
    order = sorted(groups, key=lambda lb: (_FIRST.index(lb) if lb in _FIRST else len(_FIRST), lb))
    lines = []
    for label in order:
        links = ", ".join(f"[{plain(caption(n, short=False))}]({nav.href('entity', id=n['id'])})"
                          for n in sorted(groups[label], key=lambda n: caption(n, short=False)))
        lines.append(f"**{plain(type_name(label))}** ({len(groups[label])}): {links}")
    if compact and lines:
        st.markdown(" · ".join(lines))
    else:
        for line in lines:
            st.markdown(line)


def _said(paragraphs: list[dict[str, Any]]) -> None:
    for p in paragraphs:
        props = p["properties"]
        text = next((str(props[k]) for k in sorted(props) if k.startswith("text_") and props[k]), "")
        symbol = str(props.get("document") or "").removeprefix("document/")
        mark = paragraph_mark(props, agenda=str(props.get("document")) in state.agenda_documents())
        st.html(f'<div class="arkg-said" dir="auto"><b>{html.escape(symbol)} {html.escape(mark)}</b> '
                f"{html.escape(text.strip())}</div>")
