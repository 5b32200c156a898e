"""``arkg build``: reference data and documents into the store, with progress and a summary."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from arkg.cli import settings_from
from arkg.cli.progress import Progress
from arkg.graph.export.sparql import SparqlStore
from arkg.graph.lock import writer_lock
from arkg.graph.settings import Settings
from arkg.graph.stores import Store, open_store
from arkg.pipeline.build import SAMPLES, build_alone, document_files
from arkg.pipeline.provenance import record_build
from arkg.pipeline.remove import document_id, remove_documents


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("build", help="load the reference data and documents into the store")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the bundled sample corpus)")
    p.add_argument("--prune", action="store_true",
                   help="also remove loaded documents that are not among these files (skipped if a file fails)")
    p.set_defaults(run=run)

    p = subparsers.add_parser("remove", help="remove documents, with all they brought, from the graph")
    p.add_argument("documents", nargs="+", metavar="DOC",
                   help="document id or symbol (document/A/RES/58/4 or A/RES/58/4)")
    p.set_defaults(run=run_remove)


def run(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise OSError(f"no such file or folder: {', '.join(missing)}")
    settings = settings_from(args)
    store = open_store(settings)
    progress = Progress("documents")
    try:
        started = datetime.now(UTC)
        report = build_alone(store, settings.data_dir, args.paths or None, progress=progress.update,
                             on_wait=_say, prune=args.prune)
        if report.loaded or report.pruned:  # nothing loaded, nothing generated: the graph stays byte-identical
            record_build(store, report, started, datetime.now(UTC), document_files(args.paths or [SAMPLES]))
        refresh_sparql(store, settings)
        stats = store.stats()
    finally:
        progress.close()
        store.close()
    nodes = sum(stats["nodes"].values())
    rels = sum(stats["relationships"].values())
    print(
        f"built graph '{settings.graph}' in {settings.store}: {len(report.loaded)} document version(s) loaded, "
        f"{len(report.unchanged)} unchanged, {len(report.failed)} failed, {len(report.conflicts)} conflict(s); "
        f"{nodes} nodes, {rels} relationships"
    )
    for document in report.pruned:
        print(f"  removed (not in the corpus): {document}")
    for _path, reason in report.failed:
        print(f"  failed: {reason}", file=sys.stderr)
    for _path, reason in report.conflicts:
        print(f"  {reason}", file=sys.stderr)
    if args.prune and report.failed:
        print("  not pruned: a file failed to read, and its document cannot be told from a deleted one",
              file=sys.stderr)
    return 1 if report.failed or report.conflicts else 0


def refresh_sparql(store: Store, settings: Settings) -> None:
    """Bring the SPARQL store up to date with the graph a command just changed, so ``arkg sparql``
    answers at once instead of reloading on its first question (a no-op when it is current)."""
    with writer_lock(settings.data_dir, on_wait=_say):
        loaded = SparqlStore.of(settings.data_dir).refresh(store)
    if loaded:
        print(f"SPARQL store refreshed: {loaded} triples", file=sys.stderr)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_remove(args: argparse.Namespace) -> int:
    """``arkg remove DOC ...``: exit 1 if a named document was not loaded (the others are removed)."""
    settings = settings_from(args)
    ids = [document_id(name) for name in args.documents]
    with writer_lock(settings.data_dir, on_wait=_say):
        store = open_store(settings)
        try:
            removed = remove_documents(store, ids)
            if removed:  # under the lock already held (refresh_sparql would wait for it)
                SparqlStore.of(settings.data_dir).refresh(store)
        finally:
            store.close()
    for id_ in ids:
        print(f"removed {id_}" if id_ in removed else f"not loaded, nothing to remove: {id_}",
              file=sys.stdout if id_ in removed else sys.stderr)
    return 0 if len(removed) == len(set(ids)) else 1
