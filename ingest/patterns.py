"""Regular-expression extractors for what UN documents cite by number, in the six UN languages.

Document symbols, resolutions, articles, chapters, sessions/meetings and dates are not names a
dictionary can hold: they are numbered, listed (``第 5/3 号、第 6/2 号和第 6/3 号决议``) and ranged
(``articles 51 to 59``, ``its first to thirteenth meetings``). Each extractor returns one
:class:`Hit` per member of a list or range, so a range cites every article it covers. A listed
member's span is its own token; a member inside a range (52 … 58 of 51 to 59) has the span of
the whole range, which is where a reader sees it.

All extractors work on a :class:`ingest.layout.TextView` text (NFKC, line breaks joined); the
caller maps spans back to the text as read. Patterns are compiled once, at import. The text may be
a whole document's view, blocks separated by a character no pattern crosses; ``starts`` (where
each block begins) keeps every look-back window — the words before a citation, the sentence
around a date — inside the block it belongs to, so a document is read in one pass per pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from arkg.graph import ids
from arkg.graph.model import model
from arkg.ingest.layout import BLOCK_SEP, is_cjk, line_start
from arkg.ingest.lexicon import alternation, by_first_character, connector, lexicons, words
from arkg.ingest.numerals import (
    CHINESE_NUMERAL_CHARS,
    ORDINAL_WORD,
    ordinal_pattern,
    ordinal_to_int,
    roman_to_int,
    to_int,
)
from arkg.ingest.scan import Triggers, keyed
from arkg.ingest.spans import Spans
from arkg.ingest.symbols import PARTS, RELATIVE_SERIES, SERIES


@dataclass(frozen=True, slots=True)
class Hit:
    """A typed span in view coordinates; ``id`` is the canonical id the pattern implies."""

    label: str
    id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateHit:
    start: int
    end: int
    first: str  #: ISO date (``YYYY-MM`` when no day is printed)
    last: str


@dataclass(slots=True)
class Context:
    """What a pattern needs to know about the document it reads."""

    series: str = ""  #: the own symbol's series with year, e.g. ``CAC/COSP/WG.2/2017``
    body: str = "wg-ar"  #: the body whose "meetings" a bare meeting ordinal refers to
    session: str = ""  #: the document's session, whose agenda items ``item 4 (b)`` refers to
    agenda: bool = False  #: an agenda, whose timetable names items bare (``4(b)``)
    session_by_date: Callable[[str, str, str | None], str | None] = field(default=lambda a, b, c: None)
    #: Bodies named in the text (view offsets and body code), from the linker: whose session a
    #: numbered session is.
    bodies: list[tuple[int, int, str]] = field(default_factory=list)
    #: The text names the Convention or one of its bodies: a session without a named holder is
    #: then the Conference's (a meeting, the document's body's).
    uncac: bool = True
    #: Places named in the text (view offsets and place id), from the linker.
    places: list[tuple[int, int, str]] = field(default_factory=list)
    #: Practitioner networks named in the text (view offsets), from the linker: a meeting in a
    #: sentence that names one, and no body before it, is the network's (``the GlobE Network Charter
    #: … outcomes of the first meeting``).
    networks: list[tuple[int, int]] = field(default_factory=list)
    #: Organizations and initiatives named in the text (view offsets), from the linker: a meeting whose
    #: holder one is, named right after it (``the seventh meeting of the International Association of
    #: Anti-Corruption Authorities``, ``الاجتماع السابع للرابطة الدولية …``), is none of a body's.
    organizations: list[tuple[int, int]] = field(default_factory=list)
    #: The session of a body held at a place in a year (``place/doha``, ``2009``, ``cosp``).
    session_at: Callable[[str, str, str], str | None] = field(default=lambda a, b, c: None)
    #: The one session a body held in a month (``2009-11``, ``cosp``).
    session_in: Callable[[str, str], str | None] = field(default=lambda a, b: None)
    #: The text is a resolution of the Human Rights Council (its own symbol ``A/HRC/RES/…``): the
    #: resolutions it recalls are the Council's unless it names another body's.
    council: bool = False


def _block(starts: Sequence[int], pos: int, length: int) -> tuple[int, int]:
    """(start, end) of the block holding ``pos`` (the end is where the block separator stands)."""
    k = bisect_right(starts, pos) - 1
    return starts[k], (starts[k + 1] - 1 if k + 1 < len(starts) else length)


def _spans_with(trigger: re.Pattern[str], text: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """The blocks where ``trigger`` occurs. A costly pattern every match of which holds a trigger
    match runs over these blocks only: the same matches, at a fraction of the cost."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := trigger.search(text, pos)) is not None:
        spans.append(_block(starts, m.start(), len(text)))
        pos = spans[-1][1] + 1
    return spans


@cache
def _triggers() -> Triggers:
    """The citation patterns whose required literals one pass finds (:class:`ingest.scan.Triggers`).
    None of them crosses a block separator, and none looks past one at anything but a non-word
    character, so a pattern run over the blocks holding its literals finds what it finds in the
    whole text. (Built on first use: two of the patterns are compiled on first use.)"""
    return Triggers(
        {
            "resolution": _RES_LATIN,
            "resolution_zh": _RES_ZH,
            "resolution_old": _RES_OLD_LATIN,
            "resolution_old_zh": _RES_OLD_ZH,
            "article": _ART_LATIN,
            "chapter": _CHAP_LATIN,
            "chapter_ar": _CHAP_AR_ORDINAL,
            "article_ar": _ART_AR_ORDINAL,
            "session": _session_latin(),
            "session_noun_first": _session_noun_first(),
            "session_this": _SESSION_THIS,
            "session_previous": _SESSION_PREVIOUS,
            "item": _ITEM_REF,
            "date_zh": _DATE_ZH,
        },
        BLOCK_SEP,
    )


