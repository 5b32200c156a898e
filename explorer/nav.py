"""The explorer's pages, in menu order; one place builds them, for the menu and for links between pages.

Every link carries the interface language (``?lang=``), so a link opened in a new tab or sent to
someone shows the page in the language it was found in.
"""

from __future__ import annotations

import importlib
from typing import Any

import streamlit as st

from arkg.explorer.i18n import lang, t
from arkg.explorer.markup import plain
from arkg.explorer.state import guarded

#: (name = module in ``explorer/`` and URL path, icon, what the page is built on beyond graph/).
PAGES: tuple[tuple[str, str, str | None], ...] = (
    ("overview", ":material/dashboard:", None),
    ("search", ":material/search:", None),
    ("explore", ":material/hub:", None),
    ("entity", ":material/article:", None),
    ("meeting", ":material/groups:", None),
    ("browse", ":material/menu_book:", None),
    ("questions", ":material/help:", "queries"),
    ("console", ":material/terminal:", None),
    ("sparql", ":material/share:", "graph.export"),
    ("analytics", ":material/insights:", "graph.analytics"),
    ("ingest", ":material/upload_file:", "ingest.extract"),
    ("export", ":material/download:", "graph.export"),
)


def page(name: str) -> st.Page:
    """The page ``name`` titled in the interface language; the same object serves menu and links."""
    icon, module = next((icon, module) for n, icon, module in PAGES if n == name)
    render = importlib.import_module(f"explorer.{name}").render
    return st.Page(guarded(render, module), title=t(f"page.{name}"), icon=icon, url_path=name,
                   default=name == PAGES[0][0])


def all_pages() -> list[st.Page]:
    return [page(name) for name, _, _ in PAGES]


def params(**values: Any) -> dict[str, str]:
    """Query parameters for a link: the given ones (lists joined by commas) plus the interface language."""
    out = {k: ",".join(map(str, v)) if isinstance(v, list | tuple) else str(v)
           for k, v in values.items() if v not in (None, "", [], ())}
    return {**out, "lang": lang()}


def href(name: str, **values: Any) -> str:
    """A relative URL to page ``name`` (for Markdown links and link columns in tables)."""
    from urllib.parse import urlencode

    return f"./{name}?{urlencode(params(**values), safe='/,')}"


def link(name: str, label: str, icon: str | None = None, **values: Any) -> None:
    """A link to page ``name`` with ``values`` in its URL; the label is shown as text, never as Markdown."""
    st.page_link(page(name), label=plain(label), icon=icon, query_params=params(**values))
