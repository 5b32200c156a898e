from __future__ import annotations

import pytest

from arkg.ingest.numerals import chinese_to_int, ordinal_to_int, roman_to_int, to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [("五十六", 56), ("十", 10), ("十一", 11), ("四十三", 43), ("一百零五", 105), ("二〇一七", 2017), ("五", 5)],
)
def test_chinese(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


def test_roman_and_rejects() -> None:
    assert roman_to_int("V") == 5 and roman_to_int("xiv") == 14 and roman_to_int("VIII") == 8
    assert roman_to_int("IIII") is None and chinese_to_int("五a") is None


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("sixth", 6),
        ("thirteenth", 13),
        ("sixième", 6),
        ("première", 1),
        ("dix-septième", 17),
        ("sexto", 6),
        ("séptima", 7),
        ("шестой", 6),
        ("седьмой", 7),
        ("одиннадцатого", 11),
        ("السادسة", 6),
        ("الحادي عشر", 11),
        ("الثالثة عشرة", 13),
        ("11th", 11),
        ("第十一", 11),
    ],
)
def test_ordinals(word: str, value: int) -> None:
    assert ordinal_to_int(word) == value


def test_to_int_full_width() -> None:
    assert to_int("５６") == 56 and to_int("VI") == 6 and to_int("nonsense") is None