@lru_cache(maxsize=2)
def _triggered(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each pattern of :func:`_triggers`, the blocks of ``text`` it can match in: found once per
    document view for every pattern (the view is the one text every extractor reads)."""
    return _triggers().blocks(text)


# -- document symbols --------------------------------------------------------------------------

def _edged(series: str) -> str:
    r"""``(?<![\w/.])(?:CAC|A|…)`` with the left-edge test made after each alternative's first
    letter (``C(?<![\w/.][\s\S])AC``, the same test): every alternative opens with a literal, so
    re skips ahead to where a symbol may start."""
    return "(?:" + "|".join(rf"{w[0]}(?<![\w/.][\s\S]){w[1:]}" for w in series[3:-1].split("|")) + ")"


#: A part with a dot opens with letters (``WG.2``, ``CRP.4``, ``AC.261``): ``…/2015/1.CAC/COSP/…`` is two
#: symbols a full stop parts, not one whose part is ``1.CAC``. A special session's part has a hyphen
#: (``A/RES/S-30/1``, ``A/ES-10/L.22``). A word glued to a symbol's last digits (a page that lost the line break
#: before a title: ``CAC/COSP/WG.4/2012/INF.1Final list of participants``) is no part of it: after a digit, a
#: letter belongs to the symbol only if no small letter follows it.
_SYM_TAIL = r"(?:[0-9]|[A-Za-z](?![a-z]))*"
_SYMBOL = re.compile(
    rf"({_edged(SERIES)}(?:/(?:[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]{_SYM_TAIL}|-\d+)*|\d{_SYM_TAIL}))+)")
_PART = f"(?:{'|'.join(PARTS)})"
_RELATIVE_SERIES = f"(?:{'|'.join(RELATIVE_SERIES)})"
_RELATIVE = re.compile(rf"({_edged(_RELATIVE_SERIES)}\.\d+(?:/{_PART}\.\d+)*)(?![\w/])")
_GA_RES_SYMBOL = re.compile(r"^A/RES/(\d+)/(\d+)$")
#: A corrigendum, addendum or revision named after its symbol with a list word: ``E/2001/30 and
#: Corr.1``, ``A/AC.260/2和Corr.1``.
_AND_PART = re.compile(rf"{connector('list')}({_PART}\.\d+)(?![\w/])")
_DIGIT = re.compile(r"\d")
#: A part no UN symbol has: letters glued to digits (``A/P3/12/01``, an ECOWAS protocol's number) or
#: opening in lower case (``AG/doc.4265/04``, an OAS document): another organization's reference.
_FOREIGN_PART = re.compile(r"/(?:[A-Za-z]+\d|[a-z])")


def find_symbols(text: str, ctx: Context) -> list[Hit]:
    """``CAC/COSP/WG.2/2017/3`` → Document; ``A/RES/58/4`` → Resolution and Document; bare ``CRP.1`` →
    series-relative."""
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for m in _SYMBOL.finditer(text):
        symbol = m.group(1)
        if symbol.count("/") < 1 or not _DIGIT.search(symbol) or _FOREIGN_PART.search(symbol):
            continue
        ga = _GA_RES_SYMBOL.match(symbol)
        if ga:  # the resolution, and the document that prints it
            res = ids.resolution("ga", int(ga.group(1)), int(ga.group(2)))
            hits.append(Hit("Resolution", res, m.start(1), m.end(1)))
        elif (cited := _GA_DOC_SYMBOL.match(symbol)) and _RES_WORD_BEFORE.search(text, max(0, m.start(1) - 40),
                                                                                   m.start(1)):
            # «резолюцией A/58/4»: a resolution cited by the symbol of the Assembly's documents, its RES left out —
            # the resolution, not the document that symbol names
            res = ids.resolution("ga", int(cited.group(1)), int(cited.group(2)))
            hits.append(Hit("Resolution", res, m.start(1), m.end(1)))
            taken.append((m.start(1), m.end(1)))
            continue
        hits.append(Hit("Document", ids.document(symbol), m.start(1), m.end(1)))
        taken.append((m.start(1), m.end(1)))
        also = _AND_PART.match(text, m.end(1))  # "A/58/422 and Corr.1": the corrigendum of that symbol
        if also:
            hits.append(Hit("Document", ids.document(f"{symbol}/{also.group(1)}"), also.start(1), also.end(1)))
            taken.append((also.start(1), also.end(1)))
    if ctx.series:
        for m in _RELATIVE.finditer(text):
            if any(s <= m.start(1) < e for s, e in taken):
                continue
            hits.append(Hit("Document", ids.document(f"{ctx.series}/{m.group(1)}"), m.start(1), m.end(1)))
    return hits


# -- resolutions --------------------------------------------------------------------------------

_RES_NUM = r"\d{1,2}/\d{1,3}"
#: Arabic proclitics glued to a word: a conjunction (و, ف), a preposition (ب, ل, ك), the article (ال;
#: after ل only its ل remains: للمادة). ``وبالمادة`` is و + ب + ال + مادة.
AR_PROCLITICS = r"[وف]?[بكل]?(?:ال|ل)?"
_NOT_ZH = ("en", "fr", "es", "ru", "ar")
#: The Assembly named between the word and the number (the lexicons' ``assembly_between``), as
#: ``ga``: the hit then covers the number alone, and the Assembly stays a mention of its own; the Conference
#: likewise (``conference_between``, as ``cosp``).
_BODY_BETWEEN = (rf"(?:\s+(?P<ga>{alternation('assembly_between', _NOT_ZH)})"
               rf"|\s+(?P<cosp>{alternation('conference_between', _NOT_ZH)}))?")
_RES_WORD = rf"(?:{alternation('resolution', _NOT_ZH)}{_BODY_BETWEEN})"
#: A resolution word right before a symbol (``resolution A/58/4``), and the Assembly's document symbol without RES.
_RES_WORD_BEFORE = re.compile(rf"(?<!\w){_RES_WORD}\s+$", re.IGNORECASE)
_GA_DOC_SYMBOL = re.compile(r"^A/(\d{2})/(\d{1,3})$")
#: A date set after a list member (``65/169, de 20 de diciembre de 2010, 71/213``, ``58/4 of 31
#: October 2003 and``, ``55/61 от 4 декабря 2000 г. и``): part of the list, not its end. Month names are in
#: the dates section below.
_APPOSITION = (
    r"(?:\s*,?\s*(?:of|du|de|del|от)\s+\d{1,2}(?:er)?\s+(?:de\s+)?\w+\.?\s+(?:de\s+)?\d{4}(?:\s*г(?:ода|\.))?\s*(?=[,\sوy]))?"
    # ... or its title (``6/6, titulada “Seguimiento de la declaración de Marrakech …”, y 6/7``)
    r"(?:\s*,\s*(?:entitled|titled|intitul[ée]e?|titulad[ao]|озаглавленн\w+|под\s+названием|المعنون|بعنوان)\s*"
    r"[“\"«„][^”\"»“\n]{1,200}[”\"»“]\s*(?=[,\sوy]))?"
)
#: A number sign before a resolution's number: ``No.``, ``n°``, ``№`` (which a text view's NFKC makes ``No``),
#: Spanish ``n.º`` (``n.o`` after NFKC), Arabic ``رقم``.
_NUMBER_SIGN = r"(?:No\.?\s*|n\.?[°ºo]\.?\s*|№\s*|رقم\s*)"
_RES_LATIN = re.compile(
    rf"(?<!\w){_RES_WORD}\s+{_NUMBER_SIGN}?"
    rf"({_RES_NUM}(?:{_APPOSITION}(?:{connector('list', _NOT_ZH)}|{connector('range', _NOT_ZH)}){_RES_NUM})*)(?![\d/])",
    re.IGNORECASE,
)
#: A list member may be dated before its number: ``1990年12月14日第45/121号和1991年12月18日第46/152号决议``.
_ZH_DATE_BEFORE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
_RES_ZH = re.compile(
    rf"第\s*{_RES_NUM}\s*号?(?:\s*(?:、|和|及|与|以及|至|到)\s*{_ZH_DATE_BEFORE}第?\s*{_RES_NUM}\s*号?)*\s*号\s*决议"
)
_RES_NUM_RX = re.compile(_RES_NUM)
#: The General Assembly's numbering before its 31st session (1976): one series, the session in
#: brackets (``resolution 3514 (XXX)``, ``第3514(XXX)号决议``, Arabic ``القرار 3514 (د-30)``).
_RES_OLD = r"(\d{2,4})\s*\(\s*(?:(?-i:([XVIL]{1,6}))|د\s*-\s*(\d{1,2}))\s*\)"
_RES_OLD_LATIN = re.compile(rf"(?<!\w){_RES_WORD}\s+{_NUMBER_SIGN}?{_RES_OLD}", re.IGNORECASE)
_RES_OLD_ZH = re.compile(rf"第\s*{_RES_OLD}\s*号\s*决议")
#: The last session of that numbering.
GA_OLD_LAST = 30
#: In every resolution number (and so in every match of ``_RES_LATIN`` and ``_RES_ITEM``).
_RES_KEY = re.compile(r"\d/\d")
_RES_TOKEN = re.compile(rf"(?:第\s*)?({_RES_NUM})(?:\s*号)?")
_GA_CONTEXT = keyed(re.compile(
    r"(?:General Assembly|Assemblée générale|Asamblea General|Генеральн\w+\s+Ассамбле\w+|الجمعية العامة|大会)\W{0,12}$",
    re.IGNORECASE,
))
#: A session number this high is the General Assembly's: the Conference has met a dozen times.
_GA_SESSION_FLOOR = 30


def _resolution_id(token: str, before: str) -> str:
    session, number = (int(x) for x in token.split("/"))
    body = "ga" if session >= _GA_SESSION_FLOOR or _GA_CONTEXT.search(before) else "cosp"
    return ids.resolution(body, session, number)


#: A numbered item of a list of resolutions (a table of contents, an annex): ``5/1. Title``, also right
#: after the dot leaders of the line before (``. . . .4/1. Mechanism``).
_RES_ITEM = re.compile(rf"(?:(?<![\w/.])|(?<=\s\.))({_RES_NUM})\.\s+(?=\w)")
#: The headings such a list stands under: resolutions, or decisions (whose items are not resolutions).
_RES_HEADING = keyed(
    re.compile(rf"(?<!\w)(?:({alternation('resolution')})|{alternation('decision')})(?!\w)", re.IGNORECASE)
)


def _listed_resolutions(text: str, starts: Sequence[int], numbered: list[tuple[int, int]]) -> list[Hit]:
    """``5/1.``, ``5/2.`` … under a resolutions heading (and not under a later decisions heading):
    the items of a table of contents or of a list of adopted resolutions (``numbered``: the blocks
    holding a resolution number, ``_spans_with(_RES_KEY, …)``)."""
    hits: list[Hit] = []
    items = [m for lo, hi in numbered for m in _RES_ITEM.finditer(text, lo, hi)]
    if len(items) < 2:
        return hits
    headings = [(m.start(), m.group(1) is not None) for m in _RES_HEADING.finditer(text)]
    for m in items:
        lo = _block(starts, m.start(), len(text))[0]
        last = [is_res for at, is_res in headings if at < m.start()]
        if last and last[-1]:
            hits.append(
                Hit(
                    "Resolution",
                    _resolution_id(m.group(1), text[max(lo, m.start() - 40) : m.start()]),
                    m.start(),
                    m.end(1),
                )
            )
    return hits


_RES_RANGE_GAP = re.compile(rf"\s*号?(?:{connector('range')}|\s*[至到]\s*)第?\s*", re.IGNORECASE)


def _resolution_range(text: str, low: re.Match[str], high: re.Match[str], before: str) -> list[Hit]:
    """The resolutions strictly between ``8/1`` and ``8/14`` when the two are joined as a range."""
    (s1, n1), (s2, n2) = (tuple(int(x) for x in t.group(1).split("/")) for t in (low, high))
    if s1 != s2 or not 0 < n2 - n1 < 40 or not _RES_RANGE_GAP.fullmatch(text, low.end(1), high.start()):
        return []
    return [Hit("Resolution", _resolution_id(f"{s1}/{n}", before), low.start(), high.end()) for n in range(n1 + 1, n2)]


def _old_resolutions(text: str) -> list[Hit]:
    """The General Assembly's resolutions numbered in one series with the session in brackets."""
    blocks = _triggered(text)
    found = [m for key, rx in (("resolution_old", _RES_OLD_LATIN), ("resolution_old_zh", _RES_OLD_ZH))
             for lo, hi in blocks[key] for m in rx.finditer(text, lo, hi)]
    hits: list[Hit] = []
    for m in found:
        number, roman, arabic = m.group(m.re.groups - 2, m.re.groups - 1, m.re.groups)
        session = roman_to_int(roman) if roman else int(arabic)
        if session and 1 <= session <= GA_OLD_LAST:
            hits.append(Hit("Resolution", ids.resolution("ga", session, int(number)), m.start(), m.end()))
    return hits


#: A council of the UN other than the Assembly: its resolutions are numbered like theirs.
_COUNCIL = (
    r"(?:Human\s+Rights\s+Council|Security\s+Council|"
    r"Economic\s+and\s+Social\s+Council|Consejo\s+(?:de\s+Derechos\s+Humanos|de\s+Seguridad|Económico\s+y\s+Social)|"
    r"Conseil\s+(?:des\s+droits\s+de\s+l['’]homme|de\s+sécurité|économique\s+et\s+social)|"
    r"Совета?\s+(?:по\s+правам\s+человека|Безопасности)|Экономического\s+и\s+Социального\s+Совета|"
    r"ل?مجلس\s+(?:حقوق\s+الإنسان|الأمن)|(?:联合国)?(?:人权理事会|安全理事会|安理会|经济及社会理事会))"
)
#: The council named right after a resolution's number, or as the one that adopted it (``resolution
#: 52/21 adopted by the Human Rights Council``, ``résolution 52/21 adoptée par le Conseil …``): the
#: resolution is that council's.
_OTHER_COUNCIL = re.compile(
    r"\s*,?\s*(?:(?:of\s+the|del|du|de\s+la|de\s+l['’])|(?:adopted\s+by\s+the|adopt[ée]e?s?\s+par\s+le|"
    r"(?:aprobada|adoptada)s?\s+por\s+el|принят\w*))?\s*" + _COUNCIL,
    re.IGNORECASE,
)
#: The council named right before the resolution (``Human Rights Council resolutions 5/1 and 5/2``,
#: ``人权理事会第5/1号决议``).
_COUNCIL_BEFORE = re.compile(_COUNCIL + r"\s*$", re.IGNORECASE)


#: Another body named right before a resolution in a council's own text (``General Assembly resolution 58/4``,
#: ``Conference resolution 8/9``) or right after its number (``resolution 8/9 of the Conference``).
_NAMED_BODY = (
    r"(?:General\s+Assembly|Assemblée\s+générale|Asamblea\s+General|Генеральн\w+\s+Ассамбле\w+|الجمعية\s+العامة|"
    r"大会|Conference|Conférence|Conferencia|Конференци\w+|ل?مؤتمر)"
)
_BODY_BEFORE = re.compile(_NAMED_BODY + r"\W{0,40}$", re.IGNORECASE)
_BODY_AFTER = re.compile(r"\s*,?\s*(?:of\s+the|de\s+la|del|du|de\s+l['’]|adopted\s+by\s+the|adoptée\s+par\s+la)\s*"
                         + _NAMED_BODY, re.IGNORECASE)


def find_resolutions(text: str, starts: Sequence[int] = (0,), council: bool = False) -> list[Hit]:
    """Numbered resolutions, the Assembly's or the Conference's (``council``: the text is a council's
    resolution, whose numbered resolutions are its own unless another body is named with them)."""
    hits: list[Hit] = []
    numbered = _spans_with(_RES_KEY, text, starts)  #: both the citations and the listed items are in these
    worded = set(_triggered(text)["resolution"])
    latin = (m for lo, hi in numbered if (lo, hi) in worded for m in _RES_LATIN.finditer(text, lo, hi))
    zh = (m for lo, hi in _triggered(text)["resolution_zh"] for m in _RES_ZH.finditer(text, lo, hi))
    for found in (latin, zh):
        for m in found:
            tokens = list(_RES_TOKEN.finditer(text, m.start(), m.end()))
            tokens = [t for t in tokens if _RES_NUM_RX.fullmatch(t.group(1))]
            lo = _block(starts, m.start(), len(text))[0]
            before = text[max(lo, m.start() - 40) : m.start()] + m.group()
            if tokens and (_OTHER_COUNCIL.match(text, tokens[-1].end())
                           or _COUNCIL_BEFORE.search(text, max(lo, m.start() - 40), m.start())):
                continue  # resolution 46/11 of the Human Rights Council: neither the Assembly's nor the Conference's
            between = m.re is _RES_LATIN and bool(m.group("ga") or m.group("cosp"))
            if council and not between and not (
                    _BODY_BEFORE.search(text, max(lo, m.start() - 60), m.start())
                    or (tokens and _BODY_AFTER.match(text, tokens[-1].end()))):
                continue  # the council recalls its own resolutions 17/23 and 34/11
            for i, t in enumerate(tokens):
                whole = len(tokens) == 1 and not between
                start, end = (m.start(), m.end()) if whole else (t.start(), t.end())
                hits.append(Hit("Resolution", _resolution_id(t.group(1), before), start, end))
                if i + 1 < len(tokens):  # a range of one session's resolutions: 8/1–8/14
                    hits += _resolution_range(text, t, tokens[i + 1], before)
    hits += _old_resolutions(text)
    cited = [(h.start, h.end) for h in hits]
    listed = _listed_resolutions(text, starts, numbered)
    return hits + [h for h in listed if not any(s <= h.start < e for s, e in cited)]


# -- articles and chapters ----------------------------------------------------------------------

_CONNECT = rf"(?:{connector('range', _NOT_ZH)}|{connector('list', _NOT_ZH)})"
_ART_LATIN = keyed(re.compile(
    rf"(?<!\w){alternation('article', _NOT_ZH)}\s*(?:(?:{'|'.join(words('range_open', _NOT_ZH))})\s+)?"
    rf"\(?(\d{{1,3}}(?:{_CONNECT}\d{{1,3}})*)\)?(?![\d/])",  # Arabic may bracket the number: المادة (14)
    re.IGNORECASE,
))
_CN_NUM = rf"(?:[{CHINESE_NUMERAL_CHARS}]+|\d+)"
_ZH_SEP = rf"(?:{'|'.join(words('range', ('zh',)) + words('list', ('zh',)))})"
_ART_ZH = re.compile(rf"第\s*{_CN_NUM}\s*(?:条\s*)?(?:{_ZH_SEP}\s*第?\s*{_CN_NUM}\s*(?:条\s*)?)*")
_CHAP_ZH = re.compile(rf"第\s*{_CN_NUM}\s*(?:章\s*)?(?:{_ZH_SEP}\s*第?\s*{_CN_NUM}\s*(?:章\s*)?)*")
_ROMAN_TOKEN = r"(?:[IVX]{1,5}|\d)(?![\w])"
_AR_DEFINITE = r"[وف]?[بكل]?(?:ال|ل)"  #: proclitics with the article required
#: A chapter's title in brackets after its number, in a list: ``chapters III (Criminalization …) and IV``.
_TITLE = r"(?:\s*\([^()\x00]{1,80}\))"
#: ... or its title unbracketed, capitalised, when the next member opens a title too (``los Capítulos II Medidas
#: preventivas y V Recuperación de activos``).
_BARE_TITLE = rf"\s+[A-ZÀ-ÝА-ЯЁ][^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}?{_CONNECT}[IVX]{{1,5}}(?=\s+[A-ZÀ-ÝА-ЯЁ])"
_CHAP_LATIN = keyed(re.compile(
    rf"(?<!\w)(?i:{alternation('chapter', _NOT_ZH)})\s+"
    rf"({_ROMAN_TOKEN}(?:{_TITLE}?{_CONNECT}{_ROMAN_TOKEN}|(?-i:{_BARE_TITLE}))*)"
))
_BRACKETED = re.compile(r"\([^()]*\)")
#: A word where an ordinal may stand (``fifth``, ``cinquième``, ``пятая``, ``quinto``, ``5th``), read as one by
#: :func:`ordinal_to_int`: a pattern of every ordinal form, four times over, took 150 ms to compile.
_ORDINAL_PLACE = r"(?:[^\W\d_]+|\d{1,3}(?:-?[^\W\d_]+)?)"
#: One chapter or several named by ordinal words, before the noun (``the fifth chapter``, ``le cinquième chapitre``,
#: ``пятая глава``, ``the third and fifth chapters``) or after it (``el capítulo quinto``), maybe titled in brackets
#: (``the fifth chapter (asset recovery)``).
_CHAPTER_BY_ORDINAL = (
    rf"(?:{_ORDINAL_PLACE}(?:\s*(?:,|and|et|и)\s*{_ORDINAL_PLACE})*\s+(?:chapters?|chapitres?|глав[а-я]*)"
    rf"|cap[ií]tulos?\s+{_ORDINAL_PLACE}(?:\s*(?:,|y)\s*{_ORDINAL_PLACE})*){_TITLE}?"
)
#: ... members of a list (``both second chapter (preventive measures) and the fifth chapter (asset recovery)``), the
#: last followed by the Convention's name (``of the UNCAC``, ``de la Convention``, ``Конвенции``): a book's or a
#: report's "second chapter" is its own.
_CHAP_ORDINAL = keyed(re.compile(
    rf"(?<!\w){_CHAPTER_BY_ORDINAL}(?:\s*(?:,|and|et|y|и)\s+(?:(?:the|le|el)\s+)?{_CHAPTER_BY_ORDINAL})*"
    r"(?=\s+(?:(?:of|de|du|del)\s+(?:(?:the|la)\s+)?)?(?:(?:United\s+Nations|UN|U\.N\.)\s+)?"
    r"(?:UNCAC|CNUCC|convenci[oó]n|convention|конвенци[а-я]*)(?!\w))", re.IGNORECASE))
#: The words of such a match, and those of them that are its nouns and joins: each other one must be an ordinal.
_CHAP_ORDINAL_WORD = re.compile(rf"(?<!\w){_ORDINAL_PLACE}")
_CHAP_NOUN_OR_JOIN = re.compile(r"chapters?|chapitres?|глав[а-я]*|cap[ií]tulos?|and|et|y|и|the|le|el", re.IGNORECASE)
_CHAP_AR_ORDINAL = keyed(re.compile(rf"(?<!\w){_AR_DEFINITE}فصل\s+({ordinal_pattern(('ar',))})"))
#: An article by its ordinal, as the Arabic press writes it (``طبقا للمادة الرابعة``, ``المادة السادسة والأربعين``), and
#: two by the dual and two ordinals (``فالمادتين الثالثة والرابعة``).
_ART_AR_ORDINAL = keyed(re.compile(
    rf"(?<!\w){_AR_DEFINITE}ماد(?:ة\s+({ordinal_pattern(('ar',))})"
    rf"|ت(?:ين|ان)\s+({ordinal_pattern(('ar',))})\s+و\s*({ordinal_pattern(('ar',))}))(?!\w)"
))
#: ``§51`` after a chapter in a chapter index (``第五章 追繳資產 §51``): the chapter's first article.
_INDEX_ARTICLE = re.compile(r"[^§\x00]{0,40}?§\s*(\d{1,3})(?!\d)")
_NUM_IN_LIST = re.compile(rf"({_CN_NUM}|[IVX]{{1,5}}(?!\w))")
_RANGE_SEP = re.compile(rf"^\s*[条章]?\s*(?:{connector('range')}|\s*)\s*第?\s*$", re.IGNORECASE)
_HYPHEN = re.compile(r"^\s*[-–]\s*$")
#: Another instrument an article belongs to, named right after it (``article 12 of the Organized
#: Crime Convention``, ``статья 159 Уголовного кодекса``) or right before it (``有组织犯罪公约第12条``).
_OTHER_CONVENTION = alternation("other_conventions")
_OTHER_INSTRUMENT = f"(?:{alternation('other_instruments')}|{_OTHER_CONVENTION})"
#: (maybe after the article's paragraph, ``Article 10 (1) of the … Law``, or an ordinal mark, ``2° del Tratado``)
_OTHER_AFTER = re.compile(
    rf"[°º]?(?:\s*\(\s*\w{{1,3}}\s*\))*\s*(?:(?:{'|'.join(words('of'))})\s*)?(?:(?:the|la|le|el|este|esta)\s+)?"
    rf"{_OTHER_INSTRUMENT}",
    re.IGNORECASE,
)
#: The draft the negotiators numbered articles in, later in the clause that cites them (``articles 1-39 of the
#: draft convention``, ``Articles 19-39, concerning criminalization …, of the draft text``).
#: (not past another article or instrument: ``article 31 of the Convention and article 5 of the draft text``)
#: The drafts the negotiators numbered articles in, in every language (lexicon field ``drafts``).
_DRAFTS = alternation("drafts")
_DRAFT_AFTER = re.compile(
    rf"(?:(?!articl|artícul|стать|ماد|条|conven|конвенц|اتفاقي|公约)[^.;。；\n]){{0,80}}?(?<!\w)"
    rf"(?:(?:{'|'.join(words('of'))})\s*)?(?:(?:the|la|le|el)\s+)?{_DRAFTS}",
    re.IGNORECASE,
)
#: A draft heading the article cited right after it, maybe with the draft's symbol and a quotation mark between:
#: ``Переходящий текст (A/AC.261/3/Rev.4) "Статья 61``, a document of the Ad Hoc Committee that drafted it
#: (``A/AC.261/…``).
_DRAFT_BEFORE = re.compile(
    rf"(?:{_DRAFTS}(?:\s*\(\s*A/AC\.261/[^\s)]*\s*\))?|A/AC\.261/[^\s)]*\)?)[\s\"'«»“”„:]*$",
    re.IGNORECASE)
#: Another convention named anywhere in a text (see ``Lexicon.other_conventions``).
_NAMES_OTHER_CONVENTION = keyed(re.compile(rf"(?<!\w){_OTHER_CONVENTION}", re.IGNORECASE))
_OTHER_BEFORE = keyed(re.compile(rf"{_OTHER_INSTRUMENT}[\s,:.(（]*$", re.IGNORECASE))
#: A bracketed or quoted title right before an article names the article's instrument (``《刑法》第六十四条``,
#: ``《澳門基本法》第二十四至四十四條``, Taiwan's ``「聯合國打擊跨國有組織犯罪公約」第十二條``): another's, unless it is
#: one of the Convention's titles.
#: (a title in 《…》 may quote a name of its own: 《示范法:“法令范本”》)
_BRACKETED_TITLE = re.compile(r"《([^《》\n]{1,40})》|[「“]([^《》「」“”\n]{1,40})[」”]")
_TITLE_BEFORE = re.compile(rf"(?:{_BRACKETED_TITLE.pattern})\s*$")
#: A title, then the words that open a quotation from it (``《联合国打击跨国有组织犯罪公约》规定:“``): ``本公约`` in the
#: quotation is that instrument.
_QUOTED_FROM = re.compile(
    r"《([^《》\n]{1,40})》\s*(?:第[^《》“”「」\n]{1,12})?(?:规定|指出|称|写道|明确)?\s*[:：,，]?\s*[“「]$")


def _title_text(m: re.Match[str]) -> str:
    """The title a :data:`_BRACKETED_TITLE` match holds, whichever marks it stands in."""
    return m.group(1) or m.group(2)


#: What ends a sentence of Chinese text: after it, ``其中`` (of which) no longer points at the title before it.
_ZH_STOP = re.compile(r"[。！？；!?;]")
#: A title in book-title marks (``《…》``, ``「…」``), not a quotation (``第13条规定了“没收事宜的国际合作”``).
_BOOK_TITLE = re.compile(r"[《「][^《》「」\n]{1,40}[》」]")
_CONVENTION_TITLE = re.compile(r"^(?:本|该|該)?公[约約]$|反(?:腐败|腐敗|贪腐|貪腐|腐)公[约約]|梅里[达達]公[约約]")
#: A gloss a converter put inside a title (``《聯(lián)合國反腐敗公約》``).
_GLOSS = re.compile(r"\([^()]{1,12}\)")


def other_convention_ends(text: str) -> list[int]:
    """Where each convention other than this one named in ``text`` ends (``la Convention arabe``, ``الاتفاقية العربية
    لمكافحة الفساد``), in text order."""
    return [m.end() for m in _NAMES_OTHER_CONVENTION.finditer(text)]


def convention_title(title: str) -> bool:
    """The text inside ``《…》`` is one of the Convention's Chinese titles (``联合国反腐败公约``, ``反腐公约``,
    ``公约``), glosses aside."""
    title = _GLOSS.sub("", title).strip()
    # (a title that goes on after the Convention's name is another's: 《联合国反腐败公约施行法》, its implementing act)
    return title.endswith(("公约", "公約")) and bool(_CONVENTION_TITLE.search(title))


def _members(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(value, start, end) of every member of a printed list or range, ranges expanded. Three or
    more numbers joined by hyphens (``المواد 52-53-54``) are a list, not ranges."""
    titles = [b.span() for b in _BRACKETED.finditer(text, start, end)] if "(" in text[start:end] else []
    read = [(to_int(t.group(1)), t.start(), t.end()) for t in _NUM_IN_LIST.finditer(text, start, end)
            if not any(s <= t.start() < e for s, e in titles)]
    tokens = [(v, s, e) for v, s, e in read if v is not None]
    gaps = [text[tokens[i - 1][2] : tokens[i][1]] for i in range(1, len(tokens))]
    hyphen_list = len(tokens) >= 3 and all(_HYPHEN.match(g) for g in gaps)
    out: list[tuple[int, int, int]] = []
    for i, (value, s, e) in enumerate(tokens):
        if i and not hyphen_list and gaps[i - 1].strip() and _RANGE_SEP.match(gaps[i - 1]):
            low = tokens[i - 1][0]
            out.extend((v, tokens[i - 1][1], e) for v in range(low + 1, value) if value - low < 80)
        out.append((value, s, e))
    return out


def _of_other_instrument(text: str, start: int, end: int, starts: Sequence[int]) -> bool:
    lo, hi = _block(starts, start, len(text))
    if _OTHER_AFTER.match(text, end, hi) or _DRAFT_AFTER.match(text, end, hi) or _DRAFT_BEFORE.search(
            text, max(lo, start - 80), start):
        return True
    title = _TITLE_BEFORE.search(text, max(lo, start - 44), start)
    if title is not None and not convention_title(_title_text(title)):
        return True
    # an article in a quotation from another instrument (《…有组织犯罪公约》规定:“根据本公约第13条…)
    quote = max(text.rfind("“", max(lo, start - 160), start), text.rfind("「", max(lo, start - 160), start))
    if quote != -1 and not any(c in text[quote:start] for c in "”」"):
        said = _QUOTED_FROM.search(text, max(lo, quote - 60), quote + 1)
        if said is not None and not convention_title(said.group(1)):
            return True
    # 其中第2条: an article of the title just named, and so are the articles the sentence goes on to list after it
    # (其中第12条规定了……,第13条规定了……), until another title or the sentence's end
    opened = text.rfind("其中", max(lo, start - 160), start)
    if opened != -1 and not _ZH_STOP.search(text, opened, start) and not _BOOK_TITLE.search(text, opened, start):
        titles = list(_BRACKETED_TITLE.finditer(text, max(lo, opened - 120), opened))
        if titles and not convention_title(_title_text(titles[-1])):
            return True
    # a name before the article is glued to it (有组织犯罪公约第12条) or set off (Penal Code, art. 5)
    before = text[max(lo, start - 40) : start].rstrip()
    return bool(before) and (is_cjk(before[-1]) or before[-1] in ",:(（") and bool(_OTHER_BEFORE.search(before))


def _numbered(label: str, text: str, m: re.Match[str], group: int) -> list[Hit]:
    members = _members(text, m.start(group), m.end(group))
    hits = []
    numbers = model().number_range(label)
    for value, s, e in members:
        if value not in numbers:
            continue
        start, end = (m.start(), m.end()) if len(members) == 1 else (s, e)
        hits.append(Hit(label, ids.make(label, number=value), start, end))
    return hits


def _zh_numbered(
    rx: re.Pattern[str], suffix: str, label: str, text: str, other: Callable[[int, int], bool] | None = None
) -> list[Hit]:
    """``第五十六条``, ``第五十一条至第五十九条``, ``第四章和第五章``: one hit per member; none of a list or
    range that ``other`` says is another instrument's (``《澳門基本法》第二十四至四十四條``)."""
    hits: list[Hit] = []
    numbers = model().number_range(label)
    for m in rx.finditer(text):
        matched = m.group().rstrip()
        if not matched.endswith(suffix):  # a list running on into another kind (第三十一条、第五章): up to its last
            matched = matched[: matched.rfind(suffix) + 1].rstrip("、，, ") if suffix in matched else ""
        end = m.start() + len(matched)
        if not matched or text[end : end + 1] in ("约", "款"):
            continue
        if other is not None and other(m.start(), end):
            continue
        members = _members(text, m.start() + 1, end)
        for value, s, e in members:
            if value in numbers:
                if len(members) == 1:
                    start, stop = m.start(), end
                else:
                    start = s - 1 if text[s - 1] == "第" else s
                    stop = e + 1 if text[e : e + 1] == suffix else e
                hits.append(Hit(label, ids.make(label, number=value), start, stop))
    return hits


#: An article that enacts (``Artículo 1°.- Apruébase la Convención``, ``Статья 1. Ратифицировать Конвенцию``,
#: ``Article premier : Est autorisée la ratification``) or speaks of the act it is in (``Article 2. Le présent
#: décret sera publié``, ``Artículo 2. La presente ley``) is the approving act's own, not the Convention's (a page
#: may keep the law's markup between: ``<b>ARTÍCULO 1: </b> Apruébase``).
_ENACTS = re.compile(
    r"(?:[\s°º.:\-–—]|</?[a-zA-Z]{1,6}>)*(?:Apru[eé]b(?:ase|ese|a)|Ratif[ií]c(?:ase|ese|a)|Ratifi(?:e|er)|Approuve|"
    r"(?:Est|Sont)\s+(?:autoris|approuv|ratifi)|(?:is|are)\s+hereby\s+(?:ratified|approved)|"
    r"Ратифицировать|Одобрить|Утвердить|يصادق|صودق|批准|"
    r"(?:Le|La)\s+présente?\s+(?:décret|loi|ordonnance|arrêté)|(?:El|La)\s+presente\s+(?:decreto|ley|resoluci[oó]n)|"
    r"This\s+(?:Act|Decree|Law|Order)|Настоящ(?:ий|ее|ая)\s+(?:Федеральный\s+)?(?:закон|указ|постановление)|"
    r"ينشر\s+هذا\s+(?:القانون|المرسوم))",
    re.IGNORECASE,
)


_DIGITS = re.compile(r"\d+")
#: A bill's article, a block or its heading, followed by the article of a code it amends (``ARTICLE 1er
#: (Art. 706-183 du code de procédure pénale)``): the bill's own, not the Convention's.
_AMENDS = re.compile(
    rf"(?:er|re|º|°)?[\s{BLOCK_SEP}]*\(\s*(?:Art(?:icle|ículo|igo)?s?\.?|Стат(?:ья|\.)|Ст\.|المادة)\s*\d", re.IGNORECASE
)


def _amending(text: str, m: re.Match[str], starts: Sequence[int]) -> bool:
    lo, _ = _block(starts, m.start(), len(text))
    number = _DIGITS.search(text, m.start(), m.end())
    return not text[lo : m.start()].strip() and number is not None and bool(_AMENDS.match(text, number.end()))


def find_articles(text: str, starts: Sequence[int] = (0,)) -> list[Hit]:
    """UNCAC's articles cited by number, in lists and ranges; an article of another instrument is
    not one of them."""
    hits: list[Hit] = []
    for m in (m for lo, hi in _triggered(text)["article"] for m in _ART_LATIN.finditer(text, lo, hi)):
        if not (_of_other_instrument(text, m.start(), m.end(), starts) or _ENACTS.match(text, m.end())
                or _amending(text, m, starts)):
            hits.extend(_numbered("Article", text, m, 1))
    for m in (m for lo, hi in _triggered(text)["article_ar"] for m in _ART_AR_ORDINAL.finditer(text, lo, hi)):
        if _of_other_instrument(text, m.start(), m.end(), starts):
            continue
        for group in (g for g in (1, 2, 3) if m.group(g)):
            value = ordinal_to_int(m.group(group))
            if value is not None and value in model().number_range("Article"):
                start, end = (m.start(), m.end()) if group == 1 else m.span(group)
                hits.append(Hit("Article", ids.article(value), start, end))
    own_law = _ZH_OWN_LAW.search(text) is not None
    return hits + _zh_numbered(
        _ART_ZH, "条", "Article", text,
        lambda s, e: _of_other_instrument(text, s, e, starts) or (own_law and _opens_a_line(text, s)))


#: A law or regulation that speaks of itself (``特制定本法``, ``本条例``, "this law"): an article heading its own
#: line there (``第一条 (立法目的)``) is the law's own; the Convention's are cited inside sentences.
_ZH_OWN_LAW = re.compile(r"本(?:法|条例|條例|办法|辦法|规定|規定)(?:第|所|之|的|。|，|,|规|規|自|施)")
_LINE_OPENING = re.compile(r"[\s\-–—•|*#]*")


def _opens_a_line(text: str, at: int) -> bool:
    """Only blanks or a list's bullet stand before ``at`` on its line (or block)."""
    line = line_start(text, at)
    return _LINE_OPENING.fullmatch(text, line, at) is not None


def find_chapters(text: str, starts: Sequence[int] = (0,)) -> list[Hit]:
    hits: list[Hit] = []
    blocks = _triggered(text)
    for m in (m for lo, hi in blocks["chapter"] for m in _CHAP_LATIN.finditer(text, lo, hi)):
        if not _TITLED_CONVENTION.match(text, m.end()):
            hits.extend(_numbered("Chapter", text, m, 1))
    for m in (m for lo, hi in blocks["chapter"] for m in _CHAP_ORDINAL.finditer(text, lo, hi)):
        titles = [t.span() for t in _BRACKETED.finditer(text, m.start(), m.end())]
        words = [w for w in _CHAP_ORDINAL_WORD.finditer(text, m.start(), m.end())
                 if not any(lo <= w.start() < hi for lo, hi in titles) and not _CHAP_NOUN_OR_JOIN.fullmatch(w.group())]
        values = [value for w in words if (value := ordinal_to_int(w.group()))]
        if not words or len(values) < len(words):
            continue  # (``this chapter of the Convention``: a word that is no ordinal)
        for w, value in zip(words, values, strict=True):
            if value in model().number_range("Chapter"):
                start, end = (m.start(), m.end()) if len(words) == 1 else w.span()
                hits.append(Hit("Chapter", ids.chapter(value), start, end))
    for m in (m for lo, hi in blocks["chapter_ar"] for m in _CHAP_AR_ORDINAL.finditer(text, lo, hi)):
        value = ordinal_to_int(m.group(1))
        if value and value in model().number_range("Chapter"):
            hits.append(Hit("Chapter", ids.chapter(value), m.start(), m.end()))
    zh = _zh_numbered(_CHAP_ZH, "章", "Chapter", text)
    if zh and _ZH_OWN_CHAPTERS.search(text):
        zh = [h for h in zh if _ZH_CONVENTION_BEFORE.search(text, max(0, h.start - 12), h.start)]
    return hits + zh


#: A chapter whose title is a convention's name (``Chapter 2 United Nations Convention Against Corruption``,
#: a report's chapter on it): the citing text's own chapter; the Convention's are named after their
#: subjects, and a chapter *of* the Convention says so (``Chapitre 5 de la Convention``).
_TITLED_CONVENTION = re.compile(
    r"[ \t]*[.:–—-]?[ \t]*(?:(?:the|la|el)\s+)?(?:United\s+Nations\s+|UN\s+)?(?:Convention|Convención|Конвенция)\b"
)


#: A text that says it has chapters of its own (a thesis: ``第1章至第8章是本论文的正文``, ``本文共分八章``):
#: its chapter numbers are its own, unless the Convention is named right before (``UNCAC公约第5章``).
_ZH_OWN_CHAPTERS = re.compile(
    rf"第\s*{_CN_NUM}\s*章(?:\s*(?:至|到|-|—)\s*第\s*{_CN_NUM}\s*章)?\s*(?:是|为|构成)本(?:论)?文"
    rf"|(?:本|全)(?:论)?文(?:共)?(?:分为|分成|分)\s*{_CN_NUM}\s*(?:个)?(?:章|部分)"
)
_ZH_CONVENTION_BEFORE = re.compile(r"(?:公约|UNCAC)[》」』”\s]*(?:的)?\s*$")


def find_index_articles(text: str, chapters: list[Hit]) -> list[Hit]:
    """``§51`` standing after a chapter citation on an index line (``Chapter V Asset recovery §51``)."""
    hits: list[Hit] = []
    for h in chapters:
        m = _INDEX_ARTICLE.match(text, h.end)
        if m and int(m.group(1)) in model().number_range("Article"):
            hits.append(
                Hit(
                    "Article",
                    ids.article(int(m.group(1))),
                    m.end() - len(m.group()) + m.group().index("§"),
                    m.end(),
                )
            )
    return hits


# -- sessions and meetings ----------------------------------------------------------------------

_ORD = ORDINAL_WORD
_ORD_FIRST = ("en", "fr", "es", "ru")  #: languages that put the ordinal before the noun
_QUALIFIER = r"(?:(?:regular|ordinary|ordinaire|ordinario)\s+)?"
#: A special (extraordinary) session is numbered in a series of its own and has no id (the General
#: Assembly's 2021 special session is the Assembly's alone): ``trente-deuxième session extraordinaire``,
#: ``primera sesión especial``. The qualifier stands after the noun in French and Spanish.
_SPECIAL_AFTER = re.compile(r"\s+(?:extraordinaire|extraordinari[oa]|especial|sp[ée]ciale)(?!\w)", re.IGNORECASE)
_SESSION_NOUN = f"{alternation('session', _ORD_FIRST)}|{alternation('meeting', _ORD_FIRST)}"
_CONNECTOR = rf"(?:{connector('range')}|{connector('list')})"
#: A list or range of ordinals; each pattern holds the ordinals of its word order only, once (a
#: trailing connector is harmless: a noun must follow).
_ORD_LIST = rf"(?:{ordinal_pattern(_ORD_FIRST)}{_CONNECTOR}?)+"
_ORD_LIST_NOUN_FIRST = rf"(?:{ordinal_pattern(('ar', 'es'))}{_CONNECTOR}?)+"


#: The end of a Latin or Cyrillic word: no letter of its own script follows. A bilingual PDF glues its two
#: columns' lines (``Sixth sessionШестая сессия``): the other script's letter starts another word.
_WORD_END = r"(?:(?<=[A-Za-z\u00C0-\u024F])(?![A-Za-z\u00C0-\u024F\d_])|(?<=[\u0400-\u04FF])(?![\u0400-\u04FF\d_]))"


@cache
def _session_latin() -> re.Pattern[str]:
    """Ordinal first: ``its second to seventh sessions`` (built on first use: a costly regex)."""
    return re.compile(
        rf"(?<!\w)(?:(?:{'|'.join(words('range_open', _ORD_FIRST))})\s+)?"
        rf"({_ORD_LIST}|{_ROMAN_ORDINAL})\s+{_QUALIFIER}({_SESSION_NOUN}){_WORD_END}",
        re.IGNORECASE,
    )


#: A Roman number as an ordinal, in capitals, after a determiner or at a line's start (``La V Sesión de la
#: Conferencia``, ``su IX período de sesiones``, ``à sa VIII session``): not a chapter's or an annex's number
#: before a session noun (``Chapter V sessions``), nor "I".
_ROMAN_AFTER = ("la", "el", "su", "sa", "le", "its", "the", "de", "del", "à", "en", "на", "в")
_ROMAN_ORDINAL = (
    "(?:" + "|".join([r"(?<=^)", r"(?<=\n)", *(rf"(?<=\b{w} )" for w in _ROMAN_AFTER)]) + ")"
    r"(?-i:(?!I\s)[IVX]{1,5})"
)
_ROMAN = re.compile(r"[IVX]{1,5}")



#: Arabic writes a session's ordinal as bare digits too (``الدورة 11 لمؤتمر الدول الأطراف``); Spanish digits
#: after the noun are days (``reuniones 12 y 13 de junio``): only after an Arabic word.
_AR_BARE_NUMBER = r"(?<=[\u0621-\u064a]\s)\d{1,2}(?![\d./,٫])"


@cache
def _session_noun_first() -> re.Pattern[str]:
    """Noun first: Arabic (``الدورات من الثالثة إلى الثامنة``), and Spanish plurals (``sus períodos
    de sesiones tercero a octavo``)."""
    return keyed(re.compile(
        rf"({alternation('session', ('ar',))}|{alternation('meeting', ('ar',))}|"
        rf"(?i:per[ií]odos\s+de\s+sesiones|reuniones))\s+"
        rf"(?:(?:{'|'.join(words('range_open', ('ar', 'es')))})\s+)?({_ORD_LIST_NOUN_FIRST}|{_AR_BARE_NUMBER})(?!\w)"
    ))

#: دورة is also a cycle: ``تقرير الاستعراض في دورته الأولى`` is the review's first cycle, ``آلية الاستعراض خلال
#: الدورتين الأولى والثانية`` the mechanism's two (not after فريق, whose ``فريق الاستعراض في دورته`` is the Review
#: Group's session).
_AR_REVIEW_CYCLE = re.compile(r"(?<!فريق )(?:ال)?استعراض\s+(?:(?:في|خلال)\s+)?(?:ال)?$")
#: ... or after it: ``الدورة الأولى من عملية الاستعراض`` (the first cycle of the review process), ``للدورة الثانية تتعلق
#: بمراجعة المعاهدة`` (modalities "for the second cycle, on reviewing the treaty"; مراجعة is review too).
_AR_REVIEW_CYCLE_AFTER = re.compile(
    r"\s*(?:(?:من|في)\s+(?:عملية\s+)?|(?:تتعلق|يتعلق|المتعلقة|المتعلق|الخاصة|الخاص)\s+)?[بل]?(?:ال)?(?:استعراض|مراجعة)")

_SESSION_ZH = re.compile(
    rf"第\s*({_CN_NUM})\s*(?:[届次]\s*)?(?:(?:至|到|和|、)\s*第?\s*({_CN_NUM})\s*)?(届|次)\s*(?:闭会期间)?\s*会(?:议)?"
)
#: An ordinal right before a body's name names that body's session: ``the 10th Conference of the
#: States Parties``, ``第九届缔约国会议``, ``第58届联合国大会``.
_LIST_BEFORE = re.compile(rf"(?:[,;\-–—]|(?<!\w)(?:{'|'.join(words('list', _ORD_FIRST))}))\s*$")
_ZH_ORD_BEFORE = re.compile(rf"第\s*({_CN_NUM})\s*[届次]\s*$")
#: An earlier ordinal of a list on a body's name: the 第四届 of ``第四届和第五届缔约国大会``.
_ZH_ORD_LISTED = re.compile(rf"第\s*({_CN_NUM})\s*[届次]\s*[和、及与]\s*$")
#: What else a session or meeting may belong to (``the Ad Hoc Committee``, a plenary, a review cycle).
#: (Its start is bounded only in a script with spaces: ``特设委员会`` follows its qualifier directly.)
_OTHER_HOLDER = keyed(re.compile(rf"(?<![A-Za-zÀ-ÿА-яЁё]){alternation('other_holders')}", re.IGNORECASE))
_OTHER_QUALIFIER = re.compile(
    rf"\s*(?:(?:{'|'.join(words('of'))})\s*)?{alternation('other_qualifiers')}", re.IGNORECASE
)
#: (the UN may stand abbreviated before the holder's name: ``the 58th session of the UN General Assembly``)
_OF_GAP = re.compile(rf"\s*(?:(?:{'|'.join(words('of'))})\s*)?(?:the\s+)?(?:(?-i:UN|U\.N\.)\s+)?", re.IGNORECASE)
#: Between a body and the body it belongs to: ``Working Group on Asset Recovery of the Conference``.
_OF_ONLY = re.compile(rf"\s*(?:{'|'.join(words('of'))})\s*(?:the\s+)?", re.IGNORECASE)


#: A determiner and an ordinal whose noun a list leaves out: ``…, la troisième s'est tenue à Doha``.
#: (Compiled on first use, as is ``_ord_rx``: a regex holding every ordinal form is costly to build.)
@cache
def _elided_rx() -> re.Pattern[str]:
    return keyed(re.compile(
        rf"(?<!\w)(?:{'|'.join(words('determiners'))})\s+({ordinal_pattern(_DETERMINED)})"
        rf"(?=\s*[,;]|\s+(?:{'|'.join(words('elided_follow'))})(?!\w))",
        re.IGNORECASE,
    ))


@cache
def _ord_rx() -> re.Pattern[str]:
    return re.compile(_ORD, re.IGNORECASE)


_DETERMINED = tuple(lex.code for lex in lexicons() if lex.determiners)
_MEETING_WORDS = ("meeting", "réunion", "reunion", "reuni", "совещан", "اجتماع", "الاجتماع", "次")
_RANGE_GAP = re.compile(connector("range"), re.IGNORECASE)
#: Bodies whose numbered sessions have ids.
SESSION_BODIES = ("cosp", "wg-ar", "irg", "ga")
#: The word "convention" in the six languages.
_A_CONVENTION = keyed(re.compile(r"convenci[oó]n|convention|конвенци|اتفاقي|公约|公約", re.IGNORECASE))
#: Bodies that call their numbered meetings "sessions" only (not "meetings").
_SESSION_ONLY = ("cosp", "ga")


def _members_of(text: str, start: int, end: int) -> list[int]:
    """The values of an ordinal list or range (``first through eleventh``, ``الثالثة إلى الثامنة``)."""
    single = ordinal_to_int(text[start:end])
    if single is None and _ROMAN.fullmatch(text, start, end):
        single = to_int(text[start:end])
    if single is not None:
        return [single]
    tokens = list(_ord_rx().finditer(text, start, end))
    values: list[int] = []
    for i, t in enumerate(tokens):
        value = ordinal_to_int(t.group())
        if value is None:
            continue
        gap = text[tokens[i - 1].end() : t.start()] if i else ""
        if values and _RANGE_GAP.fullmatch(gap) and 0 < value - values[-1] < 30:
            values.extend(range(values[-1] + 1, value))
        values.append(value)
    return values


def _codeless(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Where the text names a holder no Session id is made for (the Ad Hoc Committee, a plenary),
    outside every body's name: found once per text, as every citation asks about them."""
    return [
        (m.start(), m.end())
        for m in _OTHER_HOLDER.finditer(text)
        if not any(s <= m.start() < e for s, e, _ in ctx.bodies)
    ]


def _holders(ctx: Context, others: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Who may hold a session, in text order: the bodies the linker found (``ctx.bodies``) and,
    between ``lo`` and ``hi``, the holders without a code (:func:`_codeless`, code ``""``) that are
    not part of a body's name (``للفريق العامل`` opens the Working Group's)."""
    codeless = [
        (s, e, "") for s, e in others
        if lo <= s and e <= hi and not any(bs < e and s < be for bs, be, _ in ctx.bodies)
    ]
    return sorted([*ctx.bodies, *codeless])


#: Right after a session or meeting, "of" and an acronym: its holder, when no body's name stands there, nor the
#: Convention's title with the UN abbreviated (``Tenth Session of the UN Convention Against Corruption``).
_ACRONYM_AFTER = re.compile(
    r"\s*(?i:of\s+the|of|del|de\s+la|de\s+l['’]|du|de|des)\s+[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w/])"
    r"(?!\s+Convention\s)"
)
#: "Resumed" after a session's number, before its holder (``الدورة الـ13 المستأنفة لفريق استعراض التنفيذ``, ``la
#: treizième session reprise du Groupe``).
_RESUMED_AFTER = re.compile(r"\s*(?:(?:ال)?مستأنفة|reprise|resumed)(?!\w)", re.IGNORECASE)
#: How far after a citation its holder may stand (``at its third session, the Conference``), past the session's place
#: and days in brackets (``На своей седьмой сессии (Вена, 29 сентября –1 октября 2003 года), Специальный комитет``).
_AFTER_REACH = 25
_BRACKETED_AFTER = re.compile(r"\s*\([^()\n]{1,120}\)")
#: How far below a session standing as a heading of its own the body holding it may be named: a
#: General Assembly resolution opens ``Fifty-third session ⏎ Agenda item 92 (a) ⏎ Resolution
#: adopted by the General Assembly``.
_MASTHEAD_REACH = 160
#: How far back a sentence's start is looked for.
_SENTENCE_REACH = 600


def _sentence(text: str, pos: int, lo: int, hi: int, until: int | None = None) -> tuple[int, int]:
    """The sentence around ``pos`` (to ``until``: a name's own full stop, ``St. Petersburg``, ends none)."""
    lo = max(lo, pos - _SENTENCE_REACH)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, lo, pos)), default=lo)
    end = _SENTENCE_END.search(text, pos if until is None else until, hi)
    return start, end.start() if end else hi


def _head(text: str, named: list[tuple[int, int, str]]) -> str:
    """The last of ``named`` bodies, or the body whose name it completes: in ``Working Group on Asset
    Recovery of the Conference of the Parties … ⏎ 14th Session`` the session is the Working Group's."""
    i = len(named) - 1
    while i > 0 and _OF_ONLY.fullmatch(text, named[i - 1][1], named[i][0]):
        i -= 1
    return named[i][2]


#: A special session's words right before its holder (``the special session of the General Assembly``, ``الدورة
#: الاستثنائية للجمعية العامة``).
_SPECIAL_SESSION_BEFORE = re.compile(
    r"(?:special\s+session|session\s+(?:extraordinaire|spéciale)|per[ií]odo\s+extraordinario\s+de\s+sesiones|"
    r"sesi[oó]n\s+(?:extraordinaria|especial)|специальн\w*\s+сесси\w*|(?:ال)?دورة\s+(?:ال)?استثنائية|特别会议)"
    r"\s*(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|del\s+|du\s+|ل)?\s*$",
    re.IGNORECASE,
)


#: A meeting "of the States Parties" to the Convention against Corruption is a session of their Conference (``la 3ème
#: réunion des Parties à la Convention de l'ONU contre la corruption``, ``the third meeting of the States Parties to
#: the United Nations Convention against Corruption``, ``الاجتماع الثالث للدول الأطراف في اتفاقية … لمكافحة الفساد``).
_PARTIES_AFTER = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:States?\s+)?Parties|des\s+(?:[ÉE]tats\s+)?[Pp]arties|de\s+(?:los\s+)?(?:Estados\s+)?Partes|"
    r"государств\s*[-–—]?\s*участник\w*|(?:لل|ل)دول\s+(?:ال)?أطراف)\s*"
    r"(?:(?:to|à|en|de|a|в|по|في|ب)\s+)?(?:(?:the|la|el|l['’])\s*)?(?:(?:United\s+Nations|UN|U\.N\.)\s+)?",
    re.IGNORECASE,
)
_AGAINST_CORRUPTION = keyed(re.compile(r"corrupt|corrup[cç]i[oó]n|коррупц|الفساد", re.IGNORECASE))
#: How far the Convention's title may run from its first word to the word "corruption".
_TITLE_REACH = 90


