"""Adjectival and inflected forms of country names, made by rules from a lemma or from the name.

Documents name States by adjectives as often as by names (``the Mexican Government``, ``le
Gouvernement britannique``, ``в мексиканском законодательстве``, ``الحكومة القطرية``, ``中方``).
A lexicon lists one lemma per language (``curated/country_forms.csv``); the rules here make the
inflected forms, so the lexicon stays one short line per country:

- French and Spanish: gender and number endings of the masculine singular lemma;
- English: the lemma and its plural noun (``Mexicans``);
- Russian: the lemma only — the linker matches any case ending of a Russian word; missing
  lemmas are derived from the country's Russian name and kept only if the OpenCorpora lexicon
  (via pymorphy3) knows the word as an adjective;
- Arabic: the nisba adjective (‑ي, ‑ية, with and without the article) of a one-word name, or of
  the lexicon's lemma where the name's is irregular (النمسا → نمساوي) or the name has two words
  (المملكة المتحدة → بريطاني);
- Chinese: ``X方`` ("the X side") for a two-character name ``X国``.

Adjectives that also name a UN language (``French``, ``chinois``, ``ruso``, ``китайский``) are
never forms: UN documents name their language versions far more often than the States.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

#: Adjectives that name one of the six UN languages (or English): "the French text" is not France.
LANGUAGE_ADJECTIVES = frozenset(
    {
        "arabic", "chinese", "english", "french", "russian", "spanish",
        "arabe", "chinois", "anglais", "français", "russe", "espagnol",
        "árabe", "chino", "inglés", "francés", "ruso", "español",
        "арабский", "китайский", "английский", "французский", "русский", "испанский",
    }
)

#: The States whose adjectives name a UN language too (``French``, ``chinois``), by language: they name the
#: State only next to a noun of its organs (``the French Government``, ``la délégation chinoise``: the
#: lexicon's ``state_nouns``). Russian ones are stems: the linker takes any ending.
LANGUAGE_ADJECTIVE_STATES: dict[str, dict[str, str]] = {
    "en": {"French": "FRA", "Chinese": "CHN", "Russian": "RUS", "Spanish": "ESP"},
    "fr": {"français": "FRA", "chinois": "CHN", "russe": "RUS", "espagnol": "ESP"},
    "es": {"francés": "FRA", "chino": "CHN", "ruso": "RUS", "español": "ESP"},
    "ru": {"французск": "FRA", "китайск": "CHN", "испанск": "ESP"},
}


def language_adjective_plurals(iso3: str) -> list[str]:
    """The French and Spanish plurals of a State's adjective that names a UN language
    (:data:`LANGUAGE_ADJECTIVE_STATES`): a plural names no language (``aviones rusos``, ``les autorités russes``,
    ``empresas chinas``), so it is the State's wherever it stands; the singulars (``ruso``, ``la version
    française``) stay the State's only beside its organs."""
    return [form for lang in ("fr", "es") for lemma, code in LANGUAGE_ADJECTIVE_STATES[lang].items() if code == iso3
            for form in (inflect_fr if lang == "fr" else inflect_es)(lemma)
            if form != lemma and form.endswith("s") and form not in LANGUAGE_ADJECTIVES]


def language_adjective_forms(lang: str) -> dict[str, str]:
    """Every form of :data:`LANGUAGE_ADJECTIVE_STATES`' adjectives in ``lang`` → the State's ISO code."""
    inflect: dict[str, Callable[[str], list[str]]] = {"fr": inflect_fr, "es": inflect_es}
    return {
        form: iso3
        for lemma, iso3 in LANGUAGE_ADJECTIVE_STATES.get(lang, {}).items()
        for form in (inflect[lang](lemma) if lang in inflect else [lemma])
    }


#: Russian adjective suffixes, most specific first (итал+ьянский before итал+ийский).
_RU_SUFFIXES = ("ьянский", "ийский", "анский", "ский", "янский", "инский", "ейский", "йский", "цкий")
_RU_FINAL = re.compile(r"(?:ия|ья|а|я|ь|й|и|ы|о)$")
_AR_MIN_STEM = 3


def inflect_fr(lemma: str) -> list[str]:
    """Masculine singular French adjective → its four forms (``britannique``, ``mexicain(e)(s)``), and each
    without its diaeresis as the press writes it (``koweitien``, as in the alias ``Koweit``)."""
    if lemma.endswith("e"):
        forms = [lemma, lemma + "s"]
    else:
        if lemma.endswith("ien") or lemma.endswith("éen"):
            fem = lemma + "ne"
        elif lemma.endswith("c"):  # grec → grecque, turc → turque
            fem = lemma + "que" if lemma.endswith("ec") else lemma[:-1] + "que"
        else:
            fem = lemma + "e"
        plural = lemma if lemma.endswith(("s", "x")) else lemma + "s"
        forms = [lemma, fem, plural, fem + "s"]
    return list(dict.fromkeys(forms + [f.replace("ï", "i") for f in forms if "ï" in f]))


