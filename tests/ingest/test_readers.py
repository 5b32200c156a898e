"""Document readers against real files built at test time: text encodings, PDF, DOCX, HTML, bad input."""

from __future__ import annotations

import os
import random
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from arkg.ingest.readers import ReadError, SourceText, read_bytes, read_document
from arkg.ingest.readers.html import _Lines, _scan_tags
from arkg.ingest.readers.pdf import drop_running_lines
from tests.ingest.fixtures.documents import (
    JOB_NUMBER,
    SYMBOL,
    aes_pdf_without_user_password,
    chinese_pdf,
    image_only_pdf,
    seed_lines,
    un_pdf,
    word_document,
    zip_bomb,
)

CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Simplified → traditional for the seed lines used in the Big5 test (Big5 has no simplified forms).
TRADITIONAL = str.maketrans("资产问题员额间组约条动时处败", "資產問題員額間組約條動時處敗")


def seed_paragraph() -> str:
    """A stretch of the first seed: agenda lines with Chinese punctuation, digits and Latin letters."""
    return "\n".join(seed_lines()[20:45])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def reason(error: pytest.ExceptionInfo[ReadError]) -> str:
    message = str(error.value)
    assert "\n" not in message
    return message


# --- plain text ---------------------------------------------------------------------------------------


def test_utf8_text_round_trips(tmp_path: Path) -> None:
    text = seed_paragraph()
    source = read_document(write(tmp_path / "agenda.txt", text.encode("utf-8")))
    assert source == SourceText(text=text, format="txt", encoding="utf-8", pages=None, path=tmp_path / "agenda.txt")


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    text = seed_paragraph()
    source = read_document(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert (source.text, source.encoding) == (text, "utf-8-sig")


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom_and_crlf(tmp_path: Path, codec: str, bom: bytes) -> None:
    text = seed_paragraph()
    source = read_document(write(tmp_path / "a.txt", bom + text.replace("\n", "\r\n").encode(codec)))
    assert (source.text, source.encoding) == (text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_told_by_its_nul_bytes(tmp_path: Path, codec: str) -> None:
    text = "Working Group on Asset Recovery, Vienna, 24 and 25 August 2017.\n" * 3
    source = read_document(write(tmp_path / "a.txt", text.encode(codec)))
    assert (source.text, source.encoding) == (text, codec)


def test_utf8_with_a_stray_nul_is_not_taken_for_utf16(tmp_path: Path) -> None:
    """Regression (found by the property test below): one NUL on one side of the byte pairs, in text
    that is valid UTF-8, made the reader decode it as UTF-16 without a mark."""
    text = "0" * 16 + "\x00" + "\x80" * 15 + "\u0800" + "\U00010000" * 4  # the example hypothesis found
    source = read_document(write(tmp_path / "a.txt", text.encode("utf-8")))
    assert source.text == text.replace("\x00", "")
    assert source.encoding == "utf-8"


def test_gb18030_is_detected_not_assumed(tmp_path: Path) -> None:
    text = seed_paragraph()
    assert "第五十六条" in text
    source = read_document(write(tmp_path / "a.txt", text.encode("gb18030")))
    assert (source.text, source.encoding) == (text, "gb18030")


@pytest.mark.parametrize("start", ["临时议程说明", "(b) 通过议程和工作安排。", "2017 年 8 月 24 日"])
def test_short_gb18030_line_is_read_as_chinese(tmp_path: Path, start: str) -> None:
    """A short line fits Korean cp949 as well as GB18030; the UN corpus makes Chinese the right reading."""
    line = next(line for line in seed_lines() if line.strip().startswith(start))
    source = read_document(write(tmp_path / "a.txt", line.encode("gb18030")))
    assert (source.text, source.encoding) == (line, "gb18030")


def test_big5_is_detected(tmp_path: Path) -> None:
    starts = ("资产追回问题", "(a) 依据《公约》", "(b) 在处置")
    seed = seed_lines()
    lines = [next(line for line in seed if line.strip().startswith(start)).translate(TRADITIONAL) for start in starts]
    text = "\n".join(lines)
    data = text.encode("big5")  # raises if the conversion table above misses a character
    source = read_document(write(tmp_path / "a.txt", data))
    assert source.text == text
    assert source.encoding in {"big5", "big5hkscs", "cp950"}


def test_control_characters_are_stripped_at_read_time(tmp_path: Path) -> None:
    clean = "The return of assets is a fundamental principle of the Convention, and States parties shall "
    raw = f"Asset\x00 recovery\x07 is a fundamental\x1b principle.\fPage two\x7f text.\r\n{clean * 2}\rLast\tline."
    source = read_document(write(tmp_path / "a.txt", raw.encode("utf-8")))
    assert source.text == f"Asset recovery is a fundamental principle.\nPage two text.\n{clean * 2}\nLast\tline."
    start = source.text.index("fundamental")
    assert source.text[start : start + 11] == "fundamental"  # offsets index the returned text


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(8192),
        b"\x7fELF\x02\x01\x01" + b"\0" * 64 + b"text section" + b"\0" * 256,
        b"\0" * 4096,
    ],
    ids=["random", "elf", "nuls"],
)
def test_binary_is_rejected(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ReadError) as error:
        read_document(write(tmp_path / "x.bin", data))
    assert reason(error) == f"{tmp_path / 'x.bin'}: binary file, not a document"


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as error:
        read_document(write(tmp_path / "x.txt", b""))
    assert reason(error).endswith("x.txt: file is empty")


