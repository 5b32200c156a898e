"""What one document may cost to extract: a size and a time budget, the same for builds and uploads.

Extraction is linear in the text's length, so the size budget bounds the time too; the time
budget is the backstop for what no size foresees, enforced with a timer signal where that is
possible (the main thread of a build or of a build's worker process).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from arkg.ingest.readers import ReadError

#: Characters of text one document may have (a long UN report is about 300 000).
MAX_TEXT_CHARS = 4_000_000
#: Seconds one document's reading and extraction may take.
TIME_BUDGET_S = 120.0


def check_size(text: str, name: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(name, f"the text is {len(text):,} characters; arkg extracts at most {MAX_TEXT_CHARS:,} "
                              "per document (split the document)")


class _OverBudget(BaseException):
    """Not an ``Exception``: the readers' catch-all for parser failures must not swallow it."""


@contextlib.contextmanager
def time_budget(name: str, seconds: float | None = None) -> Iterator[None]:
    """Stop the block with a :class:`ReadError` after ``seconds`` (default :data:`TIME_BUDGET_S`);
    main thread only, elsewhere a no-op."""
    seconds = TIME_BUDGET_S if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OverBudget:
        raise ReadError(name, f"extraction stopped at the budget of {seconds:g} s per document") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
