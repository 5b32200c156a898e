"""An upload's reading, extraction and loading run in a worker process, never on Streamlit's script thread.

Why a process per step: extraction is CPU-bound (seconds for a large file, up to the per-document
budget) and can take much memory (a DOCX that expands); on the script thread it froze the page
and its memory stayed in the server. A worker process leaves the page live — the page polls the
job's status and shows its progress — gets the same limits as a build's worker (the time budget
needs a main thread's timer signal), and returns its memory when it ends.

A job is a private directory holding its input, a status file the worker replaces atomically
(phase, fraction, message, error) and its result. Jobs are kept per server process, keyed by the
upload's file id and the step, so a rerun of the page's script finds the job it started instead
of starting a second one or losing it. Loading takes the data directory's write lock like
``arkg build`` and writes each language version in one atomic group, so a job that fails or is
killed midway leaves the graph as it was. This module does not import Streamlit.

The worker: ``python -m arkg.explorer.uploads extract|load JOB_DIR``.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Upload limit (also ``server.maxUploadSize`` in .streamlit/config.toml, in MB).
MAX_UPLOAD_MB = 20
MAX_BYTES = MAX_UPLOAD_MB * 2**20
#: Phases a job goes through; ``done`` and ``failed`` are final.
FINAL = ("done", "failed")
#: Jobs kept per server process (finished ones are forgotten oldest first beyond this).
KEEP_JOBS = 64
_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class Status:
    phase: str
    fraction: float
    message: str = ""
    error: str = ""

    @property
    def final(self) -> bool:
        return self.phase in FINAL


@dataclass
class Job:
    """One step (``extract`` or ``load``) of one upload, run by a worker process."""

    step: str
    directory: Path
    process: subprocess.Popen[bytes]
    started: float = field(default_factory=time.monotonic)
    #: The page has acted on the finished job (dropped its caches after a load), once for all reruns.
    seen: bool = False
    _result: Any = None
    _final: Status | None = None

    def status(self) -> Status:
        """The worker's last status; a worker gone without a final status is a failure, said so.

        A final status is kept: the job's files go once its result is read, and reruns ask again.
        """
        if self._final is not None:
            return self._final
        ended = self.process.poll() is not None  # before reading: a worker ending meanwhile has written
        try:
            saved = Status(**json.loads((self.directory / "status.json").read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            saved = Status("starting", 0.0)
        if not saved.final and ended:
            code = self.process.returncode
            how = f"was stopped by signal {-code}" if code < 0 else f"exited with code {code}"
            saved = Status("failed", saved.fraction, error=f"the {self.step} worker {how} before it finished; "
                                                            "nothing was added to the graph")
        if saved.final:
            self._final = saved
            if saved.phase == "failed":  # no result to read: its files are of no more use
                shutil.rmtree(self.directory, ignore_errors=True)
        return saved

    def result(self) -> Any:
        """What the worker produced (an ``Extraction``, or ``(loaded, written)``); call once it is done."""
        if self._result is None:
            with (self.directory / "result.pickle").open("rb") as handle:
                self._result = pickle.load(handle)  # written by our own worker into our private directory
            shutil.rmtree(self.directory, ignore_errors=True)
        return self._result

    def wait(self, timeout_s: float) -> Status:
        """The status once final or after ``timeout_s`` seconds, whichever is first."""
        deadline = time.monotonic() + timeout_s
        while not (status := self.status()).final and time.monotonic() < deadline:
            time.sleep(0.1)
        return status


_JOBS: OrderedDict[tuple[str, str], Job] = OrderedDict()
_LOCK = threading.Lock()


def start(key: str, step: str, payload: dict[str, Any]) -> Job:
    """The job for ``(key, step)``: the one already started (a rerun), or a new worker given ``payload``."""
    with _LOCK:
        job = _JOBS.get((key, step))
        if job is not None:
            return job
        directory = Path(tempfile.mkdtemp(prefix="arkg-upload-"))  # mode 0700: only this user reads it
        with (directory / "input.pickle").open("wb") as handle:
            pickle.dump(payload, handle)
        process = subprocess.Popen([sys.executable, "-m", "arkg.explorer.uploads", step, str(directory)],
                                   cwd=_ROOT, stdin=subprocess.DEVNULL)
        job = _JOBS[(key, step)] = Job(step, directory, process)
        _forget_old()
        return job


def find(key: str, step: str) -> Job | None:
    with _LOCK:
        return _JOBS.get((key, step))


def _forget_old() -> None:
    """Forget the oldest finished jobs beyond :data:`KEEP_JOBS` (their results go with them)."""
    finished = [k for k, job in _JOBS.items() if job.process.poll() is not None]
    for k in finished[: max(0, len(_JOBS) - KEEP_JOBS)]:
        shutil.rmtree(_JOBS.pop(k).directory, ignore_errors=True)


# --- the worker process ---------------------------------------------------------------------------


def _report(directory: Path, phase: str, fraction: float, message: str = "", error: str = "") -> None:
    """Replace the status file atomically: the page never reads half of one."""
    temporary = directory / "status.tmp"
    temporary.write_text(json.dumps({"phase": phase, "fraction": fraction, "message": message, "error": error}),
                         "utf-8")
    temporary.replace(directory / "status.json")


def _die_with_page(parent: int) -> None:
    """End the worker when the explorer's server process is gone (it is re-parented then), however it ended."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def process_upload(data: bytes, name: str, progress: Callable[[str, float, str], None] | None = None) -> Any:
    """Read and extract an uploaded document; raises ``ReadError`` (one line) for what cannot be read.

    The same reader, budgets and extractor as ``arkg build``, so an upload ends up in the graph
    exactly as a built file would. ``progress(phase, fraction, message)`` hears of each stage.
    """
    from arkg.ingest.budget import check_size, time_budget
    from arkg.ingest.extract import extract
    from arkg.ingest.readers import read_bytes

    tell = progress or (lambda phase, fraction, message: None)
    tell("reading", 0.1, "")
    with time_budget(name):  # the timer signal where it can be used: a worker's main thread
        source = read_bytes(data, name, max_bytes=MAX_BYTES)
        check_size(source.text, name)
        tell("extracting", 0.3, f"{len(source.text):,}")
        return extract(source, name=name)