def inflect_es(lemma: str) -> list[str]:
    """Masculine singular Spanish adjective → its forms (``mexicano/a/os/as``, ``francés/esa``)."""
    if lemma.endswith("o"):
        stem = lemma[:-1]
        return [lemma, stem + "a", stem + "os", stem + "as"]
    if lemma.endswith("ol"):  # español, mongol: -a, -es, -as
        return [lemma, lemma + "a", lemma + "es", lemma + "as"]
    for accented, plain in (("és", "es"), ("án", "an")):
        if lemma.endswith(accented):
            stem = lemma[: -len(accented)] + plain
            return [lemma, stem + "a", stem + "es", stem + "as"]
    if lemma.endswith(("e", "a")):
        return [lemma, lemma + "s"]
    if lemma.endswith("í"):
        return [lemma, lemma + "es", lemma + "s"]
    return [lemma, lemma + "es"]


def inflect_en(lemma: str) -> list[str]:
    """An English demonym and its plural noun (``Mexican``, ``Mexicans``); ``Swiss`` has none."""
    if lemma.endswith(("s", "sh", "ch", "ese")) or " " in lemma:
        return [lemma]
    return [lemma, lemma + "s"]


def arabic_nisba(name: str) -> list[str]:
    """The nisba adjective of a one-word Arabic name: قطر → قطري، قطرية، القطري، القطرية (a name that is itself
    a nisba's feminine gives its masculine: السعودية → سعودي، السعودي)."""
    if " " in name:
        return []
    stem = name[2:] if name.startswith("ال") else name
    if stem.endswith("ية") and len(stem) - 1 >= _AR_MIN_STEM:  # a name that is a nisba: السعودية → سعودي
        return inflect_ar(stem[:-1])
    if stem.endswith("يا"):
        stem = stem[:-2]
    elif stem.endswith(("ا", "ة")):
        stem = stem[:-1]
    if len(stem) < _AR_MIN_STEM or stem.endswith(("ي", "و")):  # مالي, توغو: the nisba is irregular
        return []
    return inflect_ar(stem + "ي")


#: A nisba's endings after its ي: feminine, the plurals (سويسريون، سويسريين، سويسريات) and the duals (سويسريان،
#: سويسريتان، سويسريتين: ``وزارتي الخارجية والعدل السويسريتين``, the two Swiss ministries).
_AR_NISBA_ENDINGS = ("", "ة", "ون", "ين", "ان", "ات", "تان", "تين")


def inflect_ar(lemma: str) -> list[str]:
    """A nisba lemma's feminine, plurals and duals, and each with the article: نمساوي → نمساوية، النمساوي،
    النمساويون …"""
    return [article + lemma + ending for article in ("", "ال") for ending in _AR_NISBA_ENDINGS]


#: Characters that are common morphemes besides abbreviating a State: 法方 is mostly 做法+方面.
_ZH_AMBIGUOUS_ABBREVIATIONS = frozenset("法")


def chinese_side(name: str) -> list[str]:
    """``X方`` (the X side, used of governments in talks) for a two-character name ``X国``: 中国 → 中方."""
    if len(name) == 2 and name.endswith("国") and name[0] not in _ZH_AMBIGUOUS_ABBREVIATIONS:
        return [name[0] + "方"]
    return []


@cache
def russian_lexicon() -> Any:  # pymorphy3 has no type stubs
    """OpenCorpora's Russian lexicon (pymorphy3), loaded once: adjectives and case forms here, place
    names in :mod:`ingest.authority.geography`, case forms of names in :mod:`ingest.linker`."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def russian_adjective(name: str) -> str | None:
    """The relational adjective of a one-word Russian country name, if the lexicon knows it
    (Мексика → мексиканский, Катар → катарский); None when no candidate is a known adjective."""
    if " " in name or "-" in name:
        return None
    word = name.lower()
    stems = list(dict.fromkeys([_RU_FINAL.sub("", word), word]))
    morph = russian_lexicon()
    for suffix in _RU_SUFFIXES:
        for stem in stems:
            candidate = stem + suffix
            if candidate in LANGUAGE_ADJECTIVES or not morph.word_is_known(candidate):
                continue
            if any("ADJF" in p.tag and p.normal_form == candidate for p in morph.parse(candidate)):
                return candidate
    return None


def inflect(lang: str, lemma: str) -> list[str]:
    """Every form of a lexicon lemma in its language, without UN-language adjectives."""
    rule = {"fr": inflect_fr, "es": inflect_es, "en": inflect_en, "ar": inflect_ar}.get(lang)
    forms = rule(lemma) if rule else [lemma]
    return [f for f in forms if f.lower() not in LANGUAGE_ADJECTIVES]


def russian_cases(name: str) -> list[str]:
    """The singular case forms of a hyphenated Russian place name the lexicon knows (Нью-Йорк →
    Нью-Йорка, Нью-Йорке …), written with the name's capitals. One-word names need none: the
    linker matches any ending of a Russian word, but not across a hyphen."""
    if "-" not in name or " " in name:
        return []
    parses = [p for p in russian_lexicon().parse(name) if "Geox" in p.tag]
    if not parses:
        return []
    parts = name.split("-")
    out = []
    for form in parses[0].lexeme:
        if form.tag.number != "sing":
            continue
        pieces = form.word.split("-")
        if len(pieces) != len(parts):
            continue
        word = "-".join(p.capitalize() if o[:1].isupper() else p for p, o in zip(pieces, parts, strict=True))
        if word != name and word not in out:
            out.append(word)
    return out
