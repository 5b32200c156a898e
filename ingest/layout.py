"""The structure of a UN document as read from its lines: blocks, paragraph numbers, agenda, sections.

Text extracted from PDFs breaks lines inside sentences, words and symbols, and repeats page
furniture (the document's own symbol, ``3/4 V.17-06068`` job numbers, ``http://undocs.org/...``
links) in the middle of the text. This module keeps offsets into the text *as read* and offers
a :class:`TextView` per block in which line breaks are joined, so extractors can match across
breaks while every span they report maps back to the original characters.

Block rules (why: PDF text has a blank line after every printed line, so blank lines say nothing):
- a block starts at a structural marker (``12.``, ``(a)``, ``三.``, ``III.``, a "Documentation"
  heading) or after the previous block closed;
- a block closes after a line that ends with terminal punctuation or is visibly shorter than a
  full printed line (a full line that ends mid-sentence continues on the next line);
- furniture lines never belong to a block and never close one.

Paragraph numbering rule: in a document with numbered paragraphs (a report), a paragraph's number
is the printed one (``12``), a section heading is ``s{n}`` (``三.`` → ``s3``) and any other
unnumbered block is ``h{k}`` (k-th such block). In a document without numbered paragraphs (an
agenda), every block is numbered by position: ``1``, ``2``, ``3`` …

An agenda's annex (the proposed organization of work) is a timetable: its blocks are rows
(``annex-1``, ``annex-2`` …), not paragraphs.

Agenda rule: in an agenda, the first run of ``N.``/``(x)`` lines is the list of items; later
lines carrying the same marker and starting with the same title are the item's headings. In a
report, section ``k`` (Chinese or Roman numeral) covers agenda item ``k - 1``, since section I is
the introduction and section II the organization of the meeting (item 1).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import opencc

from arkg.ingest.numerals import CHINESE_NUMERAL_CHARS, to_int
from arkg.ingest.symbols import PARTS, SERIES

# -- text view ----------------------------------------------------------------------------------

_CJK_CLASS = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK = re.compile(f"[{_CJK_CLASS}]")
#: A whitespace run holding a line break (tried at the run's first character, so it takes the whole run).
_BREAK_RUN = re.compile(r"[^\S\n\r]*[\n\r]\s*")
#: A symbol's element cut at the margin after its dot (``A/AC.`` ⏎ ``260/2``, ``Rev.`` ⏎ ``1``): the
#: break disappears when a digit follows.
_SYMBOL_DOT = re.compile(rf"(?:/[A-Z]{{1,5}}|(?<![A-Za-z])(?:{'|'.join((*PARTS, 'CRP', 'WG', 'INF'))}))\.$")


def _cut_at_symbol_dot(text: str, end: int) -> bool:
    """``text[:end]`` ends with a symbol's element cut after its dot (``A/AC.``, ``Rev.``)."""
    return _SYMBOL_DOT.search(text, max(0, end - 8), end) is not None


#: Between blocks in a document view: not whitespace, not a word character, so no pattern, join or
#: look-around reaches from one block into the next. A NUL in the source is read as U+0001 instead.
BLOCK_SEP = "\x00"
_NUL_SAFE = {0: "\x01"}
#: Characters known to be their own folded form, and the folded form of those that are not
#: (NFKC, then a traditional Chinese character to its simplified form).
_FOLD_STABLE: set[str] = set()
_FOLD_CHANGED: dict[str, str] = {}
#: ``str.translate`` table giving every wide character (CJK, East Asian Wide/Fullwidth) two cells.
_WIDE_CELLS: dict[int, str] = {}
_WIDTH_KNOWN: set[str] = set()


def line_start(text: str, at: int) -> int:
    """Where the line (or block of the text view) holding ``at`` starts."""
    return max(text.rfind("\n", 0, at), text.rfind(BLOCK_SEP, 0, at)) + 1


def is_cjk(ch: str) -> bool:
    return _CJK.match(ch) is not None


def _learn_widths(chars: frozenset[str]) -> None:
    """Classify the characters not seen before (once per character per process)."""
    for ch in chars.difference(_WIDTH_KNOWN):
        _WIDTH_KNOWN.add(ch)
        if is_cjk(ch) or unicodedata.east_asian_width(ch) in "WF":
            _WIDE_CELLS[ord(ch)] = ch + ch


@lru_cache(maxsize=2)
def _characters(text: str) -> frozenset[str]:
    """The distinct characters of ``text``: the line widths and the folding table of the text being
    analysed both classify them, so they are collected once."""
    return frozenset(text)


