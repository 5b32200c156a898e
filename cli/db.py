"""``arkg db start|stop|status``: the embedded FalkorDB server of the data directory."""

from __future__ import annotations

import argparse
import sys

from cli import settings_from
from cli.output import print_json
from graph.stores import server


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("db", help="start, stop or inspect the embedded FalkorDB server")
    p.add_argument("action", choices=("start", "stop", "status"))
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if args.action == "start":
        state = server.start(settings.data_dir, progress=lambda where: print(where, file=sys.stderr, flush=True))
    elif args.action == "stop":
        state = server.stop(settings.data_dir)
    else:
        state = server.status(settings.data_dir, settings.graph)
    if args.format == "json":
        print_json({"running": state.running, "pid": state.pid, "socket": str(state.socket),
                    "data_dir": str(state.data_dir), "detail": state.detail, "bolt_port": state.bolt_port})
    else:
        pid = f" (pid {state.pid})" if state.running else ""
        print(f"FalkorDB {state.detail}{pid}; data {state.data_dir}; socket {state.socket}")
    if args.action == "status":
        return 0 if state.detail == "running" else 1  # running and answering graph queries
    return 0 if state.running or args.action == "stop" else 1
