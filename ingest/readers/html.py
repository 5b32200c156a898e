"""HTML: the visible text, one line per block element; scripts, styles and navigation dropped.

libxml2 stops building the tree at a nesting depth limit (and at huge text nodes) and reports a fatal
error instead of raising; the page is then read by a linear tag-stripping scan, so hostile nesting
costs neither a crash nor silently lost text.
"""

from __future__ import annotations

import re
from html import unescape

import lxml.html
from lxml import etree

from arkg.ingest.readers.txt import decode_text

SKIPPED = frozenset({"script", "style", "nav", "noscript", "template", "head"})
# For the tag scan: elements whose content is raw text up to the closing tag (the scan does not track
# <head>, whose end tag is optional, so <title> is skipped here instead), and those skipped with nesting.
_RAW = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "title")}
_NESTED = SKIPPED - _RAW.keys() - {"head"}
_BLOCK_NAMES = """address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr html li main ol p pre section summary table tbody td
    tfoot th thead tr ul"""
BLOCKS = frozenset(_BLOCK_NAMES.split())
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:[\s/][^<>]*)?>")
_SPACE = re.compile(r"[ \t\n\r\f]+")
# libxml2 stops at </html> and drops what follows; browsers ignore these optional end tags and show it.
_DOCUMENT_END = re.compile(r"</(?:body|html)\s*>", re.I)


def read_html(data: bytes) -> tuple[str, str]:
    """Return (text, encoding)."""
    text, encoding = decode_text(data, declared=_meta_charset(data))
    sink = _Lines()
    if not _walk_tree(text, sink):
        sink = _Lines()
        _scan_tags(text, sink)
    return sink.text(), encoding


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    label = match.group(1).decode("ascii").lower() if match else None
    # A page that can declare its charset in ASCII is not UTF-16/32, whatever it claims (WHATWG rule).
    return None if label is None or label.startswith(("utf-16", "utf-32")) else label


class _Lines:
    """Collects text the way a browser lays it out: whitespace collapsed, blocks on their own lines."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._parts.append(_SPACE.sub(" ", text))

    def newline(self) -> None:
        self._parts.append("\n")

    def text(self) -> str:
        lines = (_SPACE.sub(" ", line).strip() for line in "".join(self._parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _walk_tree(text: str, sink: _Lines) -> bool:
    """Fill ``sink`` from the lxml tree; False when libxml2 gave up part-way and the tree is incomplete."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(_DOCUMENT_END.sub("", text).encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return False
    if any(error.level_name == "FATAL" for error in parser.error_log):
        return False
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in SKIPPED:
                walker.skip_subtree()
                continue
            if tag in BLOCKS:
                sink.newline()
            sink.add(element.text)
        else:
            if tag in BLOCKS:
                sink.newline()
            sink.add(element.tail)
    return True


def _scan_tags(text: str, sink: _Lines) -> None:
    """Strip tags in one left-to-right pass; every search starts where the last ended, so it is linear."""
    position, skipping, depth = 0, "", 0
    while position < len(text):
        start = text.find("<", position)
        start = len(text) if start < 0 else start
        if not skipping:
            sink.add(unescape(text[position:start]))
        if text.startswith("<!--", start):
            end = text.find("-->", start)
            position = len(text) if end < 0 else end + 3
            continue
        if text.startswith(("<!", "<?"), start):
            end = text.find(">", start)
            position = len(text) if end < 0 else end + 1
            continue
        tag = _TAG.match(text, start)
        if tag is None:
            if start < len(text) and not skipping:
                sink.add("<")
            position = start + 1
            continue
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name in _RAW and not closing:
            raw_end = _RAW[name].search(text, position)
            position = len(text) if raw_end is None else raw_end.end()
        elif skipping:
            depth += (name == skipping) * (-1 if closing else 1)
            skipping = skipping if depth else ""
        elif name in _NESTED and not closing:
            skipping, depth = name, 1
        elif name in BLOCKS:
            sink.newline()