def test_whitespace_only_file_has_no_text(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="contains no text"):
        read_document(write(tmp_path / "x.txt", b" \n\t\r\n  "))


def test_invalid_utf8_inside_utf8_text_is_replaced(tmp_path: Path) -> None:
    text = seed_paragraph()
    middle = len(text.encode("utf-8")) // 2
    encoded = text.encode("utf-8")
    cut = encoded.index(b"\n", middle)  # damage at a line end so no character is split
    source = read_document(write(tmp_path / "a.txt", encoded[:cut] + b"\xff\xfe\xc0" + encoded[cut:]))
    assert source.encoding == "utf-8"
    assert source.text == text[: len(encoded[:cut].decode("utf-8"))] + "\ufffd" * 3 + encoded[cut:].decode("utf-8")


def test_unknown_extension_with_text_is_read_as_text(tmp_path: Path) -> None:
    source = read_document(write(tmp_path / "notes.md", b"# Notes\nArticle 57 of the Convention.\n"))
    assert (source.format, source.text) == ("txt", "# Notes\nArticle 57 of the Convention.\n")


def test_upload_and_file_read_the_same(tmp_path: Path) -> None:
    data = seed_paragraph().encode("gb18030")
    from_file = read_document(write(tmp_path / "a.txt", data))
    uploaded = read_bytes(data, "a.txt")
    assert (uploaded.text, uploaded.encoding, uploaded.path) == (from_file.text, from_file.encoding, Path("a.txt"))


# --- size limits ----------------------------------------------------------------------------------------


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 2**20)
    with pytest.raises(ReadError) as error:
        read_document(path)
    assert reason(error) == f"{path}: file is larger than the 50 MB limit"


def test_single_long_line_over_a_custom_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "line.txt", b"a" * (3 * 2**20))
    with pytest.raises(ReadError, match="file is larger than the 2 MB limit"):
        read_document(path, max_bytes=2 * 2**20)
    assert len(read_document(path, max_bytes=3 * 2**20).text) == 3 * 2**20


def test_oversized_upload_is_refused() -> None:
    with pytest.raises(ReadError) as error:
        read_bytes(b"x" * 1025, "up.txt", max_bytes=1024)
    assert reason(error) == "up.txt: file is larger than the 1 KB limit"


# --- PDF --------------------------------------------------------------------------------------------------


