"""Events named by description: a series with an ordinal, or a place with a date.

Texts rarely print an event's title. They say ``the second Arab Forum on Asset Recovery``,
``الدورة الثانية للمنتدى العربي``, ``第二届阿拉伯资产追回论坛``, ``AFAR II``, or ``the meeting held
in Pretoria on 23-24 March 2009``. The reference data gives each event its series (an initiative
or organization, ``PART_OF``), its ``ordinal`` in that series, its place and its dates, so two
general rules find them among the linker's hits:

1. **Series + ordinal**: a mention of a series with an ordinal word just before it (``deuxième
   édition du Forum arabe``, ``第二届``, ``второй``, ``الثانية``) or a Roman/arabic number or
   ordinal just after it (``AFAR II``, ``the Arab Forum's second meeting``) is that event.
2. **Place + date**: a place where events were held, with the event's year and month printed
   nearby (or its year and a meeting word, or its own days without a year: ``Mérida (Mexique)
   9-11 décembre``), is that event when exactly one event fits. A place
   named near a mention of a series is the series' event there when there is only one (and the
   text prints its year, or no year at all). Days
   printed near the place that fall within a session held there (a Conference session, a
   Working Group meeting) and not within the event's days are that session's: the fourth
   session "held in Marrakech, Morocco, from 24 to 28 October 2011" is not the IAACA
   conference held there two days before, and sessions are Sessions, never Events.
   A place holds one conference to sign a convention: a sentence that speaks of a gathering
   there and of signing (``una Conferencia … en Mérida para la firma de la Convención``) names it,
   dated or not.

3. **A described meeting**: the reference data cannot list every plenary of every network. A
   sentence that names a network, organization or initiative, a gathering (a meeting, plenary,
   general assembly, conference, workshop, round table, colloquium, AGM…, or the host that met: ``réuni``,
   ``reunidos``; not one held regularly), a place, and a month and year near the place (in a list, the date after
   it), describes that meeting: its id is made as identifiers.md makes every event's
   (``event/{place}-{yyyy}-{mm}``: ``la 6e assemblée générale annuelle de l'ARINWA, les 27 et 28
   novembre 2019 à Ouagadougou`` → ``event/ouagadougou-2019-11``). A sentence that names no host
   describes one only by the gathering's days printed beside its place on one line (``du 9 au 12
   octobre 2019 à Kigali``), away from the Convention's name. Not when the sentence names a
   body whose sessions are Sessions, nor on a session's days (unless a network's, elsewhere) or at a place and month
   a session was held, nor from a dateline (a place or date opening its line) or a page's own date (``Mis à jour
   le …``), nor from an act's date a gathering preceded (``créé en septembre 2004, à la suite d'une
   conférence``). A month the item dates by its own date counts (``en septembre dernier``, ``next
   October``, ``去年10月``: :func:`arkg.ingest.patterns.find_relative_months`).
4. **A meeting at the dateline**: a news item that finds no event otherwise and opens with its place and a dash
   (``Dakar (Sénégal), le 23 novembre 2022 –``) reports a meeting there when a later sentence speaks of a
   gathering a host holds this week or on days the item's date dates, and of no other place
   (``… se réunissent cette semaine au Sénégal … lors d'une réunion de cinq jours``), or, after such a sentence, one
   that speaks of the gathering again with its days (``During the three-day (14 – 16 May) meeting``). A dateline that
   prints a range of days prints the meeting's (``Victoria Falls, Zimbabwe – 2 au 4 décembre 2025``): the State of a
   delegation its lede names is then no other venue.

The event hit covers the ordinal (rule 1) or the place name (rules 2 and 3); the series and place
keep their own hits, since the text names them too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from arkg.graph import ids
from arkg.ingest.layout import BLOCK_SEP, line_start
from arkg.ingest.numerals import ORDINAL_WORD, to_int
from arkg.ingest.patterns import find_dates, find_day_months, find_relative_months, weekday_of
from arkg.ingest.scan import keyed

if TYPE_CHECKING:  # the linker calls this module: a run-time import would be circular
    from arkg.ingest.linker import LinkHit

#: How far (characters) an ordinal may stand before / after its series name.
BEFORE, AFTER = 45, 30
#: How far a date, a meeting word or a series mention may be from a place name.
NEAR = 150
_ORDINAL = re.compile(
    rf"(?<!\w)(?:{ORDINAL_WORD}|inaugura(?:l|le|les|ux))(?!\w)|第[一二三四五六七八九十\d]+[届屆次]|首[届屆]", re.I
)
_TRAILING_NUMBER = re.compile(r"^[\s-]*(?:(?P<roman>[IVX]{1,5})|(?P<digit>\d{1,2}))(?![\w/])")
_STOP = re.compile(r"[.;。；!?]")
#: ... and a clause's end: an ordinal before it numbers another phrase than the series named after it.
_CLAUSE_STOP = re.compile(r"[.;。；!?,，、]")
#: An ordinal that is a family's name: آل ثاني (Al Thani, Qatar's ruling family), not "second".
_FAMILY_NAME = re.compile(r"(?<!\w)آل\s+$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MEETING = keyed(re.compile(
    r"meeting|conference|forum|seminar|summit|réunion|conférence|séminaire|reuni(?:ón|ones)|conferencia|foro|seminario|"
    r"cumbre|встреч|конференц|форум|семинар|совещани|саммит|اجتماع|مؤتمر|منتد[ىي]|ندو[ةا]|قمة|(?<![届屆])会议|论坛|研讨会|峰会",
    re.I,
))


#: Words of a gathering a described event is (rule 3): the meeting words and a network's own kinds.
_GATHERING = keyed(re.compile(
    rf"{_MEETING.pattern}|plenary|general assembly|workshop|congress|plénière|assemblée générale|atelier|congrès|"
    r"plenari|congreso|конгресс|"
    r"asamblea|taller|пленар|собрани|заседани|ورش(?:ة|\s+عمل)|الاجتماع العام|全会|年会|全体会议|c[oó]nclave|"
    r"(?<!\w)(?:assembly|assemblée)(?!\w)|"
    r"(?<!\w)events?(?!\w)|événement|evento|мероприяти|فعالية|活动|"
    r"(?<!\w)(?-i:AGMs?)(?!\w)|colloqu|coloquio|symposi|simposio|симпозиум|коллоквиум|"
    r"round[\s-]?table|table[\s-]ronde|mesa\s+redonda|кругл\w+\s+стол|圆桌|圓桌|座谈会|座談會|"
    # a host that met (réuni à Accra du 1er au 4 octobre 2024, le Réseau …; reunidos en Lima; convened in Vienna)
    r"(?<!\w)(?:réuni(?:e|s|es)?|reunid[oa]s?|convened)(?!\w)",
    re.I,
))
#: Gatherings that are no event of the field: a press conference, a government's cabinet meeting (a photo's caption:
#: «arrives for a cabinet meeting at 10 Downing Street in London March 18, 2014»), gatherings held again and again, by
#: the words before or after the gathering's word.
_NO_EVENT_BEFORE = re.compile(r"(?:press|cabinet|пресс-)\s*$", re.IGNORECASE)
_NO_EVENT_AFTER = re.compile(r"\s*(?:de\s+presse|de\s+prensa|صحفي)|"
                             # gatherings held again and again, no one event (se sont réunis régulièrement à Dakar)
                             r"\s+(?:régulièrement|regularmente|periódicamente|périodiquement|regularly|periodically)",
                             re.IGNORECASE)


def _an_event_gathering(text: str, m: re.Match[str]) -> bool:
    """The gathering word ``m`` names a gathering that may be an event: no press conference or cabinet meeting
    (:data:`_NO_EVENT_BEFORE`, :data:`_NO_EVENT_AFTER`)."""
    before = _NO_EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return not (before or _NO_EVENT_AFTER.match(text, m.end()))


#: A gathering the dated act followed (``créé en septembre 2004, à la suite d'une conférence … à Dublin``,
#: ``established in 2004 following a conference in Dublin``): the date is the act's, not the gathering's.
_FOLLOWED = re.compile(
    r"(?:à\s+la\s+suite\s+d['’e]|suite\s+à|following|in\s+the\s+wake\s+of|tras|a\s+ra[ií]z\s+de|"
    r"после|по\s+итогам|إثر|عقب|بعد)\s*(?:(?:une?|la|le|l['’]|a|an|the|una?|el)\s*)?"
    rf"(?:\w+\s+){{0,2}}(?:{_GATHERING.pattern})",
    re.I,
)
#: The same right after an act's date (``créé en septembre 2004, à la suite d'une conférence``).
_AN_ACT_FOLLOWED = re.compile(rf"[\s,]*{_FOLLOWED.pattern}", re.IGNORECASE)
#: Who holds a described event: the hit's label.
_HOSTS = frozenset({"Network", "Organization", "Initiative"})
#: Whose numbered meetings are Sessions, never Events.
_SESSION_HOLDERS = frozenset({"Body"})


@dataclass(frozen=True, slots=True)
class _Event:
    id: str
    series: str | None
    ordinal: int | None
    place: str | None
    year: int
    month: int
    first: str
    last: str
    names: str = ""  #: its names in every language, case-folded: what kind of gathering it is
    signing: bool = False  #: its names say it was held to sign an instrument (:data:`_SIGNING`)


#: Kinds of gathering a series holds besides its numbered conferences or forums (its fifth *seminar*,
#: ``第五届研讨会``, is not its fifth conference): an ordinal before one of these words is that kind's.
_MINOR_KIND = re.compile(
    r"\s*(?:研讨会|研讨班|培训班|讲习班|seminar|workshop|training|séminaire|atelier|seminario|taller|семинар|тренинг|"
    r"ندوة|ورشة)",
    re.IGNORECASE,
)


def _other_kind(text: str, ends: tuple[int, int], event: _Event) -> bool:
    """A kind of gathering (:data:`_MINOR_KIND`) follows the ordinal or the series' name (``ends``), and
    the event's names do not hold it."""
    kind = next((m for end in ends if (m := _MINOR_KIND.match(text, end))), None)
    return kind is not None and kind.group().strip().casefold() not in event.names


