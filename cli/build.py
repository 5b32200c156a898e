"""``arkg build``: reference data and documents into the store, with progress and a summary."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from cli import settings_from
from cli.progress import Progress
from graph.build import SAMPLES, build, document_files
from graph.provenance import record_build
from graph.stores import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("build", help="load the reference data and documents into the store")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the bundled sample corpus)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise OSError(f"no such file or folder: {', '.join(missing)}")
    settings = settings_from(args)
    store = open_store(settings)
    progress = Progress("documents")
    try:
        started = datetime.now(UTC)
        report = build(store, args.paths or None, progress=progress.update)
        record_build(store, report, started, datetime.now(UTC), document_files(args.paths or [SAMPLES]))
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
    for _path, reason in report.failed:
        print(f"  failed: {reason}", file=sys.stderr)
    for _path, reason in report.conflicts:
        print(f"  {reason}", file=sys.stderr)
    return 1 if report.failed or report.conflicts else 0
