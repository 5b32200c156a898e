"""Rules that keep country and place names from firing on ordinary words.

The dictionary linker matches names case-insensitively, which is right for ``World Bank`` and
wrong for a State called ``Togo`` in Russian (``того`` = "of that"), ``Chad`` or ``Jordan`` (first
names), ``مالي`` (Arabic "financial"), ``Georgia`` after a US city (the US state) or ``US dollars``. The rules,
applied to the linker's hits:

1. **Capitals.** In a cased script (Latin, Cyrillic), a one-word Country or Place *name* must
   start with a capital letter as printed (or a lower-case prefix before one: ``eSwatini``); adjectival forms
   (``mexicano``, ``британский``) need not.
   A place that names an instrument (``convención de Mérida``, ``Stockholm Programme``, ``la résolution de
   Marrakech``, ``《北京反腐败宣言》``, ``إعلان مراكش``) is not the place.
2. **Names that are also common words** (:data:`COMMON_WORDS`) link only with support: another
   country named within :data:`NEARBY` characters (a list of States), a State word just before
   (``Republic of``, ``Gouvernement du``, ``جمهورية``, ``делегация``), or one of its cities and a comma
   (``Amman, Jordan``). An Arabic name that is also an adjective (``مالي``, "financial") right after a noun it
   qualifies (``مبلغ مالي``) is the adjective.
   A short Chinese name followed by a character that makes it part of another word
   (``中国家`` in ``发展中国家``, ``中方面``) is not the name.
3. **A US state after a US city**: ``Atlanta, Georgia`` — a country name right after a place in
   the United States and a comma, or with the United States in brackets after it (``en Géorgie (USA)``),
   is the state (``place/georgia``) when the reference data has one with that name, and is dropped otherwise;
   so is a US state's name after a word for a federal state or before the United States' adjective
   (``ولاية جورجيا الأمريكية``, ``the U.S. state of Georgia``).
4. **A currency**: ``US dollars``, ``dollars américains``, ``долларов США``, ``British pounds``, ``francs
   suisses`` name money, not the State.
5. **A name a State and its capital share**: ``à Panama``, ``à Mexico``, a word for "city" before it
   (``مدينة "بنما"``, ``la ville de Panama``) name the city; ``le Panama``, ``du Panama``, ``au Panama``
   (a State takes the article) the State. In any language such a name in a list of States
   (``在摩洛哥和巴拿马举行``) is the State. A news item's dateline names the city it was filed from: such a
   name opening one of the item's first lines, then its agency in brackets or a dash (``تونس (وات) -``,
   ``تونس - العرب اليوم``, ``KUWAIT, Dec 5 (KUNA) --``), is the city.
6. **A network's region**: a country named right before a network's name in brackets names the
   region the network covers, not the State (``the networks of … South Africa (ARINSA)``).
7. **America the continent**: ``Latin American``, ``Ibero-American``, ``Inter-American``, ``sud-américain``
   name a part of the Americas, not the United States; so does an adjective of America qualifying countries
   (``American countries``, ``البلدان الأمريكية``).
8. **An Arabic family name**: a nisba after a name with its father's (``سلطان بن ناصر السويدي``, ``محمد بن
   راشد المصري``), or after any bare word (``محمد شياع السوداني``, Mohammed Shia al-Sudani: a definite adjective
   cannot qualify a word without the article or a pronoun's suffix), is the person's family name, not a State's
   adjective (``الرئيس المصري``, ``نظيره العراقي`` are the State's).
9. **A city's name as a person's or a noun**: a one-word Latin name of a place that is neither a capital nor a
   venue, after a given name (``Michelle Kennedy``, ``Ben Salem``) or between a word and a surname (``el fiscal
   Hamilton Castro``), is a family name; after a lower-case article (``la Mesa``, the Bureau) it is a noun.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from arkg.graph.model import model
from arkg.ingest.layout import BLOCK_SEP, is_cjk, line_start
from arkg.ingest.scan import keyed

if TYPE_CHECKING:  # the linker uses these rules: a run-time import would be circular
    from arkg.ingest.linker import LinkHit

_LABELS = frozenset({"Country", "Place"})
#: Names of States and capitals that are also everyday words or first names, by their folded form.
COMMON_WORDS = frozenset({"того", "مالي", "chad", "jordan", "male", "victoria", "mauricio"})
#: Names of States that are also first names: followed by a capitalised word (a surname: ``Mauricio Alonso Toledo``,
#: ``Victoria Nuland``, ``Kenia Porcell``, Panama's attorney general; ``Santiago Nieto``, Mexico's head of financial
#: intelligence), a person's name whatever States stand near. (Not Chad or Jordan: English headlines capitalise the
#: verb after a State, ``Jordan Hosts …``.)
FIRST_NAMES = frozenset({"victoria", "mauricio", "kenia", "santiago"})
_SURNAME_AFTER = re.compile(r"[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b")
#: How far (characters) another country name may be to count as "a list of States".
NEARBY = 80
_STATE_WORDS = keyed(re.compile(
    r"(?:republic|state|kingdom|government|delegation|embassy|république|état|royaume|gouvernement|délégation|"
    r"ambassade|república|estado|reino|gobierno|delegación|embajada|республик\w*|государств\w*|правительств\w*|"
    r"делегаци\w*|посольств\w*|جمهورية|دولة|مملكة|حكومة|وفد|سفارة)\W{0,3}(?:of|de|du|des|de la|del|d')?\W{0,3}$",
    re.IGNORECASE,
))


def _cased(ch: str) -> bool:
    return ch.lower() != ch.upper()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _located() -> dict[str, str]:
    """Each place's State, as the reference data locates it (the authority's ``LOCATED_IN``)."""
    from arkg.ingest.authority import authority

    return authority().targets("LOCATED_IN")


@cache
def _us_places() -> frozenset[str]:
    """Places the reference data locates in the United States."""
    return frozenset(place for place, state in _located().items() if state == "country/USA")


@cache
def _us_states() -> dict[str, str]:
    """Places in the United States by their name in each language, without its gloss (``georgia``,
    ``géorgie`` → ``place/georgia``)."""
    from arkg.ingest.authority import LANGS, authority

    a = authority()
    return {
        _fold(str(name)).split(" (")[0]: pid
        for pid in _us_places()
        if (node := a.node(pid)) is not None
        for lang in LANGS
        if (name := node.props.get(f"name_{lang}"))
    }


#: The United States in brackets right after a name: ``en Géorgie (USA)``, ``Georgia (EE. UU.)``.
_US_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:USA|U\.S\.A?\.?|US|EE\.\s?UU\.|[ÉE]tats-Unis|Estados Unidos|США|الولايات المتحدة)\s*\)"
)


#: A word for a federal state before a name, or the United States' adjective after it (``the U.S. state of
#: Georgia``, ``l'État américain de Géorgie``, ``ولاية جورجيا الأمريكية``, ``штат Джорджия``): a US state's name that
#: is also a State's is the US state's there.
_US_STATE_BEFORE = keyed(re.compile(
    r"(?:(?<!\w)(?:U\.?S\.?\s+)?state\s+of|(?<!\w)(?:l['’])?[ée]tat\s+(?:américain\s+)?de|(?<!\w)estado\s+"
    r"(?:estadounidense\s+)?de|(?<!\w)штат[аеу]?|(?<![\u0621-\u064a])[وفبل]*(?:ال)?ولاي[ةه])\s*$",
    re.IGNORECASE,
))
_US_ADJECTIVE_AFTER = re.compile(
    r"\s*(?:ال)?(?:أمريكية|أميركية|امريكية)(?![\u0621-\u064a])|\s+(?:américaine|estadounidense|американск\w*)(?!\w)"
)

#: Instruments named after the city where they were made: the city itself is not meant. A comma parts them (a
#: dateline's ``Berne, Communiqué de presse``).
_INSTRUMENT_AFTER = re.compile(
    r"^[^\w,;.]{0,2}(?:convention|d[eé]claration|declaraci[oó]n|декларац|resolution|programme|program|principles|"
    r"process|guidelines|statement|"
    r"communiqu[ée]|agenda|action plan|protocol|consensus|pact|charter|"
    r"宣言|公约|進程|进程|原则|原則|声明|议定书|行动计划)",
    re.IGNORECASE,
)
_INSTRUMENT_BEFORE = keyed(re.compile(
    r"(?:convention|déclaration|résolution|programme|principes|processus|protocole|pacte|charte|convención|declaración|"
    r"resolución|programa|principios|proceso|protocolo|pacto|carta|[اإأ]تفاقية|[إأا]علان|عملية|مبادئ|《)\s*"
    r"(?:de la |de |d'|d’|du |del )?[\"“«]?\s*$",
    re.IGNORECASE,
))


#: Chinese has no spaces: ``中国`` inside ``发展中国家`` (developing countries), ``法国`` inside ``执法国际协作``
#: (international law enforcement) and ``中方`` inside ``其中方面`` are parts of other words. A name followed by one
#: of these characters is one.
_ZH_NOT_AFTER_NAME = {"国": "家际際", "國": "家际際", "方": "面式法案针向便位"}


def _inside_chinese_word(text: str, start: int, end: int) -> bool:
    following = _ZH_NOT_AFTER_NAME.get(text[end - 1], "")
    return (end < len(text) and end - start <= 3 and text[end] in following) or _in_foreign_name(text, start, end)


#: The dot Chinese writes between the parts of a foreign person's name (``穆尼尔·阿克拉姆``, Munir Akram).
_NAME_DOTS = "·・•‧"


def _in_foreign_name(text: str, start: int, end: int) -> bool:
    """A Chinese name inside a foreign person's transliterated name: its run of Han characters touches a
    name dot (``阿克拉`` in ``穆尼尔·阿克拉姆`` is no Accra, ``马利`` in ``马利特·玛拉齐甘`` no Mali)."""
    if not is_cjk(text[start]):
        return False
    han = "\u4e00" <= (text[end] if end < len(text) else "") <= "\u9fff"
    # the name opens a part after the dot that goes on past it (阿克拉|姆), or ends one or two characters
    # before a dot (马利|特·); a part that is the name itself is the place (中国·东盟)
    opens = start > 0 and text[start - 1] in _NAME_DOTS and han
    after = text[end : end + 3]
    closes = any(after.find(dot) > 0 and all("\u4e00" <= ch <= "\u9fff" for ch in after[: after.find(dot)])
                 for dot in _NAME_DOTS)
    return opens or closes


#: A two-character Chinese place name is too often two halves of other words (保定 in 确保定期, 重庆 in
#: 隆重庆祝, 成都 in 完成都): it is the place only where a place stands — after 在, 于, 赴, 驻, 向 … (``在杭州举行``,
#: ``向香港转移``), after a list's word or mark or a byline's slash, where a word opens (``以及伦敦一家画廊``,
#: ``记者张宏业／台北即时报导``),
#: before 市, a meeting word (after a Latin acronym too: ``北京APEC峰会``), a region's kind or government (``香港特区``,
#: ``香港特區廉政專員``), a list's word or
#: mark, a number or month, or a line's end (``杭州峰会``,
#: ``香港和澳门``, a dateline's ``新华社北京11月8日电`` or ``中新社北京十月二十三日电``, an address's ``南宁 530023``,
#: a signature's ``2020年12月9日,纽约``), right after a country's name (``中国上海``) or a word for a capital
#: (``泰国首都曼谷``), or next to another place's, a space apart at most (a province and its city: ``广西桂林``,
#: an address's ``江苏 南京``).
_ZH_PLACE_BEFORE = "在于赴到抵访至从自经往驻向和与及、,，／/"
_ZH_CAPITAL_WORDS = ("首都", "首府", "都城")
_ZH_PLACE_AFTER = re.compile(
    r"市|的|举行|召开|举办|开幕|闭幕|峰会|会议|会晤|论坛|特区|特區|特别行政区|特別行政區|政府|"
    r"[和与及等,，、。；;:：)）]|\s*\d|[一二三四五六七八九十]{1,2}月|"
    r"\s*[A-Z][A-Z0-9]+\s*(?:峰会|会议|会晤|论坛)|"  # a meeting by its Latin acronym: 北京APEC峰会, 杭州G20峰会
    r"[ \t]*[\n\x00]"  # the end of a line or of a block of the text view
)


def _bare_city(text: str, hits: list[LinkHit], i: int) -> bool:
    """Hit ``i`` is a two-character Chinese place name without a place's context."""
    hit = hits[i]
    if hit.label != "Place" or hit.end - hit.start != 2 or not all(is_cjk(c) for c in text[hit.start : hit.end]):
        return False
    before = text[max(0, hit.start - 2) : hit.start]
    if (before and before[-1] in _ZH_PLACE_BEFORE) or before in _ZH_CAPITAL_WORDS:
        return False
    if _ZH_PLACE_AFTER.match(text, hit.end) or hit.end == len(text):
        return False
    if i and hits[i - 1].label == "Country" and hits[i - 1].end == hit.start:
        return False
    # a province and its city name each other's place (广西桂林, 在云南昆明, 陕西西安; an address's 江苏 南京)
    return not any(0 <= j < len(hits) and hits[j].label == "Place" and is_cjk(text[hits[j].start])
                   and not text[min(hits[j].end, hit.end) : max(hits[j].start, hit.start)].strip(" \t")
                   for j in (i - 1, i + 1))


