"""Ingest: upload one document, see what arkg read in it, then add it to the graph.

Uploads go through the same reader and extractor as ``arkg build`` (``read_bytes`` with a size
limit, then ``extract``) and are loaded with ``load_extraction``, so an uploaded document ends
up in the graph exactly as a built one would, and loading it twice changes nothing.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd
import streamlit as st

from explorer import state
from explorer.i18n import t, type_name

#: Upload limit (also ``server.maxUploadSize`` in .streamlit/config.toml, in MB).
MAX_UPLOAD_MB = 20
MAX_BYTES = MAX_UPLOAD_MB * 2**20
SUFFIXES = ["txt", "pdf", "docx", "html", "htm"]


def process_upload(data: bytes, name: str) -> Any:
    """Read and extract an uploaded document; raises ``ReadError`` (one line) for what cannot be read."""
    from ingest.budget import check_size, time_budget
    from ingest.extract import extract
    from ingest.readers import read_bytes

    with time_budget(name):  # the same budgets as a build (the timer only where signals can be used)
        source = read_bytes(data, name, max_bytes=MAX_BYTES)
        check_size(source.text, name)
        return extract(source, name=name)


def highlighted(text: str, mentions: list[Any]) -> str:
    """The text as safe HTML with every mention in ``<mark>`` (title: type and id), overlaps skipped."""
    parts: list[str] = []
    at = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < at:
            continue
        tip = html.escape(f"{m.type} {m.id or '—'}", quote=True)
        parts += [html.escape(text[at:m.start]), f'<mark title="{tip}">{html.escape(text[m.start:m.end])}</mark>']
        at = m.end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


def render() -> None:
    from graph.build import load_extraction
    from graph.lock import writer_lock
    from ingest.readers import ReadError

    graph = state.store()
    st.title(t("page.ingest"))
    upload = st.file_uploader(t("ingest.upload", size=f"{MAX_UPLOAD_MB} MB"), type=SUFFIXES,
                              max_upload_size=MAX_UPLOAD_MB, key="ingest_file")
    if upload is None:
        return
    cached = st.session_state.get("ingest_extraction")
    if not cached or cached[0] != upload.file_id:
        try:
            st.session_state["ingest_extraction"] = (upload.file_id, process_upload(upload.getvalue(), upload.name))
        except ReadError as exc:
            st.error(t("ingest.failed", error=exc))
            return
    extraction = st.session_state["ingest_extraction"][1]
    doc = extraction.document
    st.success(t("ingest.extracted", name=upload.name, mentions=len(extraction.mentions),
                 relations=len(extraction.relations)))
    st.subheader(t("ingest.document"))
    st.json({k: doc.get(k) for k in ("id", "symbol", "language", "title", "date", "kind")}, expanded=True)
    if st.button(t("ingest.add"), type="primary", key="ingest_add"):
        with writer_lock(state.settings().data_dir, on_wait=st.info):  # one writer at a time, as builds
            loaded, written = load_extraction(graph, extraction)
        state.forget_derived()
        if loaded:
            st.success(t("ingest.added", id=doc["id"], n=written))
        else:
            st.info(t("ingest.unchanged", id=doc["id"]))
    st.subheader(t("ingest.mentions"))
    st.dataframe(pd.DataFrame([{t("col.type"): type_name(m.type), t("col.name"): m.text, t("col.id"): m.id or "",
                                "¶": m.paragraph, "start": m.start} for m in extraction.mentions]),
                 hide_index=True)
    st.subheader(t("ingest.preview"))
    st.html(f'<div style="white-space: pre-wrap; max-height: 32rem; overflow-y: auto; line-height: 1.7">'
            f"{highlighted(extraction.text, extraction.mentions)}</div>")
