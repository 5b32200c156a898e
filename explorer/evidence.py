"""Evidence cards: the paragraphs behind relationships, one card per paragraph, in document order.

Evidence is what makes a fact checkable. A card shows the paragraph's text with every quote that
backs a relationship marked, the paragraph's number as printed (none for an agenda's timetable
rows or a heading), the document's symbol and the text's language, which relationships the
paragraph backs (each a link to the entity at its other end), its text in the other languages
the graph holds, and links to the document on undocs.org when its symbol is printed on it (an
inferred symbol would be a broken link): the quote's language first, then the document's other
official language versions, each named in its own language. Cards are sorted by document, then numerically by
paragraph (¶2 before ¶10); a long list shows its first cards and folds the rest away.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from arkg.explorer import nav
from arkg.explorer.captions import caption, entity_name, paragraph_mark, paragraph_order
from arkg.explorer.i18n import rel_name, t
from arkg.explorer.markup import plain
from arkg.graph.model import LANGUAGES
from arkg.graph.stores.base import Store
from arkg.graph.undocs import undocs_url

NODES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n"
#: Structural relationships whose "evidence" is the whole paragraph: not worth a card.
STRUCTURAL = frozenset({"HAS_PARAGRAPH"})
#: Cards shown before the rest are folded into an expander.
OPEN = 6


def versions(symbol: str, first: str | None = None) -> str:
    """Markdown links to the document in each of the six official languages on undocs.org, ``first`` first.

    A UN document with a symbol is issued in all six languages (ODS has the others even when the
    graph read one), so every version is linked; each is named in its own language (CLDR, through Babel).
    """
    from babel import Locale

    ordered = sorted(LANGUAGES, key=lambda lang: lang != first)
    links = [f"[{plain(Locale.parse(lang).get_display_name(lang))}]({undocs_url(symbol, lang)})" for lang in ordered]
    return f"{t('evidence.versions')} " + " · ".join(links)


def highlight(text: str, quote: str, at: int | None = None) -> str:
    """``text`` as safe HTML with ``quote`` in ``<mark>``: at offset ``at`` if it is there, else its first place."""
    start = at if at is not None and text[at: at + len(quote)] == quote else text.find(quote) if quote else -1
    if start < 0:
        return html.escape(text)
    end = start + len(quote)
    return f"{html.escape(text[:start])}<mark>{html.escape(text[start:end])}</mark>{html.escape(text[end:])}"


def highlight_all(text: str, quotes: list[str]) -> str:
    """``text`` as safe HTML with every occurrence of every quote in ``<mark>`` (longest first, no overlaps)."""
    spans: list[tuple[int, int]] = []
    for quote in sorted({q for q in quotes if q}, key=len, reverse=True):
        at = text.find(quote)
        while at >= 0:
            end = at + len(quote)
            if all(end <= s or at >= e for s, e in spans):
                spans.append((at, end))
            at = text.find(quote, end)
    out, at = [], 0
    for start, end in sorted(spans):
        out += [html.escape(text[at:start]), f"<mark>{html.escape(text[start:end])}</mark>"]
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


@dataclass(slots=True)
class Card:
    """One paragraph and the relationships it backs."""

    document: str
    paragraph: str
    language: str
    relationships: list[dict[str, Any]] = field(default_factory=list)

    @property
    def quotes(self) -> list[str]:
        return [str(r["properties"].get("quote") or "") for r in self.relationships]

    @property
    def paragraph_id(self) -> str:
        return f"{self.document}/para/{self.paragraph}"


def collect(relationships: list[dict[str, Any]]) -> list[Card]:
    """Group quoted relationships by (document, paragraph, language), one card each; relationships deduplicated."""
    cards: dict[tuple[str, str, str], Card] = {}
    seen: set[tuple[Any, ...]] = set()  #: (type, start, end, quote's offset, language)
    for rel in relationships:
        props = rel.get("properties") or {}
        if not props.get("quote") or not props.get("document") or rel.get("type") in STRUCTURAL:
            continue
        mark = (rel["type"], str(rel["start"]), str(rel["end"]), props.get("start"), props.get("language"))
        if mark in seen:
            continue
        seen.add(mark)
        key = (str(props["document"]), str(props.get("paragraph") or ""), str(props.get("language") or ""))
        cards.setdefault(key, Card(*key)).relationships.append(rel)
    return sorted(cards.values(), key=lambda c: (c.document, paragraph_order(c.paragraph), c.language))


def show(graph: Store, relationships: list[dict[str, Any]], key: str) -> int:
    """Draw the evidence cards of ``relationships``; returns how many cards there were."""
    cards = collect(relationships)
    if not cards:
        return 0
    ids = {c.paragraph_id for c in cards} | {c.document for c in cards}
    ids |= {str(r[end]) for c in cards for r in c.relationships for end in ("start", "end")}
    found = {r["n"]["id"]: r["n"] for r in graph.read(NODES, {"ids": sorted(ids)}).rows}
    for index, card in enumerate(cards[:OPEN]):
        _card(card, found, f"{key}_{index}")
    if len(cards) > OPEN:
        with st.expander(t("evidence.more", n=len(cards) - OPEN)):
            for index, card in enumerate(cards[OPEN:], start=OPEN):
                _card(card, found, f"{key}_{index}")
    return len(cards)


def heading(card: Card, found: dict[str, dict[str, Any]]) -> tuple[str, str | None]:
    """The card's title (symbol · paragraph as printed · language) and the undocs.org link, if the symbol is printed."""
    document = (found.get(card.document) or {}).get("properties") or {}
    symbol = str(document.get("symbol") or card.document.removeprefix("document/"))
    paragraph = (found.get(card.paragraph_id) or {}).get("properties") or {"number": card.paragraph}
    mark = paragraph_mark(paragraph, agenda=document.get("kind") == "agenda") if card.paragraph else t(
        "evidence.header")
    title = " · ".join(part for part in (symbol, mark, card.language) if part)
    link = None if document.get("symbol_inferred") else undocs_url(symbol, card.language)
    return title, link


