"""``arkg db start|stop|status``: the embedded FalkorDB server of the data directory."""

from __future__ import annotations

import argparse
import sys

from arkg.cli import settings_from
from arkg.cli.output import print_json
from arkg.graph.settings import Settings
from arkg.graph.stores import server


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("db", help="start, stop or inspect the embedded FalkorDB server; check the graph")
    p.add_argument("action", choices=("start", "stop", "status", "check"))
    p.add_argument("--fix", action="store_true", help="check: repair what is found (duplicates, half-written versions)")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if args.action == "check":
        return run_check(settings, args.fix, args.format)
    if args.action == "start":
        state = server.start(settings.data_dir, progress=lambda where: print(where, file=sys.stderr, flush=True))
    elif args.action == "stop":
        state = server.stop(settings.data_dir)
    else:
        state = server.status(settings.data_dir, settings.graph)
    if args.format == "json":
        print_json({"running": state.running, "pid": state.pid, "socket": str(state.socket),
                    "data_dir": str(state.data_dir), "detail": state.detail})
    else:
        pid = f" (pid {state.pid})" if state.running else ""
        print(f"FalkorDB {state.detail}{pid}; data {state.data_dir}; socket {state.socket}")
    if args.action == "status":
        return 0 if state.detail == "running" else 1  # running and answering graph queries
    return 0 if state.running or args.action == "stop" else 1


def run_check(settings: Settings, fix: bool, fmt: str) -> int:
    """``arkg db check [--fix]``: exit 0 when the graph is clean (or was repaired), else 1."""
    from arkg.graph.lock import writer_lock
    from arkg.graph.stores import open_store
    from arkg.pipeline.check import check

    with writer_lock(settings.data_dir, on_wait=lambda message: print(message, file=sys.stderr, flush=True)):
        store = open_store(settings)
        try:
            report = check(store, fix=fix)
        finally:
            store.close()
    if fmt == "json":
        print_json({"duplicates": report.duplicates, "half_written": [list(v) for v in report.half_written],
                    "miscounted": report.miscounted, "fixed": report.fixed})
    else:
        print(f"graph '{settings.graph}': {report.duplicates} duplicated relationship(s), "
              f"{len(report.half_written)} half-written language version(s), "
              f"{report.miscounted} wrong or missing load-time count(s)"
              + ("; repaired — run `arkg build` to load the removed versions again" if report.fixed else "")
              + ("" if report.clean or fix else "; run `arkg db check --fix` to repair"))
        for document, language in report.half_written:
            print(f"  half-written: {document} ({language})")
    return 0 if report.clean or report.fixed else 1
