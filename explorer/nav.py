"""The explorer's pages, in menu order; one place builds them, for the menu and for links between pages."""

from __future__ import annotations

import importlib

import streamlit as st

from explorer.i18n import t
from explorer.state import guarded

#: (name = module in ``explorer/`` and URL path, icon, what the page is built on beyond graph/).
PAGES: tuple[tuple[str, str, str | None], ...] = (
    ("overview", ":material/dashboard:", None),
    ("explore", ":material/hub:", None),
    ("entity", ":material/article:", None),
    ("questions", ":material/help:", "queries"),
    ("console", ":material/terminal:", None),
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