#: A currency named by its country (``US dollars``, ``dollars américains``, ``dólares estadounidenses``,
#: ``долларов США``, ``دولار أمريكي``, ``British pounds``, ``francs suisses``, ``швейцарских франков``,
#: ``瑞士法郎``): the money, not the State.
_CURRENCY_BEFORE = re.compile(
    r"(?:dollars?|d[oó]lar(?:es)?|francs?|francos?|livres?|libras?|pesos|доллар\w*|франк\w*|фунт\w*|"
    r"دولارا?(?:ت)?|(?:ال)?(?:فرنك|جنيه)\w*)\s+$",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:dollars?\b|d[oó]lar(?:es)?\b|\$|pounds?\b|francs?\b|sterling\b|rupees?\b|dinars?\b|riyals?\b|"
    r"франк\w*|фунт\w*|доллар\w*|法郎|英镑)",
    re.IGNORECASE,
)


def _currency(text: str, start: int, end: int) -> bool:
    return bool(_CURRENCY_BEFORE.search(text, max(0, start - 16), start) or _CURRENCY_AFTER.match(text, end))


#: ``Lausanne X``, ``Addis II``: a place name with a Roman number names a meeting of a series.
_SERIES_NUMBER = re.compile(r" (?:[IVX]{1,4})(?![\w/])")


