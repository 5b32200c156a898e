"""Plain text: find the encoding from the bytes (never assume it) and decode.

Also used by the HTML reader, so a web page and a text file are decoded by the same rules.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from arkg.ingest.readers.base import CONTROL_BYTES, Unreadable, control_ratio

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Detectors name the smallest charset that fits the sample; the rest of the file may use characters
# only the superset has, and gb18030 decodes every GB2312/GBK byte sequence identically.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030"}
_CHINESE = frozenset({"gb18030", "big5", "big5hkscs", "cp950"})
_BINARY_RATIO = 0.05  # documents have almost no control characters; random bytes have about 10 %
_DAMAGE_RATIO = 0.01  # at most this share of U+FFFD when we fall back to UTF-8 with replacement
BINARY = "binary file, not a document"
#: UTF-16 without a mark: at least this share of byte pairs with a NUL high byte, and NUL low bytes
#: at most this fraction of that.
_UTF16_NULS = 0.02
#: The same share for bytes that are valid UTF-8 as well (a NUL is valid UTF-8): UTF-16 text in a Latin
#: script has a NUL high byte in nearly every pair, a UTF-8 text with a stray NUL in almost none.
_UTF16_NULS_IF_UTF8 = 0.5
_UTF16_STRAY = 0.25
_UTF16_MIN_BYTES = 64


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name); ``declared`` is a charset the document claims (HTML meta)."""
    text, encoding = _decode(data, declared)
    if control_ratio(text) > _BINARY_RATIO:
        raise Unreadable(BINARY)
    return text, encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom) :], encoding)
    if (utf16 := _utf16_without_bom(data)) is not None:
        return data.decode(utf16), utf16
    # Non-ASCII bytes that form valid UTF-8 are practically never another encoding, so UTF-8 beats a
    # declaration (often copied from a template) as well as detection.
    if (text := _strict(data, "utf-8")) is not None:
        return text, "utf-8"
    if declared and (text := _strict(data, _canonical(declared))) is not None:
        return text, _canonical(declared)
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    valid_non_ascii = len(damaged) - len(damaged.encode("ascii", errors="ignore")) - bad
    if valid_non_ascii >= 4 * bad:  # real UTF-8 text with a few broken bytes, not another encoding
        return damaged, "utf-8"
    if (len(data) - len(data.translate(None, CONTROL_BYTES))) / len(data) > _BINARY_RATIO:
        raise Unreadable(BINARY)
    if (detected := _detect(data)) is not None:
        return data.decode(detected, errors="replace"), detected
    if bad <= _DAMAGE_RATIO * len(damaged):
        return damaged, "utf-8"
    raise Unreadable(BINARY)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a byte-order mark, told by its NUL bytes: the high byte of every space,
    digit and Latin letter is NUL, on one side of each byte pair only (LE: odd, BE: even offsets).
    (A CJK character such as 一 U+4E00 has a NUL low byte: the other side has some, far fewer.)
    Other text has no NUL at all; binary data has them on both sides alike or does not decode."""
    if len(data) < _UTF16_MIN_BYTES or len(data) % 2:
        return None  # a few bytes with a NUL are as likely UTF-8 with a control character
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    share = _UTF16_NULS_IF_UTF8 if _strict(data, "utf-8") is not None else _UTF16_NULS
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= share * half and low <= _UTF16_STRAY * high:
            text = _strict(data, encoding)
            if text is not None and control_ratio(text) <= _BINARY_RATIO:
                return encoding
    return None


def _detect(data: bytes) -> str | None:
    """The detector's best charset; among equally good ones, a Chinese charset.

    Short CJK texts fit several charsets equally well (a Chinese line decodes cleanly as Korean cp949 too).
    The corpus is in the six UN languages, so on a tie Chinese is the likelier reading.
    """
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [_canonical(m.encoding) for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return next((encoding for encoding in tied if encoding in _CHINESE), tied[0])


def _decode_with_bom(body: bytes, encoding: str) -> tuple[str, str]:
    codec = encoding.removesuffix("-sig")
    text = _strict(body, codec)
    if text is None:
        text = body.decode(codec, errors="replace")
        if text.count("\ufffd") > _DAMAGE_RATIO * len(text):
            raise Unreadable(f"the file starts with a {codec} byte-order mark but is not valid {codec}")
    return text, encoding


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _canonical(encoding: str) -> str:
    """Python's own name for a charset label, widened to its superset; unknown labels pass through."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return _SUPERSETS.get(name, name)