def test_un_pdf_drops_running_headers_footers_and_page_numbers(tmp_path: Path) -> None:
    source = read_document(un_pdf(tmp_path / "report.pdf"))
    assert (source.format, source.pages, source.encoding) == ("pdf", 3, None)
    lines = source.text.split("\n")
    assert lines[0] == SYMBOL
    assert source.text.count(SYMBOL) == 1
    assert JOB_NUMBER not in source.text
    assert not re.search(r"(?<!\S)\d/3(?!\S)", source.text)
    assert "1. The meeting discussed asset recovery and the return of proceeds of crime." in lines
    for body in ("2. States parties shared good practices.", "5. Closing of the meeting."):
        assert body in lines


def test_running_lines_are_only_taken_from_page_edges() -> None:
    symbol = "A/RES/58/4"
    first = [symbol, "Article 5", "Text of five.", "Recommendations", "More.", "Even more.", "Last words.", "- 2 -"]
    second = [symbol, "Article 9", "Text of nine.", "Recommendations", "Other.", "Still more.", "Final.", "- 3 -"]
    third = [symbol, "Recommendations", "4"]
    assert drop_running_lines([first, second, third]) == [first[:-1], second[1:-1], ["Recommendations"]]
    assert drop_running_lines([[symbol, "text", "1/1"]]) == [[symbol, "text", "1/1"]]


def test_chinese_pdf_text_comes_back(tmp_path: Path) -> None:
    lines = [line for line in seed_lines()[:60] if line.strip()]
    source = read_document(chinese_pdf(tmp_path / "zh.pdf", lines))
    assert "第五十六条" in source.text
    assert "资产追回问题不限成员名额政府间工作组" in source.text


def test_image_only_pdf_asks_for_ocr(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as error:
        read_document(image_only_pdf(tmp_path / "scan.pdf"))
    assert reason(error).endswith("scan.pdf: the PDF has no text layer (it is a scanned image); run OCR first")


def test_pdf_with_user_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as error:
        read_document(un_pdf(tmp_path / "x.pdf", encrypt="secret"))
    assert reason(error).endswith("x.pdf: the PDF is encrypted; it needs a password to open")


def test_aes_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    path = aes_pdf_without_user_password(un_pdf(tmp_path / "plain.pdf"), tmp_path / "aes.pdf")
    assert b"/Encrypt" in path.read_bytes()
    assert "5. Closing of the meeting." in read_document(path).text


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    data = un_pdf(tmp_path / "whole.pdf").read_bytes()
    with pytest.raises(ReadError) as error:
        read_document(write(tmp_path / "cut.pdf", data[: len(data) // 2]))
    assert "cut.pdf: not a valid PDF" in reason(error)


def test_pdf_extension_without_pdf_content(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"x\.pdf: not a valid PDF \(no %PDF header\)"):
        read_document(write(tmp_path / "x.pdf", b"just some words\n"))


def test_misnamed_pdf_is_read_as_pdf(tmp_path: Path) -> None:
    data = un_pdf(tmp_path / "real.pdf").read_bytes()
    assert read_document(write(tmp_path / "report.txt", data)).format == "pdf"


# --- DOCX -------------------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_cells_in_order(tmp_path: Path) -> None:
    lines = [line.strip() for line in seed_lines()[20:40] if line.strip()]
    path = word_document(
        tmp_path / "a.docx",
        paragraphs=lines[:3],
        table=[["Symbol", "Title"], ["CAC/COSP/WG.2/2017/3", lines[3]]],
        closing=lines[4],
    )
    source = read_document(path)
    expected = [*lines[:3], "Symbol", "Title", "CAC/COSP/WG.2/2017/3", lines[3], lines[4]]
    assert (source.format, source.text.split("\n")) == ("docx", expected)


def test_zip_bomb_disguised_as_docx_is_refused(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path / "bomb.docx", 300 * 2**20)
    assert path.stat().st_size < 2 * 2**20
    with pytest.raises(ReadError) as error:
        read_document(path)
    assert reason(error).endswith("bomb.docx: refused: the archive expands to 300 MB (limit 64 MB)")


def test_highly_compressed_member_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"refused: word/document\.xml is compressed \d+:1 \(limit 100:1\)"):
        read_document(zip_bomb(tmp_path / "dense.docx", 20 * 2**20))


def test_non_zip_docx_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as error:
        read_document(write(tmp_path / "x.docx", b"This is not a Word file at all.\n"))
    assert reason(error).endswith("x.docx: not a valid DOCX (not a zip archive)")


def test_zip_without_main_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ReadError, match=r"not a valid DOCX \(word/document\.xml is missing\)"):
        read_document(path)


def test_damaged_docx_is_refused(tmp_path: Path) -> None:
    data = word_document(tmp_path / "ok.docx", ["one"], [["a"]], "two").read_bytes()
    with pytest.raises(ReadError, match=r"cut\.docx: not a valid DOCX \(zip archive is damaged\)"):
        read_document(write(tmp_path / "cut.docx", data[: len(data) - 200]))


def test_other_office_package_is_not_a_docx(tmp_path: Path) -> None:
    path = word_document(tmp_path / "book.docx", ["one"], [["a"]], "two")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    kind = b"spreadsheetml.sheet.main"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"wordprocessingml.document.main", kind)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ReadError, match=r"book\.docx: not a valid DOCX \(content type is [^ ]*spreadsheetml"):
        read_document(path)