#: What a short name of the Convention in a text about it may add to the word: ``de l'ONU``, ``des Nations Unies``
#: (another convention's title goes on: ``against Transnational Organized Crime``).
_SHORT_TAIL = 20
_TITLE_STOP = re.compile(r"[,.;:()\n]")


def _parties_meeting(text: str, end: int, ctx: Context) -> bool:
    """The meeting ending at ``end`` is one of the States Parties to the Convention against Corruption
    (:data:`_PARTIES_AFTER`): the Convention's title after it, or a short name of it in a text about it
    (``la 3ème réunion des Parties à la Convention de l'ONU, en novembre 2009``)."""
    parties = _PARTIES_AFTER.match(text, end)
    word = _A_CONVENTION.match(text, parties.end()) if parties else None
    if word is None:
        return False
    stop = _TITLE_STOP.search(text, word.end(), word.end() + _TITLE_REACH)
    title_end = stop.start() if stop else word.end() + _TITLE_REACH
    return bool(_AGAINST_CORRUPTION.search(text, word.end(), title_end)
                or (ctx.uncac and title_end - word.end() <= _SHORT_TAIL))


def _holder(
    text: str, start: int, end: int, meeting: bool, ctx: Context, starts: Sequence[int], others: list[tuple[int, int]]
) -> str:
    """The body a session citation at ``start:end`` belongs to ("" for one without ids).

    In order: a qualifier right after it that makes it no body's session (``الدورة الثانية لآلية
    الاستعراض``, a review cycle); a holder named right after it (``session of the Working Group``,
    ``сессии Генеральной Ассамблеи``); one named right before it in its block
    (``特设委员会第七届会议``); the nearest in its sentence, before it then after it (``the Conference
    … at its third session``, ``at its third session, the Conference``; for a meeting, a network
    too, which holds no session with an id); the last one named
    before it in the document (a list under a heading), unless a holder without a code stands
    between (the Human Rights Council under the General Assembly's letterhead); for a session that
    is a heading of its own, the first named in the next lines (a masthead); else, in a text
    about the Convention, the document's body for a meeting and the Conference for a session. For a
    *meeting* the last three steps skip the Conference and the General Assembly, which hold
    sessions. A holder named before a citation that completes another's name (``Working Group …
    of the Conference``) stands for that other (:func:`_head`).
    """
    if _OTHER_QUALIFIER.match(text, end):
        return ""
    if meeting and _parties_meeting(text, end, ctx):
        return "cosp"
    lo, hi = _block(starts, start, len(text))
    s0, s1 = _sentence(text, start, lo, hi)
    holders = _holders(ctx, others, s0, max(s1, min(hi, end + 80)))
    if meeting and ctx.networks:
        holders = sorted(holders + [(s, e, "") for s, e in ctx.networks if s0 <= s and e <= s1])
    resumed = _RESUMED_AFTER.match(text, end)
    past = resumed.end() if resumed else end
    gap = _OF_GAP.match(text, past)
    gap_end = gap.end() if gap else past  # the gap's every part is optional: it always matches
    ws = past + len(text[past:gap_end]) - len(text[past:gap_end].lstrip())
    for s, e, code in holders:
        if ws <= s <= gap_end or (s < gap_end < e and s >= end):
            return code
    if _ACRONYM_AFTER.match(text, end):
        return ""  # the meeting of a holder named by an acronym no body has (del GTM-CNUCC, of GOPAC)
    if meeting and any(ws <= s <= gap_end + 2 for s, _ in ctx.organizations):  # (+2: an Arabic لل glued on)
        return ""
    for i, (s, e, _) in enumerate(holders):
        if 0 <= start - e <= 2 and s >= lo:  # in the same block: a heading's last word is not it
            return _head(text, holders[: i + 1])
    able = [h for h in holders if not (meeting and h[2] in _SESSION_ONLY)]
    before = [h for h in able if s0 <= h[0] and h[1] <= start]
    if before:
        return _head(text, before)
    bracketed = _BRACKETED_AFTER.match(text, end)
    after = [h for h in able if end <= h[0] < min(s1, (bracketed.end() if bracketed else end) + _AFTER_REACH)]
    if after:
        return after[0][2]
    # (not a body named as a special session's holder: that session is numbered in a series of its own)
    earlier = [h for h in able if h[1] <= start and h[2]
               and not _SPECIAL_SESSION_BEFORE.search(text, max(0, h[0] - 40), h[0])]
    since = earlier[-1][1] if earlier else 0
    if any(since <= s and e <= start for s, e in others):
        return ""
    if earlier:
        return _head(text, earlier)
    if not text[lo:start].strip() and not text[end:hi].strip():  # a heading of its own: the masthead's
        below = [h for h in able if hi <= h[0] < hi + _MASTHEAD_REACH and h[2]]
        if below:
            return below[0][2]
    if not ctx.uncac:
        return ""  # a text that names neither the Convention nor its bodies: no guess
    return (ctx.body if ctx.body != "cosp" else "wg-ar") if meeting else "cosp"


