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


def test_chinese_ordinal() -> None:
    """The other languages' ordinal words are tested with the lexicons (tests/ingest/test_lexicon.py)."""
    assert ordinal_to_int("第十一") == 11


def test_to_int_full_width() -> None:
    assert to_int("５６") == 56 and to_int("VI") == 6 and to_int("nonsense") is None
