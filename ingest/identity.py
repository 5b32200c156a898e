"""Who a document is: a UN document by its own symbol, anything else by its content, and its kind.

A UN document names itself in its masthead: ``United Nations CAC/COSP/2019/5 Conference of the
States Parties … Distr.: General 23 September 2019 Original: English V.19-09617 (E)``. A PDF's
first page prints the symbol on a line of its own (found by :mod:`ingest.layout`); a web or text
copy runs the whole masthead into one line, so the symbol is also looked for in the text's opening
(:func:`masthead_symbol`). The file names the UN gives its downloads are read too
(:func:`file_name_hint`):

- symbol names: the UN Digital Library and ODS name a language version by its symbol with ``/``
  replaced by ``_`` and the language as a suffix — ``A_RES_73_222-EN.pdf``,
  ``CAC_COSP_WG.2_2017_3-E.pdf`` (six two-letter codes, or the UN's one-letter codes);
- job-number names: every language version gets its own job number (``V.17-05473``; the ODS file
  ``V1705473.pdf``, UNODC's ``V1705473e.pdf`` whose final letter is the version's language,
  E F S R C A as in the masthead's ``(E)``). A job number names one language version, never the
  document, so it gives the language only: the symbol comes from the text.

So the language versions of one document, whatever their files are called, share the id
``document/{symbol}``. A text that is not a UN document (news, a statement, a law, a web page) has
no symbol; its id is ``document/text/{16 hex digits of the SHA-1 of its text}``: stable across
runs and machines, the same for ``arkg build``, ``arkg extract`` and the explorer's upload, and
never shared by two different texts (its file name is not used: ``2019/notes.txt`` and
``2020/notes.txt`` are two documents). Its kind comes from :func:`text_kind`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import unquote

from arkg.graph import ids as make_id
from arkg.ingest.patterns import Context, find_symbols
from arkg.ingest.scan import keyed
from arkg.ingest.symbols import PARTS, SERIES

#: The UN's one-letter language codes (masthead ``(E)``, UNODC file names) and the six two-letter ones.
LANGUAGE_LETTERS = {"A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es"}
LANGUAGE_CODES = {"AR": "ar", "ZH": "zh", "CH": "zh", "EN": "en", "FR": "fr", "RU": "ru", "ES": "es"}

#: A symbol component in a file name: upper case, digits, dots, brackets, or ``Add.1``/``Rev.1``/``Corr.1``.
_PART = rf"(?:[A-Z0-9.()]+|(?:{'|'.join(p for part in PARTS for p in (part, part.upper()))})\.\d+)"
_LANG = "|".join([*LANGUAGE_CODES, *LANGUAGE_LETTERS])
_SYMBOL_NAME = re.compile(rf"^({SERIES}(?:_{_PART})+?)(?:[-_ ]((?i:{_LANG})))?$")
_JOB_NAME = re.compile(r"^([A-Z])\.?(\d{2})-?(\d{5})(?:[-_ ]?([AaCcEeFfRrSs]))?$")
#: The job number printed in a masthead or a page footer, with its language letter: ``V.17-05473 (E)``.
#: (The word boundary is tested after the letter, ``(?<!\w[\s\S])``: re then skips to capitals.)
_JOB_MARK = re.compile(r"[A-Z](?<!\w[\s\S])\.\d{2}-\d{5}\s*\(([ACEFRS])\)")

#: The United Nations' own name in the six languages, as a masthead starts (after a page number).
_UN_NAME = re.compile(
    r"^\W*\d*\W*(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|"
    r"الأمم المتحدة)\s*$",
    re.IGNORECASE,
)
#: Words after which a symbol is cited, not worn: ``see``, ``document``, ``voir``, ``véase``, ``в документе``…
_CITATION_CUE = keyed(re.compile(
    r"(?:\(|\[|\bsee|\bdocuments?|\bcontained in|\bissued as|\bvoir|\bparu sous|\bvéase|"
    r"\bdocumentos?|\bсм\.|\bдокумент\w*|见|参看|文件|انظر|الوثيقة)\s*$",
    re.IGNORECASE,
))
#: How far into a text its masthead can reach, and what ends a sentence before it.
OPENING = 400
_SENTENCE_END = re.compile(r"[.!?。！？]\s+\S|[.!?。！？]$")


@dataclass(frozen=True, slots=True)
class NameHint:
    """What a file's name says about the document: its symbol and/or the version's language."""

    symbol: str | None = None
    language: str | None = None


def file_name_hint(name: str) -> NameHint:
    """The symbol and language a UN download's file name gives (nothing for any other name)."""
    stem = unquote(PurePath(name).name)
    stem = re.sub(r"\.(?:pdf|docx?|txt|html?|wpf)$", "", stem, flags=re.IGNORECASE)
    job = _JOB_NAME.match(stem)
    if job:
        letter = job.group(4)
        return NameHint(None, LANGUAGE_LETTERS.get(letter.upper()) if letter else None)
    named = _SYMBOL_NAME.match(stem)
    if not named:
        return NameHint()
    parts = named.group(1).split("_")
    if not re.search(r"\d", parts[-1]):
        return NameHint()
    code = (named.group(2) or "").upper()
    return NameHint(make_id.symbol_as_printed("/".join(parts)), LANGUAGE_CODES.get(code) or LANGUAGE_LETTERS.get(code))