def _line_widths(text: str, lines: list[Line]) -> list[int]:
    """Printed width in cells (a CJK or full-width character takes two) of every line's stripped
    content; the text's characters are classified once, not line by line. The translation table
    lists every character of the text (``str.translate`` is slow on characters it lacks)."""
    chars = _characters(text)
    _learn_widths(chars)
    contents = [ln.content.strip() for ln in lines]
    if not any(ord(ch) in _WIDE_CELLS for ch in chars):
        return [len(c) for c in contents]
    table = {ord(ch): _WIDE_CELLS.get(ord(ch), ch) for ch in chars}
    return [len(c) if c.isascii() else len(c.translate(table)) for c in contents]


#: Arabic short vowels and other marks over or under a letter (U+064B–U+065F, the superscript alef U+0670)
#: and the tatweel that draws a word out (U+0640): a text may print ``سلطنة عُمان`` or ``المـغرب`` where the
#: names are written bare, as most Arabic text is.
_ARABIC_MARKS = frozenset([*map(chr, range(0x064B, 0x0660)), "\u0670", "\u0640"])


def _fold_char(ch: str) -> str:
    """NFKC, a traditional Chinese character to its simplified form (``條`` → ``条``, ``屆`` → ``届``),
    so one set of patterns and names reads both scripts, and no Arabic mark (:data:`_ARABIC_MARKS`).
    Converted one character at a time, never as a phrase, so that each view character maps to one
    source character."""
    if ch in _ARABIC_MARKS:
        return ""
    norm = unicodedata.normalize("NFKC", ch)
    if len(norm) == 1 and is_cjk(norm):
        simplified: str = _t2s().convert(norm)
        if len(simplified) == 1:
            return simplified
    return norm


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _fold_table(text: str) -> dict[int, str]:
    """``str.translate`` table taking every character of ``text`` to its folded form (per character,
    as the view has always normalised: no composition across characters), or ``{}`` when folding
    changes nothing. It lists the unchanged characters too: ``str.translate`` is slow on a
    character its table lacks."""
    if text.isascii():
        return {}
    chars = _characters(text)
    for ch in chars.difference(_FOLD_STABLE).difference(_FOLD_CHANGED):
        norm = _fold_char(ch)
        if norm == ch:
            _FOLD_STABLE.add(ch)
        else:
            _FOLD_CHANGED[ch] = norm
    if chars.isdisjoint(_FOLD_CHANGED):
        return {}
    return {ord(ch): _FOLD_CHANGED.get(ch, ch) for ch in chars}


def fold(text: str) -> str:
    """``text`` folded as a text view folds it (NFKC, traditional Chinese to simplified), per
    character: names are folded the same way before they are matched against a view."""
    table = _fold_table(text)
    return text.translate(table) if table else text


@lru_cache(maxsize=2)
def _folded(text: str) -> str | None:
    """``fold(text)`` when folding keeps every offset (no character expands), else None: then
    any slice of it is the slice's own folded form. Kept for the text being analysed."""
    folded = fold(text)
    return folded if len(folded) == len(text) else None


class _Map:
    """A piecewise map from offsets in one string to offsets in the string it was made from.

    Piece ``k`` starts at ``starts[k]`` and maps there to ``targets[k]``; inside a piece offsets
    advance together (``step`` 1) or all map to the same target (``step`` 0: the characters one
    character expanded into). Edits are few (line joins, NFKC expansions), so this is a short list
    searched with ``bisect``, not a per-character table.
    """

    __slots__ = ("starts", "targets", "steps")

    def __init__(self) -> None:
        self.starts: list[int] = [0]
        self.targets: list[int] = [0]
        self.steps: list[int] = [1]

    def add(self, start: int, target: int, step: int = 1) -> None:
        self.starts.append(start)
        self.targets.append(target)
        self.steps.append(step)

    def __call__(self, offset: int) -> int:
        k = bisect_right(self.starts, offset) - 1
        return self.targets[k] + (offset - self.starts[k]) * self.steps[k]

    def many(self, offsets: list[int]) -> list[int]:
        """``[self(o) for o in offsets]`` without a call per offset (a block holds hundreds of tokens)."""
        starts, targets, steps = self.starts, self.targets, self.steps
        out = []
        for offset in offsets:
            k = bisect_right(starts, offset) - 1
            out.append(targets[k] + (offset - starts[k]) * steps[k])
        return out