def _load(directory: Path, payload: dict[str, Any]) -> tuple[bool, int]:
    from arkg.graph.lock import writer_lock
    from arkg.graph.settings import Settings
    from arkg.graph.stores import open_store
    from arkg.pipeline.build import drop_unlinked_entities, load_extraction

    settings = Settings.from_env()  # the explorer's own configuration: the worker inherits its environment
    _report(directory, "connecting", 0.1)
    store = open_store(settings)
    try:
        with writer_lock(settings.data_dir, on_wait=lambda message: _report(directory, "waiting", 0.2, message)):
            _report(directory, "loading", 0.4)
            loaded, written = load_extraction(store, payload["extraction"])
            if loaded:  # a replaced version may leave entities only its old text named, as in a build
                drop_unlinked_entities(store)
            _report(directory, "saving", 0.8)
            store.sync()  # "added" means on disk, as for a build
        return loaded, written
    finally:
        store.close()


def main(step: str, directory: Path) -> int:
    """Run one step; every failure ends as a one-line error in the status file, never a traceback."""
    from arkg.graph.stores.base import StoreError
    from arkg.ingest.readers import ReadError

    threading.Thread(target=_die_with_page, args=(os.getppid(),), daemon=True).start()
    with (directory / "input.pickle").open("rb") as handle:
        payload = pickle.load(handle)
    (directory / "input.pickle").unlink()  # up to 20 MB: not kept in the temp directory longer than needed
    try:
        if step == "extract":
            result = process_upload(payload["data"], payload["name"], lambda *status: _report(directory, *status))
        else:
            result = _load(directory, payload)
    except (ReadError, StoreError, ValueError) as exc:
        _report(directory, "failed", 1.0, error=str(exc))
        return 1
    except Exception as exc:  # the last line of defence: one line
        _report(directory, "failed", 1.0, error=f"{type(exc).__name__}: {exc}")
        return 1
    with (directory / "result.tmp").open("wb") as handle:
        pickle.dump(result, handle)
    (directory / "result.tmp").replace(directory / "result.pickle")
    _report(directory, "done", 1.0)
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main(sys.argv[1], Path(sys.argv[2])))
    sys.exit(130)