def masthead_language(text: str) -> str | None:
    """The version's language from the job number's letter in its masthead or footer (``(E)``)."""
    mark = _JOB_MARK.search(text)
    return LANGUAGE_LETTERS[mark.group(1)] if mark else None


@dataclass(frozen=True, slots=True)
class Masthead:
    """The own symbol found in a text's opening, its span, and where the masthead around it ends."""

    symbol: str
    start: int
    end: int
    reach: int  #: the masthead's dates (``Distr.: General 4 April 2018``) lie before this offset


#: A resolution as its own text prints it (the Assembly's or the Human Rights Council's published
#: text, a copy of it): a line of its opening starts with its number (``51/59.  反腐败的行动``, ``53/176.``,
#: ``52 / 87  التعاون``, ``40/4. The negative impact of the non-repatriation…``) and the body then speaks
#: (``The General Assembly,``, ``大会,``, ``The Human Rights Council,``). The Assembly numbers its
#: resolutions so from its thirty-first session on, the Council from its first (2006).
_RESOLUTION_LINE = re.compile(r"^[ \t]*(\d{1,3})[ \t]*/[ \t]*(\d{1,3})(?![\d/])\.?(?=[ \t]|$)", re.MULTILINE)
_ASSEMBLY_SPEAKS = re.compile(
    r"(?:General Assembly|Assemblée générale|Asamblea General|Генеральная Ассамблея|الجمعية العامة|大会)\s*[,،，]",
    re.IGNORECASE,
)
_COUNCIL_SPEAKS = re.compile(
    r"(?:Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos|"
    r"Совет по правам человека|مجلس حقوق الإنسان|人权理事会)\s*[,،，]",
    re.IGNORECASE,
)
#: Each speaker, its symbol's series and the first session it numbered so.
_SPEAKERS = ((_ASSEMBLY_SPEAKS, "A/RES", 31), (_COUNCIL_SPEAKS, "A/HRC/RES", 1))
#: How far after its number the body speaks.
_SPEAKS_WITHIN = 300


def resolution_heading(text: str) -> Masthead | None:
    """The resolution a text is by its heading (:data:`_RESOLUTION_LINE`), or None."""
    for m in _RESOLUTION_LINE.finditer(text, 0, OPENING):
        session, number = int(m.group(1)), int(m.group(2))
        # the first body to speak is the author (the Council's text may then name the Assembly:
        # ``de l'Assemblée générale,``)
        spoken = [(found.start(), series) for speaks, series, first in _SPEAKERS
                  if session >= first and (found := speaks.search(text, m.end(), m.end() + _SPEAKS_WITHIN))]
        if spoken:
            return Masthead(f"{min(spoken)[1]}/{session}/{number}", m.start(1), m.end(2), m.end())
    return None


def masthead_symbol(text: str) -> Masthead | None:
    """The symbol a run-together masthead or title gives the text, with its span; None if it has none.

    The first symbol in the text's opening is the text's own when it is not cited (after ``(``,
    ``see``, ``document`` …) and it either opens the text (after a page number at most), follows
    the UN's name (``United Nations CAC/COSP/…``) or
    stands where a title line ends: before any sentence has ended, followed by a capital, a
    footnote star or the end of the line (``… desarrollo sostenible A/RES/73/222 Reafirmando``).
    After the UN's name, or at the text's start, the masthead runs on (distribution, date, language) for up to
    :data:`OPENING` characters; after a title line the text proper begins. A General Assembly resolution
    that prints only its number is known by it (:func:`resolution_heading`).
    """
    return _worn_symbol(text) or resolution_heading(text)


