"""``arkg remove`` and ``arkg build --prune``: documents taken out of the graph with all they brought.

A removed document loses every language version's output — evidence edges, mentions, paragraphs,
completion marks, the properties its file set. Its node stays only where something else still
needs it: the reference data lists it, or another document's evidence points at it (a citation);
it is then a document known by name again, not a loaded one. Otherwise it goes too, as do nodes
only it brought. Each document is one atomic write, so the graph equals a build without it — the
load-time counts included (:mod:`graph.stores.aggregates`).
"""

from __future__ import annotations

from collections.abc import Iterable

from arkg.graph import ids
from arkg.graph.stores import aggregates
from arkg.graph.stores.base import Store
from arkg.ingest.authority import authority
from arkg.pipeline.build import drop_unlinked_entities, reference_documents

_OWN_OUTPUT = [
    "MATCH ()-[e]->() WHERE e.document = $id DELETE e",
    "MATCH (m:Mention {document: $id}) DETACH DELETE m",
    "MATCH (m:Mandate {document: $id}) DETACH DELETE m",
    "MATCH (p:Paragraph {document: $id}) DETACH DELETE p",
    # the builds that loaded it no longer generated anything in this graph under its name
    "MATCH (b:Build) WHERE $id IN b.generated SET b.generated = [x IN b.generated WHERE x <> $id]",
    # what citing documents know of it: its symbol; the reference rows, if any, are written after
    "MATCH (d:Document {id: $id}) SET d = {id: $id, symbol: $symbol}",
    "MATCH (d:Document {id: $id}) WHERE NOT (d)--() DELETE d",
]


def document_id(name: str) -> str:
    """``document/A/RES/58/4`` from itself or from the bare symbol ``A/RES/58/4``."""
    return name if name.startswith(ids.document("")) else ids.document(name.strip("/"))


def loaded_documents(store: Store) -> set[str]:
    """Documents loaded from files (they carry completion marks)."""
    rows = store.read("MATCH (d:Document) WHERE size(coalesce(d.content_hashes, [])) > 0 RETURN d.id AS id",
                      timeout_ms=0).rows
    return {row["id"] for row in rows}


def remove_documents(store: Store, ids: Iterable[str]) -> list[str]:
    """Remove each loaded document among ``ids``; returns those removed (others were not loaded)."""
    loaded = loaded_documents(store)
    removed = []
    reference = {node.id: node for node in authority().batch.nodes if node.label == "Document"}
    for id_ in ids:
        if id_ not in loaded:
            continue
        statements = aggregates.subtract([id_])  # what it adds to the load-time counts, while it is still there
        statements += [(cypher, {"id": id_, "symbol": id_.removeprefix("document/")}) for cypher in _OWN_OUTPUT]
        if id_ in reference:  # back to what the reference data says about it
            statements += reference_documents([reference[id_]])
        statements += aggregates.settle()
        store.write_atomic(statements)
        removed.append(id_)
    if removed:
        drop_unlinked_entities(store)  # nodes only the removed documents brought (an agenda item, a cited symbol)
    return removed


def loaded_versions(store: Store) -> set[tuple[str, str]]:
    """(document, language) of every language version loaded from a file."""
    rows = store.read("MATCH (d:Document) WHERE size(coalesce(d.content_hashes, [])) > 0 "
                      "RETURN d.id AS id, d.content_hashes AS marks", timeout_ms=0).rows
    return {(row["id"], mark.split(":", 1)[0]) for row in rows for mark in row["marks"]}


def prune(store: Store, kept: set[tuple[str, str]]) -> tuple[list[str], set[str]]:
    """Remove the loaded language versions not in ``kept`` (the versions of the corpus just built).

    A document none of whose versions is kept is removed; one that only lost some is removed too,
    and returned for reloading, since what its versions merged into its node cannot be taken
    apart. Returns what was pruned (``document`` or ``document (language)``) and the documents
    to load again.
    """
    gone = loaded_versions(store) - kept
    documents = {document for document, _ in gone}
    still_there = {document for document, _ in kept}
    remove_documents(store, sorted(documents))
    said = [document if document not in still_there else f"{document} ({language})"
            for document, language in sorted(gone)]
    return list(dict.fromkeys(said)), documents & still_there