@cache
def _events() -> tuple[_Event, ...]:
    from arkg.ingest.authority import authority

    a = authority()
    targets: dict[tuple[str, str], str] = {}
    for e in a.batch.edges:
        if e.source.startswith("event/") and e.type in ("PART_OF", "HELD_IN"):
            targets[(e.source, e.type)] = e.target
    out = []
    for node in a.batch.nodes:
        if node.label != "Event" or "start_date" not in node.props:
            continue
        year, month = (int(x) for x in str(node.props["start_date"]).split("-")[:2])
        start = str(node.props["start_date"])
        names = " ".join(str(v) for k, v in node.props.items() if k.startswith("name") or k == "aliases").casefold()
        out.append(_Event(node.id, targets.get((node.id, "PART_OF")), node.props.get("ordinal"),
                          targets.get((node.id, "HELD_IN")), year, month,
                          start, str(node.props.get("end_date") or start), names, bool(_SIGNING.search(names))))
    return tuple(out)


@cache
def _event_places() -> dict[str, str | None]:
    """Each event's venue, by the event's id."""
    return {e.id: e.place for e in _events()}


@cache
def _session_days() -> dict[str, tuple[tuple[str, str], ...]]:
    """Per place, the (first, last) days of the sessions the reference data says were held there, their
    resumed parts' included (filed under the session's venue: the data gives a resumed part's days,
    not its city)."""
    from arkg.ingest.authority import authority, meeting_days

    a = authority()
    venue = a.targets("HELD_IN")
    days: dict[str, list[tuple[str, str]]] = {}
    for node in a.batch.nodes:
        if node.label == "Session" and node.id in venue:
            days.setdefault(venue[node.id], []).extend(meeting_days(node))
    return {place: tuple(spans) for place, spans in days.items()}


def _ordinal_value(token: str) -> int | None:
    token = token.strip()
    if token.lower().startswith("inaugura") or token in ("首届", "首屆"):
        return 1
    if token.startswith("第") and token.endswith(("届", "屆", "次")):
        return to_int(token[1:-1])
    return to_int(token)


