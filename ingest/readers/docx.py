"""DOCX: paragraph and table-cell text in document order, after checking the zip is safe to open.

python-docx inflates parts in memory, so the archive is inspected first: a small upload must not be
able to expand into gigabytes. Checking the sizes the archive declares is enough, because zipfile stops
each member at its declared size (and fails its CRC check if the data goes on).
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from arkg.ingest.readers.base import Unreadable, human_size

MAX_EXPANDED = 64 * 2**20  # a long UN report's XML is under 10 MB; python-docx needs ~12× this in memory
MAX_RATIO = 100  # XML compresses about 10:1; far beyond that is a zip bomb
_RATIO_FLOOR = 2**20  # tiny members can have absurd ratios harmlessly
MAIN_PART = "word/document.xml"


def read_docx(data: bytes) -> str:
    _check_archive(data)
    try:
        document = docx.Document(BytesIO(data))
    except KeyError as exc:  # python-docx names the missing part
        raise Unreadable(f"not a valid DOCX ({exc.args[0]})") from exc
    except ValueError as exc:  # an Office package of another kind (.xlsx, .pptx, macro-enabled .docm)
        kind = re.search(r"content type is '([^']+)'", str(exc))
        raise Unreadable(f"not a valid DOCX (content type is {kind.group(1) if kind else exc})") from exc
    # Every w:p in document order: body paragraphs, then cells as their rows come, nested tables too.
    paragraphs = (Paragraph(p, document) for p in document.element.body.iter(qn("w:p")))
    return "\n".join(text for paragraph in paragraphs if (text := paragraph.text).strip())


def _check_archive(data: bytes) -> None:
    if not data.startswith(b"PK"):
        raise Unreadable("not a valid DOCX (not a zip archive)")
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise Unreadable("not a valid DOCX (zip archive is damaged)") from exc
    expanded = sum(member.file_size for member in members)
    if expanded > MAX_EXPANDED:
        raise Unreadable(f"refused: the archive expands to {human_size(expanded)} (limit {human_size(MAX_EXPANDED)})")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise Unreadable(
                f"refused: {member.filename} is compressed {ratio:.0f}:1 (limit {MAX_RATIO}:1), a zip bomb"
            )
    if MAIN_PART not in {member.filename for member in members}:
        raise Unreadable(f"not a valid DOCX ({MAIN_PART} is missing)")
