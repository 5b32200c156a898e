"""One writer at a time on a data directory: an fcntl lock held for a whole build.

Two builds loading the same documents at once would each find them missing and each create
their evidence, duplicating it for good (issue 17: 172 839 relationships instead of 88 516).
The lock is an advisory ``flock`` on ``<data dir>/write.lock``: the kernel releases it when its
holder exits, however it exits (kill -9 included), so a crashed build never leaves it stuck.
A second writer waits for the first to finish, saying so once, then finds its documents loaded.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from arkg.graph.stores.base import StoreError

LOCK_NAME = "write.lock"


@contextlib.contextmanager
def writer_lock(data_dir: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the data directory's write lock for the ``with`` block; wait (telling ``on_wait``) if taken."""
    path = data_dir / LOCK_NAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+")  # noqa: SIM115 - closed below, after the lock is released
    except OSError as exc:
        raise StoreError(f"cannot use data directory {data_dir}: {exc.strerror}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            if on_wait is not None:
                on_wait(f"another arkg writer ({holder}) is loading into {data_dir}; waiting for it to finish…")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