#: What joins two session citations that share the holder named after the second: a conjunction, maybe a
#: preposition and an article (``et à la``, ``and the``, ``y en el``, ``и на``, ``و``).
_COORDINATED = re.compile(
    rf"\s*,?\s*(?:{'|'.join(w for w in words('list', _NOT_ZH) if w.isalpha())})\s*"
    r"(?:(?:à|a|at|to|in|en|в|на)\s+)?(?:(?:the|its|la|le|sa|el|su|l['’])\s*)?",
    re.IGNORECASE)


def find_sessions(text: str, ctx: Context, starts: Sequence[int] = (0,)) -> list[Hit]:
    """Numbered sessions and meetings, lists and ranges expanded, each with the body it belongs to."""
    found: list[tuple[int, int, list[int], bool]] = []
    blocks = _triggered(text)
    for lo, hi in blocks["session"]:
        for m in _session_latin().finditer(text, lo, hi):
            if _SPECIAL_AFTER.match(text, m.end()):
                continue
            meeting = m.group(2).lower().startswith(_MEETING_WORDS)
            found.append((m.start(), m.end(), _members_of(text, m.start(1), m.end(1)), meeting))
    for m in (
        m for lo, hi in blocks["session_noun_first"] for m in _session_noun_first().finditer(text, lo, hi)
        if not _AR_REVIEW_CYCLE.search(text, max(lo, m.start() - 30), m.start())
        and not _AR_REVIEW_CYCLE_AFTER.match(text, m.end())
    ):
        meeting = m.group(1).lstrip("وفبل").startswith(_MEETING_WORDS)
        found.append((m.start(), m.end(), _members_of(text, m.start(2), m.end(2)), meeting))
    for m in _SESSION_ZH.finditer(text):
        low, high = to_int(m.group(1)), to_int(m.group(2)) if m.group(2) else None
        values = list(range(low, high + 1)) if low and high and 0 < high - low < 30 else [low] if low else []
        found.append((m.start(), m.end(), values, m.group(3) == "次"))
    hits: list[Hit] = []
    others = _codeless(text, ctx) if found else []
    found.sort(key=lambda f: f[0])
    for i, (start, end, values, meeting) in enumerate(found):
        # sessions coordinated before their holder share it: «la reprise de la cinquième session et à la sixième
        # session du Groupe d'examen»
        reach = end
        for later in found[i + 1 :]:
            if not _COORDINATED.fullmatch(text, reach, later[0]):
                break
            reach = later[1]
        body = _holder(text, start, reach, meeting, ctx, starts, others)
        if body and not (meeting and body == "ga"):  # the Assembly's numbered meetings are plenaries, not sessions
            hits.extend(Hit("Session", ids.session(body, v), start, end) for v in values if v >= 1)
    hits += _ordinal_bodies(text, ctx, starts)
    return hits + _elided(text, hits, starts)


