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
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ingest.numerals import CHINESE_NUMERAL_CHARS, ORDINAL_WORD, ordinal_to_int, to_int
from ingest.spans import Spans


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


# -- document symbols --------------------------------------------------------------------------

_SERIES = r"(?:CAC|A|E|S|ST|CTOC|CCPCJ|CND)"
_SYMBOL = re.compile(rf"(?<![\w/.])({_SERIES}(?:/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+)")
_RELATIVE = re.compile(r"(?<![\w/.])((?:CRP|L|INF)\.\d+(?:/(?:Add|Rev|Corr)\.\d+)*)(?![\w/])")
_GA_RES_SYMBOL = re.compile(r"^A/RES/(\d+)/(\d+)$")


def find_symbols(text: str, ctx: Context) -> list[Hit]:
    """``CAC/COSP/WG.2/2017/3`` → Document; ``A/RES/58/4`` → Resolution; bare ``CRP.1`` → series-relative."""
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for m in _SYMBOL.finditer(text):
        symbol = m.group(1)
        if symbol.count("/") < 1 or not re.search(r"\d", symbol):
            continue
        ga = _GA_RES_SYMBOL.match(symbol)
        if ga:
            hits.append(Hit("Resolution", f"resolution/ga/{int(ga.group(1))}/{int(ga.group(2))}", m.start(1), m.end(1)))
        else:
            hits.append(Hit("Document", f"document/{symbol}", m.start(1), m.end(1)))
        taken.append((m.start(1), m.end(1)))
    if ctx.series:
        for m in _RELATIVE.finditer(text):
            if any(s <= m.start(1) < e for s, e in taken):
                continue
            hits.append(Hit("Document", f"document/{ctx.series}/{m.group(1)}", m.start(1), m.end(1)))
    return hits


# -- resolutions --------------------------------------------------------------------------------

_RES_NUM = r"\d{1,2}/\d{1,3}"
#: Arabic proclitics glued to a word: a conjunction (و, ف), a preposition (ب, ل, ك), the article (ال;
#: after ل only its ل remains: للمادة). ``وبالمادة`` is و + ب + ال + مادة.
AR_PROCLITICS = r"[وف]?[بكل]?(?:ال|ل)?"
_LATIN_LIST_SEP = r"(?:\s*,\s*(?:and\s+|et\s+|y\s+|и\s+)?|\s+(?:and|et|y|e|и)\s+|\s*و\s*)"
_RES_WORD = (
    r"(?:resolutions?|résolutions?|resoluci[oó]n(?:es)?|резолюци[яиейюхм]{1,3}|"
    rf"{AR_PROCLITICS}قرار(?:ين|ات|ان|ه|ها|ي)?(?:\s+الجمعية العامة)?)"
)
_RES_LATIN = re.compile(
    rf"(?<!\w){_RES_WORD}\s+(?:No\.\s*|n[°º]\s*|№\s*)?({_RES_NUM}(?:{_LATIN_LIST_SEP}{_RES_NUM})*)(?![\d/])",
    re.IGNORECASE,
)
_RES_ZH = re.compile(rf"第\s*{_RES_NUM}\s*号(?:\s*(?:、|和|及|与|以及)\s*第\s*{_RES_NUM}\s*号)*\s*决议")
_RES_TOKEN = re.compile(rf"(?:第\s*)?({_RES_NUM})(?:\s*号)?")
_GA_CONTEXT = re.compile(
    r"(?:General Assembly|Assemblée générale|Asamblea General|Генеральн\w+\s+Ассамбле\w+|الجمعية العامة|大会)\W{0,12}$",
    re.IGNORECASE,
)
#: A session number this high is the General Assembly's: the Conference has met a dozen times.
_GA_SESSION_FLOOR = 30


def _resolution_id(token: str, before: str) -> str:
    session, number = (int(x) for x in token.split("/"))
    body = "ga" if session >= _GA_SESSION_FLOOR or _GA_CONTEXT.search(before) else "cosp"
    return f"resolution/{body}/{session}/{number}"