def _assemble(source: str, groups: list[list[tuple[int, int]]]) -> tuple[str, _Map | None]:
    """Segments joined by ``\\n`` within a group and by :data:`BLOCK_SEP` between groups."""
    parts: list[str] = []
    origin = _Map()
    pos = 0
    simple = len(groups) == 1 and len(groups[0]) == 1
    for g, segments in enumerate(groups):
        if g:
            parts.append(BLOCK_SEP)
            pos += 1
        first = True
        for start, end in segments:
            if first and start >= end:
                continue  # a view never starts with a line break
            if not first:
                parts.append("\n")  # acts as a line break; maps to the next segment's start
                origin.add(pos, start, 0)
                pos += 1
            origin.add(pos, start)
            piece = source[start:end]
            parts.append(piece.translate(_NUL_SAFE) if BLOCK_SEP in piece else piece)
            pos += end - start
            first = False
    text = "".join(parts)
    if simple:
        return text, None if groups[0][0][0] == 0 else origin
    return text, origin


def _normalise(text: str) -> tuple[str, _Map | None]:
    """NFKC (and traditional → simplified Chinese) per character; a map only when some character
    expanded to several."""
    table = _fold_table(text)
    if not table:
        return text, None
    expanding = {chr(code): norm for code, norm in table.items() if len(norm) != 1}
    return text.translate(table), (expansion_map(text, expanding) if expanding else None)


def expansion_map(text: str, expanding: dict[str, str]) -> _Map:
    """Offsets in ``text`` with every character in ``expanding`` replaced by its expansion, mapped
    back to offsets in ``text`` (each character of an expansion maps to the character it came from)."""
    origin = _Map()
    shift = 0
    for m in re.finditer("[" + "".join(map(re.escape, expanding)) + "]", text):
        width = len(expanding[m.group()])
        at = m.start() + shift
        origin.add(at, m.start(), 0)
        origin.add(at + width, m.start() + 1)
        shift += width - 1
    return origin


def _join_breaks(text: str) -> tuple[str, _Map | None]:
    """Whitespace holding a line break disappears between CJK characters, after ``/`` and ``-`` (a
    symbol or word cut at the margin), inside a symbol cut after a dot (``Rev.`` ⏎ ``1``) and at a
    block's edge; else it becomes one space."""
    parts: list[str] = []
    origin = _Map()
    last = shift = 0
    for m in _BREAK_RUN.finditer(text):
        i, j = m.span()
        prev = text[i - 1] if i else BLOCK_SEP
        nxt = text[j] if j < len(text) else BLOCK_SEP
        parts.append(text[last:i])
        if (BLOCK_SEP in (prev, nxt) or prev in "/-" or _CJK.match(prev) or _CJK.match(nxt)
                or (prev == "." and nxt.isdigit() and _cut_at_symbol_dot(text, i))):
            shift += j - i
        else:
            parts.append(" ")
            shift += j - i - 1
        origin.add(j - shift, j)
        last = j
    if not parts:
        return text, None
    parts.append(text[last:])
    return "".join(parts), origin


#: A pinyin gloss a converter printed after a Chinese character (``聯(lián)合國``, ``委內(nèi)瑞拉``): at least one
#: tone-marked vowel, so that a bracketed word in lower case (``(de)``, ``(anti-corruption)``) stays.
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_GLOSS = re.compile(rf"\((?<=[\u3400-\u9fff]\()(?=[{_PINYIN}]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[{_PINYIN}]{{1,7}}\)")


def _drop_glosses(text: str) -> tuple[str, _Map | None]:
    """The text without pinyin glosses (:data:`_GLOSS`): names read through them as printed without."""
    if "(" not in text:
        return text, None
    return _drop(text, _GLOSS, lambda i, j: "")


def _drop(text: str, pattern: re.Pattern[str], instead: Callable[[int, int], str]) -> tuple[str, _Map | None]:
    """``text`` with each match of ``pattern`` at ``i:j`` replaced by ``instead(i, j)`` (nothing or one space),
    and the map from the result back to ``text``; no map when nothing matched."""
    parts: list[str] = []
    origin = _Map()
    last = shift = 0
    for m in pattern.finditer(text):
        i, j = m.span()
        parts.append(text[last:i])
        kept = instead(i, j)
        parts.append(kept)
        shift += j - i - len(kept)
        origin.add(j - shift, j)
        last = j
    if not parts:
        return text, None
    parts.append(text[last:])
    return "".join(parts), origin


#: Markup a page's copy kept as text (``la Convención de<br /> las Naciones Unidas``): a line break or paragraph tag.
_TAG = re.compile(r"</?(?:br|p)\s*/?>", re.IGNORECASE)


