"""Export: the whole graph as RDF (Turtle, JSON-LD), GraphML or CSV, generated when the user downloads."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import streamlit as st

from explorer import state
from explorer.i18n import t
from graph.stores.base import Store

#: format → (file name, MIME type, label)
FORMATS = {
    "turtle": ("arkg.ttl", "text/turtle", "RDF — Turtle"),
    "jsonld": ("arkg.jsonld", "application/ld+json", "RDF — JSON-LD"),
    "graphml": ("arkg.graphml", "application/xml", "GraphML"),
    "csv": ("arkg-csv.zip", "application/zip", "CSV (zip)"),
}


def export_bytes(graph: Store, fmt: str) -> bytes:
    """The whole graph in ``fmt`` (a key of :data:`FORMATS`), through the exporters the CLI uses."""
    if fmt in ("turtle", "jsonld"):
        from graph.export.rdf import export_rdf

        out = io.BytesIO()
        export_rdf(graph, out, fmt)
        return out.getvalue()
    if fmt == "graphml":
        from graph.export.graphml import export_graphml

        out = io.BytesIO()
        export_graphml(graph, out)
        return out.getvalue()
    if fmt == "csv":
        from graph.export.csv import export_csv

        with tempfile.TemporaryDirectory() as folder:  # the CSV exporter zips to a path
            target = Path(folder) / FORMATS["csv"][0]
            export_csv(graph, target)
            return target.read_bytes()
    raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")


def render() -> None:
    graph = state.store()
    state.require_data(graph)
    st.title(t("page.export"))
    for fmt, (file_name, mime, label) in FORMATS.items():
        st.download_button(t("export.download", name=label), lambda fmt=fmt: export_bytes(graph, fmt), file_name,
                           mime, key=f"export_{fmt}")
