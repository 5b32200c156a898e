"""Types and text hygiene shared by every format reader, so all formats get the same protections."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SourceText:
    """A document's text as read; mention offsets downstream index ``text`` exactly."""

    text: str
    format: str
    encoding: str | None
    pages: int | None
    path: Path


class ReadError(Exception):
    """The one error a reader lets out: a single line naming the file and the problem in plain words."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = one_line(reason)
        super().__init__(f"{source}: {self.reason}")


class Unreadable(Exception):
    """Raised by a format reader, which does not know the file's name; the dispatcher adds it."""


_LINE_BREAKS = re.compile(r"\r\n?|[\f\v]")
# C0 controls except \t and \n, plus DEL: they are invisible, break FalkorDB values and confuse offsets.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# The controls that do not occur in text files at all (line-break controls like \r and \f do).
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Normalise line ends and drop control characters.

    Form feed and vertical tab become line breaks rather than vanishing, because they separate pages or
    lines and deleting them would glue words together.
    """
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def control_ratio(text: str) -> float:
    """Share of characters that are control characters: high in binary data, near zero in documents."""
    return len(_BINARY_CONTROLS.findall(text)) / len(text) if text else 0.0


def one_line(text: str) -> str:
    return " ".join(text.split())


def human_size(size: int) -> str:
    """Sizes in binary units as people say them: 50 MB, 2.1 GB."""
    for unit, factor in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= factor:
            return f"{size / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
