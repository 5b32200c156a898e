"""``arkg``: the one command-line entry point (contract: shared spec/cli.md).

Each command group lives in its own module with a ``register(subparsers)`` function; this
module only assembles them, parses the common options and turns errors into one clear line
(exit 1) instead of a traceback, unless ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from arkg.graph.settings import STORES, Settings

#: Command modules, in the order ``arkg --help`` lists them (named from this package's own name, so
#: that they are found however the package is installed).
COMMAND_MODULES = tuple(
    f"{__name__}.{name}"
    for name in ("build", "extract", "read", "query", "export", "sparql", "eval", "db", "explore", "bench", "authority")
)


class UsageError(Exception):
    """Bad usage that argparse could not catch (exit 2)."""


def common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Options accepted before or after the sub-command (``arkg --data-dir X build`` = ``arkg build --data-dir X``)."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", default=default, help="data directory (ARKG_DATA_DIR, default ./.arkg)")
    parser.add_argument("--store", choices=STORES, default=default, help="store (ARKG_STORE, default falkordb)")
    parser.add_argument("--graph", default=default, help="graph name in FalkorDB (ARKG_GRAPH, default arkg)")
    parser.add_argument("--uri", default=default, help="Neo4j URI (NEO4J_URI)")
    parser.add_argument("--user", default=default, help="Neo4j user (NEO4J_USERNAME)")
    parser.add_argument("--password", default=default, help="Neo4j password (NEO4J_PASSWORD)")
    parser.add_argument("--database", default=default, help="Neo4j database (NEO4J_DATABASE)")
    parser.add_argument("--debug", action="store_true", default=False if top else argparse.SUPPRESS,
                        help="show tracebacks")


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        data_dir=args.data_dir, store=args.store, graph=args.graph, uri=args.uri,
        user=args.user, password=args.password, database=args.database,
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="arkg",
        description="arkg — the asset-recovery knowledge graph: UN documents on asset recovery as a graph.",
    )
    common_options(top, top=True)
    subparsers = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    for sub in subparsers.choices.values():
        common_options(sub, top=False)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    from arkg.graph.model import ModelError
    from arkg.graph.stores.base import StoreError
    from arkg.ingest.readers import ReadError

    args = parser().parse_args(argv)
    previous, sys.unraisablehook = sys.unraisablehook, _redeliver_interrupts
    _INTERRUPTS.clear()
    watching = _watch_interrupts()
    try:
        return int(args.run(args) or 0)
    except UsageError as exc:
        print(f"arkg {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader of our output went away (`arkg export | head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (StoreError, ReadError, ModelError, ValueError, OSError) as exc:
        if _INTERRUPTS:  # the failure came of the Ctrl-C (see _watch_interrupts)
            return _interrupted(args.command)
        if args.debug:
            raise
        print(f"arkg {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return _interrupted(args.command)
    except Exception as exc:
        # an error raised while unwinding from a Ctrl-C (the Neo4j driver closing a session whose socket read
        # the interrupt cut: "BufferError: Existing exports of data") is the interrupt's, not a failure
        if _INTERRUPTS or _after_interrupt(exc):
            return _interrupted(args.command)
        raise
    finally:
        sys.unraisablehook = previous
        if watching:
            signal.signal(signal.SIGINT, signal.default_int_handler)


#: The Ctrl-Cs the running command received (a list, so that the signal handler only appends).
_INTERRUPTS: list[int] = []


def _watch_interrupts() -> bool:
    """Note each Ctrl-C before Python raises it (in place of Python's own handler, which it puts back).

    A Ctrl-C can land inside the Neo4j driver while it talks to the server; the driver then gives the
    connection back in a state the server no longer agrees with, and the command's next transaction fails
    ("Message of type BeginMessage cannot be handled by a session in the IN_TRANSACTION state") before the
    interrupt itself reaches our code. Whatever error follows a Ctrl-C is the interrupt's, so it is noted
    here. A SIGINT the command was started to ignore stays ignored, and only the main thread can set a handler.
    """
    if threading.current_thread() is not threading.main_thread():
        return False
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return False
    signal.signal(signal.SIGINT, _note_interrupt)
    return True


def _note_interrupt(signum: int, frame: FrameType | None) -> None:
    _INTERRUPTS.append(signum)
    raise KeyboardInterrupt


def _interrupted(command: str) -> int:
    print(f"arkg {command}: interrupted; run it again to complete (nothing is left half-loaded)", file=sys.stderr)
    return 130


def _after_interrupt(exc: BaseException) -> bool:
    """A KeyboardInterrupt is in the chain of exceptions ``exc`` was raised while handling."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _redeliver_interrupts(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl-C that lands in a finalizer is lost: Python prints "Exception ignored in …" and goes on.

    The Neo4j driver's sessions have finalizers, so a Ctrl-C during a build on Neo4j was sometimes
    swallowed and the build ran to its end. The signal is sent again a moment later from another
    thread, so that Python raises it in the main thread's own code, not inside this hook.
    """
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        again = threading.Timer(0.01, signal.raise_signal, (signal.SIGINT,))
        again.daemon = True
        again.start()
        return
    sys.__unraisablehook__(unraisable)