def _card(card: Card, found: dict[str, dict[str, Any]], key: str) -> None:
    title, link = heading(card, found)
    paragraph = (found.get(card.paragraph_id) or {}).get("properties") or {}
    text = str(paragraph.get(f"text_{card.language}") or "")
    body = highlight_all(text, card.quotes) if text else " … ".join(
        f"<mark>{html.escape(q)}</mark>" for q in card.quotes)
    with st.container(border=True, key=f"card_{key}"):
        st.markdown(f"**{plain(title)}**" + (f" · [{t('entity.undocs')}]({link})" if link else ""))
        symbol = str(((found.get(card.document) or {}).get("properties") or {}).get("symbol") or "")
        if link and symbol:
            st.caption(versions(symbol, card.language))
        st.html(f'<div class="arkg-quote" lang="{html.escape(card.language)}" dir="auto">{body}</div>')
        backs = []
        for rel in card.relationships:
            start, end = found.get(str(rel["start"])), found.get(str(rel["end"]))
            names = [caption(n, short=False) if n else str(i) for n, i in ((start, rel["start"]), (end, rel["end"]))]
            backs.append(f"{names[0]} → {rel_name(rel['type'])} → {names[1]}")
        st.caption(t("evidence.backs") + " " + plain("; ".join(dict.fromkeys(backs))))
        others = {lang: paragraph[f"text_{lang}"] for lang in LANGUAGES
                  if lang != card.language and paragraph.get(f"text_{lang}")}
        if others:
            with st.expander(t("evidence.other_languages")):
                for lang, other in others.items():
                    st.html(f'<div lang="{lang}" dir="auto"><b>{lang}</b> {html.escape(str(other))}</div>')
        if card.paragraph and card.paragraph_id in found:
            nav.link("entity", entity_name(paragraph), id=card.paragraph_id)