_TITLE_NOUN_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
#: The press's "edition of" between an ordinal and a body's name (``la 10e édition de la Conférence des États
#: parties``, ``la novena edición de la Conferencia``).
_EDITION_OF = re.compile(r"\s+(?:[ée]dition|edici[oó]n)\s+(?:of\s+the|de\s+la|del|de\s+l['’])\s*$", re.IGNORECASE)


#: The United Nations or the Convention's acronym named between an ordinal and a body's name (``the 10th United
#: Nations Conference of Parties``, ``the 10th UN Conference of the States Parties``, ``the 7th UNCAC COSP``).
_UN_BETWEEN = re.compile(r"\s+(?:United\s+Nations|UN|U\.N\.|UNCAC|CNUCC)\s*$")
#: The quotation marks the press opens a body's name with after its ordinal (``la 4ème "Conférence des Etats …"``).
_OPENING_QUOTES = "\"«“„"


def _ordinal_bodies(text: str, ctx: Context, starts: Sequence[int]) -> list[Hit]:
    """``the 10th Conference of the States Parties``, ``第九届缔约国会议``: an ordinal on a body's name."""
    hits: list[Hit] = []
    for s, e, code in ctx.bodies:
        if code not in SESSION_BODIES:
            continue
        lo = max(_block(starts, s, len(text))[0], s - 30)
        m = _ZH_ORD_BEFORE.search(text, lo, s)
        if m is not None:
            start, value = m.start(), to_int(m.group(1))
            while (listed := _ZH_ORD_LISTED.search(text, max(lo, start - 12), start)) is not None:
                start = listed.start()
                if earlier := to_int(listed.group(1)):
                    hits.append(Hit("Session", ids.session(code, earlier), start, listed.end()))
        else:  # the word before the name, if it is an ordinal (past "edition of": «la 10e édition de la Conférence»,
            # and past the quotation mark the press opens the name with: «la 4ème "Conférence des Etats …"»)
            edition = _EDITION_OF.search(text, lo, s)
            stop = edition.start() if edition else s
            if un := _UN_BETWEEN.search(text, lo, stop):  # «the 10th United Nations Conference of Parties»
                stop = un.start()
            while stop > lo and (text[stop - 1].isspace() or text[stop - 1] in _OPENING_QUOTES):
                stop -= 1
            start = stop
            while start > lo and (text[start - 1].isalnum() or text[start - 1] in "-º."):  # 9.ª, 9a.
                start -= 1
            word = text[start:stop]
            # an Arabic ordinal follows its noun: one before a body's name is another noun's
            # (اليوم الثاني للمؤتمر, the Conference's second day)
            arabic = bool(word) and "\u0600" <= word[0] <= "\u06ff"
            # the ordinal of a noun the acronym qualifies is that noun's (the 4th IRG Briefing for NGOs)
            qualifies = text[s:e].isupper() and _TITLE_NOUN_AFTER.match(text, e) is not None
            value = ordinal_to_int(word) if stop < s and not word.isdigit() and not arabic and not qualifies else None
        if value:
            hits.append(Hit("Session", ids.session(code, value), start, e))
    return hits


