"""Document readers: a file or an upload in, its text out, or one ReadError line — never a traceback.

Files and uploads share one path (``read_document`` opens the file and hands the bytes to
``read_bytes``), so both get the same size limit, format detection, decoding and clean-up.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from arkg.ingest.readers.base import ReadError, SourceText, Unreadable, clean_text, human_size, one_line
from arkg.ingest.readers.docx import read_docx
from arkg.ingest.readers.html import read_html
from arkg.ingest.readers.pdf import read_pdf
from arkg.ingest.readers.txt import decode_text

__all__ = ["DOCUMENT_SUFFIXES", "MAX_BYTES", "ReadError", "SourceText", "read_bytes", "read_document"]

MAX_BYTES = 50 * 2**20
_EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # legacy Office files, and password-protected DOCX
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_CHUNK = 2**20
#: The file-name suffixes a folder's documents are recognised by: every one a reader accepts.
DOCUMENT_SUFFIXES = frozenset(_EXTENSIONS)


def read_document(path: Path | str, *, max_bytes: int = MAX_BYTES) -> SourceText:
    path = Path(path)
    source = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not hang; it is rejected below as not a regular file.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise ReadError(source, "file not found") from None
    except PermissionError:
        raise ReadError(source, "permission denied") from None
    except OSError as exc:
        raise ReadError(source, exc.strerror or str(exc)) from None
    try:
        data = _read_limited(fd, source, max_bytes)
    finally:
        os.close(fd)
    return read_bytes(data, source, max_bytes=max_bytes, path=path)


def read_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES, path: Path | None = None) -> SourceText:
    """Read an in-memory document (an explorer upload); ``name`` supplies the extension and error prefix."""
    if len(data) > max_bytes:
        raise ReadError(name, _too_large(max_bytes))
    if not data:
        raise ReadError(name, "file is empty")
    fmt = _detect_format(data, name)
    try:
        text, encoding, pages = _read_format(fmt, data, name)
    except Unreadable as exc:
        raise ReadError(name, str(exc)) from None
    except Exception as exc:  # a parser library tripped over hostile input: still one line, no traceback
        detail = one_line(str(exc))[:200] or type(exc).__name__
        raise ReadError(name, f"not a valid {fmt.upper()} ({detail})") from None
    text = clean_text(text)
    if not text.strip():
        raise ReadError(name, "the document contains no text")
    return SourceText(text=text, format=fmt, encoding=encoding, pages=pages, path=path or Path(name))


def _read_limited(fd: int, source: str, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` + 1 bytes, refusing oversized files before reading any of them."""
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(source, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(source, "not a regular file")
        if info.st_size > max_bytes:
            raise ReadError(source, _too_large(max_bytes))
        chunks: list[bytes] = []
        remaining = max_bytes + 1  # one byte over tells us the file grew past the limit while we read
        while remaining > 0 and (chunk := os.read(fd, min(remaining, _CHUNK))):
            chunks.append(chunk)
            remaining -= len(chunk)
    except FileNotFoundError:
        raise ReadError(source, "the file disappeared while being read") from None
    except PermissionError:
        raise ReadError(source, "permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ESTALE:
            raise ReadError(source, "the file disappeared while being read") from None
        raise ReadError(source, exc.strerror or str(exc)) from None
    return b"".join(chunks)


def _too_large(max_bytes: int) -> str:
    return f"file is larger than the {human_size(max_bytes)} limit"


def _detect_format(data: bytes, name: str) -> str:
    """Magic numbers beat the name (a misnamed PDF is still a PDF); the name beats weaker HTML sniffing."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_OLE_MAGIC):
        return "ole"
    by_name = _EXTENSIONS.get(Path(name).suffix.lower())
    if by_name:
        return by_name
    head = data[:2048].removeprefix(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return "html" if _HTML_START.match(head) else "txt"


def _read_format(fmt: str, data: bytes, name: str) -> tuple[str, str | None, int | None]:
    if fmt == "pdf":
        text, pages = read_pdf(data)
        return text, None, pages
    if fmt == "docx":
        return read_docx(data), None, None
    if fmt == "html":
        return *read_html(data), None
    if fmt == "ole":
        if Path(name).suffix.lower() == ".docx":
            raise Unreadable("the DOCX is password-protected (encrypted); save an unprotected copy")
        raise Unreadable("old binary Office format (.doc/.xls/.ppt) is not supported; save it as DOCX or PDF")
    return *decode_text(data), None