def find_resolutions(text: str, starts: Sequence[int] = (0,)) -> list[Hit]:
    hits: list[Hit] = []
    for rx in (_RES_LATIN, _RES_ZH):
        for m in rx.finditer(text):
            tokens = list(_RES_TOKEN.finditer(text, m.start(), m.end()))
            tokens = [t for t in tokens if re.fullmatch(_RES_NUM, t.group(1))]
            lo = _block(starts, m.start(), len(text))[0]
            before = text[max(lo, m.start() - 40) : m.start()] + m.group()
            for t in tokens:
                start, end = (m.start(), m.end()) if len(tokens) == 1 else (t.start(), t.end())
                hits.append(Hit("Resolution", _resolution_id(t.group(1), before), start, end))
    return hits


# -- articles and chapters ----------------------------------------------------------------------

_RANGE_WORD = r"(?:to|à|au|a|al|до|по|إلى|-|–|—)"
_LIST_WORD = r"(?:,|and|et|y|и|و|、)"
_ART_WORD = (
    r"(?:articles?|arts?\.|art[ií]culos?|стат(?:ья|ьи|ье|ью|ей|ьям|ьях|ьями)|ст\.|"
    rf"{AR_PROCLITICS}(?:ماد(?:ة|تان|تين)|مواد))"
)
_ART_LATIN = re.compile(
    rf"(?<!\w){_ART_WORD}\s*(?:de\s+|from\s+|من\s+|с\s+)?(\d{{1,3}}(?:\s*(?:{_RANGE_WORD}|{_LIST_WORD})\s*\d{{1,3}})*)"
    r"(?![\d/])",
    re.IGNORECASE,
)
_CN_NUM = rf"(?:[{CHINESE_NUMERAL_CHARS}]+|\d+)"
_ZH_SEP = r"(?:至|到|、|和|及|以及|与)"
_ART_ZH = re.compile(rf"第\s*{_CN_NUM}\s*(?:条\s*)?(?:{_ZH_SEP}\s*第?\s*{_CN_NUM}\s*(?:条\s*)?)*")
_CHAP_ZH = re.compile(rf"第\s*{_CN_NUM}\s*(?:章\s*)?(?:{_ZH_SEP}\s*第?\s*{_CN_NUM}\s*(?:章\s*)?)*")
_ROMAN_TOKEN = r"(?:[IVX]{1,5}|\d)(?![\w])"
_AR_DEFINITE = r"[وف]?[بكل]?(?:ال|ل)"  #: proclitics with the article required
_CHAP_WORD = rf"(?:chapters?|chapitres?|cap[íi]tulos?|глав[аеыуойм]{{0,2}}|{_AR_DEFINITE}فصل|{_AR_DEFINITE}فصول)"
_CHAP_LATIN = re.compile(
    rf"(?<!\w){_CHAP_WORD}\s+({_ROMAN_TOKEN}(?:\s*(?:{_RANGE_WORD}|{_LIST_WORD})\s*{_ROMAN_TOKEN})*)"
)
_CHAP_AR_ORDINAL = re.compile(rf"(?<!\w){_AR_DEFINITE}فصل\s+({ORDINAL_WORD})")
_NUM_IN_LIST = re.compile(rf"({_CN_NUM}|[IVX]{{1,5}}(?!\w))")
_RANGE_SEP = re.compile(rf"^\s*[条章]?\s*(?:{_RANGE_WORD}|至|到)\s*第?\s*$", re.IGNORECASE)


