"""Numbers as UN documents print them — Chinese, Roman, ordinal words in six languages — to ``int``.

Identifiers use arabic numbers (``第五十六条`` → ``uncac/article/56``, ``Chapter V`` →
``uncac/chapter/5``, ``its sixth session`` → ``session/cosp/6``), so every extractor that reads a
number goes through :func:`to_int`. Ordinal words are matched by stem so that inflected forms
(``шестой``/``шестой сессии``, ``sexto``/``sexta``, ``السادس``/``السادسة``) all resolve.
"""

from __future__ import annotations

import re
import unicodedata

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
#: Characters a Chinese numeral is made of (for building regexes elsewhere).
CHINESE_NUMERAL_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS)

_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def chinese_to_int(text: str) -> int | None:
    """``五十六`` → 56, ``十一`` → 11, ``一百零五`` → 105, ``二〇一七`` → 2017; ``None`` if not a numeral."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        return None
    if not any(ch in _CN_UNITS for ch in text):  # positional digits, as in years
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def roman_to_int(text: str) -> int | None:
    """``V`` → 5, ``xiv`` → 14; ``None`` unless the text is a well-formed Roman numeral."""
    text = text.upper()
    if not text or not _ROMAN.match(text):
        return None
    values = [_ROMAN_VALUES[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# Ordinal stems per language, index = value. Inflection is left to the matcher (stem + letters).
_ORDINAL_STEMS: dict[str, list[tuple[int, str]]] = {
    "en": list(
        enumerate(
            [
                "first",
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "eighth",
                "ninth",
                "tenth",
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
                "nineteenth",
                "twentieth",
            ],
            start=1,
        )
    ),
    "fr": [
        (1, "premi"),
        (2, "deuxi"),
        (2, "second"),
        (3, "troisi"),
        (4, "quatri"),
        (5, "cinqui"),
        (6, "sixi"),
        (7, "septi"),
        (8, "huiti"),
        (9, "neuvi"),
        (10, "dixi"),
        (11, "onzi"),
        (12, "douzi"),
        (13, "treizi"),
        (14, "quatorzi"),
        (15, "quinzi"),
        (16, "seizi"),
        (17, "dix-septi"),
        (18, "dix-huiti"),
        (19, "dix-neuvi"),
        (20, "vingti"),
    ],
    "es": [
        (1, "primer"),
        (2, "segund"),
        (3, "tercer"),
        (4, "cuart"),
        (5, "quint"),
        (6, "sext"),
        (7, "séptim"),
        (7, "septim"),
        (8, "octav"),
        (9, "noven"),
        (10, "décim"),
        (10, "decim"),
        (11, "undécim"),
        (11, "decimoprimer"),
        (12, "duodécim"),
        (12, "decimosegund"),
        (13, "decimotercer"),
        (14, "decimocuart"),
        (15, "decimoquint"),
        (16, "decimosext"),
        (17, "decimoséptim"),
        (18, "decimoctav"),
        (19, "decimonoven"),
        (20, "vigésim"),
    ],
    "ru": [
        (1, "перв"),
        (2, "втор"),
        (3, "трет"),
        (4, "четверт"),
        (4, "четвёрт"),
        (5, "пят"),
        (6, "шест"),
        (7, "седьм"),
        (8, "восьм"),
        (9, "девят"),
        (10, "десят"),
        (11, "одиннадцат"),
        (12, "двенадцат"),
        (13, "тринадцат"),
        (14, "четырнадцат"),
        (15, "пятнадцат"),
        (16, "шестнадцат"),
        (17, "семнадцат"),
        (18, "восемнадцат"),
        (19, "девятнадцат"),
        (20, "двадцат"),
    ],
    "ar": [
        (1, "الأول"),
        (1, "الاول"),
        (2, "الثاني"),
        (3, "الثالث"),
        (4, "الرابع"),
        (5, "الخامس"),
        (6, "السادس"),
        (7, "السابع"),
        (8, "الثامن"),
        (9, "التاسع"),
        (10, "العاشر"),
        (11, "الحادي"),
        (11, "الحادية"),
    ],
}
#: Letters an inflected ordinal may end with after its stem, per script.
_ENDINGS = {
    "en": "",
    "fr": r"(?:ère|ere|er|ème|eme|e|es|s)?",
    "es": r"(?:o|a|os|as)?",
    "ru": r"[а-яё]{0,4}",
    "ar": r"(?:ة|ه)?",
}
#: Arabic teens: ``الثالث عشر`` / ``الثالثة عشرة`` add ten to the unit ordinal.
_AR_TEEN = r"(?:\s+عشرة?)?"


def _ordinal_alternation(lang: str) -> str:
    stems = sorted(_ORDINAL_STEMS[lang], key=lambda s: -len(s[1]))
    alt = "|".join(re.escape(stem) for _, stem in stems)
    suffix = _ENDINGS[lang] + (_AR_TEEN if lang == "ar" else "")
    return rf"(?:{alt}){suffix}"


#: One regex alternation matching an ordinal word in any supported language, or ``11th``/``1st``.
ORDINAL_WORD = (
    r"(?:\d{1,3}(?:st|nd|rd|th|e|ème|er|re|o|a|º|ª|-?[яйгом]{1,3})|"
    + "|".join(_ordinal_alternation(lang) for lang in _ORDINAL_STEMS)
    + ")"
)
_ORDINAL_FULL = {lang: re.compile(rf"^({_ordinal_alternation(lang)})$", re.IGNORECASE) for lang in _ORDINAL_STEMS}


def ordinal_to_int(word: str) -> int | None:
    """``sixth``/``sixième``/``sexto``/``шестой``/``السادسة``/``11th``/``第十一`` → an int."""
    word = unicodedata.normalize("NFKC", word).strip().lower()
    if word.startswith("第"):
        return to_int(word[1:])
    digits = re.match(r"^(\d{1,3})\D*$", word)
    if digits:
        return int(digits.group(1))
    for lang, pattern in _ORDINAL_FULL.items():
        if not pattern.match(word):
            continue
        best = max((s for s in _ORDINAL_STEMS[lang] if word.startswith(s[1])), key=lambda s: len(s[1]))
        value = best[0]
        if lang == "ar" and re.search(r"\sعشرة?$", word):
            value = value % 10 + 10 if value != 11 else 11
        return value
    return None


def to_int(token: str) -> int | None:
    """Any printed number: arabic (also full-width), Chinese, Roman, or an ordinal word."""
    token = unicodedata.normalize("NFKC", token).strip()
    if token.isdigit():
        return int(token)
    return chinese_to_int(token) or roman_to_int(token) or ordinal_to_int(token)