def _drop_tags(text: str) -> tuple[str, _Map | None]:
    """The text without the tags of :data:`_TAG`: gone beside a space, a space between two words."""
    if "<" not in text:
        return text, None

    def instead(i: int, j: int) -> str:
        beside = not i or j == len(text) or text[i - 1].isspace() or text[j].isspace()
        return "" if beside else " "

    return _drop(text, _TAG, instead)


@dataclass(slots=True)
class TextView:
    """Normalised text (NFKC, traditional Chinese folded to simplified, line breaks joined, a page's line
    break tags and pinyin glosses dropped) that maps every character back to the source.

    ``text`` may be a slice (one block) of a larger view: ``base`` is where it starts there.
    """

    text: str
    maps: tuple[_Map, ...] = ()  #: applied in order: view → … → source
    base: int = 0

    def origin(self, offset: int) -> int:
        """The source offset of view character ``offset``."""
        offset += self.base
        for step in self.maps:
            offset = step(offset)
        return offset

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets covering view characters ``start:end``."""
        return self.origin(start), self.origin(end - 1) + 1

    def source_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`source_span` of each of ``spans``, mapped through each map in one loop."""
        firsts = [start + self.base for start, _ in spans]
        lasts = [end - 1 + self.base for _, end in spans]
        for step in self.maps:
            firsts, lasts = step.many(firsts), step.many(lasts)
        return [(first, last + 1) for first, last in zip(firsts, lasts, strict=True)]

    def slice(self, start: int, end: int) -> TextView:
        return TextView(self.text[start:end], self.maps, self.base + start)

    @classmethod
    def build(cls, source: str, segments: list[tuple[int, int]]) -> TextView:
        """Join ``segments`` of ``source``, normalised."""
        return cls.build_groups(source, [segments])

    @staticmethod
    def build_text(source: str, segments: list[tuple[int, int]]) -> str:
        """``build(source, segments).text`` without the offset maps: one line of text, the common
        case of a layout rule's look at a block, is only folded (it holds no break to join)."""
        folded = _folded(source)
        if len(segments) == 1 and folded is not None:
            start, end = segments[0]
            piece = folded[start:end]
            if "\n" not in piece and "\r" not in piece:
                return piece.translate(_NUL_SAFE) if BLOCK_SEP in piece else piece
        return TextView.build(source, segments).text

    @classmethod
    def build_groups(cls, source: str, groups: list[list[tuple[int, int]]]) -> TextView:
        """One view of many blocks (each a list of segments), separated by :data:`BLOCK_SEP`. When
        folding keeps the source's offsets, the pieces are cut from the source folded once."""
        folded = _folded(source)
        if folded is not None:
            text, assembled = _assemble(folded, groups)
            normalised = None
        else:
            text, assembled = _assemble(source, groups)
            text, normalised = _normalise(text)
        text, joined = _join_breaks(text)
        text, tagged = _drop_tags(text)
        text, glossed = _drop_glosses(text)
        maps = tuple(m for m in (glossed, tagged, joined, normalised, assembled) if m is not None)
        return cls(text, maps)

    def blocks(self) -> list[TextView]:
        """The per-block views of a view made by :meth:`build_groups`."""
        starts = [0, *(m.end() for m in _SEP_RX.finditer(self.text))]
        ends = [s - 1 for s in starts[1:]] + [len(self.text)]
        return [self.slice(s, e) for s, e in zip(starts, ends, strict=True)]


_SEP_RX = re.compile(BLOCK_SEP)


# -- lines and blocks ---------------------------------------------------------------------------

