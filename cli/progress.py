"""A progress line on stderr for long work; silent when stderr is not a terminal."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, unit: str) -> None:
        self.unit = unit
        self.started = time.monotonic()
        self.tty = sys.stderr.isatty()
        self.shown = False

    def update(self, name: str, done: int, total: int) -> None:
        if not self.tty:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        elapsed = time.monotonic() - self.started
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {self.unit} {elapsed:5.1f}s  {name[:40]:<40}"
        )
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
