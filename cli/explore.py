"""``arkg explore``: start the explorer on this data directory's graph (http://127.0.0.1:8501).

The explorer is ``app.py``, installed beside the packages with its ``.streamlit/config.toml``; it
runs in Streamlit's own process, pointed at the same graph as the other commands through the
environment (``Settings.environment``). Ctrl-C stops it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from arkg.cli import settings_from

APP = Path(__file__).resolve().parent.parent / "app.py"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("explore", help="start the explorer (Streamlit) on this graph")
    p.add_argument("--port", type=int, default=8501, help="local port (default 8501)")
    p.set_defaults(run=run)


def command(port: int) -> list[str]:
    """``streamlit run app.py`` on ``port``, local only; the rest of its settings are in .streamlit/config.toml."""
    return [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
            "--server.address", "127.0.0.1", "--server.headless", "true"]


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    print(f"arkg explore: http://127.0.0.1:{args.port} (Ctrl-C stops it)", file=sys.stderr)
    try:
        return subprocess.call(command(args.port), cwd=APP.parent, env=settings.environment())
    except KeyboardInterrupt:
        return 0
