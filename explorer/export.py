"""Export: the whole graph, the view on screen or an entity's neighbourhood, in every format ``arkg export`` has.

The bytes come from the exporters the CLI uses (:mod:`graph.export`): RDF in its four syntaxes,
GraphML and CSV; a part of the graph is a :class:`graph.export.source.View` handed to the same
exporters, so a view's Turtle is the whole graph's Turtle narrowed, never a second writer. Files
are generated only when the user downloads.
"""

from __future__ import annotations

import io
import tempfile
from functools import partial
from pathlib import Path

import streamlit as st

from arkg.explorer import state
from arkg.explorer.i18n import t
from arkg.graph.export.source import View
from arkg.graph.stores.base import Store

#: format (as ``arkg export --format`` names it) → (file suffix, MIME type, label)
FORMATS = {
    "turtle": (".ttl", "text/turtle", "RDF — Turtle"),
    "nt": (".nt", "application/n-triples", "RDF — N-Triples"),
    "jsonld": (".jsonld", "application/ld+json", "RDF — JSON-LD"),
    "xml": (".rdf", "application/rdf+xml", "RDF — RDF/XML"),
    "graphml": (".graphml", "application/xml", "GraphML"),
    "csv": (".zip", "application/zip", "CSV (zip)"),
}


def export_bytes(graph: Store, fmt: str, view: View | None = None) -> bytes:
    """The whole graph (or ``view``) in ``fmt`` (a key of :data:`FORMATS`), through the exporters the CLI uses."""
    if fmt == "graphml":
        from arkg.graph.export.graphml import export_graphml

        out = io.BytesIO()
        export_graphml(graph, out, view)
        return out.getvalue()
    if fmt == "csv":
        from arkg.graph.export.csv import export_csv

        with tempfile.TemporaryDirectory() as folder:  # the CSV exporter zips to a path
            target = Path(folder) / "arkg.zip"
            export_csv(graph, target, view)
            return target.read_bytes()
    if fmt in FORMATS:
        from arkg.graph.export.rdf import export_rdf

        out = io.BytesIO()
        export_rdf(graph, out, fmt, view=view)
        return out.getvalue()
    raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")


def offer(graph: Store, view: View, key: str, stem: str) -> None:
    """A format picker and one download button for part of the graph (the file is made when clicked)."""
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    labels = {fmt: label for fmt, (_, _, label) in FORMATS.items()}
    fmt = left.selectbox(t("export.format"), list(FORMATS), format_func=labels.__getitem__, key=f"{key}_format")
    suffix, mime, _ = FORMATS[fmt]
    right.download_button(t("export.download", name=labels[fmt]), lambda: export_bytes(graph, fmt, view),
                          f"{stem}{suffix}", mime, key=f"{key}_download")


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.export"))
    for fmt, (suffix, mime, label) in FORMATS.items():
        st.download_button(t("export.download", name=label), partial(export_bytes, graph, fmt),
                           f"arkg{suffix}", mime, key=f"export_{fmt}")
