"""How neo4j-viz's browser frontend reaches the page: once per browser tab, over HTTP.

neo4j-viz's frontend is a 5.3 MB script. Registered inline (as its own Streamlit helper does),
it travels inside the component's message on every rerun, so every click on a node sent it
again and the browser hashed and compiled it again from a blob. arkg instead copies the script
once into ``static/`` beside ``app.py`` (Streamlit's static serving, a versioned file name so
the browser may keep it) and registers a few-line loader as the component: the browser fetches
and compiles the script once per tab, and :func:`preload` starts that while a page's queries
still run. Where the folder cannot be written (a read-only installation) or static serving is
off, the script is sent inline as before: slower, never broken.

Tooltips: neo4j-viz's frontend hands NVL (its drawing library) a fixed set of mouse callbacks
without ``onHover``, and its Python API has no tooltip. :func:`source` adds one callback to the
script: on hover it puts the hovered node's or relationship's ``tooltip`` (a field arkg adds to
each, :mod:`explorer.viz`) into the drawing's ``title``, the browser's own tooltip. The insertion
point is one line of this neo4j-viz version's script; if a new version moves it, the script is
served unchanged and the graph simply has no tooltips (:data:`HOVER_ANCHOR` is tested).
"""

from __future__ import annotations

import functools
import json
import os
from importlib import metadata
from importlib.resources import files
from pathlib import Path

import streamlit as st
from streamlit.components.v2 import component
from streamlit.components.v2.types import ComponentRenderer

#: Streamlit serves ``static/`` next to the main script (``app.py``) at ``/app/static/``.
STATIC = Path(__file__).resolve().parent.parent / "static"
#: The frontend neo4j-viz ships for Streamlit's components v2.
BUNDLE = files("neo4j_viz") / "resources" / "streamlit_v2" / "graph.js"
#: Where the hover callback goes: the mouse callbacks neo4j-viz's frontend gives NVL (``O`` is the drawing's
#: element, ``l`` reports an event to Python); the first one is the node click.
HOVER_ANCHOR = "mouseEventCallbacks: {\n\t\t\t\t\tonNodeClick: (e) => l({"
_HOVER = HOVER_ANCHOR.replace(
    "onNodeClick", 'onHover: (e) => { const el = O.current; const tip = (e && e.tooltip) || "";'
    ' if (el && el.title !== tip) el.title = tip; },\n\t\t\t\t\tonNodeClick', 1)
#: The component: a module whose default export neo4j-viz's frontend provides.
_LOADER = """// arkg: neo4j-viz's frontend, fetched once per tab (explorer/frontend.py)
const frontend = import(new URL(%s, location.origin).href);
export default async function (component) {
  if (component.data == null) return;  // a preload: start fetching, draw nothing
  return (await frontend).default(component);
}
"""


def bundle_name() -> str:
    """The served file's name, versioned so a browser never runs an old frontend with new data."""
    return f"neo4j-viz-{metadata.version('neo4j-viz')}-hover.js"


@functools.cache
def source() -> str:
    """neo4j-viz's frontend with the hover callback added (unchanged if this version has no anchor for it)."""
    script = BUNDLE.read_text(encoding="utf-8")
    return script.replace(HOVER_ANCHOR, _HOVER, 1)


def publish(static: Path = STATIC) -> str | None:
    """Put the frontend where Streamlit serves static files; its URL path, or None if it cannot be served."""
    if not st.get_option("server.enableStaticServing"):
        return None
    data = source().encode("utf-8")
    target = static / bundle_name()
    try:
        if not target.is_file() or target.read_bytes() != data:
            static.mkdir(exist_ok=True)
            partial = target.with_name(f".{target.name}.{os.getpid()}")
            partial.write_bytes(data)
            partial.replace(target)  # atomic: a browser never fetches half a script
    except OSError:
        return None
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    return "/" + "/".join(part for part in (base, "app", "static", target.name) if part)


@functools.cache
def served() -> str | None:
    """The frontend's URL path for this process (published once), or None when it goes inline."""
    return publish()


@functools.cache
def renderer() -> ComponentRenderer:
    """The graph component, registered once per process: the loader if the script is served, else inline.

    No stylesheet is registered: the script injects neo4j-viz's own (2 MB) when it first draws.
    """
    url = served()
    js = _LOADER % json.dumps(url) if url else source()
    return component("arkg_graph", js=js)


def preload() -> None:
    """Start fetching and compiling the frontend now, so a graph drawn later in the run appears sooner."""
    if served():
        with st.sidebar:
            renderer()(key="arkg_graph_preload", data=None, height=0)