def _names_instrument(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start]
    return bool(_INSTRUMENT_AFTER.match(text[end : end + 16]) or _INSTRUMENT_BEFORE.search(before))


#: Words for "city" that make a name a city's, before it (``ciudad de México``, ``la ville de Panama``, ``مدينة
#: الكويت``) or after it (``Panama City``, ``科威特市``, ``巴拿马城``): the linker finds the cities that bear their
#: country's name by them, and rule 5 reads them before such a name.
CITY_BEFORE_NAME = (r"ciudad\s+de", r"ville\s+de", r"city\s+of", "مدينة", "город")
CITY_AFTER_NAME = (r"\s+city", "市", "城")
#: Before a name a State and its capital share: what makes it the city (French à; a word for "city":
#: مدينة "بنما", la ville de Panama) or the State (a French article).
_CITY_BEFORE = re.compile(rf"(?<!\w)(?:à|{'|'.join(CITY_BEFORE_NAME)})\s*[\"«“]?\s*$", re.IGNORECASE)
_STATE_BEFORE = re.compile(
    r"(?<!\w)(?:le|du|au|(?:government|gouvernement|gobierno|people|peuple|pueblo|embassy|ambassade|embajada|"
    r"president|président|presidente)\s+(?:of(?:\s+the)?|de(?:\s+la)?|du))\s+$",
    re.IGNORECASE,
)