#: A masthead symbol a PDF's text layer broke after its series, the rest on a later line (``Nations Unies CAC ⏎⏎
#: /COSP/IRG/2022/2``) or after a space (``United Nations CAC /COSP/2019/INF/1``).
_BROKEN_SYMBOL = re.compile(rf"(?<![\w/])({SERIES})(?:[ \t]*(?:\r?\n[ \t]*)+|[ \t]+)(?=/[A-Z0-9])")


def _worn_symbol(text: str) -> Masthead | None:
    """:func:`masthead_symbol`'s first symbol, if the text wears it, read across a break after its series."""
    broken = _BROKEN_SYMBOL.search(text, 0, OPENING)
    if broken is not None:
        joint, cut = broken.end(1), broken.end() - broken.end(1)
        worn = _worn_in(text[:joint] + text[broken.end() :])
        if worn is not None and worn.start < joint < worn.end:
            return Masthead(worn.symbol, worn.start, worn.end + cut, worn.reach + cut)
    return _worn_in(text)


def _worn_in(text: str) -> Masthead | None:
    """:func:`_worn_symbol`'s reading of one text."""
    opening = text[:OPENING]
    hits = find_symbols(opening, Context())
    if not hits:
        return None
    start, end = hits[0].start, hits[0].end
    before = opening[:start]
    line_before = before.rsplit("\n", 1)[-1]
    if _CITATION_CUE.search(line_before):
        return None
    following = text[end : end + 80]
    next_word = following.lstrip(" \t*")
    ends_title = not _SENTENCE_END.search(before) and (
        following.startswith("*") or not next_word or next_word[0] in "\r\n" or next_word[0].isupper()
    )
    if _UN_NAME.match(line_before) or not before.strip(" \t\r\n0123456789/"):  # after the UN's name, or first
        return Masthead(text[start:end], start, end, end + OPENING)
    return Masthead(text[start:end], start, end, end) if ends_title else None


def own_ids(symbol: str) -> set[str]:
    """The ids a document's own symbol stands for: itself, and the GA resolution it is (``A/RES/73/222``)."""
    own = {make_id.document(symbol)}
    ga = re.fullmatch(r"A/RES/(\d+)/(\d+)", symbol)
    if ga:
        own.add(make_id.resolution("ga", int(ga.group(1)), int(ga.group(2))))
    return own


def text_id(text: str) -> str:
    """The id of a text that is not a UN document: from its content, so no two texts share it."""
    return make_id.document("text/" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16])


#: Kinds of texts that are not UN documents, tried in this order on the text's opening (a simple,
#: documented heuristic): a law is drafted in articles; a statement addresses the chair; news has a
#: reporting verb; anything else is a web page.
_KIND_OPENING = 3000
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("law", re.compile(
        r"(?m)^\s*(?:Article|Art\.|Artículo|Статья|Section)\s+\d+|第[一二三四五六七八九十百\d]+[条條]|"
        r"(?:^|\n)\s*المادة\s+\d+|\b(?:Law|Act|Loi|Ley|Закон)\s+(?:No\.?|n°|núm\.|№)\s*\d+", re.IGNORECASE)),
    ("statement", re.compile(
        r"\b(?:Mr\.|Madam|Madame|Monsieur le|Señor|Señora|Господин|Госпожа)\s+(?:President|Chair\w*|Président\w*|"
        r"Presidente|Председатель)|主席先生|السيد الرئيس|السيدة الرئيسة|\bDistinguished delegates|Excellencies",
        re.IGNORECASE)),
    ("news", re.compile(
        r"\b(?:said|told|announced|reported|according to|a déclaré|a annoncé|selon|dijo|afirmó|anunció|según|"
        r"заявил\w*|сообщил\w*|сообщает|по словам)\b|表示|报道|报道称|记者|新华社|قال|وقال|أعلن|ذكرت|وكالة",
        re.IGNORECASE)),
]


def text_kind(text: str) -> str:
    """``law``, ``statement``, ``news`` or ``web page``: the kind of a text that is not a UN document."""
    opening = text[:_KIND_OPENING]
    return next((kind for kind, rx in KINDS if rx.search(opening)), "web page")
