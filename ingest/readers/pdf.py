"""PDF: the text layer, without the running headers, footers and page numbers UN documents repeat.

The document symbol is the exception: its first occurrence stays, because the layout parser reads the
symbol from the top of the first page.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from io import BytesIO

from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

from arkg.ingest.readers.base import Unreadable, clean_text

ZONE = 3  # lines at the top and at the bottom of a page where running headers and footers sit
# Page markers inside a line: "3/4", "Page 3", "page 3 of 4" as separate tokens ("WG.2/2017" is not one).
# A bare number is a marker only as the whole line ("3", "- 3 -"): inside a line it is content ("Article 5").
_PAGE_MARK = re.compile(r"(?<!\S)(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})(?!\S)", re.I)
_BARE_NUMBER = re.compile(r"[\s\-\u2013]*\d{1,4}[\s\-\u2013]*")
_SYMBOL = re.compile(r"[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.()\-]+)+")
# A word split at a line end in a Latin or Cyrillic script: letter, hyphen (or soft hyphen), newline,
# lower-case letter. Upper case after the break means a real hyphenated name; leave it.
_SPLIT_WORD = re.compile(
    r"([A-Za-z\u00C0-\u024F\u0400-\u04FF])[-\u00AD\u2010][ \t]*\n[ \t]*([a-z\u00DF-\u00FF\u0100-\u024F\u0430-\u045F])"
)
# pypdf logs every repair it makes to stderr; the reader either reads the file or says in one line why not.
logging.getLogger("pypdf").setLevel(logging.ERROR)
NO_TEXT = "the PDF has no text layer (it is a scanned image); run OCR first"


def read_pdf(data: bytes) -> tuple[str, int]:
    """Return (text, page count)."""
    if b"%PDF-" not in data[:1024]:
        raise Unreadable("not a valid PDF (no %PDF header)")
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise Unreadable("the PDF is encrypted; it needs a password to open")
        pages = [clean_text(page.extract_text() or "") for page in reader.pages]
    except FileNotDecryptedError as exc:
        raise Unreadable("the PDF is encrypted; it needs a password to open") from exc
    except LimitReachedError as exc:
        raise Unreadable(f"refused: a compressed stream expands beyond the safety limit ({exc})") from exc
    except PdfReadError as exc:
        raise Unreadable(f"not a valid PDF (the file is damaged or truncated: {exc})") from exc
    if not pages:
        raise Unreadable("the PDF has no pages")
    if not any(page.strip() for page in pages):
        raise Unreadable(NO_TEXT)
    text = "\n".join("\n".join(lines) for lines in drop_running_lines([p.split("\n") for p in pages]))
    return _SPLIT_WORD.sub(r"\1\2", text), len(pages)


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove lines near the page edges that recur on most pages.

    Lines are compared with their page markers removed, so "2/4 V.17-06068" and "V.17-06068 3/4" count
    as the same footer and a bare "3/4" counts as a page number.
    """
    zones = [_zone(lines) for lines in pages]
    seen = Counter(key for page, zone in zip(pages, zones, strict=True) for key in {_key(page[i]) for i in zone})
    running = {key for key, count in seen.items() if count >= 2 and count > len(pages) / 2}
    kept_symbol = False
    result = []
    for page, zone in zip(pages, zones, strict=True):
        kept = []
        for index, line in enumerate(page):
            key = _key(line)
            if index in zone and key in running:
                if kept_symbol or not _SYMBOL.fullmatch(key):
                    continue
                kept_symbol = True
            kept.append(line)
        result.append(kept)
    return result


def _zone(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:ZONE] + filled[-ZONE:])


def _key(line: str) -> str:
    return "" if _BARE_NUMBER.fullmatch(line) else " ".join(_PAGE_MARK.sub(" ", line).split())
