"""A FalkorDB server that answers nothing, found and stopped between two tests (``tests/conftest.py``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from arkg.graph.stores import server


def stop_if_stuck(data_dir: Path, before: str, artifacts: Path) -> str | None:
    """Stop the server of ``data_dir`` if it answers nothing; what was done, or None if it answers.

    Under write load the engine can stop answering for good (FalkorDB issue #2129: its main thread and
    a writer wait on each other). The test it happens in fails at its time limit; without this, every
    later test would fail too, at its first query. A stuck server's threads' stacks are saved for the
    report upstream, it is stopped, and the next test starts it again from its files.
    """
    state = server.status(data_dir)
    if state.running or state.pid is None or "does not answer" not in state.detail:
        return None
    artifacts.mkdir(exist_ok=True)
    saved = artifacts / f"falkordb-stuck-{state.pid}.txt"
    saved.write_text(_stacks(state.pid), encoding="utf-8")
    server.stop(data_dir)
    return (f"FalkorDB (process {state.pid}) answered nothing before {before}: stopped (the next test starts "
            f"it again); its threads' stacks are in {saved}")


def _stacks(pid: int) -> str:
    if shutil.which("gdb") is None:
        return "gdb is not installed: no stacks"
    done = subprocess.run(["gdb", "-p", str(pid), "-batch", "-ex", "thread apply all bt"],
                          capture_output=True, text=True, timeout=120, check=False)
    return done.stdout + done.stderr