#: How far into a text a dateline may stand: after a headline and a byline, not in the body.
_DATELINE_REACH = 400
#: What follows the place of a dateline: perhaps a date after a comma, then the agency in brackets or
#: slashes (``(وات)``, ``(KUNA)``, ``/ТАСС/``); or, below a headline, a dash and the source's name ending
#: the line (``تونس - العرب اليوم``: not a headline's ``Panama - Corruption report``, the text's first line).
_DATELINE_AGENCY = re.compile(r"[ \t]*(?:,[^\n,()/]{1,25})?[ \t]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)")
_DATELINE_SOURCE = re.compile(rf"[ \t]*[-–—]{{1,2}}[ \t]+[^\n{BLOCK_SEP}]{{1,25}}(?:[\n{BLOCK_SEP}]|$)")


def _dateline_place(text: str, hit: LinkHit) -> bool:
    """Hit ``hit`` opens a line among the text's first (only spaces before it) and is followed by
    what ends a dateline's place (:data:`_DATELINE_AGENCY`, :data:`_DATELINE_SOURCE`)."""
    line = line_start(text, hit.start)
    if hit.start > _DATELINE_REACH or text[line : hit.start].strip():
        return False
    below_headline = bool(text[:line].strip())
    return bool(_DATELINE_AGENCY.match(text, hit.end) or (below_headline and _DATELINE_SOURCE.match(text, hit.end)))


