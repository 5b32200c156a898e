"""Ingest: upload one document, see what arkg read in it, check its metadata, then add it to the graph.

Uploads go through the same reader, budgets and extractor as ``arkg build`` (``read_bytes`` with
a size limit, then ``extract``) and are loaded with ``load_extraction`` under the data
directory's write lock, so an uploaded document ends up in the graph exactly as a built one
would, and loading it twice changes nothing. Both steps run in a worker process per file
(``explorer.uploads``): the page shows each file's progress and stays usable, and a rerun of the
script finds the running job again instead of starting it twice.

The metadata form is prefilled with what the extractor read (symbol, language, session, title,
date); the user may correct it before adding. The symbol must follow the UN symbol grammar
(a series such as ``CAC`` or ``A``, then ``/``-separated parts), so no document enters the graph
as ``document/UNKNOWN/…`` with a broken undocs.org link; the extraction's id is used as it is
unless the user gives or corrects the symbol.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import re
import time
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from arkg.explorer import nav, state, uploads
from arkg.explorer.i18n import t, type_name
from arkg.graph import ids
from arkg.graph.model import LANGUAGES, model
from arkg.graph.records import DocumentInfo
from arkg.graph.stores.base import Store

if TYPE_CHECKING:  # the extractor is loaded by the upload worker, not by the page
    from streamlit.runtime.uploaded_file_manager import UploadedFile

    from arkg.ingest.extract import Extraction, Mention

#: A UN document symbol: a series (``A``, ``E``, ``CAC``, ``ST``…) and at least one more part.
SYMBOL = re.compile(r"^[A-Z][A-Z0-9]*(?:\.[0-9]+)?(?:/[A-Za-z0-9.()-]+)+$")
SESSIONS = "MATCH (s:Session) RETURN s.id AS id ORDER BY s.id"

SUFFIXES = ["txt", "pdf", "docx", "html", "htm"]
#: Seconds between two looks at a running job's progress.
POLL_S = 0.25


def highlighted(text: str, mentions: list[Mention]) -> str:
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


def symbol_problem(symbol: str) -> str | None:
    """Why ``symbol`` cannot name a document (a catalogue key), or None if it can."""
    if not SYMBOL.match(symbol) or symbol.upper().startswith("UNKNOWN"):
        return "ingest.bad_symbol"
    if not model().node_type("Document").id_pattern.match(ids.document(symbol)):
        return "ingest.bad_symbol"
    return None


def with_metadata(extraction: Extraction, symbol: str, language: str, session: str, title: str,
                  date: str) -> Extraction:
    """The extraction with the user's metadata: a new symbol renames the document everywhere it appears.

    An empty symbol keeps the extraction's own id (the identity rules' id for a document whose
    symbol is not printed on it).

    Paragraph, mention and evidence ids derive from the document's id when the extraction is
    loaded; the relationships name the document and its paragraphs, and are renamed here;
    relationships to the old session move to the chosen one.
    """
    old = extraction.document
    doc_id = ids.document(symbol) if symbol else old.id
    symbol = symbol or old.symbol
    document = dataclasses.replace(old, id=doc_id, symbol=symbol, language=language, session=session, title=title,
                                   date=date, symbol_inferred=old.symbol_inferred and symbol == old.symbol)
    moved = {old.session: session} if old.session and session else {}

    def rename(id_: str) -> str:
        """The document, and the paragraphs whose ids extend its id, under the new symbol; the session moved."""
        if id_ == old.id or id_.startswith(old.id + "/"):
            return doc_id + id_[len(old.id):]
        return moved.get(id_, id_)

    relations = [dataclasses.replace(r, source=rename(r.source), target=rename(r.target)) for r in extraction.relations]
    return dataclasses.replace(extraction, document=document, relations=relations)


def _metadata(graph: Store, extraction: Extraction, key: str) -> Extraction | None:
    """The metadata form, prefilled from the extraction; the extraction to add, or None while it is not valid."""
    doc = extraction.document
    sessions = [r["id"] for r in graph.read(SESSIONS).rows]
    with st.container(border=True):
        st.subheader(t("ingest.metadata"))
        symbol = st.text_input(t("col.symbol"), value=doc.symbol, key=f"ingest_symbol_{key}",
                               help=t("ingest.symbol_help", id=doc.id)).strip()
        left, right = st.columns(2)
        language = left.selectbox(t("col.languages"), LANGUAGES, index=list(LANGUAGES).index(doc.language)
                                  if doc.language in LANGUAGES else 0, key=f"ingest_language_{key}")
        session = right.selectbox(t("col.session"), ["", *sessions], index=(sessions.index(doc.session) + 1)
                                  if doc.session in sessions else 0, key=f"ingest_session_{key}")
        title = st.text_input(t("ingest.title"), value=doc.title, key=f"ingest_title_{key}")
        date = st.text_input(t("col.date"), value=doc.date, key=f"ingest_date_{key}").strip()
    problem = symbol_problem(symbol) if symbol else None
    if problem:
        st.error(t(problem, symbol=symbol))
        return None
    if date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        st.error(t("ingest.bad_date", date=date))
        return None
    return with_metadata(extraction, symbol, language, session, title, date)


def _follow(job: uploads.Job, name: str) -> uploads.Status:
    """Show a running job's progress until it ends (the script sleeps meanwhile, the page stays usable:
    any interaction reruns the script, which finds the same job); its final status."""
    status = job.status()
    if status.final:
        return status
    with st.status(t("ingest.working", name=name), expanded=True) as box:
        bar = st.progress(0.0)
        while not (status := job.status()).final:
            bar.progress(status.fraction, text=t(f"ingest.phase.{status.phase}", name=name, detail=status.message))
            time.sleep(POLL_S)
        bar.progress(1.0)
        box.update(state="complete" if status.phase == "done" else "error")
    return status


def _loaded(job: uploads.Job, doc: DocumentInfo) -> None:
    """The load's result: the caches are dropped once (the graph changed), then what was written."""
    loaded, written = job.result()
    if not job.seen:
        job.seen = True
        state.forget_derived()
    if loaded:
        st.success(t("ingest.added", id=doc.id, n=written))
    else:
        st.info(t("ingest.unchanged", id=doc.id))
    nav.link("entity", doc.symbol or doc.id, icon=":material/description:", id=doc.id)