def test_legacy_binary_office_file_is_explained(tmp_path: Path) -> None:
    data = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 512
    with pytest.raises(ReadError, match=r"old\.doc: old binary Office format"):
        read_document(write(tmp_path / "old.doc", data))
    with pytest.raises(ReadError, match="password-protected"):
        read_document(write(tmp_path / "locked.docx", data))


# --- HTML -------------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Page title</title><style>p { color: red }</style>
<script>var secret = "no";</script></head>
<body><nav><a href="/">Home</a> | <a href="/docs">Documents</a></nav>
<h1>Working   Group on
Asset Recovery</h1>
<p>Article&nbsp;57 &amp; article 51.<br>Second line</p>
<ul><li>first item</li><li>second <b>bold</b> item</li></ul>
<script>document.write("hidden")</script>
<p>Visible <span> spaced </span> <script>hidden()</script>tail text</p>
<table><tr><td>cell one</td><td>cell two</td></tr></table>
</body></html>"""
PAGE_LINES = [
    "Working Group on Asset Recovery",
    "Article\u00a057 & article 51.",
    "Second line",
    "first item",
    "second bold item",
    "Visible spaced tail text",
    "cell one",
    "cell two",
]


def test_html_visible_text_by_blocks(tmp_path: Path) -> None:
    source = read_document(write(tmp_path / "page.html", PAGE.encode("utf-8")))
    assert (source.format, source.encoding) == ("html", "utf-8")
    assert source.text.split("\n") == PAGE_LINES


def test_html_text_after_the_end_tag_is_kept(tmp_path: Path) -> None:
    page = b"<html><body><p>first</p></body></html>\n<p>trailing paragraph</p><script>x()</script>"
    assert read_document(write(tmp_path / "a.html", page)).text == "first\ntrailing paragraph"


def test_utf8_page_with_a_wrong_meta_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Côte d’Ivoire 第五十六条</p></body></html>'
    source = read_document(write(tmp_path / "a.html", page.encode("utf-8")))
    assert (source.text, source.encoding) == ("Côte d’Ivoire 第五十六条", "utf-8")


def test_tag_scan_fallback_reads_an_ordinary_page_like_the_tree_walk() -> None:
    lines = _Lines()
    _scan_tags(PAGE, lines)
    assert lines.text().split("\n") == PAGE_LINES


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    assert read_document(write(tmp_path / "download", PAGE.encode("utf-8"))).format == "html"


def test_deeply_nested_html_does_not_crash(tmp_path: Path) -> None:
    depth = 100_000
    page = (
        "<html><head><title>t</title></head><body><nav>menu</nav><p>before</p>"
        + "<div>" * depth
        + "deep <b>text</b><script>x = 1 < 2</script>"
        + "</div>" * depth
        + "<p>after &amp; done</p></body></html>"
    )
    source = read_document(write(tmp_path / "deep.html", page.encode("utf-8")))
    assert source.text.split("\n") == ["before", "deep text", "after & done"]


def test_html_meta_charset_gb18030(tmp_path: Path) -> None:
    lines = [line.strip() for line in seed_lines()[20:40] if line.strip()]
    body = "".join(f"<p>{line}</p>" for line in lines)
    page = f'<html><head><meta charset="gb2312"></head><body>{body}</body></html>'
    source = read_document(write(tmp_path / "zh.htm", page.encode("gb18030")))
    assert (source.encoding, source.text.split("\n")) == ("gb18030", lines)


# --- file system trouble ----------------------------------------------------------------------------------


def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", b"Asset recovery.\n")
    path.chmod(0)
    try:
        source = read_document(path)
    except ReadError as error:
        assert str(error) == f"{path}: permission denied"
    else:
        assert os.geteuid() == 0, "a file with mode 000 was read by a non-root user"
        assert source.text == "Asset recovery.\n"
        pytest.skip("running as root, which ignores file permissions; checked that reading still works")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as error:
        read_document(tmp_path / "gone.txt")
    assert reason(error) == f"{tmp_path / 'gone.txt'}: file not found"


def test_file_vanishing_mid_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A network file system reports a file deleted under an open handle as ENOENT or ESTALE on read."""
    path = write(tmp_path / "x.txt", b"Asset recovery.\n")

    def vanished(fd: int, size: int) -> bytes:
        raise FileNotFoundError(2, "No such file or directory")

    with monkeypatch.context() as patch:
        patch.setattr(os, "read", vanished)
        with pytest.raises(ReadError) as error:
            read_document(path)
    assert reason(error) == f"{path}: the file disappeared while being read"