def _elided(text: str, hits: list[Hit], starts: Sequence[int]) -> list[Hit]:
    """Ordinals whose noun a list leaves out, in the sentence of a session citation: ``la première
    session à Amman, la deuxième à Bali``; each belongs to the body of the citation before it."""
    out: list[Hit] = []
    for h in hits:
        lo, hi = _block(starts, h.start, len(text))
        _, stop = _sentence(text, h.end, lo, hi)
        body = h.id.rsplit("/", 1)[0]
        for m in _elided_rx().finditer(text, h.end, stop):
            if not _LIST_BEFORE.search(text, max(lo, m.start() - 12), m.start()):
                continue  # a member of the list goes after a comma or «and»
            value = ordinal_to_int(m.group(1))
            if value and not any(o.start == m.start() for o in out):
                out.append(Hit("Session", f"{body}/{value}", m.start(), m.end()))
    return out


#: The document's own meeting, and the one before it, named without a number.
_SESSION_THIS = keyed(re.compile(
    r"本次会议|本届会议|(?<!\w)(?:this|the present|the current) (?:meeting|session)(?!\w)|"
    r"(?<!\w)(?:la présente|cette) (?:réunion|session)(?!\w)|(?<!\w)(?:la presente|esta) reuni[oó]n(?!\w)|"
    r"(?<!\w)(?:el presente|este) per[ií]odo de sesiones(?!\w)|(?<!\w)(?:настоящ|текущ)\w* (?:сесси|совещани)\w*|"
    r"(?:هذا|هذه) (?:الاجتماع|الدورة)",
    re.IGNORECASE,
))
_SESSION_PREVIOUS = keyed(re.compile(
    r"(?:工作组|缔约国会议)?(?:上次|上一次|上届|上一届)会议|"
    r"(?<!\w)(?:the|its) (?:previous|last|preceding) (?:meeting|session)"
    r"(?: of the (?:Working Group|Conference))?(?!\w)|"
    r"(?<!\w)(?:sa|la) (?:précédente|dernière) (?:réunion|session)(?!\w)|"
    r"(?<!\w)(?:su|la) (?:anterior|última) reuni[oó]n(?!\w)|"
    r"(?<!\w)(?:su|el) (?:anterior|último) per[ií]odo de sesiones(?!\w)|"
    r"(?<!\w)(?:предыдущ|прошл)\w* (?:сесси|совещани)\w*|"
    r"(?:اجتماعه|اجتماعها|الاجتماع|دورته|دورتها|الدورة) (?:السابق|السابقة|الماضي|الماضية)",
    re.IGNORECASE,
))


def find_session_anaphora(text: str, ctx: Context, starts: Sequence[int] = (0,)) -> list[Hit]:
    """``本次会议``/``this meeting`` → the document's session; ``工作组上次会议``/``its last meeting`` →
    the body's session before it. Only in a document whose session is known."""
    if not ctx.session:
        return []
    prefix, _, number = ctx.session.rpartition("/")
    blocks = _triggered(text)
    this = (m for lo, hi in blocks["session_this"] for m in _SESSION_THIS.finditer(text, lo, hi))
    hits = [Hit("Session", ctx.session, m.start(), m.end()) for m in this]
    if number.isdigit() and int(number) > 1:
        previous = f"{prefix}/{int(number) - 1}"
        found = (m for lo, hi in blocks["session_previous"] for m in _SESSION_PREVIOUS.finditer(text, lo, hi))
        hits += [Hit("Session", previous, m.start(), m.end()) for m in found]
    return hits


# -- agenda items ------------------------------------------------------------------------------

_ITEM_WORD = (
    r"(?:议程项目|agenda items?|items?|points? de l'ordre du jour|points?|temas? del programa|temas?|"
    r"пункт\w*(?:\s+повестки\s+дня)?|البند)"
)
_ITEM_REF = keyed(re.compile(rf"(?<!\w){_ITEM_WORD}\s*(\d{{1,2}})\s*(?:\(\s*([a-z])\s*\))?(?![\w/])", re.IGNORECASE))
_ITEM_BARE = re.compile(r"(\d(?<![\w/.(][\s\S])\d?)\s*\(([a-z])\)")  #: edge tested after the digit


def find_agenda_items(text: str, ctx: Context) -> list[Hit]:
    """``agenda item 4 (b)``, ``议程项目4(b)``; in an agenda's timetable also a bare ``4(b)``."""
    if not ctx.session:
        return []
    found = [m for lo, hi in _triggered(text)["item"] for m in _ITEM_REF.finditer(text, lo, hi)]
    found += list(_ITEM_BARE.finditer(text)) if ctx.agenda else []
    return [
        Hit("AgendaItem", ids.agenda_item(ctx.session, f"{m.group(1)}{m.group(2) or ''}"), m.start(), m.end())
        for m in found
    ]


# -- dates --------------------------------------------------------------------------------------

#: Month names; Arabic's also as the press writes them without their hamza (ابريل, اغسطس, اكتوبر) or with it under the
#: alef (إبريل).
_MONTHS: list[tuple[str, int]] = []
for _n, _names in enumerate(
    [
        "january|jan|janvier|enero|январ[ьяе]|يناير|كانون الثاني",
        "february|feb|février|fevrier|febrero|феврал[ьяе]|فبراير|شباط",
        "march|mar|mars|marzo|март[ае]?|مارس|آذار|اذار",
        "april|apr|avril|abril|апрел[ьяе]|أبريل|إبريل|ابريل|نيسان",
        "may|mai|mayo|ма[йяе]|مايو|أيار|ايار",
        "june|jun|juin|junio|июн[ьяе]|يونيه|يونيو|حزيران",
        "july|jul|juillet|julio|июл[ьяе]|يوليه|يوليو|تموز",
        "august|aug|août|aout|agosto|август[ае]?|أغسطس|اغسطس|آب",
        "september|sept|sep|septembre|septiembre|setiembre|сентябр[ьяе]|سبتمبر|أيلول",
        "october|oct|octobre|octubre|октябр[ьяе]|أكتوبر|اكتوبر|تشرين الأول",
        "november|nov|novembre|noviembre|ноябр[ьяе]|نوفمبر|تشرين الثاني",
        "december|dec|décembre|decembre|diciembre|декабр[ьяе]|ديسمبر|كانون الأول",
    ],
    start=1,
):
    _MONTHS.extend((name, _n) for name in _names.split("|"))
