"""One icon per node type, drawn inside the graph's nodes and beside the legend's colours.

Icons are Font Awesome Free's solid set (``fontawesomefree`` on PyPI, Fonticons Inc.; icons CC BY
4.0, attribution in the SVG files themselves and in docs/explorer.md), picked so a type reads at a
glance: a gavel for a resolution, a flag for a country. neo4j-viz's Python model has no icon field,
but the library it draws with (NVL) draws a node's ``icon`` (an image URL) above its caption,
inverted on dark colours; :func:`explorer.viz.show` adds it to each node it sends.

The SVGs are served once per browser from ``static/icons/`` (like neo4j-viz's frontend,
:mod:`explorer.frontend`), so a 200-node view sends 200 short URLs, not 200 copies of an image;
where static files cannot be served, each icon goes inline as a data URL.
"""

from __future__ import annotations

import base64
import functools
import os
import re
from importlib.resources import files
from pathlib import Path

from arkg.explorer import frontend
from arkg.graph.model import model

#: Node type → Font Awesome Free solid icon name.
TYPE_ICONS: dict[str, str] = {
    "Convention": "scroll", "Chapter": "book-open", "Article": "section", "Body": "people-group",
    "Session": "calendar-days", "Resolution": "gavel", "Document": "file-lines", "AgendaItem": "list-ol",
    "Paragraph": "paragraph", "Network": "circle-nodes", "Organization": "building-columns",
    "Initiative": "lightbulb", "Event": "calendar-check", "Publication": "book", "Country": "flag",
    "Place": "location-dot", "Topic": "tag", "Mention": "quote-left", "Actor": "user-tie",
    "Mandate": "clipboard-list", "Build": "gears",
}
#: A type the table does not name yet (added to schema.ttl later) still gets an icon.
FALLBACK = "circle-info"
SOLID = files("fontawesomefree") / "static" / "fontawesomefree" / "svgs" / "solid"
_SVG_TAG = re.compile(r"<svg\b")


def icon_name(label: str) -> str:
    return TYPE_ICONS.get(label, FALLBACK)


@functools.cache
def svg(label: str, colour: str | None = None, size: str = "64") -> str:
    """The type's icon as SVG markup, ``size`` square (NVL draws it from a 64 px canvas), in ``colour`` if given."""
    text = (SOLID / f"{icon_name(label)}.svg").read_text(encoding="utf-8")
    fill = f' fill="{colour}"' if colour and re.fullmatch(r"#[0-9A-Fa-f]{3,8}", colour) else ""
    return _SVG_TAG.sub(f'<svg width="{size}" height="{size}"{fill}', text, count=1)


@functools.cache
def published() -> str | None:
    """Copy every type's icon into ``static/icons/`` once per process; their URL folder, or None if not served."""
    url = frontend.served()
    if url is None:
        return None
    folder = frontend.STATIC / "icons"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for label in {*model().labels, *TYPE_ICONS}:
            target = folder / f"{icon_name(label)}.svg"
            data = svg(label)
            if not target.is_file() or target.read_text(encoding="utf-8") != data:
                partial = target.with_name(f".{target.name}.{os.getpid()}")
                partial.write_text(data, encoding="utf-8")
                partial.replace(target)
    except OSError:
        return None
    return str(Path(url).parent / "icons")


def url(label: str) -> str:
    """Where the browser finds the type's icon: the served file, else a data URL."""
    folder = published()
    if folder is not None:
        return f"{folder}/{icon_name(label)}.svg"
    return data_url(label)


def data_url(label: str, colour: str | None = None) -> str:
    """The type's icon inline (an ``<img>`` source: Streamlit's HTML sanitiser keeps no inline ``<svg>``)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg(label, colour).encode("utf-8")).decode("ascii")