def _members(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(value, start, end) of every member of a printed list or range, ranges expanded."""
    tokens = [(to_int(t.group(1)), t.start(), t.end()) for t in _NUM_IN_LIST.finditer(text, start, end)]
    tokens = [(v, s, e) for v, s, e in tokens if v is not None]
    out: list[tuple[int, int, int]] = []
    for i, (value, s, e) in enumerate(tokens):
        if i and _RANGE_SEP.match(text[tokens[i - 1][2] : s]):
            low = tokens[i - 1][0]
            out.extend((v, tokens[i - 1][1], e) for v in range(low + 1, value) if value - low < 80)
        out.append((value, s, e))
    return out


def _numbered(label: str, prefix: str, limit: int, text: str, m: re.Match[str], group: int) -> list[Hit]:
    members = _members(text, m.start(group), m.end(group))
    hits = []
    for value, s, e in members:
        if not 1 <= value <= limit:
            continue
        start, end = (m.start(), m.end()) if len(members) == 1 else (s, e)
        hits.append(Hit(label, f"{prefix}{value}", start, end))
    return hits


def _zh_numbered(rx: re.Pattern[str], suffix: str, label: str, prefix: str, limit: int, text: str) -> list[Hit]:
    """``第五十六条``, ``第五十一条至第五十九条``, ``第四章和第五章``: one hit per member."""
    hits: list[Hit] = []
    for m in rx.finditer(text):
        matched = m.group().rstrip()
        end = m.start() + len(matched)
        if not matched.endswith(suffix) or text[end : end + 1] in ("约", "款"):
            continue
        members = _members(text, m.start() + 1, end)
        for value, s, e in members:
            if 1 <= value <= limit:
                if len(members) == 1:
                    start, stop = m.start(), end
                else:
                    start = s - 1 if text[s - 1] == "第" else s
                    stop = e + 1 if text[e : e + 1] == suffix else e
                hits.append(Hit(label, f"{prefix}{value}", start, stop))
    return hits


def find_articles(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _ART_LATIN.finditer(text):
        hits.extend(_numbered("Article", "uncac/article/", 71, text, m, 1))
    return hits + _zh_numbered(_ART_ZH, "条", "Article", "uncac/article/", 71, text)


def find_chapters(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _CHAP_LATIN.finditer(text):
        hits.extend(_numbered("Chapter", "uncac/chapter/", 8, text, m, 1))
    for m in _CHAP_AR_ORDINAL.finditer(text):
        value = ordinal_to_int(m.group(1))
        if value and 1 <= value <= 8:
            hits.append(Hit("Chapter", f"uncac/chapter/{value}", m.start(), m.end()))
    return hits + _zh_numbered(_CHAP_ZH, "章", "Chapter", "uncac/chapter/", 8, text)


# -- sessions and meetings ----------------------------------------------------------------------

_ORD = ORDINAL_WORD
_SESSION_LATIN = re.compile(
    rf"(?<!\w)({_ORD})(?:\s*(?:to|and|et|à|au|y|a|al|и|по|-|–)\s*({_ORD}))?\s+"
    r"(sessions?|(?:intersessional\s+)?meetings?|réunions?|reuni(?:ón|ones)|per[ií]odos?\s+de\s+sesiones|"
    r"сесси\w*|совещани\w*)",
    re.IGNORECASE,
)
#: In every match of ``_SESSION_LATIN`` (its first letter spelled out so the scan skips ahead fast).
_SESSION_KEY = re.compile(r"[SsſMmRrPpСс](?i:ession|eeting|éunion|euni|er[ií]odo|есси|овещани)")
_SESSION_AR = re.compile(
    rf"(دورت(?:ه|ها)|الدورة|الدورات|دوراته|اجتماع(?:ه|ها)|الاجتماع|اجتماعات(?:ه|ها)?)\s+({_ORD})"
    rf"(?:\s*(?:إلى|و)\s*({_ORD}))?"
)
_SESSION_ZH = re.compile(
    rf"第\s*({_CN_NUM})\s*(?:(?:至|到|和|、)\s*第?\s*({_CN_NUM})\s*)?(届|次)\s*(?:闭会期间)?\s*会议"
)
_IRG_CONTEXT = re.compile(
    r"Implementation Review Group|实施情况审议组|Groupe d'examen|Grupo de Examen|Группа по обзору|فريق استعراض التنفيذ",
    re.IGNORECASE,
)
_MEETING_WORDS = ("meeting", "réunion", "reuni", "совещан", "اجتماع", "次")


def _session_body(kind: str, before: str, ctx: Context) -> str:
    if _IRG_CONTEXT.search(before):
        return "irg"
    if kind.lower().startswith(_MEETING_WORDS) or kind in ("次",) or kind.startswith(("اجتماع", "الاجتماع")):
        return ctx.body if ctx.body != "cosp" else "wg-ar"
    return "cosp"


def _session_hits(
    text: str, m: re.Match[str], first: str, second: str | None, kind: str, ctx: Context, starts: Sequence[int]
) -> list[Hit]:
    low = to_int(first)
    high = to_int(second) if second else None
    if low is None:
        return []
    lo = _block(starts, m.start(), len(text))[0]
    body = _session_body(kind, text[max(lo, m.start() - 80) : m.start()], ctx)
    values = list(range(low, high + 1)) if high and high > low and high - low < 30 else [low]
    return [Hit("Session", f"session/{body}/{v}", m.start(), m.end()) for v in values if v >= 1]


def find_sessions(text: str, ctx: Context, starts: Sequence[int] = (0,)) -> list[Hit]:
    hits: list[Hit] = []
    for lo, hi in _spans_with(_SESSION_KEY, text, starts):
        for m in _SESSION_LATIN.finditer(text, lo, hi):
            hits.extend(_session_hits(text, m, m.group(1), m.group(2), m.group(3), ctx, starts))
    for m in _SESSION_AR.finditer(text):
        hits.extend(_session_hits(text, m, m.group(2), m.group(3), m.group(1), ctx, starts))
    for m in _SESSION_ZH.finditer(text):
        hits.extend(_session_hits(text, m, m.group(1), m.group(2), m.group(3), ctx, starts))
    return hits


#: The document's own meeting, and the one before it, named without a number.
_SESSION_THIS = re.compile(
    r"本次会议|本届会议|(?<!\w)(?:this|the present|the current) (?:meeting|session)(?!\w)|"
    r"(?<!\w)(?:la présente|cette) (?:réunion|session)(?!\w)|(?<!\w)(?:la presente|esta) reuni[oó]n(?!\w)|"
    r"(?<!\w)(?:el presente|este) per[ií]odo de sesiones(?!\w)|(?<!\w)(?:настоящ|текущ)\w* (?:сесси|совещани)\w*|"
    r"(?:هذا|هذه) (?:الاجتماع|الدورة)",
    re.IGNORECASE,
)
#: In every match of ``_SESSION_THIS`` and ``_SESSION_PREVIOUS``.
_ANAPHORA_KEY = re.compile(rf"{_SESSION_KEY.pattern}|会议|الاجتماع|الدورة|اجتماع|دورت")
_SESSION_PREVIOUS = re.compile(
    r"(?:工作组|缔约国会议)?(?:上次|上一次|上届|上一届)会议|"
    r"(?<!\w)(?:the|its) (?:previous|last|preceding) (?:meeting|session)"
    r"(?: of the (?:Working Group|Conference))?(?!\w)|"
    r"(?<!\w)(?:sa|la) (?:précédente|dernière) (?:réunion|session)(?!\w)|"
    r"(?<!\w)(?:su|la) (?:anterior|última) reuni[oó]n(?!\w)|"
    r"(?<!\w)(?:su|el) (?:anterior|último) per[ií]odo de sesiones(?!\w)|"
    r"(?<!\w)(?:предыдущ|прошл)\w* (?:сесси|совещани)\w*|"
    r"(?:اجتماعه|اجتماعها|الاجتماع|دورته|دورتها|الدورة) (?:السابق|السابقة|الماضي|الماضية)",
    re.IGNORECASE,
)


def find_session_anaphora(text: str, ctx: Context, starts: Sequence[int] = (0,)) -> list[Hit]:
    """``本次会议``/``this meeting`` → the document's session; ``工作组上次会议``/``its last meeting`` →
    the body's session before it. Only in a document whose session is known."""
    if not ctx.session:
        return []
    prefix, _, number = ctx.session.rpartition("/")
    spans = _spans_with(_ANAPHORA_KEY, text, starts)
    this = (m for lo, hi in spans for m in _SESSION_THIS.finditer(text, lo, hi))
    hits = [Hit("Session", ctx.session, m.start(), m.end()) for m in this]
    if number.isdigit() and int(number) > 1:
        previous = f"{prefix}/{int(number) - 1}"
        found = (m for lo, hi in spans for m in _SESSION_PREVIOUS.finditer(text, lo, hi))
        hits += [Hit("Session", previous, m.start(), m.end()) for m in found]
    return hits


# -- agenda items ------------------------------------------------------------------------------

_ITEM_WORD = (
    r"(?:议程项目|agenda items?|items?|points? de l'ordre du jour|points?|temas? del programa|temas?|"
    r"пункт\w*(?:\s+повестки\s+дня)?|البند)"
)
_ITEM_REF = re.compile(rf"(?<!\w){_ITEM_WORD}\s*(\d{{1,2}})\s*(?:\(\s*([a-z])\s*\))?(?![\w/])", re.IGNORECASE)
_ITEM_BARE = re.compile(r"(?<![\w/.(])(\d{1,2})\s*\(([a-z])\)")


def find_agenda_items(text: str, ctx: Context) -> list[Hit]:
    """``agenda item 4 (b)``, ``议程项目4(b)``; in an agenda's timetable also a bare ``4(b)``."""
    if not ctx.session:
        return []
    found = list(_ITEM_REF.finditer(text)) + (list(_ITEM_BARE.finditer(text)) if ctx.agenda else [])
    return [
        Hit("AgendaItem", f"{ctx.session}/agenda/{m.group(1)}{m.group(2) or ''}", m.start(), m.end()) for m in found
    ]


# -- dates --------------------------------------------------------------------------------------

_MONTHS: list[tuple[str, int]] = []
for _n, _names in enumerate(
    [
        "january|jan|janvier|enero|январ[ьяе]|يناير|كانون الثاني",
        "february|feb|février|fevrier|febrero|феврал[ьяе]|فبراير|شباط",
        "march|mar|mars|marzo|март[ае]?|مارس|آذار",
        "april|apr|avril|abril|апрел[ьяе]|أبريل|نيسان",
        "may|mai|mayo|ма[йяе]|مايو|أيار",
        "june|jun|juin|junio|июн[ьяе]|يونيه|يونيو|حزيران",
        "july|jul|juillet|julio|июл[ьяе]|يوليه|يوليو|تموز",
        "august|aug|août|aout|agosto|август[ае]?|أغسطس|آب",
        "september|sept|sep|septembre|septiembre|setiembre|сентябр[ьяе]|سبتمبر|أيلول",
        "october|oct|octobre|octubre|октябр[ьяе]|أكتوبر|تشرين الأول",
        "november|nov|novembre|noviembre|ноябр[ьяе]|نوفمبر|تشرين الثاني",
        "december|dec|décembre|decembre|diciembre|декабр[ьяе]|ديسمبر|كانون الأول",
    ],
    start=1,
):
    _MONTHS.extend((name, _n) for name in _names.split("|"))
_MONTH_RX = {name: re.compile(rf"^{name}\.?$", re.IGNORECASE) for name, _ in _MONTHS}
_MONTH_ALT = "|".join(sorted((name for name, _ in _MONTHS), key=len, reverse=True))
_MONTH = rf"(?:(?:{_MONTH_ALT})/)?(?:{_MONTH_ALT})\.?"
_DAY_SEP = r"(?:and|to|et|au|y|al|a|и|по|و|إلى|-|–|—)"
_DATE_DMY = re.compile(
    rf"(?<![\w/])(\d{{1,2}})(?:er)?(?:\s*{_DAY_SEP}\s*(\d{{1,2}}))?\s+(?:de\s+)?({_MONTH})(?!\w)\s+(?:de\s+)?(\d{{4}})",
    re.IGNORECASE,
)
_DATE_MY = re.compile(rf"(?<![\w/])({_MONTH})(?!\w)\s+(?:de\s+|of\s+)?(\d{{4}})", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")  #: in every Latin-script date
_DATE_ZH = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?"
    r"(?:\s*(?:和|至|到|-|–|—)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?"
)


def _month(name: str) -> int | None:
    name = name.split("/")[-1]
    for month_name, number in _MONTHS:
        if _MONTH_RX[month_name].match(name):
            return number
    return None


def _iso(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def find_dates(text: str, starts: Sequence[int] = (0,)) -> list[DateHit]:
    """Printed dates and day ranges, as ISO strings (``YYYY-MM`` when no day is printed)."""
    hits: list[DateHit] = []
    for m in _DATE_ZH.finditer(text):
        year, month = int(m.group(1)), int(m.group(2))
        day = int(m.group(3)) if m.group(3) else None
        last_month = int(m.group(4)) if m.group(4) else month
        last_day = int(m.group(5)) if m.group(5) else day
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
_MEETING_CONTEXT = re.compile(
    r"meeting|session|réunion|reuni[oó]n|per[ií]odo de sesiones|совещани|сесси|اجتماع|الدورة|会议",
    re.IGNORECASE,
)


def find_dated_meetings(
    text: str, dates: list[DateHit], explicit: list[Hit], ctx: Context, starts: Sequence[int] = (0,)
) -> list[Hit]:
    """A meeting named only by its dates ("the meeting held in Vienna on 6 and 7 June 2018")."""
    hits: list[Hit] = []
    for d in dates:
        if len(d.first) < 10:
            continue
        lo, hi = _block(starts, d.start, len(text))
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, lo, d.start)), default=lo)
        end = _SENTENCE_END.search(text, d.end, hi)
        sentence_end = end.start() if end else hi
        sentence = text[sentence_start:sentence_end]
        if not _MEETING_CONTEXT.search(sentence):
            continue
        if any(sentence_start <= h.start < sentence_end for h in explicit):
            continue
        session = ctx.session_by_date(d.first, d.last, None)
        if session:
            hits.append(Hit("Session", session, d.start, d.end))
    return hits


def find_all(
    text: str, ctx: Context, starts: Sequence[int] = (0,), dates: list[DateHit] | None = None
) -> tuple[list[Hit], list[DateHit]]:
    """Every pattern hit in ``text`` and the dates (dates are not mentions, but feed the document).

    ``starts``: where each block of a document view begins; ``dates``: :func:`find_dates` of
    ``text`` when the caller has it already.
    """
    symbols = find_symbols(text, ctx)
    hits = (
        symbols
        + find_resolutions(text, starts)
        + find_articles(text)
        + find_chapters(text)
        + find_agenda_items(text, ctx)
    )
    sessions = find_sessions(text, ctx, starts) + find_session_anaphora(text, ctx, starts)
    dates = find_dates(text) if dates is None else dates
    hits += sessions + find_dated_meetings(text, dates, sessions, ctx, starts)
    # a resolution number inside a symbol (A/RES/58/4) is the symbol's, not a second mention
    inside = [(h.start, h.end) for h in symbols]
    if inside:
        own = set(symbols)
        covered = Spans(inside)
        hits = [h for h in hits if h in own or not covered.overlaps(h.start, h.start + 1)]
    return hits, dates