def _one(graph: Store, upload: UploadedFile, extracting: uploads.Job) -> None:
    """One uploaded file: its extraction's progress, then its metadata, its loading and what it holds."""
    st.subheader(t("ingest.file", name=upload.name))
    status = _follow(extracting, upload.name)
    if status.phase == "failed":
        st.error(t("ingest.failed", error=status.error))
        return
    extraction: Extraction = extracting.result()
    st.success(t("ingest.extracted", name=upload.name, mentions=len(extraction.mentions),
                 relations=len(extraction.relations)))
    ready = _metadata(graph, extraction, upload.file_id)
    loads = st.session_state.setdefault("ingest_loads", {})
    add = st.button(t("ingest.add"), type="primary", key=f"ingest_add_{upload.file_id}", disabled=ready is None)
    if add and ready is not None:  # a disabled button is never pressed
        metadata = json.dumps(ready.document.to_json(), sort_keys=True).encode("utf-8")
        loads[upload.file_id] = (f"{upload.file_id}:{hashlib.sha1(metadata).hexdigest()}", ready.document)
        uploads.start(loads[upload.file_id][0], "load", {"extraction": ready})
    if upload.file_id in loads:
        key, doc = loads[upload.file_id]
        loading = uploads.find(key, "load")
        if loading is not None:
            status = _follow(loading, upload.name)
            if status.phase == "failed":
                st.error(t("ingest.load_failed", name=upload.name, error=status.error))
            else:
                _loaded(loading, doc)
    with st.expander(t("ingest.mentions")):
        st.dataframe(pd.DataFrame([{t("col.type"): type_name(m.type), t("col.name"): m.text, t("col.id"): m.id or "",
                                    "¶": m.paragraph, "start": m.start} for m in extraction.mentions]),
                     hide_index=True)
    with st.expander(t("ingest.preview")):
        st.html(f'<div style="white-space: pre-wrap; max-height: 32rem; overflow-y: auto; line-height: 1.7">'
                f"{highlighted(extraction.text, extraction.mentions)}</div>")


def render() -> None:
    graph = state.store()
    st.title(t("page.ingest"))
    files = st.file_uploader(t("ingest.upload", size=f"{uploads.MAX_UPLOAD_MB} MB"), type=SUFFIXES,
                             max_upload_size=uploads.MAX_UPLOAD_MB, accept_multiple_files=True, key="ingest_file")
    # every file's worker starts at once (a rerun finds the ones already started), then each is followed
    jobs = [uploads.find(f.file_id, "extract") or uploads.start(f.file_id, "extract", {"data": f.getvalue(),
                                                                                        "name": f.name})
            for f in files or []]
    for upload, job in zip(files or [], jobs, strict=True):
        with st.container(border=True):
            _one(graph, upload, job)