def _homonym_choice(text: str, hit: LinkHit) -> str | None:
    """The city or the State the words before a name both bear choose, or a dateline the city (rule 5)."""
    if hit.id is not None:
        return None
    before = text[max(0, hit.start - 30) : hit.start]
    labels = {c: model().label_for_id(c) for c in hit.candidates}
    wanted = ("Place" if _CITY_BEFORE.search(before) or _dateline_place(text, hit)
              else "Country" if _STATE_BEFORE.search(before) else None)
    chosen = [c for c, label in labels.items() if label == wanted]
    return chosen[0] if len(chosen) == 1 and set(labels.values()) == {"Country", "Place"} else None


#: What before an adjective of America makes it the continent's part (rule 7).
_CONTINENT_PART = re.compile(
    r"(?<!\w)(?:latin|central|south|north|ibero|inter|pan|afro|meso|latino|ibéro|sud|nord|centr[eo]|hispano|anglo)"
    r"[\s-]?$", re.IGNORECASE,
)
_AMERICA = re.compile(r"am[eé]ric|ال?[اأإ]م(?:ري|ير)كي|американск", re.IGNORECASE)
#: The countries an adjective of America qualifies are the continent's (``American countries``, ``pays américains``,
#: ``países americanos``, ``البلدان الأمريكية``, ``американские страны``), in the order each language puts them: the
#: noun before the adjective in French, Spanish and Arabic, after it in English and Russian. States are left out:
#: ``les États américains`` are as often the United States' fifty.
_COUNTRIES_BEFORE = re.compile(r"(?<!\w)(?:pays|pa[ií]ses|naciones|البلدان|الدول|بلدان|دول)\s+$", re.IGNORECASE)
_COUNTRIES_AFTER = re.compile(r"\s+(?:countries|nations|стран[аыеу]?|странам\w*)(?!\w)", re.IGNORECASE)