def _placed_elsewhere(text: str, hit: LinkHit, event: _Event, near: _Starting) -> bool:
    """The sentence of a series' ordinal names places, none in the event's venue's State: the text speaks of another
    gathering than the one the reference data numbers so (``国际反贪局联合会第七次年会今年9月将在北京召开`` is no
    meeting in Panama City; the fourth Arab Forum announced for Tunis met in Hammamet)."""
    from arkg.ingest.authority import authority

    lo, hi = _sentence(text, hit.start, hit.end)
    places = {h.id for h in near.within(lo, hi) if h.label == "Place" and h.id}
    state = authority().targets("LOCATED_IN")
    return bool(places) and state.get(event.place or "") not in {state.get(p) for p in places}


def _another_state_s_place(hit: LinkHit, event: _Event, near: _Starting) -> bool:
    """Near the place (where the series and the gathering's word were looked for) stands a place in another State
    than the event's venue, and no venue of the series' other events: the gathering may be there (the series'
    meeting «在卡塔爾首都多哈舉行», its president staying in Hong Kong)."""
    from arkg.ingest.authority import authority

    state = authority().targets("LOCATED_IN")
    venue_state = state.get(event.place or "")
    siblings = {e.place for e in _events() if e.series == event.series}
    return any(h.label == "Place" and h.id and h.id not in siblings and state.get(h.id) != venue_state
               for h in near.within(hit.start - NEAR, hit.end + NEAR))


#: How far after an ordinal the gathering it numbers may be named (``第七屆國際會議``, ``seventh annual conference``).
_NUMBERED_REACH = 25


def _numbered_otherwise(text: str, event: _Event, places: set[str]) -> bool:
    """The text numbers a gathering by an ordinal that is neither the event's in its series, nor one its names hold,
    nor that of another known event of the series at a place the text names (``places``): ``廉政公署第七屆國際會議``
    is not the eighth symposium, the series' eleventh conference; the Arab Forum's ``أول اجتماعاته`` in Doha is its
    first, another event than the second."""
    known = {e.ordinal for e in _events() if e.series == event.series and e.place in places}
    own = {event.ordinal} | known | {_ordinal_value(m.group()) for m in _ORDINAL.finditer(event.names)}
    return any((value := _ordinal_value(m.group())) and value not in own
               and not _FAMILY_NAME.search(text, max(0, m.start() - 5), m.start())
               and _GATHERING.search(text, m.end(), m.end() + _NUMBERED_REACH) for m in _ORDINAL.finditer(text))


