"""Numbers as UN documents print them — Chinese, Roman, ordinal words in six languages — to ``int``.

Identifiers use arabic numbers (``第五十六条`` → ``uncac/article/56``, ``Chapter V`` →
``uncac/chapter/5``, ``its sixth session`` → ``session/cosp/6``), so every extractor that reads a
number goes through :func:`to_int`. Ordinal words are the forms :mod:`ingest.lexicon` lists for
each language, so that inflected forms (``шестой``/``шестой сессии``, ``sexto``/``sexta``,
``السادس``/``السادسة``) all resolve.
"""

from __future__ import annotations

import re
import unicodedata

from arkg.graph.model import LANGUAGES
from arkg.ingest.lexicon import ordinal_forms, ordinal_suffixes, trie_pattern

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


def int_to_roman(value: int) -> str:
    """14 → ``XIV`` (1 to 3999): the General Assembly's old symbols carry the session so."""
    out = []
    for number, letters in _ROMAN_STEPS:
        count, value = divmod(value, number)
        out.append(letters * count)
    return "".join(out)


_ROMAN_STEPS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


#: One regex matching an ordinal word of any language in :mod:`ingest.lexicon` (every gender, case
#: and number it lists), or digits with an ordinal ending (``11th``, ``3ème``, ``9-й``, ``5º``).
#: Arabic teens (``الحادية عشرة``) are two words; Arabic digits may carry the article (``ال11``,
#: also drawn out with a tatweel and set apart: ``الـ 16``).
def ordinal_pattern(codes: tuple[str, ...] = LANGUAGES) -> str:
    """A regex for an ordinal word of the languages ``codes`` or digits with an ordinal ending. A
    pattern that reads one word order needs only its languages' words (a smaller, faster regex)."""
    words = trie_pattern(list(ordinal_forms(codes)))
    return rf"(?:\d{{1,3}}(?:{ordinal_suffixes()})(?!\w)|الـ?\s?\d{{1,3}}(?!\d)|{words})"


ORDINAL_WORD = ordinal_pattern()
_DIGIT_ORDINAL = re.compile(rf"^(?:الـ?\s?)?(\d{{1,3}})(?:{ordinal_suffixes()})?$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def ordinal_to_int(word: str) -> int | None:
    """``sixth``/``sixième``/``sexto``/``шестой``/``السادسة``/``11th``/``9-й``/``第十一`` → an int."""
    word = _SPACES.sub(" ", unicodedata.normalize("NFKC", word).strip().lower())
    if word.startswith("第"):
        return to_int(word[1:])
    digits = _DIGIT_ORDINAL.match(word)
    if digits:
        return int(digits.group(1))
    return ordinal_forms().get(word)


def to_int(token: str) -> int | None:
    """Any printed number: arabic (also full-width), Chinese, Roman, or an ordinal word."""
    token = unicodedata.normalize("NFKC", token).strip()
    if token.isdigit():
        return int(token)
    return chinese_to_int(token) or roman_to_int(token) or ordinal_to_int(token)