def _continental(text: str, hit: LinkHit) -> bool:
    """Hit ``hit`` is an adjective of America after a word making it a part of the continent, or qualifying countries
    (rule 7)."""
    return bool(_AMERICA.match(text, hit.start)) and bool(
        _CONTINENT_PART.search(text, max(0, hit.start - 10), hit.start)
        or _COUNTRIES_BEFORE.search(text, max(0, hit.start - 12), hit.start) or _COUNTRIES_AFTER.match(text, hit.end))


#: A person's name with its father's (``بن ناصر``, ``بنت أحمد``, ``ابن خلدون``) right before a word (rule 8).
_AR_LINEAGE = re.compile(r"(?<![\u0621-\u064a])(?:بن|ابن|بنت)\s+[\u0621-\u064a]+\s+$")


#: The word before a nisba, and the words a definite adjective may qualify: a word with the article or a pronoun's
#: suffix, or a particle (before which the nisba stands alone: ``مع السوداني``).
_AR_WORD_BEFORE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]+)\s+$")
_AR_QUALIFIABLE = re.compile(r"^(?:[وفبلك]?ال|لل).*|.*(?:ه|ها|هم|هما|كم|كما|نا)$|"
                             r"^(?:في|من|إلى|الى|على|عن|مع|بين|أو|و|ثم|لدى|عند|حول|ضد|بعد|قبل|منذ|نحو|عبر|غير|مثل)$")


def _family_name(text: str, hit: LinkHit) -> bool:
    """Hit ``hit`` is an Arabic nisba right after a name with its father's, or after a bare word (rule 8)."""
    if not (text.startswith("ال", hit.start) and text[hit.end - 1] == "ي"):
        return False
    if _AR_LINEAGE.search(text, max(0, hit.start - 40), hit.start) is not None:
        return True
    before = _AR_WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    return before is not None and not _AR_QUALIFIABLE.match(before.group(1))


_OPENING_BRACKET = re.compile(r"\s*[(（]\s*")


def _network_region(text: str, hits: list[LinkHit], i: int) -> bool:
    """Hit ``i`` is a region named before its network's name in brackets (rule 6)."""
    after = hits[i + 1] if i + 1 < len(hits) else None
    return after is not None and after.label == "Network" and \
        _OPENING_BRACKET.fullmatch(text, hits[i].end, after.start) is not None


#: What joins two members of a list: a comma, a conjunction, or both (Arabic «، و»).
_LIST_JOIN = re.compile(
    r"\s*(?:[,،、，;；]\s*(?:and|et|y|e|и|و|和|与|及|或)?|and|et|y|e|и|و|和|与|及|或)\s*", re.IGNORECASE)


def _listed_state(text: str, hits: list[LinkHit], i: int) -> str | None:
    """The State of an ambiguous country-or-city name listed next to another State (rule 5), or None."""
    hit = hits[i]
    if hit.id is not None:
        return None
    neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(hits) and hits[j].label == "Country" and hits[j].id]
    if not any(_LIST_JOIN.fullmatch(text, min(hits[j].end, hit.end), max(hits[j].start, hit.start))
               for j in neighbours):
        return None
    states = [c for c in hit.candidates if model().label_for_id(c) == "Country"]
    return states[0] if len(states) == 1 else None


#: Arabic State names that are also an adjective (مالي, "financial"), and the nouns the adjective
#: qualifies in the field's texts (مبلغ مالي, "a financial sum"). Other nouns before the name govern it:
#: ممثلو مالي are the representatives of Mali.
_AR_ADJECTIVE_NAMES = frozenset({"مالي"})
_AR_QUALIFIED = frozenset({"مبلغ", "دعم", "فساد", "عجز", "تعويض", "مورد", "وضع", "نظام", "قطاع", "تحليل",
                           "استقرار", "تحقيق", "مركز", "ضمان", "التزام", "مكسب", "احتيال", "اختلاس", "إفصاح"})
_AR_WORD_BEFORE = re.compile(r"([\u0621-\u064a]+)\s+$")