def _ordinal_near(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(value, start, end) of an ordinal just before the series name, or a number/ordinal just after it."""
    lo = max(0, start - BEFORE)
    before = text[lo:start]
    # (an ordinal before a comma numbers another phrase: «廉政公署第七屆國際會議結束後,與會者出席由…聯合會合辦的…»)
    cut = max((m.end() for m in _CLAUSE_STOP.finditer(before)), default=0)
    found = [m for m in _ORDINAL.finditer(before, cut)
             if _ordinal_value(m.group()) and not _FAMILY_NAME.search(before, 0, m.start())]
    if found:
        m = found[-1]
        return _ordinal_value(m.group()) or 0, lo + m.start(), lo + m.end()
    after = text[end : end + AFTER]
    number = _TRAILING_NUMBER.match(after)
    if number and number.lastgroup:
        value = to_int(number.group("roman") or number.group("digit"))
        if value:
            return value, end + number.start(number.lastgroup), end + number.end()
    stop = _STOP.search(after)
    later = _ORDINAL.search(after[: stop.start() if stop else len(after)])
    if later and _ordinal_value(later.group()):
        return _ordinal_value(later.group()) or 0, end + later.start(), end + later.end()
    return None


#: How far into a text its dateline (the date a news item was issued) may stand.
DATELINE = 400


def _dateline(text: str) -> tuple[int, int] | None:
    """(year, month) of the first full date in the text's opening: a news item's own date, not one the item
    counts from (``自2006年2月开始``, ``since February 2006``)."""
    first = next((d for d in find_dates(text[:DATELINE])
                  if len(d.first) >= 7 and not _SINCE.search(text, max(0, d.start - 8), d.start)), None)
    iso = next((m for m in _ISO_DATE.finditer(text, 0, DATELINE)
                if not _PAGE_DATE.search(text, max(0, m.start() - 30), m.start())), None)
    if iso and (first is None or iso.start() < first.start):  # a news item's date: ``2013-06-25 07:32 来源``
        return int(iso.group(1)), int(iso.group(2))
    return (int(first.first[:4]), int(first.first[5:7])) if first else None


#: A word that makes the date after it a starting point (since, from), not the day the text was written.
_SINCE = re.compile(r"(?:自|从|從|since|depuis|desde|منذ)\s*$", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])")


#: How many months from a dateline's an undated day may lie and still take the year nearest it.
_NEAR_MONTHS = 2


def _undated(text: str, lo: int, hi: int, dateline: tuple[int, int] | None) -> list[tuple[int, str, str]]:
    """(offset, first day, last day) of the days printed in ``text[lo:hi]`` without a year, in the year that
    puts them nearest the dateline, within :data:`_NEAR_MONTHS` of its month: ``10 décembre 2010 … qui se
    tiendra à Vienne les 14 et 15 décembre``; ``VIENNA, 30 August 2012 – … a seminar in Vienna from 3 to 5
    September``; a January meeting in a December item's next year. A day further off may be of either year."""
    if dateline is None:
        return []
    year, month = dateline
    days: list[tuple[int, int, int, int]] = []  # (offset, months from the dateline's, first, last)
    for d in find_day_months(text, lo, hi):
        delta = (d.month - month + 6) % 12 - 6
        if abs(delta) <= _NEAR_MONTHS:
            days.append((d.start, delta, d.first, d.last))
    # Chinese news gives the day alone in the month of its dispatch line («本报三亚11月30日电 … 30日在海南省三亚市开幕»
    # in an item dated 2016-12-01), else of its dateline («24日在济南闭幕»)
    dispatches = [(m.end(), to_int(m.group(1)) or 0) for m in _ZH_DISPATCH.finditer(text, 0, hi)]
    for bare in _ZH_BARE_DAY.finditer(text, lo, hi):
        if day := to_int(bare.group(1)) or 0:
            sent = [dispatched for end, dispatched in dispatches if end <= bare.start()]
            delta = (sent[-1] - month + 6) % 12 - 6 if sent and 1 <= sent[-1] <= 12 else 0
            days.append((bare.start(), delta, day, day))
    out = []
    for at, delta, first, last in days:
        y, m = divmod(year * 12 + month - 1 + delta, 12)
        if 1 <= first <= last <= 31:
            out.append((at, f"{y:04d}-{m + 1:02d}-{first:02d}", f"{y:04d}-{m + 1:02d}-{last:02d}"))
    return out


#: How far into a text the date that "this year" or "last September" counts from may stand: the item's own
#: date heads it.
_HEAD = 150


def _relative(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """(offset, month, month) of the months printed in ``text[lo:hi]`` that the text's head date dates
    (``今年11月``, ``en septembre dernier``, ``в сентябре прошлого года``: :func:`find_relative_months`)."""
    found = find_relative_months(text, lo, hi)
    if not found or (dateline := _dateline(text[:_HEAD])) is None:
        return []
    return [(r.start, month, month) for r in found if (month := r.dated(*dateline))]


#: "Yesterday", which a news item dates by its own day (``انطلقت أمس في مقر وزارة العدل بأبوظبي فعاليات مؤتمر``):
#: Latin and Cyrillic words whole, Arabic after a conjunction or not, Chinese anywhere. ("Today" is left out: a report's
#: "Today, corruption …" under its date says nothing of a day.)
_YESTERDAY = keyed(re.compile(
    r"(?<!\w)(?:yesterday|hier|ayer|вчера)(?!\w)|(?<![\u0621-\u064a])[وف]?(?:ال)?أمس(?![\u0621-\u064a])|昨天|昨日",
    re.IGNORECASE))


def _yesterday(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """(offset, day, day) of each "yesterday" in ``text[lo:hi]``: the day before the full date heading the text."""
    if not (found := _YESTERDAY.search(text, lo, hi)):
        return []
    head = next((d for d in find_dates(text[:_HEAD]) if len(d.first) == 10), None)
    if head is None:
        return []
    day = date.fromisoformat(head.first) - timedelta(days=1)
    return [(m.start(), day.isoformat(), day.isoformat()) for m in _YESTERDAY.finditer(text, found.start(), hi)]


#: A Chinese news item's dispatch line, its month and day (``本报三亚11月30日电``, ``新华社北京11月8日电``).
_ZH_DISPATCH = re.compile(
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電|讯|訊)")
#: A day printed alone (``24日``, not ``6月24日``, ``2013年6月24日`` nor a range's end ``23日至24日``'s second).
_ZH_BARE_DAY = re.compile(
    r"(?<![\d月至到一二三四五六七八九十—–-])(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)


def _dates_near(
    text: str, start: int, end: int, dateline: tuple[int, int] | None = None
) -> tuple[set[tuple[int, int]], set[int], list[tuple[str, str]]]:
    """The (year, month) pairs, the years and the day ranges printed near ``start:end``."""
    lo, hi = max(0, start - NEAR), min(len(text), end + NEAR)
    window = text[lo:hi]
    undated = _undated(text, lo, hi, dateline)
    months: set[tuple[int, int]] = {(int(first[:4]), int(first[5:7])) for _, first, _ in undated}
    months |= {(int(first[:4]), int(first[5:7])) for _, first, _ in _relative(text, lo, hi)}
    days: list[tuple[str, str]] = [(first, last) for _, first, last in undated]
    for d in find_dates(window):
        for iso in (d.first, d.last):
            y, m = (int(x) for x in iso.split("-")[:2])
            months.add((y, m))
        if d.first.count("-") == 2 and d.last.count("-") == 2:
            days.append((d.first, d.last))
    return months, {int(y) for y in _YEAR.findall(window)}, days


#: Chinese joins a date to a place with its State between (``2015年1月20日在英國倫敦``).
_INTO_STATES_PLACE = re.compile(r"\s*[在于於]\s*[\u4e00-\u9fff]{1,5}")
#: How far before a place a date joined to it may start (``2015年1月20日在英國倫敦``, ``on 20 January 2015 in London``).
_JOINED_REACH = 40


def _joined_month(text: str, place: LinkHit) -> set[tuple[int, int]]:
    """The month of a date joined to the place by a preposition right before it (``汪傳浦並於2015年1月20日在英國倫敦
    病逝``): what happened there happened then, whatever other months the sentence prints (``2014年4月`` before)."""
    lo = max(0, place.start - _JOINED_REACH)
    return {(int(d.first[:4]), int(d.first[5:7])) for d in find_dates(text[lo:place.start])
            if len(d.first) == len("YYYY-MM-DD") and (_INTO_PLACE.fullmatch(text, lo + d.end, place.start)
                                                      or _INTO_STATES_PLACE.fullmatch(text, lo + d.end, place.start))}


def _a_session_there(place: str, days: list[tuple[str, str]], event: _Event) -> bool:
    """Some printed days fall within a session held at ``place`` and not within ``event``'s days."""
    sessions = _session_days().get(place, ())
    return any(
        s <= first and last <= e and (last < event.first or first > event.last)
        for first, last in days for s, e in sessions
    )


def _a_named_session_that_month(text: str, place: LinkHit, event: _Event, near: _Starting) -> bool:
    """The place's sentence names a session or a body that holds them, and one was held at the place in the
    event's month: «En octobre 2011, Marrakech avait accueilli la quatrième session de la Conférence», not the
    IAACA conference held there that month."""
    lo, hi = _sentence(text, place.start, place.end)
    if not any(h.label == "Session" or h.label in _SESSION_HOLDERS for h in near.within(lo, hi)):
        return False
    month = f"{event.year:04d}-{event.month:02d}"
    return any(s[:7] <= month <= e[:7] for s, e in _session_days().get(place.id or "", ()))


def _a_session_that_year(place: str, year: int) -> bool:
    """A session was held at ``place`` in ``year``: a year and a meeting word there may be the session's
    (the Conference "held in Marrakesh (2011)", not IAACA's conference there that October)."""
    return any(first[:4] == f"{year:04d}" for first, _ in _session_days().get(place, ()))


def _its_days(text: str, place: LinkHit, event: _Event, years: set[int], printed: set[int]) -> bool:
    """The event's own days are printed near its place without a year (``Mérida (Mexique) 9-11
    décembre``, ``同年12月9日至11日``), and no year printed near it is another one, nor any in the text unless
    the days printed are all of the event's, first to last (``del 9 al 11 de diciembre en la Ciudad de Mérida`` in a
    text that dates something else 2001)."""
    if (years and event.year not in years) or _opens_line(text, place.start):
        return False  # another year, or a dateline's place and date («中評社北京9月24日電»)
    lo, hi = max(0, place.start - NEAR), min(len(text), place.end + NEAR)
    days = [d for d in find_day_months(text, lo, hi) if d.month == event.month]
    spans = [(f"{event.year:04d}-{d.month:02d}-{d.first:02d}", f"{event.year:04d}-{d.month:02d}-{d.last:02d}")
             for d in days]
    if any((first, last) == (event.first, event.last) and first < last for first, last in spans):
        return True
    if any(d.weekday is not None and d.weekday == weekday_of(event.year, d.month, d.first)
           and event.first <= first <= event.last for d, (first, _) in zip(days, spans, strict=True)):
        return True  # the day of the week printed with the day fits the event's year («ce mardi 11 septembre à
        # Doha»: 11 September 2012 was a Tuesday), whatever other years the text prints
    return not (printed and event.year not in printed) and any(
        event.first <= first and last <= event.last for first, last in spans)


def find_events(text: str, hits: list[LinkHit]) -> list[LinkHit]:
    """Event hits (``LinkHit``) that the rules above find among ``hits``; the hits are not changed."""
    from arkg.ingest.linker import LinkHit

    events = _events()
    series_ids = {e.series for e in events if e.series}
    place_ids = {e.place for e in events if e.place}
    found: dict[tuple[int, int, str], LinkHit] = {}

    named = [(h.start, h.end, h.id) for h in hits if h.label == "Event"]
    near = _Starting(hits)
    printed = {int(y) for y in _YEAR.findall(text)}
    dateline = _dateline(text)
    named_places = {h.id for h in hits if h.label == "Place" and h.id}

    def add(start: int, end: int, event_id: str) -> None:
        if any(i == event_id and s - NEAR <= start <= e + NEAR for s, e, i in named):
            return  # the text names the event itself close by: one mention is enough
        found.setdefault((start, end, event_id), LinkHit(start, end, "Event", event_id, (event_id,)))

    for hit in hits:
        if hit.id in series_ids:
            ordinal = _ordinal_near(text, hit.start, hit.end)
            if ordinal:
                match = [e for e in events if e.series == hit.id and e.ordinal == ordinal[0]]
                if len(match) == 1 and not _other_kind(text, (ordinal[2], hit.end), match[0]) and not _placed_elsewhere(
                        text, hit, match[0], near):
                    add(ordinal[1], ordinal[2], match[0].id)
        if hit.id in place_ids:
            at = [e for e in events if e.place == hit.id]
            months, years, days = _dates_near(text, hit.start, hit.end, dateline)
            months = _joined_month(text, hit) or months
            window = text[max(0, hit.start - NEAR) : hit.end + NEAR]
            dated = [e for e in at if (e.year, e.month) in months and not _a_session_there(hit.id, days, e)
                     and not _a_named_session_that_month(text, hit, e, near)]
            if not dated:
                dated = [e for e in at if _its_days(text, hit, e, years, printed)]
            if not dated and _MEETING.search(window):
                # (a year alone dates a meeting at the place in its own sentence, not in the next one: «… held in
                # Panama City, Panama.\nDuring 2016, ICAR will …»)
                lo, hi = _sentence(text, hit.start, hit.end)
                own = years & {int(y) for y in _YEAR.findall(text, lo, hi)}
                dated = [e for e in at if e.year in own and not any(y == e.year for y, _ in months)]
                if any(_a_session_that_year(hit.id, e.year) for e in dated):
                    dated = []
            series_near = {h.id for h in near.within(hit.start - NEAR, hit.start + NEAR + 1) if h.id in series_ids}
            # (not when the text prints years and none is the event's: another meeting there)
            # (and where a gathering is spoken of: not the series' office held by someone there)
            in_series = [e for e in at if e.series in series_near and (not printed or e.year in printed)
                         and _MEETING.search(window) and not _numbered_otherwise(text, e, named_places)
                         and not _another_state_s_place(hit, e, near)
                         and not _FROM_PLACE.search(text, max(0, hit.start - 15), hit.start)]
            match = dated if len(dated) == 1 else (in_series if len(in_series) == 1 and not dated else [])
            if not match and not dated:
                match = _signing_there(text, hit, at)
            if len(match) == 1:
                add(hit.start, hit.end, match[0].id)
    known = {(s, e) for s, e, _ in found} | _wider_places(text, hits)
    venue = _event_places()
    by_sentence: dict[tuple[int, int], list[tuple[LinkHit, str]]] = {}
    for hit in hits:
        # (nor a place where an event the text names close by was held: that event is the meeting there)
        if hit.label == "Place" and hit.id and (hit.start, hit.end) not in known and not any(
                venue.get(i or "") == hit.id and s - NEAR <= hit.start <= e + NEAR for s, e, i in named):
            described = _described(text, hit, near, dateline)
            if described:
                by_sentence.setdefault(_sentence(text, hit.start, hit.end), []).append((hit, described))
    for meetings in by_sentence.values():
        for hit, event_id in _venues(text, meetings):
            add(hit.start, hit.end, event_id)
    if not found and (met := _met_at_the_dateline(text, hits, near, dateline)):
        add(*met)
    return sorted(found.values(), key=lambda h: (h.start, h.end))


#: Words of signing an instrument (a signing conference's names hold one in each language).
_SIGNING = re.compile(
    r"(?<!\w)sign(?:ing|ature|ed)?(?!\w)|signature|firma(?!s? de abogados)|подписан|توقيع|签署|签字|簽署|簽字",
    re.IGNORECASE)


def _signing_there(text: str, place: LinkHit, at: list[_Event]) -> list[_Event]:
    """The conference held at ``place`` to sign a convention, where the sentence speaks of a gathering and of
    signing (``una Conferencia Política de Alto Nivel en Mérida para la firma de la Convención``,
    ``Конференции, посвященной подписанию документа, … в Мериде``): a place holds one such conference, so no
    date need be printed (rule 2)."""
    signing = [e for e in at if e.signing]
    if len(signing) != 1:
        return []
    lo, hi = _sentence(text, place.start, place.end)
    return signing if _SIGNING.search(text, lo, hi) and _MEETING.search(text, lo, hi) else []


#: Where delegates came from, not where they met (``来自中国大陆以及香港、澳门的141名代表``, ``delegates from Hong
#: Kong``).
_FROM_PLACE = re.compile(r"(?:来自|來自)[^，。,；;]{0,12}$|(?<!\w)(?:from|venus\s+de|venidos\s+de|из)\s+$",
                         re.IGNORECASE)
#: A preposition that puts a gathering at the place after it (``à Vienne``, ``in Vienna``, ``في فيينا``,
#: ``بفيينا``, ``在维也纳``), where another place of the sentence only qualifies a name (``du ROLACC de Genève``).
_AT_PLACE = re.compile(r"(?:(?<!\w)(?:in|at|à|au|en|a|в|во|на|في)\s+|(?<!\w)[وف]?ب|[在于])$", re.IGNORECASE)


#: A conjunction that joins a place to the one before it: the preposition before that one puts both (``in Sharm el
#: Sheikh in June 2013 and London in September 2013``).
_AND_PLACE = re.compile(r"(?:(?<!\w)(?:and|et|y|e|и)\s+|(?<!\w)و|[和及与與、])$", re.IGNORECASE)


def _venues(text: str, described: list[tuple[LinkHit, str]]) -> list[tuple[LinkHit, str]]:
    """Of the meetings rule 3 reads at several places of one sentence, those at a place a preposition puts
    the gathering at (or a conjunction joins to such a place), if some are and some are not; else all."""
    at: list[tuple[LinkHit, str]] = []
    for hit, event_id in sorted(described, key=lambda d: d[0].start):
        if _AT_PLACE.search(text, max(0, hit.start - 6), hit.start) or (
                at and _AND_PLACE.search(text, max(0, hit.start - 6), hit.start)):
            at.append((hit, event_id))
    return at if at and len({event_id for _, event_id in described}) > 1 else described


#: What stands between a region and a city in an address: ``山东省济南市``, ``Jinan, Shandong``.
_ADDRESS_GAP = re.compile(r"[省州]?[\s,，、(（]{0,3}")


def _wider_places(text: str, hits: list[LinkHit]) -> set[tuple[int, int]]:
    """Spans of places that an address names around a narrower one: Chinese writes the region first
    (``山东省济南市``), the other languages last (``Jinan, Shandong``); the meeting is the city's."""
    places = sorted((h for h in hits if h.label == "Place" and h.id), key=lambda h: h.start)
    wider = set()
    for a, b in zip(places, places[1:], strict=False):
        if a.end <= b.start and _ADDRESS_GAP.fullmatch(text, a.end, b.start):
            outer = a if "\u4e00" <= text[a.start] <= "\u9fff" else b
            wider.add((outer.start, outer.end))
    return wider


#: How close a gathering's days stand to its place when the sentence names no host (``du 9 au 12 octobre
#: 2019 à Kigali``, ``26-27 марта 2024 года в Бишкеке``).
_BESIDE = 60
#: A venue named between the days and the city (``21 to 22 February, 2018 at Elilly International Hotel in Addis
#: Ababa``, ``au Centre international de conférences de Dakar``) lets them stand this much further apart.
_VENUE_BETWEEN = keyed(re.compile(
    r"hotel|hôtel|resort|centre|center|centro|palace|palais|palacio|отел|гостиниц|конгресс-холл|فندق|مركز|"
    r"酒店|饭店|飯店|宾馆|賓館|中心", re.IGNORECASE))
_VENUE_REACH = 40
#: How far a sentence of rule 3 reaches each way from its place.
SENTENCE = 300
#: A line's opening that makes a place or date after it a dateline's: nothing, or a date and
#: punctuation («2008年1月15日,维也纳(毒品和犯罪问题办公室)讯»), then perhaps a Chinese news agency's
#: name («新华社北京11月8日电», «中新社北京十月二十三日电»).
_DATELINE_OPENING = re.compile(r"[\W\d年月日]*(?:[\u4e00-\u9fff]{1,4}社)?")


#: What ends a sentence: a dot, but not one after a word of one or two letters, an abbreviation or an initial
#: (``в г. Пекине``, "in the city of Beijing"; ``В.А. Таркин``; ``St. Petersburg``).
_SENTENCE_END = re.compile(r"(?<!(?<!\w)\w)(?<!(?<!\w)\w\w)\.|[;。；!?]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``, at most :data:`SENTENCE` characters each way."""
    lo = max(0, start - SENTENCE)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE))
    return (stops[-1] if stops else lo), (after.start() if after else min(len(text), end + SENTENCE))


#: What joins a date to the place after it in one sentence: a preposition, after a comma or not (``… 2024
#: года в Бишкеке``, ``… 2019 à Kigali``, ``2006年4月,在维也纳举行``), not a dateline's comma or dash alone.
_INTO_PLACE = re.compile(r"\s*(?:года|г\.)?\s*[,，]?\s*(?:in|at|à|en|в|во|في|在|于)\s*", re.IGNORECASE)
#: A line opening with a gathering's days, a comma and its place (``7-8 July 2022, Vienna, Austria: …``): several days
#: are a meeting's, where one is a dateline's day of filing.
_DAYS_COMMA = re.compile(r"\s*,\s*")


def _opens_line(text: str, at: int) -> bool:
    """Only a date and punctuation stand before ``at`` on its line: a dateline's place or date."""
    line = line_start(text, at)
    return _DATELINE_OPENING.fullmatch(text, line, at) is not None


class _Starting:
    """The hits in order of their starts, so that each place's neighbourhood is a slice, not a scan
    of every hit of the text (a long document has thousands)."""

    def __init__(self, hits: list[LinkHit]) -> None:
        self.hits = sorted(hits, key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]

    def within(self, lo: int, hi: int) -> list[LinkHit]:
        """The hits starting in ``lo:hi``."""
        return self.hits[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


#: Words before a page's own date (``Mis à jour le : 03 décembre 2024``, ``Published on``, ``发布时间：``):
#: when the page was written or updated, not when a meeting was held.
_PAGE_DATE = re.compile(
    r"(?:mis\s+à\s+jour|publié|updated|published|posted|actualizado|publicado|обновлено|опубликовано|"
    r"آخر\s+تحديث|تاريخ\s+النشر|发布时间|更新时间|发布日期)\s*(?:le|on|el|:|：|\s)*$",
    re.IGNORECASE,
)


#: A word after a place that opens its line, not capitalised (a verb, not the rest of a title's name: «Bali
#: Conference to Strengthen Integrity»): the place is the subject of a sentence, not a dateline's.
_A_WORD_AFTER = re.compile(r"[ \t]+(?![A-ZÀ-ÞА-ЯЁ])[^\W\d_]")


def _described(text: str, place: LinkHit, near: _Starting, dateline: tuple[int, int] | None) -> str | None:
    """The id of the meeting rule 3 reads around ``place``, or None. The host may be named in the
    sentence before (``… hosts the network's first annual meeting. The meeting will be held in
    Jeddah on 8-9 October 2025``). Days without a year take the dateline's, in its month."""
    if _opens_line(text, place.start) and not _A_WORD_AFTER.match(text, place.end):
        return None  # a dateline: «NEW DELHI, India – …», «Vienna, 6 and 7 June 2018»; not the subject of a
        # sentence that opens its line («Ouagadougou abrite les 27 et 28 novembre 2019 une assemblée générale»)
    lo, hi = _sentence(text, place.start, place.end)
    before = _sentence(text, lo - 2, lo - 1)[0] if lo > 1 else lo
    hosted = any(h.label in _HOSTS for h in near.within(before, hi))
    if any(h.label in _SESSION_HOLDERS for h in near.within(lo, hi)) or not any(
            _an_event_gathering(text, m) for m in _GATHERING.finditer(text, lo, hi)):
        return None
    # (not a date an act's "following a conference" comes after: «créé en septembre 2004, à la suite d'une
    # conférence … à Dublin», the act's date, whichever place the sentence names)
    found = [d for d in find_dates(text[lo:hi]) if len(d.first) >= 7 and not _AN_ACT_FOLLOWED.match(text, lo + d.end)]
    # a date opening its line is a dateline's, unless the sentence goes on into the place («26-27 марта
    # 2024 года в Бишкеке состоялся семинар»)
    into = {lo + d.start for d in found if _INTO_PLACE.fullmatch(text, lo + d.end, place.start)
            or (d.first != d.last and _DAYS_COMMA.fullmatch(text, lo + d.end, place.start))}
    dates = [(lo + d.start, d.first, d.last) for d in found]
    dates += _undated(text, lo, hi, dateline) + _relative(text, lo, hi) + _yesterday(text, lo, hi)
    dates = [d for d in dates if (d[0] in into or not _opens_line(text, d[0]))
             and not _PAGE_DATE.search(text, max(0, d[0] - 30), d[0])]
    if not dates:
        return None
    # the nearest date, counted from the place's end for a date after it and from the date's start for one before it:
    # in a list each place's own date follows it («in Doha in April 2012, in Sharm el Sheikh in June 2013»)
    at, first, last = min(dates, key=lambda d: d[0] - place.end if d[0] >= place.end else place.start - d[0])
    if at < place.start and _FOLLOWED.search(text, at, place.start):
        return None
    if not hosted and not _beside(text, place, at, (first, last), near.within(lo, hi)):
        return None
    if len(first) == 10 and any(s <= last and first <= e for spans in _session_days().values() for s, e in spans) and (
            not any(h.label == "Network" for h in near.within(lo, hi))):
        return None  # the days of a session (held anywhere: the venue may be named otherwise), unless a network's
        # (ARINSA's workshops in Windhoek while the Review Group met in Vienna: no body of the Convention's); a
        # month alone (``In October 2002, a conference was held in Dublin``) is no session's days
    if any(s[:7] <= last[:7] and first[:7] <= e[:7] for s, e in _session_days().get(place.id or "", ())):
        return None  # a session was held there that month: the meeting is one of its days, or a side event
    slug = (place.id or "").split("/", 1)[1]
    return ids.make("Event", place=slug, year_month=first[:7])


#: A news item's dateline: its place opens a line near the text's start and a dash closes it on that line, perhaps
#: after the State and the date (``Dakar (Sénégal), le 23 novembre 2022 –``, ``MEDELLÍN (Colombia) -``), or the
#: agency's name in slashes does (``Ulaanbaatar, September 24, 2025 /MONTSAME/.``).
_DATELINE_DASH = re.compile(r"[^\n.。]{0,80}?(?:\s[–—-]|--|\s/[A-ZА-ЯЁ][\w-]*/\.?)\s")
#: Words that put a gathering in the week of the item's own date.
_THIS_WEEK = re.compile(r"this\s+week|cette\s+semaine|esta\s+semana|на\s+этой\s+неделе|(?:هذا|خلال\s+هذا)\s+الأسبوع|"
                        r"本周|这周|本週|這週", re.IGNORECASE)
#: How far after the dateline the sentence describing its meeting may stand.
_DATELINE_REACH = 1200


def _met_at_the_dateline(
    text: str, hits: list[LinkHit], near: _Starting, dateline: tuple[int, int] | None
) -> tuple[int, int, str] | None:
    """Rule 4: the meeting a news item reports at its dateline's place (``Dakar (Sénégal), le 23 novembre 2022 –
    … se réunissent cette semaine au Sénégal … lors d'une réunion de cinq jours`` → ``event/dakar-2022-11``). The
    first sentence after the dateline that speaks of a gathering a host holds (a network, organization or
    initiative it names), of this week or of days the item's date puts in a month (``que se celebró del 18 al 20
    de noviembre``), and of no other place than the dateline's and its State: (start, end, event id) on the
    dateline's place. Not a body's session, nor a meeting at a place and month a session was held."""
    if dateline is None:
        return None
    opening = next(((h, h.id, dash) for h in hits if h.label == "Place" and h.id and h.start < DATELINE
                    and _opens_line(text, h.start) and (dash := _DATELINE_DASH.match(text, h.end))), None)
    if opening is None:
        return None
    place, place_id, dash = opening
    # the lede of an item whose dateline prints its day reports that day's news
    dated_line = any(len(d.first) == 10 for d in find_dates(text[place.end:dash.end()]))
    # a dateline that prints a range of days prints the meeting's (an item is filed on one day): «Victoria Falls,
    # Zimbabwe – 2 au 4 décembre 2025»; a State the lede names is then a delegation's, not another venue
    line_end = text.find("\n", place.end)
    days = [d for d in find_dates(text[place.end:line_end if line_end >= 0 else len(text)])
            if len(d.first) == 10 and d.last[:7] == d.first[:7] and d.last != d.first]
    elsewhere = ("Place",) if days else ("Place", "Country")
    lede = _SENTENCE_END.search(text, dash.end(), min(len(text), dash.end() + _DATELINE_REACH))
    lede_end = lede.start() if lede and dated_line else dash.end()
    from arkg.ingest.authority import authority

    own = {place_id, authority().targets("LOCATED_IN").get(place_id)}
    lo = dash.end()
    hosted = False  #: a sentence since the dateline spoke of a gathering a host holds, with no date of it
    while lo < min(len(text), place.end + _DATELINE_REACH):
        lo, hi = _sentence(text, lo, lo)
        found = near.within(lo, hi)
        # (or, after such a sentence, one that speaks of the gathering again with its days: «… attended the first
        # meeting … organized by INTERPOL. During the three-day (14 – 16 May) meeting, …»)
        if _GATHERING.search(text, lo, hi) and (any(h.label in _HOSTS for h in found) or (
                hosted and _undated(text, lo, hi, dateline))):
            if any(h.label in _SESSION_HOLDERS or (h.label in elsewhere and h.id not in own) for h in found):
                return None
            hosted = True
            undated = _undated(text, lo, hi, dateline)
            if days:
                month = days[0].first[:7]
            elif undated:
                month = undated[0][1][:7]
            elif _THIS_WEEK.search(text, lo, hi) or (lo < lede_end and any(h.label == "Network" for h in found)):
                # (this week; or a network's gathering in the lede: «Dar es Salaam, 12 June 2019 -- … at the launch
                # of the 10th ARINSA Anniversary and Annual General Meeting»; an organization's conference the lede
                # says was opened may be one of many it holds there)
                month = f"{dateline[0]:04d}-{dateline[1]:02d}"
            else:
                month = ""
            if month:
                if any(s[:7] <= month <= e[:7] for s, e in _session_days().get(place_id, ())):
                    return None
                return place.start, place.end, ids.make("Event", place=place_id.split("/", 1)[1], year_month=month)
        lo = hi + 1
    return None


def _beside(text: str, place: LinkHit, at: int, days: tuple[str, str], hits: list[LinkHit]) -> bool:
    """A sentence that names no host describes a gathering only by its own days printed beside its
    place, on the same line, not as an address's date (a letter is dated by one day: ``Vienna, Austria 29 – 31
    January 2020`` is a meeting's), and not close to the Convention's name (its meetings are its bodies': an expert
    meeting "under the Convention …, held in Vienna on 6–10 September 2021" is no event of its own)."""
    first, last = days
    lo, hi = min(at, place.start), max(at, place.end)
    reach = _BESIDE + (_VENUE_REACH if _VENUE_BETWEEN.search(text, lo, hi) else 0)
    return (len(first) == 10 and hi - lo <= reach and "\n" not in text[lo:hi] and BLOCK_SEP not in text[lo:hi]
            and not any(h.id == ids.CONVENTION and abs(h.start - place.start) <= NEAR for h in hits)
            and not (first == last and _address_then_date(text, place, at, hits) and not _occasion(text, place)))


_PUNCTUATION = re.compile(r"[\s,.;:()（），。-]*")
#: A statement's heading naming the gathering it was made at before the place and day (``Statement … at the EFCC-hosted
#: 8th Conference of the Heads of Anti-Corruption Agencies in Commonwealth Africa: Abuja, Nigeria: 14 May, 2018``).
_AT_THE = re.compile(r"(?<!\w)(?:at|à|en|на)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?", re.IGNORECASE)
_OCCASION_REACH = 120
#: How far after "at the" its gathering's word may stand (``at the EFCC-hosted 8th Conference``).
_GATHERING_AFTER_AT = 60


def _occasion(text: str, place: LinkHit) -> bool:
    """The place's line names, before it, a gathering something was said or done "at" (:data:`_AT_THE`): the place
    and day after it are that gathering's, not a letter's address and date."""
    lo = max(line_start(text, place.start), place.start - _OCCASION_REACH)
    for m in _AT_THE.finditer(text, lo, place.start):
        gathering = _GATHERING.search(text, m.end(), min(place.start, m.end() + _GATHERING_AFTER_AT))
        if gathering is not None and _an_event_gathering(text, gathering):
            return True
    return False


def _address_then_date(text: str, place: LinkHit, at: int, hits: list[LinkHit]) -> bool:
    """The place, its State and the date, with only punctuation between (``…, Берлин, Германия 1 декабря 2017
    г.``): a letter's or a signature's address and date, not a gathering's."""
    return any(h.label == "Country" and place.end <= h.start and h.end <= at
               and _PUNCTUATION.fullmatch(text, place.end, h.start) and _PUNCTUATION.fullmatch(text, h.end, at)
               for h in hits)


_EVENT_ID = re.compile(r"^event/([a-z0-9-]+)-\d{4}-\d{2}$")


def venue(event_id: str) -> str | None:
    """The place an event's id names (``event/ouagadougou-2019-11`` → ``place/ouagadougou``)."""
    m = _EVENT_ID.match(event_id)
    return ids.make("Place", slug=m.group(1)) if m else None
