"""``arkg db start|stop|status``: the embedded FalkorDB server of the data directory."""

from __future__ import annotations

import argparse

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
        state = server.start(settings.data_dir)
    elif args.action == "stop":
        state = server.stop(settings.data_dir)
    else:
        state = server.status(settings.data_dir)
    if args.format == "json":
        print_json({"running": state.running, "pid": state.pid, "socket": str(state.socket),
                    "data_dir": str(state.data_dir), "detail": state.detail})
    else:
        pid = f" (pid {state.pid})" if state.running else ""
        print(f"FalkorDB {state.detail}{pid}; data {state.data_dir}; socket {state.socket}")
    return 0 if state.running or args.action == "stop" else 1