#: A capitalised Latin word right before a name, on its line (``Michelle Kennedy``, ``Ben Salem``, ``Rafael
#: Leonidas Trujillo``); ``John F. Kennedy``'s initial too; or a lower-case word (``el fiscal Hamilton Castro``).
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+|[A-Z]\.)[ \t]+$")
#: Words before a place that make it no person's name: prepositions and articles (title-case headlines too).
_NO_GIVEN_NAME = frozenset({
    "in", "at", "of", "from", "to", "near", "for", "and", "the", "on", "by", "via", "en", "à", "a", "de", "du", "des",
    "la", "le", "les", "el", "los", "las", "al", "del", "y", "et", "desde", "hacia", "para", "por", "con", "with",
})


def _a_persons_name(text: str, hits: list[LinkHit], i: int) -> bool:
    """A one-word Latin place name right after a capitalised word that is no preposition or article
    (``Michelle Kennedy``, ``Abdelrazak Ben Salem``, ``Sam Houston``), or between such a lower-case word
    and a capitalised one (``el fiscal Hamilton Castro``), is a person's name, unless its State follows
    after a comma (``Plenary Meeting Cotonou, Benin``)."""
    hit = hits[i]
    before = _WORD_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if before is None or before.group(1).casefold() in _NO_GIVEN_NAME:
        return False
    after = hits[i + 1] if i + 1 < len(hits) else None
    if after is not None and after.id == _located().get(hit.id or "") and re.fullmatch(
            r",\s*", text[hit.end:after.start]):
        return False
    return before.group(1)[0].isupper() or _SURNAME_AFTER.match(text, hit.end) is not None


#: A lower-case definite article right before a word: a city does not take one that is not part of its name.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:la|le|el|the|los|las|les)[ \t]+$")


def _a_noun(text: str, hit: LinkHit) -> bool:
    """A one-word Latin place name after a lower-case definite article is a noun (``la Mesa de la Conferencia``,
    the Bureau; Mesa, Arizona is no such city); a city's article is part of its name (``La Paz``)."""
    return _ARTICLE_BEFORE.search(text, max(0, hit.start - 8), hit.start) is not None


def _a_minor_city_word(text: str, hit: LinkHit) -> bool:
    """A place's one-word Latin name that is neither a capital's nor a venue's: the names rule 9 weighs."""
    surface = text[hit.start:hit.end]
    return " " not in surface and surface[:1].isascii() and hit.id not in _landmarks()


@cache
def _landmarks() -> frozenset[str]:
    """Capitals and the venues of the meetings the reference data holds: a text names them as places, and
    a capital's name after a capitalised word is a title's or a building's (``Greater London``, ``Hotel
    Vienna``), not a person's."""
    from arkg.ingest.authority import authority

    a = authority()
    capitals = {n.id for n in a.batch.nodes if n.label == "Place" and n.props.get("capital")}
    return frozenset(capitals | set(a.targets("HELD_IN").values()))


def _ar_adjective(text: str, start: int, folded: str) -> bool:
    """An Arabic name of :data:`_AR_ADJECTIVE_NAMES` right after a noun it qualifies (:data:`_AR_QUALIFIED`)
    is an adjective, even in a text that names other States."""
    if folded not in _AR_ADJECTIVE_NAMES:
        return False
    word = _AR_WORD_BEFORE.search(text, max(0, start - 30), start)
    return word is not None and word.group(1) in _AR_QUALIFIED