_NUMBERED = re.compile(r"^\s*(\d{1,3})\s*[.．]\s*(?=\S)")
_SUBITEM = re.compile(r"^\s*[(（]([a-z])[)）]\s*(?=\S)")
_CN_SECTION = re.compile(rf"^\s*([{CHINESE_NUMERAL_CHARS}]+)\s*[.．、]\s*(?=\S)")
_ROMAN_SECTION = re.compile(r"^\s*([IVX]{1,6})\s*\.\s+(?=\S)")
_AR_SECTION = re.compile(r"^\s*(أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا)ً?\s*[-–]\s*(?=\S)")
_AR_SECTION_VALUES = {"أولا": 1, "ثانيا": 2, "ثالثا": 3, "رابعا": 4, "خامسا": 5, "سادسا": 6, "سابعا": 7, "ثامنا": 8}
#: What a structural marker opens with after space, besides a digit (the patterns above): a quick test first.
_MARKER_FIRST = "(（IVX" + CHINESE_NUMERAL_CHARS + "".join(word[0] for word in _AR_SECTION_VALUES)
_DOCS_HEADING = re.compile(
    r"^\s*(?:文件|Documentation|Documents|Documentación|Documentos|Документация|Документы|الوثائق)\s*$",
    re.IGNORECASE,
)
_AGENDA_HEADING = re.compile(
    r"^\s*(?:临时议程|Provisional agenda|Ordre du jour provisoire|Programa provisional|Предварительная повестка"
    r"(?: дня)?|جدول الأعمال المؤقت)\s*$",
    re.IGNORECASE,
)
_ANNOTATIONS_HEADING = re.compile(
    r"^\s*(?:说明|Annotations|Annotations to the provisional agenda|Annotations|Anotaciones|Аннотации|الشروح)\s*$",
    re.IGNORECASE,
)
_ANNEX_HEADING = re.compile(r"^\s*(?:附件|Annex|Annexe|Anexo|Приложение|المرفق)\s*$", re.IGNORECASE)
_LINK = re.compile(r"^\s*https?://\S*\s*$")
_JOB = re.compile(r"^\s*(?:\d+/\d+\s+)?V\.\d{2}-\d{5}(?:\s+\d+/\d+)?\s*$|^\s*\d+/\d+\s*$")
#: A UN document symbol standing alone on a line (page header or the document's own heading), maybe with
#: the footnote star a reissued document carries (``CAC/COSP/WG.2/2016/3*``); not one ending in a full
#: stop, which ends a footnote that cites it (``* CAC/COSP/2021/1.``). A press release's masthead may print
#: its kind before it and a separator after it (``Communiqué de presse SOC/CP/273 |``).
_RELEASE_LABEL = (
    r"(?:(?i:Press Release|Communiqué de presse|Comunicado de prensa|Пресс-релиз|نشرة صحفية|新闻稿)\s*:?\s*)?"
)
SYMBOL_LINE = re.compile(
    rf"^\s*{_RELEASE_LABEL}({SERIES}(?:/[A-Za-z0-9.]*[A-Za-z0-9])+)\**\s*\|?\s*$"
)
_TERMINAL = tuple("。！？；：）.;:!?؛")
#: A line ending in an article, a preposition or a conjunction goes on, however short: a centred title
#: breaks its lines where it likes (``CONFERENCE OF STATES PARTIES TO THE`` ⏎ ``UNITED NATIONS CONVENTION``).
_OPEN_END = re.compile(
    r"(?<!\w)(?:the|of|to|and|for|on|at|de|la|le|les|des|du|et|à|pour|sur|el|los|las|del|y|para|contra|"
    r"и|в|по|для|против|о|на)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Line:
    start: int
    end: int  #: end of content, line break excluded
    content: str


@dataclass(slots=True)
class Block:
    """A run of lines read as one unit: a paragraph, a heading, a list item."""

    segments: list[tuple[int, int]]
    role: str = "text"  #: text | paragraph | note | row | heading | item | section | docs-heading | header
    marker: str = ""  #: as printed: "12", "(a)", "三", "III"
    number: str = ""  #: the paragraph id suffix (see module docstring)
    agenda: str = ""  #: agenda item key the block falls under ("4b")
    section: str = ""  #: printed section/agenda marker the block falls under
    in_docs: bool = False  #: the block is an entry of a "Documentation" list
    closed: bool = False

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


@dataclass(slots=True)
class AgendaEntry:
    key: str  #: "4b"
    printed: str  #: "4(b)"
    title: str
    spans: list[tuple[int, int, int]] = field(default_factory=list)  #: (block index, start, end) of titles


@dataclass(slots=True)
class Layout:
    text: str
    blocks: list[Block]
    furniture: list[Line]
    own_symbol: str | None
    own_symbol_span: tuple[int, int] | None
    is_agenda: bool
    numbered: bool
    agenda: dict[str, AgendaEntry]

    def view(self, block: Block) -> TextView:
        return TextView.build(self.text, block.segments)

    def document_view(self) -> TextView:
        """One view of every block, blocks separated by :data:`BLOCK_SEP`: extractors run once per
        document rather than once per block (:meth:`TextView.blocks` splits it back)."""
        return TextView.build_groups(self.text, [b.segments for b in self.blocks])


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        out.append(Line(pos, pos + len(content), content))
        pos += len(raw)
    return out


def _marker(content: str) -> tuple[str, str, int] | None:
    """(kind, printed marker, end of marker) of a structural line start."""
    first = content.lstrip()[:1]
    if not (first.isdecimal() or (first and first in _MARKER_FIRST)):
        return None  # most lines: no marker can start here, none of the patterns need be tried
    for kind, rx in (
        ("numbered", _NUMBERED),
        ("sub", _SUBITEM),
        ("cn", _CN_SECTION),
        ("roman", _ROMAN_SECTION),
        ("ar", _AR_SECTION),
    ):
        m = rx.match(content)
        if m:
            return kind, m.group(1), m.end()
    return None


def _section_value(kind: str, printed: str) -> int | None:
    if kind == "ar":
        return _AR_SECTION_VALUES.get(printed)
    return to_int(printed)


def _strip_trailing(text: str) -> str:
    return text.strip().rstrip("：:；;。.").strip()


def analyse(text: str) -> Layout:
    """Blocks, numbering, agenda items and the document's own symbol."""
    lines = _lines(text)
    is_agenda = any(_AGENDA_HEADING.match(ln.content) for ln in lines)
    numbered = not is_agenda and sum(1 for ln in lines if _NUMBERED.match(ln.content)) >= 2
    read = _read_lines(text, lines)
    layout = _segment(text, read, numbered, set())
    layout.is_agenda, layout.numbered = is_agenda, numbered
    if is_agenda:  # now that the item titles are known, headings that wrap can be closed at their title
        _classify(layout)
        titles = {entry.title for entry in layout.agenda.values()}
        again = _segment(text, read, numbered, titles)
        if _cuts(again) == _cuts(layout):
            return layout  # the titles closed no heading: the blocks, and so their reading, are the same
        layout = again
        layout.is_agenda, layout.numbered = is_agenda, numbered
    _classify(layout)
    return layout


def _cuts(layout: Layout) -> list[tuple[list[tuple[int, int]], bool]]:
    """What :func:`_segment` decides about each block (``_classify`` reads nothing else of them)."""
    return [(b.segments, b.closed) for b in layout.blocks]


@dataclass(slots=True)
class _ReadLine:
    """What :func:`_segment` needs of a non-blank line, read once though an agenda is segmented twice."""

    line: Line
    stripped: str
    width: int
    symbol: re.Match[str] | None  #: the line is the symbol on a line of its own
    furniture: bool  #: a link, job number or symbol line: not part of any block
    marker: tuple[str, str, int] | None
    structural: bool  #: it opens a block (a list marker or a Documentation heading)


def _once(symbol: str) -> str:
    """A symbol printed twice on its line (a bilingual copy glues the two mastheads together:
    ``CAC/COSP/IRG/2015/1CAC/COSP/IRG/2015/1``), once."""
    half = len(symbol) // 2
    return symbol[:half] if len(symbol) % 2 == 0 and symbol[:half] == symbol[half:] else symbol


def _read_lines(text: str, lines: list[Line]) -> list[_ReadLine]:
    out: list[_ReadLine] = []
    for ln, width in zip(lines, _line_widths(text, lines), strict=True):
        stripped = ln.content.strip()
        if not stripped:
            continue
        symbol_line = SYMBOL_LINE.match(ln.content)
        if _LINK.match(ln.content) or _JOB.match(ln.content) or symbol_line:
            out.append(_ReadLine(ln, stripped, width, symbol_line, True, None, False))
            continue
        marker = _marker(ln.content)
        structural = marker is not None or _DOCS_HEADING.match(ln.content) is not None
        out.append(_ReadLine(ln, stripped, width, None, False, marker, structural))
    return out


def _in_capitals(line: str) -> bool:
    """Every letter of ``line`` is a capital, and it has a word of two letters or more: a title's line."""
    return line.isupper() and any(len(word) > 1 and word.isalpha() for word in line.split())


def _capital_word_then_sentence(line: str) -> bool:
    """``line`` opens with a word in capitals and goes on in lower case (``MEXICANOS, a sus habitantes``)."""
    words = line.split(maxsplit=2)
    first = words[0].rstrip(",;:")
    return len(words) > 1 and len(first) > 1 and first.isalpha() and first.isupper() and words[1][0].islower()


def _segment(text: str, lines: list[_ReadLine], numbered: bool, titles: set[str]) -> Layout:
    ordered = sorted(r.width for r in lines)
    full = ordered[int(len(ordered) * 0.9)] if ordered else 0
    furniture: list[Line] = []
    blocks: list[Block] = []
    own_symbol: str | None = None
    own_span: tuple[int, int] | None = None
    current: Block | None = None
    first_marker: tuple[str, str, int] | None = None
    soft = False  #: the current block was closed only by a short line, not by a sentence's end
    capitals = False  #: the last line is written in capitals
    last_end = 0  #: where the last line ended: a blank line after it ends a title in capitals
    cut = False  #: the last line ended inside a symbol, at a dot (``A/AC.`` ⏎ ``260/2``, ``Rev.`` ⏎ ``1)``)
    for i, read in enumerate(lines):
        ln = read.line
        if read.furniture:
            furniture.append(ln)
            symbol_line = read.symbol
            if symbol_line and own_symbol is None:
                own_symbol = _once(symbol_line.group(1))
                start = ln.start + symbol_line.start(1)
                own_span = (start, start + len(own_symbol))
            continue
        marker = read.marker
        # a line that opens in lower case goes on with the sentence a short line left open (a PDF's
        # "… Наций против" ⏎ "транснациональной …"), unless it opens a block of its own; a line in
        # capitals goes on with a title in capitals a short line left open (``CONFERENCE OF THE STATES
        # PARTIES`` ⏎ ``TO THE UNITED NATIONS CONVENTION`` ⏎ ``AGAINST CORRUPTION``)
        # (or with the last word of a title in capitals that a sentence then follows: ``PRESIDENTE DE LOS ESTADOS
        # UNIDOS`` ⏎ ``MEXICANOS, a sus habitantes``)
        goes_on = soft and (read.stripped[0].islower() or (capitals and text.count("\n", last_end, ln.start) < 2 and (
            _in_capitals(read.stripped) or _capital_word_then_sentence(read.stripped))))
        # a symbol cut after its dot goes on with its number, which no marker ("1)") opens
        resumed = cut and read.stripped[0].isdigit()
        if current is None or (current.closed and not (goes_on or resumed)) or (read.structural and not resumed):
            current = Block([(ln.start, ln.end)])
            blocks.append(current)
            first_marker = marker
        else:
            current.segments.append((ln.start, ln.end))
        ended = read.stripped.endswith(_TERMINAL)
        capitals, last_end = _in_capitals(read.stripped), ln.end
        cut = ended and _cut_at_symbol_dot(read.stripped, len(read.stripped))
        current.closed = ended or (read.width < 0.8 * min(full, _local_width(text, lines, i))
                                   and not _OPEN_END.search(read.stripped))
        soft = current.closed and not ended
        if numbered and first_marker and first_marker[0] == "numbered":
            current.closed = False  # a numbered paragraph runs to the next marker
        elif titles and first_marker:
            rest = _strip_trailing(_after_marker(text, current))
            if rest in titles:
                current.closed = True
            elif any(t.startswith(rest) for t in titles):
                current.closed = False
    return Layout(text, blocks, furniture, own_symbol, own_span, False, False, {})


#: A line this wide or wider may belong to a paragraph wrapped at its own width (a page that wraps some
#: paragraphs and not others): narrower ones are a heading's, a list's or a form's.
_WRAPPED = 40


def _local_width(text: str, lines: list[_ReadLine], i: int) -> float:
    """The width a paragraph around line ``i`` is wrapped at, read from the line and its neighbours (the lines
    right before and after it, wide enough, no blank line between): a page that wraps one paragraph at 80 characters and
    leaves the next on one long line (``including France, United`` ⏎ ``Kingdom, United States``) closes no line
    of the wrapped one for being shorter than the long one. Infinite (no say) for a narrow or lone line."""
    if lines[i].width < _WRAPPED:
        return float("inf")
    near = [lines[j].width for j in (i - 1, i + 1) if 0 <= j < len(lines) and not lines[j].furniture
            and lines[j].width >= _WRAPPED
            and text.count("\n", *sorted((lines[i].line.start, lines[j].line.start))) == 1]
    return max([lines[i].width, *near]) if near else float("inf")


def _after_marker(text: str, block: Block) -> str:
    """The block's view text after its list marker (the marker as read in the joined view)."""
    view = TextView.build_text(text, block.segments)
    marker = _marker(view)
    return view[marker[2] :] if marker else view


def _first_line(text: str, block: Block) -> str:
    return text[block.segments[0][0] : block.segments[0][1]]


def _classify(layout: Layout) -> None:
    layout.agenda.clear()
    if layout.is_agenda:
        _agenda_structure(layout)
    else:
        _report_structure(layout)
    _number(layout)


def _agenda_structure(layout: Layout) -> None:
    text = layout.text
    agenda = layout.agenda
    phase = "before"
    top = ""  # the current top-level item number, for "(a)" sub-items
    current = ""  # the agenda key of the innermost item heading seen so far
    for index, block in enumerate(layout.blocks):
        first = _first_line(text, block)
        if _AGENDA_HEADING.match(first):
            phase, block.role = "list", "heading"
            continue
        if _ANNOTATIONS_HEADING.match(first) or _ANNEX_HEADING.match(first):
            phase, block.role = ("notes" if _ANNOTATIONS_HEADING.match(first) else "annex"), "heading"
            top = current = ""
            continue
        if _DOCS_HEADING.match(first):
            block.role = "docs-heading"
            block.agenda = current
            continue
        marker = _marker(first)
        if phase == "list" and marker and marker[0] in ("numbered", "sub"):
            kind, printed, mend = marker
            top = printed if kind == "numbered" else top
            key = printed if kind == "numbered" else f"{top}{printed}"
            label = printed if kind == "numbered" else f"{top}({printed})"
            title = _strip_trailing(TextView.build_text(text, [(block.start + mend, block.end)]))
            agenda[key] = AgendaEntry(key, label, title)
            agenda[key].spans.append((index, *_title_span(text, block, mend)))
            block.role, block.marker, block.agenda = "item", label, key
            current = key
            continue
        if phase == "notes" and marker and marker[0] in ("numbered", "sub"):
            kind, printed, mend = marker
            key = printed if kind == "numbered" else f"{top}{printed}"
            entry = agenda.get(key)
            rest = _after_marker(text, block).strip()
            if entry and entry.title[:4] and rest.startswith(entry.title[:4]):
                top = printed if kind == "numbered" else top
                entry.spans.append((index, *_title_span(text, block, mend)))
                block.role, block.marker, block.agenda = "heading", entry.printed, key
                current = key
                continue
        if phase == "annex":
            block.role = "row"  # the timetable of the annex: rows, not paragraphs
        if phase in ("notes", "list"):
            block.role = "note" if phase == "notes" else block.role
            block.agenda = current
            prev = layout.blocks[index - 1] if index else None
            block.in_docs = bool(prev and (prev.role == "docs-heading" or prev.in_docs)) and phase == "notes"
        elif phase == "before":
            block.role = "header"


def _title_span(text: str, block: Block, marker_end: int) -> tuple[int, int]:
    start = block.start + marker_end
    end = block.end
    while end > start and text[end - 1] in " \t：:；;。.":
        end -= 1
    return start, end


def _report_structure(layout: Layout) -> None:
    text = layout.text
    section, agenda_key = "", ""
    for index, block in enumerate(layout.blocks):
        first = _first_line(text, block)
        marker = _marker(first)
        if marker and marker[0] in ("cn", "roman", "ar"):
            value = _section_value(marker[0], marker[1])
            block.role, block.marker = "section", marker[1]
            section = marker[1]
            agenda_key = str(value - 1) if value and value > 1 else ""
            if agenda_key:
                title = _strip_trailing(TextView.build_text(text, [(block.start + marker[2], block.end)]))
                entry = layout.agenda.setdefault(agenda_key, AgendaEntry(agenda_key, agenda_key, title))
                entry.spans.append((index, *_title_span(text, block, marker[2])))
            block.agenda, block.section = agenda_key, section
            continue
        if marker and marker[0] == "numbered" and layout.numbered:
            block.role, block.marker = "paragraph", marker[1]
        block.agenda, block.section = agenda_key, section


def _number(layout: Layout) -> None:
    unnumbered = rows = 0
    for position, block in enumerate(layout.blocks, start=1):
        if block.role == "row":
            rows += 1
            block.number = f"annex-{rows}"
        elif not layout.numbered:
            block.number = str(position)
        elif block.role == "paragraph":
            block.number = block.marker
        elif block.role == "section":
            found = _marker(_first_line(layout.text, block))  # a section block starts with its marker
            value = _section_value(found[0] if found else "", block.marker)
            block.number = f"s{value}"
        else:
            unnumbered += 1
            block.number = f"h{unnumbered}"
        if not block.section:
            block.section = layout.agenda[block.agenda].printed if block.agenda in layout.agenda else ""


def discusses(layout: Layout, block: Block) -> bool:
    """Whether ``block`` is text discussed under its agenda item: a numbered paragraph of a report
    section, or an annotation of an agenda — not a heading, the item list, a Documentation entry
    or the annex's timetable."""
    if not block.agenda or block.in_docs:
        return False
    return block.role == ("paragraph" if layout.numbered else "note")
