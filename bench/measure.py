"""Measuring instruments: wall-clock timers, peak resident memory from ``/proc``, latency percentiles.

Peak memory is read as ``VmHWM`` (the kernel's high-water mark of resident memory) rather than
sampled, so a short spike between two samples is not missed. Memory of a build is measured in a
child process of its own, so the benchmark's own allocations do not count.
"""

from __future__ import annotations

import math
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIB = 2**20


@dataclass(slots=True)
class Elapsed:
    seconds: float = 0.0


@contextmanager
def timer() -> Iterator[Elapsed]:
    """``with timer() as t: ...`` then ``t.seconds``."""
    elapsed = Elapsed()
    started = time.perf_counter()
    try:
        yield elapsed
    finally:
        elapsed.seconds = time.perf_counter() - started


def proc_status(pid: int | str = "self") -> dict[str, int]:
    """The ``kB`` fields of ``/proc/<pid>/status`` (``VmHWM``, ``VmRSS`` …) in bytes; ``{}`` if it is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    fields: dict[str, int] = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        parts = value.split()
        if len(parts) == 2 and parts[1] == "kB":
            fields[key] = int(parts[0]) * 1024
    return fields


def peak_rss(pid: int | str = "self") -> int | None:
    """Peak resident memory of a process in bytes (``VmHWM``), or ``None`` when it cannot be read."""
    return proc_status(pid).get("VmHWM")


def children_peak_rss() -> int:
    """The largest peak resident memory among this process's finished children (worker processes)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # Linux reports kB


def traced_peak(work: Callable[[], Any]) -> tuple[Any, int]:
    """``work()``'s result and the peak of Python allocations during it, in bytes (tracemalloc).

    For one step inside a long-lived process, where ``VmHWM`` would still remember earlier peaks.
    """
    already = tracemalloc.is_tracing()
    if not already:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    try:
        result = work()
        return result, max(0, tracemalloc.get_traced_memory()[1] - base)
    finally:
        if not already:
            tracemalloc.stop()


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0–100), nearest-rank, so p95 of 30 runs is an observed value."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def latency(run: Callable[[], Any], runs: int) -> dict[str, float]:
    """Median and p95 of ``runs`` calls, in milliseconds, after one warm-up call (plan cache, indexes)."""
    run()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return {"median": statistics.median(samples), "p95": percentile(samples, 95)}