class NameRules:
    """The rules above, for one linker: it knows which of its keys are forms (lower case allowed)."""

    def __init__(self, aliases: Iterable[Any]) -> None:
        self.forms = frozenset(_fold(a.text) for a in aliases if getattr(a, "form", False) and a.label in _LABELS)
        #: Russian forms are matched in any case ending: their stems (lemma less its 2-letter ending).
        self.stems = tuple(f[:-2] for f in self.forms if re.fullmatch(r"[а-яё]{5,}", f))

    def apply(self, text: str, hits: list[LinkHit]) -> list[LinkHit]:
        kept = []
        for i, hit in enumerate(hits):
            if hit.label not in _LABELS:
                kept.append(hit)
                continue
            surface = text[hit.start : hit.end]
            folded = _fold(surface)
            # (a lower-case prefix before a capital is a name's own spelling, no common word: eSwatini)
            if " " not in surface and _cased(surface[0]) and surface[0].islower() and not self._form(folded) \
                    and not surface[1:2].isupper():
                continue
            if hit.label == "Place" and (_names_instrument(text, hit.start, hit.end)
                                         or _SERIES_NUMBER.match(text, hit.end)):
                continue
            if _inside_chinese_word(text, hit.start, hit.end) or _bare_city(text, hits, i):
                continue
            if hit.label == "Country" and (_currency(text, hit.start, hit.end) or _network_region(text, hits, i)
                                           or _continental(text, hit) or _family_name(text, hit)):
                continue
            chosen = _homonym_choice(text, hit) or _listed_state(text, hits, i)
            if chosen:
                kept.append(replace(hit, label=model().label_for_id(chosen) or hit.label, id=chosen))
                continue
            us_state = self._names_a_us_state(text, hits, i)
            if us_state:
                state = _us_states().get(folded)
                if state:
                    kept.append(replace(hit, label="Place", id=state, candidates=(state,)))
                continue
            if folded in COMMON_WORDS and (
                    not self._supported(text, hits, i) or _ar_adjective(text, hit.start, folded)):
                continue
            if folded in FIRST_NAMES and self._before_a_surname(text, hits, i):
                continue
            if hit.label == "Place" and _a_minor_city_word(text, hit) and (
                    _a_persons_name(text, hits, i) or _a_noun(text, hit)):
                continue
            kept.append(hit)
        return kept

    @staticmethod
    def _before_a_surname(text: str, hits: list[LinkHit], i: int) -> bool:
        """A capitalised word follows the name, and no other name starts there (``Victoria Nuland``, not
        ``Chad Niger``)."""
        surname = _SURNAME_AFTER.match(text, hits[i].end)
        if surname is None:
            return False
        word = surname.end() - len(surname.group().lstrip())
        return not any(h.start == word for h in hits)

    def _form(self, folded: str) -> bool:
        return folded in self.forms or (bool(self.stems) and folded.startswith(self.stems))

    @staticmethod
    def _names_a_us_state(text: str, hits: list[LinkHit], i: int) -> bool:
        """A country's name right after a US city and a comma, or with the United States in brackets after it,
        or a US state's name with a word for a federal state before it or the United States' adjective after it."""
        if hits[i].label != "Country" or hits[i].id == "country/USA":  # «Atlanta, USA»: the country
            return False
        if _US_IN_BRACKETS.match(text, hits[i].end):
            return True
        if _fold(text[hits[i].start:hits[i].end]) in _us_states() and (
                _US_STATE_BEFORE.search(text, max(0, hits[i].start - 30), hits[i].start)
                or _US_ADJECTIVE_AFTER.match(text, hits[i].end)):
            return True
        prev = hits[i - 1] if i else None
        return prev is not None and prev.id in _us_places() and re.fullmatch(
            r",\s*", text[prev.end : hits[i].start]) is not None

    @staticmethod
    def _supported(text: str, hits: list[LinkHit], i: int) -> bool:
        hit = hits[i]
        if _STATE_WORDS.search(text[max(0, hit.start - 30) : hit.start]):
            return True
        previous = hits[i - 1] if i else None  # «Amman, Jordan»: a city of that State, then a comma
        if previous is not None and _located().get(previous.id or "") == hit.id and re.fullmatch(
                r",\s*", text[previous.end : hit.start]):
            return True
        return any(
            j != i and other.label == "Country" and other.id != hit.id and _fold(text[other.start : other.end])
            not in COMMON_WORDS and (abs(other.start - hit.end) <= NEARBY or abs(hit.start - other.end) <= NEARBY)
            for j, other in enumerate(hits)
        )