_MONTH_RX = {name: re.compile(rf"^{name}\.?$", re.IGNORECASE) for name, _ in _MONTHS}
_MONTH_ALT = by_first_character(sorted((name for name, _ in _MONTHS), key=len, reverse=True), ignorecase=True)
#: A month's name, maybe with its other name before a slash or after it in brackets, as Arabic prints both its
#: names (``أبريل/نيسان``, ``إبريل (نيسان)``, ``ديسمبر (كانون الأول)``).
_MONTH = rf"(?:(?:{_MONTH_ALT})/)?(?:{_MONTH_ALT})\.?(?:\s*\((?:{_MONTH_ALT})\))?"
_DAY_SEP = r"(?:and|to|et|au|y|al|a|и|по|و|إلى|-|–|—)"
_ORD_END = r"(?:st|nd|rd|th)?"  #: an English day's ordinal ending (``22nd``)
#: (The day's left edge is tested after its first digit, ``(?<![\w/][\s\S])``: re then skips to digits.)
_DATE_DMY = re.compile(
    rf"(\d(?<![\w/][\s\S])\d?)(?:er|st|nd|rd|th|\.)?(?:\s*{_DAY_SEP}\s*(\d{{1,2}}){_ORD_END})?\s+(?:de\s+|of\s+)?"
    rf"({_MONTH})(?:(?!\w)[,،]?\s+(?:de\s+)?|(?=\d{{4}}(?!\d)))(\d{{4}})",  # a PDF may glue the year: October2011
    re.IGNORECASE,
)
#: The month first, as American English writes it: ``June 6-7, 2018``, ``June 22nd and 23rd, 2022``.
_DATE_MDY = re.compile(
    rf"(?<![\w/])({_MONTH})(?!\w)\s+(\d{{1,2}}){_ORD_END}(?:\s*{_DAY_SEP}\s*(\d{{1,2}}){_ORD_END})?,?\s+(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_DATE_MY = keyed(re.compile(rf"(?<![\w/])({_MONTH})(?!\w)\s+(?:de\s+|of\s+)?(\d{{4}})", re.IGNORECASE))
_YEAR = re.compile(r"\d{4}")  #: in every Latin-script date
#: Chinese dates in Arabic digits or in Chinese numerals (``二〇〇三年十二月九日``; a year's zeros may be
#: printed ○, O or 0: ``二00六年``).
_ZH_YEAR = r"(?:\d{4}|[〇零○O0一二三四五六七八九]{4})"
_ZH_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE_ZH = re.compile(
    rf"({_ZH_YEAR})\s*年\s*({_ZH_NUMBER})\s*月(?:\s*({_ZH_NUMBER})\s*日)?"
    rf"(?:\s*(?:和|至|到|-|–|—)\s*(?:({_ZH_NUMBER})\s*月\s*)?({_ZH_NUMBER})\s*日)?"
)
_ZH_ZEROS = str.maketrans("0○O", "〇〇〇")


def _zh_int(token: str) -> int:
    """A year, month or day as :data:`_DATE_ZH` prints it: digits, or Chinese numerals whose zeros may be
    printed otherwise (``二00六``)."""
    return int(token) if token.isdigit() else to_int(token.translate(_ZH_ZEROS)) or 0


@cache  # a text's dates repeat a few month names: each is looked up among the ~100 once
def _month(name: str) -> int | None:
    name = name.split("(")[0].strip().split("/")[-1]
    for month_name, number in _MONTHS:
        if _MONTH_RX[month_name].match(name):
            return number
    return None


def _iso(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


#: A day and month printed without a year (``du 7 au 9 Mai``, ``les 14 et 15 décembre``, ``6-7 октября``,
#: ``December 14``, ``9月24日至27日``, ``同年12月9日``): a news item's, whose year is in its dateline, or one
#: whose year a date before it gives (``同年``, "the same year"); not the rest of a date after its year, spaced or not
#: (``2017 年 8 月 24 日``).
_DAY_MONTH = re.compile(
    rf"(?<![\w/])(?P<a1>\d{{1,2}}){_ORD_END}(?:\s*{_DAY_SEP}\s*(?P<a2>\d{{1,2}}){_ORD_END})?\s+(?:de\s+)?"
    rf"(?P<am>{_MONTH})(?!\w)"
    rf"|(?<![\w/])(?P<bm>{_MONTH})\s+(?P<b1>\d{{1,2}}){_ORD_END}(?!\d)"
    rf"|(?:(?<![\d年])(?<!年\s)(?<!年\s\s)|(?<=同年)|(?<=当年)|(?<=當年)|(?<=该年)|(?<=該年))(?P<cm>{_ZH_NUMBER})\s*月\s*(?P<c1>{_ZH_NUMBER})\s*日(?:\s*(?:至|到|-|–|—|和)\s*(?P<c2>{_ZH_NUMBER})\s*日)?",
    re.IGNORECASE,
)
_A_YEAR_AFTER = re.compile(r"[,،]?\s*(?:de\s+|of\s+)?(?:\d{4}(?!\d)|年)")
#: A day and month that open a range across months ending in a full date: ``30 мая – 1 июня 2012 года``,
#: ``30 May to 1 June 2012``: the range's first day, in the year of its end.
_RANGE_TO = r"\s*(?:[-–—]|to|au|al|по)\s*"
_RANGE_OPENING = re.compile(rf"(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+)?({_MONTH}){_RANGE_TO}$", re.IGNORECASE)
_INTO_RANGE_END = re.compile(rf"{_RANGE_TO}\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:de\s+)?{_MONTH}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DayMonth:
    """Days of a month printed without a year: where, the month, the first and last day, and the day of the week
    printed with the first (0 Monday … 6 Sunday), if any: it tells which years the day may be in."""

    start: int
    month: int
    first: int
    last: int
    weekday: int | None = None


#: Names of the days of the week, Monday first, in each language (Russian in the cases «во вторник», «в среду» take).
_WEEKDAYS = (
    ("monday", "lundi", "lunes", "понедельник", "الاثنين", "الإثنين", "星期一", "周一", "週一", "禮拜一", "礼拜一"),
    ("tuesday", "mardi", "martes", "вторник", "الثلاثاء", "星期二", "周二", "週二", "禮拜二", "礼拜二"),
    ("wednesday", "mercredi", "miércoles", "miercoles", "среда", "среду", "الأربعاء", "الاربعاء", "星期三", "周三",
     "週三", "禮拜三", "礼拜三"),
    ("thursday", "jeudi", "jueves", "четверг", "الخميس", "星期四", "周四", "週四", "禮拜四", "礼拜四"),
    ("friday", "vendredi", "viernes", "пятница", "пятницу", "الجمعة", "星期五", "周五", "週五", "禮拜五", "礼拜五"),
    ("saturday", "samedi", "sábado", "sabado", "суббота", "субботу", "السبت", "星期六", "周六", "週六", "禮拜六",
     "礼拜六"),
    ("sunday", "dimanche", "domingo", "воскресенье", "الأحد", "الاحد", "星期日", "星期天", "周日", "週日", "禮拜日",
     "禮拜天", "礼拜日", "礼拜天"),
)
_WEEKDAY_OF = {name: i for i, names in enumerate(_WEEKDAYS) for name in names}
_WEEKDAY = "|".join(sorted(map(re.escape, _WEEKDAY_OF), key=len, reverse=True))
#: A day of the week before the day (``mardi 11 septembre``, ``Tuesday, 11 September``, ``el martes 11 de
#: septiembre``, ``во вторник, 11 сентября``, ``يوم الثلاثاء 11 سبتمبر``) or, in Chinese, after it
#: (``9月11日(星期二)``).
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w)({_WEEKDAY})(?!\w)[\s,،]*(?:(?:the|le|el)\s+)?$", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(rf"\s*[（(]?\s*({_WEEKDAY})")


def weekday_of(year: int, month: int, day: int) -> int | None:
    """The day of the week (0 Monday) of a day, or None if the month has no such day."""
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def find_day_months(text: str, lo: int = 0, hi: int | None = None) -> list[DayMonth]:
    """Each day or day range printed with its month but no year in ``text[lo:hi]``."""
    out = []
    for m in _DAY_MONTH.finditer(text, lo, len(text) if hi is None else hi):
        if _A_YEAR_AFTER.match(text, m.end()) or _INTO_RANGE_END.match(text, m.end()):
            continue  # a full date, or the first day of a range to one: :func:`find_dates` reads it
        if m.group("cm"):
            month, first = _zh_int(m.group("cm")), _zh_int(m.group("c1"))
            last = _zh_int(m.group("c2")) if m.group("c2") else first
        else:
            month = _month(m.group("am") or m.group("bm")) or 0
            first = int(m.group("a1") or m.group("b1"))
            last = int(m.group("a2")) if m.group("a2") else first
        if 1 <= month <= 12 and 1 <= first <= last <= 31:
            named = (_WEEKDAY_AFTER.match(text, m.end()) if m.group("cm")
                     else _WEEKDAY_BEFORE.search(text, max(0, m.start() - 24), m.start()))
            weekday = _WEEKDAY_OF[named.group(1).lower()] if named else None
            out.append(DayMonth(m.start(), month, first, last, weekday))
    return out


#: A month a text dates by its own date (its dateline): the latest such month before it (``en septembre
#: dernier``, ``last September``, ``el pasado mes de septiembre``, ``سبتمبر الماضي``), the first after it (``en
#: octobre prochain``, ``next October``, ``el próximo mes de octubre``, ``أكتوبر المقبل``), one of the year before
#: (``в сентябре прошлого года``, ``في آب العام الماضي``, ``去年9月``), of its own year (``今年11月``, ``в ноябре этого
#: года``, ``mars courant``) or of the year after (``в марте следующего года``, ``明年3月``).
_LAST_BEFORE = r"(?:last|this\s+past|(?:el\s+)?pasado(?:\s+mes\s+de)?)\s+"
_NEXT_BEFORE = r"(?:next|this\s+coming|(?:el\s+)?pr[óo]ximo(?:\s+mes\s+de)?)\s+"
_RELATIVE_AFTER = {
    "last": r"dernier|pasado|الماضي",
    "next": r"prochain|pr[óo]ximo|المقبل|القادم",
    "-1": r"прошлого\s+года|(?:من\s+)?(?:العام|السنة)\s+الماضي[ةه]?|(?:of\s+)?last\s+year|"
          r"de\s+l['’](?:ann[ée]e\s+derni[èe]re|an\s+dernier)|del\s+a[ñn]o\s+pasado",
    "0": r"(?:этого|текущего|нынешнего|сего)\s+года|с\.\s?г\.|(?:من\s+)?(?:هذا\s+العام|العام\s+الجاري)|this\s+year|"
         r"de\s+cette\s+ann[ée]e|de\s+este\s+a[ñn]o|courant|en\s+curso",
    "1": r"следующего\s+года|(?:من\s+)?(?:العام|السنة)\s+(?:المقبل|القادم)[ةه]?|(?:of\s+)?next\s+year|"
         r"de\s+l['’](?:ann[ée]e\s+prochaine|an\s+prochain)|del\s+a[ñn]o\s+pr[óo]ximo",
}
_ZH_RELATIVE_YEAR = {"今年": "0", "本年": "0", "去年": "-1", "明年": "1"}
_RELATIVE_MONTH = re.compile(
    rf"(?<![\w/])(?:{_LAST_BEFORE}(?P<last>{_MONTH})|{_NEXT_BEFORE}(?P<next>{_MONTH}))(?!\w)"
    rf"|(?<![\w/])(?P<m>{_MONTH})(?!\w)\s+(?:"
    + "|".join(f"(?P<r{i}>{rx})" for i, rx in enumerate(_RELATIVE_AFTER.values())) +
    rf")(?!\w)|(?P<zh_year>{'|'.join(_ZH_RELATIVE_YEAR)})\s*(?P<zh>{_ZH_NUMBER})\s*月",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RelativeMonth:
    """A month printed without a year but dated by the text's own date: where, the month, and which year:
    ``last`` (the latest such month before the text's), ``next`` (the first after it), or the year's offset
    from the text's (``-1``, ``0``, ``1``)."""

    start: int
    month: int
    year: str  #: "last", "next", "-1", "0" or "1"

    def dated(self, year: int, month: int) -> str:
        """``YYYY-MM`` of this month for a text dated ``year``-``month``."""
        if self.year == "last":
            return f"{year - (self.month >= month):04d}-{self.month:02d}"
        if self.year == "next":
            return f"{year + (self.month <= month):04d}-{self.month:02d}"
        return f"{year + int(self.year):04d}-{self.month:02d}"


def find_relative_months(text: str, lo: int = 0, hi: int | None = None) -> list[RelativeMonth]:
    """Each month :data:`_RELATIVE_MONTH` reads in ``text[lo:hi]`` (not the English modal verb "may")."""
    relations = list(_RELATIVE_AFTER)
    out = []
    for m in _RELATIVE_MONTH.finditer(text, lo, len(text) if hi is None else hi):
        if m.group("zh_year"):
            out.append(RelativeMonth(m.start(), _zh_int(m.group("zh")), _ZH_RELATIVE_YEAR[m.group("zh_year")]))
            continue
        name = m.group("last") or m.group("next") or m.group("m")
        if name == "may":
            continue
        year = "last" if m.group("last") else "next" if m.group("next") else next(
            relation for i, relation in enumerate(relations) if m.group(f"r{i}"))
        out.append(RelativeMonth(m.start(), _month(name) or 0, year))
    return [r for r in out if 1 <= r.month <= 12]


def find_dates(text: str, starts: Sequence[int] = (0,)) -> list[DateHit]:
    """Printed dates and day ranges, as ISO strings (``YYYY-MM`` when no day is printed)."""
    hits: list[DateHit] = []
    month: int | None
    for m in (m for lo, hi in _triggered(text)["date_zh"] for m in _DATE_ZH.finditer(text, lo, hi)):
        year, month = _zh_int(m.group(1)), _zh_int(m.group(2))
        day = _zh_int(m.group(3)) if m.group(3) else None
        last_month = _zh_int(m.group(4)) if m.group(4) else month
        last_day = _zh_int(m.group(5)) if m.group(5) else day
        if 1 <= month <= 12 and 1 <= last_month <= 12:
            hits.append(DateHit(m.start(), m.end(), _iso(year, month, day), _iso(year, last_month, last_day)))
    covered = [(h.start, h.end) for h in hits]
    with_year = _spans_with(_YEAR, text, starts)
    for m in (m for lo, hi in with_year for m in _DATE_DMY.finditer(text, lo, hi)):
        month = _month(m.group(3))
        if month is None:
            continue
        year, day = int(m.group(4)), int(m.group(1))
        last = int(m.group(2)) if m.group(2) else day
        start, first = m.start(), _iso(year, month, day)
        opening = _RANGE_OPENING.search(text, max(0, m.start() - 30), m.start()) if not m.group(2) else None
        if opening and (before := _month(opening.group(2))) and before != month and 1 <= int(opening.group(1)) <= 31:
            start, first = opening.start(), _iso(year - (before > month), before, int(opening.group(1)))
        hits.append(DateHit(start, m.end(), first, _iso(year, month, last)))
        covered.append((start, m.end()))
    for m in (m for lo, hi in with_year for m in _DATE_MDY.finditer(text, lo, hi)):
        month = _month(m.group(1))
        if month is None or any(s <= m.start() < e for s, e in covered):
            continue
        year, day = int(m.group(4)), int(m.group(2))
        last = int(m.group(3)) if m.group(3) else day
        if 1 <= day <= last <= 31:
            hits.append(DateHit(m.start(), m.end(), _iso(year, month, day), _iso(year, month, last)))
            covered.append((m.start(), m.end()))
    for m in (m for lo, hi in with_year for m in _DATE_MY.finditer(text, lo, hi)):
        if any(s <= m.start() < e for s, e in covered):
            continue
        month = _month(m.group(1))
        if month is not None:
            iso = _iso(int(m.group(2)), month, None)
            hits.append(DateHit(m.start(), m.end(), iso, iso))
    return sorted(hits, key=lambda h: h.start)


_SENTENCE_END = re.compile(r"[。！？；.!?;]\s|[。！？；]")
#: A sentence about a meeting: its nouns, or the verbs that say people meet (``will meet in Bali``,
#: ``se réunissent … à Abou Dhabi``, ``соберутся``, ``يجتمع``, ``召开``).
_MEETING_CONTEXT = keyed(re.compile(
    r"meeting|session|réunion|reuni[oó]n|per[ií]odo de sesiones|совещани|сесси|اجتماع|الدورة|会议|"
    r"(?<!\w)(?:meets?|met|convene[sd]?)(?!\w)|se réuni(?:ssent|ront|ra|t)|se sont réunis|"
    r"se reuni(?:rán|eron|rá|ó)|sesiona|собер[её]тся|собрались|يجتمع|تجتمع|اجتمع|召开",
    re.IGNORECASE,
))


#: A meeting of experts (``expert meeting``, ``réunion d'experts``, ``совещание экспертов``, ``اجتماع الخبراء``,
#: ``专家会议``): not a body's session, even on a session's days.
_EXPERTS_MEETING = keyed(re.compile(
    r"experts?['’]?\s+meeting|meeting\s+of\s+(?:the\s+)?experts|réunions?\s+d['’]\s?experts|reuni[oó]n(?:es)?\s+de\s+expertos|"
    r"совещани\w*\s+экспертов|اجتماع\s+(?:ال)?خبراء|专家(?:组)?会议",
    re.IGNORECASE,
))


def find_dated_meetings(
    text: str, dates: list[DateHit], explicit: list[Hit], ctx: Context, starts: Sequence[int] = (0,)
) -> list[Hit]:
    """A meeting named only by its dates ("the meeting held in Vienna on 6 and 7 June 2018"), or by
    its venue and dates under the body's name in a masthead."""
    hits: list[Hit] = []
    for d in dates:
        if len(d.first) == len("YYYY-MM") and d.first == d.last:
            hits.extend(_session_in_month(text, d, explicit, ctx, starts))
        if len(d.first) < 10:
            continue
        sentence_start, sentence_end = _date_sentence(text, d, starts)
        sentence = text[sentence_start:sentence_end]
        # a masthead names the body, then the venue and the dates: «Working Group on … Vienna, 6 and 7 June», on its
        # line or the line before (a block of its own in a document's masthead)
        body = next((c for s, e, c in ctx.bodies if c in SESSION_BODIES and e <= d.start <= e + 40
                     and not _SENTENCE_END.search(text, e, d.start)), None)
        if body is None and not _MEETING_CONTEXT.search(sentence):
            continue
        named = [c for s, _, c in ctx.bodies if sentence_start <= s < sentence_end and c in SESSION_BODIES]
        if not named and any(sentence_start <= s < sentence_end for s, _ in (*ctx.networks, *ctx.organizations)):
            continue  # a network's or an organization's meeting on those days (ARINWA's in Vienna), no body's
        if not named and _EXPERTS_MEETING.search(sentence):
            continue  # an expert meeting on a session's days, at its venue (EG.1 in St Petersburg): its own
        # a session the sentence cites is its body's on those days; another body it names met then too (``du 4 au 8
        # septembre 2023 à Vienne, … la reprise de la 14ème session du Groupe d'examen …, ainsi qu'aux travaux du
        # Groupe de travail … sur le recouvrement d'avoirs``)
        cited = _cited_bodies(explicit, sentence_start, sentence_end)
        if cited:
            named = [c for c in named if c not in cited]
            if body is not None or not named:
                continue
        # the sentence's bodies, when it names some: each that met on those days (the Review Group and the Working
        # Group in a joint week); a report of an expert meeting under the Conference's masthead, on the days of a
        # Working Group meeting, is no Working Group meeting
        holders: list[str | None] = [body] if body else [*dict.fromkeys(named)] or [None]
        sessions = dict.fromkeys(filter(None, (ctx.session_by_date(d.first, d.last, b) for b in holders)))
        hits.extend(Hit("Session", session, d.start, d.end) for session in sessions)
    return hits + _sessions_on_a_weekday(text, explicit, ctx, starts)


#: The years a session of the Convention's bodies may fall in (the Conference first met in 2006).
_SESSION_YEARS = range(2006, 2036)


def _sessions_on_a_weekday(text: str, explicit: list[Hit], ctx: Context, starts: Sequence[int]) -> list[Hit]:
    """A day printed without a year but with its day of the week, in a sentence naming a body whose sessions the
    reference data lists and citing none (``le congrès des États Parties pour la Convention … a démarré son cycle de
    panels, Lundi 06 novembre à Vienne``): the body's one session whose days hold that day in a year it fell on
    that day of the week (6 November 2017, a Monday: the seventh session). Only the sentences naming such a body are
    read."""
    held = [(start, body) for start, _, body in ctx.bodies if body in SESSION_BODIES]
    if not held:
        return []
    # (the sentence ends are found once: from each name back to its block's start would be quadratic in a text of
    # one long block)
    stops = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    opened, closed = [s for s, _ in stops], [e for _, e in stops]
    sentences: dict[tuple[int, int], dict[str, None]] = {}
    for start, body in held:
        lo, hi = _block(starts, start, len(text))
        before = bisect_right(closed, start) - 1
        after = bisect_left(opened, start)
        lo = max(lo, closed[before]) if before >= 0 else lo
        hi = min(hi, opened[after]) if after < len(opened) else hi
        sentences.setdefault((lo, hi), {})[body] = None
    hits: list[Hit] = []
    for (lo, hi), named in sentences.items():
        if any(lo <= h.start < hi for h in explicit):
            continue
        for d in find_day_months(text, lo, hi):
            if d.weekday is None:
                continue
            found = {session for body in named for year in _SESSION_YEARS
                     if weekday_of(year, d.month, d.first) == d.weekday
                     and (session := ctx.session_by_date(f"{year:04d}-{d.month:02d}-{d.first:02d}",
                                                         f"{year:04d}-{d.month:02d}-{d.last:02d}", body))}
            matched = _DAY_MONTH.match(text, d.start)
            if len(found) == 1 and matched:
                hits.append(Hit("Session", found.pop(), d.start, matched.end()))
    return hits


def _date_sentence(text: str, d: DateHit, starts: Sequence[int]) -> tuple[int, int]:
    """(start, end) of the sentence a date stands in, within its block."""
    lo, hi = _block(starts, d.start, len(text))
    end = _SENTENCE_END.search(text, d.end, hi)
    return max((m.end() for m in _SENTENCE_END.finditer(text, lo, d.start)), default=lo), (end.start() if end else hi)


def _cited_bodies(explicit: list[Hit], start: int, end: int) -> set[str]:
    """The bodies whose sessions are cited between ``start`` and ``end`` (``session/irg/14`` → ``irg``)."""
    return {h.id.split("/")[1] for h in explicit if start <= h.start < end}


#: How far after a cited session its venue and month may stand (``Fifth session Panama, November 2013``).
_SESSION_DATE_REACH = 40


def _session_in_month(text: str, d: DateHit, explicit: list[Hit], ctx: Context, starts: Sequence[int]) -> list[Hit]:
    """A body named in the sentence of a month it held one session in names that session (``En noviembre de 2009 la
    CoSP acordó un mecanismo de revisión``: the third, in Doha; ``the Implementation Review Group meeting in June
    2015``), unless the sentence cites one of its sessions, or the month follows a cited session: it is then that
    session's month (a masthead's ``Cinquième session Panama, novembre 2013``, the Review Group named after it)."""
    if any(d.start - _SESSION_DATE_REACH <= h.end <= d.start for h in explicit):
        return []
    sentence_start, sentence_end = _date_sentence(text, d, starts)
    named = dict.fromkeys(c for s, _, c in ctx.bodies if sentence_start <= s < sentence_end and c in SESSION_BODIES)
    cited = _cited_bodies(explicit, sentence_start, sentence_end)
    sessions = (ctx.session_in(d.first, body) for body in named if body not in cited)
    return [Hit("Session", session, d.start, d.end) for session in dict.fromkeys(filter(None, sessions))]


_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

#: A body's acronym glued to a session's number (``CoSP10``, ``COSP 11``, ``COSP-8``, ``IRG14``): the
#: press's name for that session, which names the body too. Not inside a symbol or an address
#: (``CAC/COSP/10``, ``unodc.org/cosp10``) nor before a resolution's number (``COSP 10/1``).
_COMPACT_SESSION = re.compile(r"(?<![\w/.-])(?P<acronym>CoSP|COSP|IRG)[ -]?(?P<number>[1-9]\d?)(?![\w/.-]?\d|\w)")


def find_compact_sessions(text: str, ctx: Context) -> list[Hit]:
    """The body and the session each ``CoSP10`` names, in a text about the Convention (other
    conventions' conferences are COSPs too: the disability convention's ``COSP16``)."""
    if not ctx.uncac:
        return []
    hits: list[Hit] = []
    for m in _COMPACT_SESSION.finditer(text):
        body = m.group("acronym").lower()  # the acronyms are the bodies' codes
        if m.end("acronym") == m.start("number"):  # glued: the linker, reading words, missed the acronym
            hits.append(Hit("Body", ids.make("Body", code=body), m.start(), m.end("acronym")))
        hits.append(Hit("Session", ids.session(body, int(m.group("number"))), m.start(), m.end()))
    return hits


#: Arabic puts a session's ordinal inside the Conference's name, after its first noun: ``المؤتمر السابع للدول
#: الأطراف في اتفاقية …`` ("the seventh conference of the States parties"), the Conference and its session at once.
@cache
def _ar_ordinal_conference() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\u0621-\u064a])(?:[وف]?[بل]?ال|[وف]?لل)(مؤتمر)\s+({ordinal_pattern(('ar',))})\s+(للدول\s+الأطراف)"
        # (the United Nations' convention, or "the Convention" with no other's adjective: not the Arab one's)
        rf"(?=\s+في\s+(?:اتفاقية\s+(?:الأمم|الامم)|الاتفاقية(?!\s+ال(?:عربية|أفريقية|إفريقية|أوروبية|أمريكية))))")


def find_ordinal_conferences(text: str) -> list[Hit]:
    """The Conference and its session where Arabic names the session by an ordinal inside the Conference's name
    (:func:`_ar_ordinal_conference`); the linker, reading names, does not know that form."""
    if "للدول" not in text:
        return []
    hits: list[Hit] = []
    for m in _ar_ordinal_conference().finditer(text):
        value = ordinal_to_int(m.group(2))
        if value is None:
            continue
        hits.append(Hit("Body", ids.make("Body", code="cosp"), m.start(1), m.end(3)))
        hits.append(Hit("Session", ids.session("cosp", value), m.start(1), m.end(2)))
    return hits


#: What parts the members of a list: a place's year is the one on its side of it.
_ITEM_SEPARATOR = re.compile(r"[,;،؛、，；]")


def _its_year(text: str, place: tuple[int, int], places: Sequence[tuple[int, int]], s0: int, s1: int) -> int | None:
    """Where the year of the sentence ``s0:s1`` that goes with the place at ``place`` stands (None if none): of the
    years the sentence prints, those nearer to it than to any other of the ``places`` in it, a year in the same list
    member first (``بعمان (الأردن) سنة 2006، وبالي (أندونيسيا) سنة 2008، والدوحة (قطر) سنة 2009``: Doha's year is
    2009, not the 2008 that stands closer to its start); the nearest of them. A year another place holds is not
    this place's (``adoptée à Marrakech …, une session s'est déroulée à Vienne le 20 juin 2012``: Marrakech has
    none)."""
    def reach(at: tuple[int, int], year: re.Match[str]) -> tuple[bool, int]:
        gap = (year.end(), at[0]) if year.end() <= at[0] else (at[1], year.start())
        return bool(_ITEM_SEPARATOR.search(text, *gap)), gap[1] - gap[0]

    years = list(_YEAR_WORD.finditer(text, s0, s1))
    if not years:  # (most sentences: no need to gather their places)
        return None
    others = [(s, e) for s, e in places if s0 <= s < s1] + [place]
    own = [(reach(place, m), m.start()) for m in years if min(others, key=lambda other: reach(other, m)) == place]
    return min(own)[1] if own else None


#: A conference: in a text about the Convention, with a venue and a year, its Conference's session (``la conférence
#: … tenue à Abu Dhabi aux Émirats Arabes Unis en 2019``).
_CONFERENCE_WORD = keyed(re.compile(r"conf[eé]rences?|conferencias?|конференц|مؤتمر", re.IGNORECASE))


def find_placed_sessions(
    text: str, explicit: list[Hit], ctx: Context, starts: Sequence[int] = (0,), dates: Sequence[DateHit] = ()
) -> list[Hit]:
    """A session named by its venue and year (``the Conference, meeting in Marrakech in 2011``): in
    a sentence about a session (a session noun or a body that holds sessions) that cites none by
    number, a place and a year (:func:`_its_year`; of its month, if a month is printed with it) that are the
    venue and year of one of the body's sessions. Without a
    year: the body named in the sentence, and a place where no other session of any body was held
    (``the Conference, to be held in Atlanta``; not Vienna or Doha, which held several)."""
    hits: list[Hit] = []
    others = _codeless(text, ctx) if ctx.places else []
    spans = [(s, e) for s, e, _ in ctx.places]
    for start, end, place in ctx.places:
        lo, hi = _block(starts, start, len(text))
        s0, s1 = _sentence(text, start, lo, hi, end)
        sentence = text[s0:s1]
        named_body = any(s0 <= s and e <= s1 and c in SESSION_BODIES for s, e, c in ctx.bodies)
        conference = ctx.uncac and _CONFERENCE_WORD.search(sentence)
        if not (named_body or conference or _MEETING_CONTEXT.search(sentence)) or any(
                s0 <= h.start < s1 for h in explicit):
            continue
        at = _its_year(text, (start, end), spans, s0, s1)
        # (of its month, when the year is a printed month's: «une réunion à Vienne en mars 2013» is no August session)
        year = "" if at is None else next((d.first[:7] for d in dates if d.start <= at < d.end), text[at : at + 4])
        if not (year or named_body):
            continue
        meeting = any(w in sentence.lower() for w in _MEETING_WORDS)
        body = _holder(text, start, end, meeting, ctx, starts, others)
        if _EXPERTS_MEETING.search(sentence) and not any(s0 <= s and e <= s1 and c == body for s, e, c in ctx.bodies):
            continue  # an expert meeting at a session's venue, in its month, and no word of that session's body
        session = ctx.session_at(place, year, body) if body else None
        if session:
            hits.append(Hit("Session", session, start, end))
    return hits


def _their_bodies(sessions: list[Hit], ctx: Context) -> list[Hit]:
    """A text that describes a session by its venue or days, and names its body nowhere, names that body
    by the description (``will meet in Bali … 28 January to 1 February 2008`` is the Conference
    meeting): a Body hit on the session's span."""
    named = {code for _, _, code in ctx.bodies}
    return [Hit("Body", ids.make("Body", code=code), h.start, h.end)
            for h in sessions if (code := h.id.split("/")[1]) not in named]


def find_all(
    text: str, ctx: Context, starts: Sequence[int] = (0,), dates: list[DateHit] | None = None
) -> tuple[list[Hit], list[DateHit]]:
    """Every pattern hit in ``text`` and the dates (dates are not mentions, but feed the document).

    ``starts``: where each block of a document view begins; ``dates``: :func:`find_dates` of
    ``text`` when the caller has it already.
    """
    symbols = find_symbols(text, ctx)
    # (in a text that names another convention and nothing of this one, bare articles are the other's)
    numbered = ctx.uncac or not _NAMES_OTHER_CONVENTION.search(text)
    chapters = find_chapters(text, starts) if numbered else []
    hits = (
        symbols
        + find_resolutions(text, starts, ctx.council)
        + (find_articles(text, starts) if numbered else [])
        + chapters
        + find_index_articles(text, chapters)
        + find_agenda_items(text, ctx)
    )
    sessions = find_sessions(text, ctx, starts) + find_session_anaphora(text, ctx, starts)
    compact = find_compact_sessions(text, ctx) + find_ordinal_conferences(text)
    sessions += [h for h in compact if h.label == "Session"]
    hits += [h for h in compact if h.label == "Body"]
    dates = find_dates(text) if dates is None else dates
    if not ctx.uncac and _A_CONVENTION.search(text) and (
            cited := next((h for h in hits if h.label in ("Article", "Chapter")), None)):
        # the Convention's articles cited in a text that says "convention" but does not name it (``la presente
        # Convención``, a title in capitals): the citation names the Convention too (not a national law's
        # articles, in a text that says no "convention")
        hits.append(Hit("Convention", ids.CONVENTION, cited.start, cited.end))
    inferred = find_dated_meetings(text, dates, sessions, ctx, starts)
    inferred += find_placed_sessions(text, sessions + inferred, ctx, starts, dates)
    hits += sessions + inferred + _their_bodies(inferred, ctx)
    # a resolution number inside a symbol (A/RES/58/4) is the symbol's, not a second mention
    inside = [(h.start, h.end) for h in symbols]
    if inside:
        own = set(symbols)
        covered = Spans(inside)
        hits = [h for h in hits if h in own or not covered.overlaps(h.start, h.start + 1)]
    return hits, dates
