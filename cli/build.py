"""``arkg build``: reference data and documents into the store, with progress and a summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli import settings_from
from cli.progress import Progress
from graph.build import build_alone
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
        report = build_alone(store, settings.data_dir, args.paths or None, progress=progress.update,
                             on_wait=lambda message: print(message, file=sys.stderr, flush=True))
        stats = store.stats()
    finally:
        progress.close()
        store.close()
    nodes = sum(stats["nodes"].values())
    rels = sum(stats["relationships"].values())
    print(
        f"built graph '{settings.graph}' in {settings.store}: {len(report.loaded)} document version(s) loaded, "
        f"{len(report.unchanged)} unchanged, {len(report.failed)} failed; {nodes} nodes, {rels} relationships"
    )
    for _path, reason in report.failed:
        print(f"  failed: {reason}", file=sys.stderr)
    return 1 if report.failed else 0