def test_directory_and_fifo_are_not_documents(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="is a directory, not a file"):
        read_document(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="not a regular file"):
        read_document(fifo)  # must not block waiting for a writer


# --- hostile input: only ReadError gets out ---------------------------------------------------------------


def _documents(tmp_path: Path) -> dict[str, bytes]:
    return {
        "x.pdf": un_pdf(tmp_path / "m.pdf").read_bytes(),
        "x.docx": word_document(tmp_path / "m.docx", ["one", "two"], [["a", "b"]], "three").read_bytes(),
        "x.html": PAGE.encode("utf-8"),
    }


@pytest.mark.parametrize("damage", ["flip", "cut"])
def test_damaged_documents_give_read_errors_only(tmp_path: Path, damage: str) -> None:
    rng = random.Random(2026)
    outcomes = {"read": 0, "refused": 0}
    for name, data in _documents(tmp_path).items():
        for _ in range(25):
            damaged = bytearray(data)
            if damage == "flip":
                for _ in range(rng.randint(1, 40)):
                    damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            else:
                del damaged[rng.randrange(1, len(damaged)) :]
            try:
                source = read_bytes(bytes(damaged), name)
            except ReadError as error:
                assert str(error).startswith(f"{name}: ") and "\n" not in str(error)
                outcomes["refused"] += 1
            else:
                assert not CONTROLS.search(source.text)
                outcomes["read"] += 1
    assert outcomes["refused"] > 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_utf8_text_reads_back_clean(tmp_path: Path, text: str) -> None:
    """Text is returned exactly, minus control characters, unless it is empty or mostly controls."""
    body = text.removeprefix("\ufeff")  # written as UTF-8, a leading U+FEFF is a byte-order mark
    expected = CONTROLS.sub("", re.sub(r"\r\n?|[\f\v]", "\n", body))
    binary = len(re.findall(r"[\x00-\x08\x0e-\x1f\x7f]", body)) > 0.05 * len(body)
    path = write(tmp_path / "prop.txt", text.encode("utf-8"))
    try:
        source = read_document(path)
    except ReadError as error:
        event("refused")
        refusals = {"file is empty", "binary file, not a document", "the document contains no text"}
        assert error.reason in refusals
        assert binary or not expected.strip()
        return
    event("read")
    assert source.text == expected
    assert not CONTROLS.search(source.text)
