"""Property-based tests of the normalisers and pattern finders (issue: reliability).

For any input: no crash, offsets inside the text, and numbers, dates and symbols normalised
to exactly what was written.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from arkg.ingest.extract import extract
from arkg.ingest.numerals import chinese_to_int, roman_to_int
from arkg.ingest.patterns import Context, find_all, find_articles, find_dates

_DIGITS = "零一二三四五六七八九"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def to_chinese(n: int) -> str:
    """The standard Chinese numeral for 1–9999 (十一, 五十六, 一百零五, 一千零一)."""
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for value, unit in units:
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out += "零"
            out += ("" if (value == 10 and digit == 1 and not out) else _DIGITS[digit]) + unit
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + _DIGITS[n]
    return out


def to_roman(n: int) -> str:
    out = ""
    for value, numeral in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        count, n = divmod(n, value)
        out += numeral * count
    return out


@given(st.integers(1, 9999))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert chinese_to_int(to_chinese(n)) == n


@given(st.integers(1, 3999), st.booleans())
def test_roman_numerals_round_trip(n: int, lower: bool) -> None:
    numeral = to_roman(n)
    assert roman_to_int(numeral.lower() if lower else numeral) == n


@given(st.integers(1, 71), st.text(alphabet="，。和的资产追回问题 ", max_size=20))
def test_every_article_ordinal_links_to_its_article(n: int, before: str) -> None:
    text = f"{before}《公约》第{to_chinese(n)}条"
    hits = [h for h in find_articles(text) if h.id == f"uncac/article/{n}"]
    assert hits and text[hits[0].start : hits[0].end].startswith("第")


@given(st.dates(date(2003, 1, 1), date(2035, 12, 31)))
def test_dates_in_chinese_and_english_normalise_to_iso(day: date) -> None:
    zh = f"会议于 {day.year} 年 {day.month} 月 {day.day} 日举行"
    en = f"held on {day.day} {_MONTHS[day.month - 1]} {day.year} in Vienna"
    for text in (zh, en):
        hits = find_dates(text)
        assert [h.first for h in hits] == [day.isoformat()], text


@given(st.integers(2006, 2030), st.integers(1, 30), st.sampled_from(["", "\n", " \n "]))
def test_symbols_split_across_lines_are_one_symbol(year: int, number: int, split: str) -> None:
    text = f"秘书处的说明（CAC/COSP/{split}WG.2/{year}/{number}）\n"
    ids = {m["id"] for m in extract(text).to_json()["mentions"] if m["type"] == "Document"}
    assert f"document/CAC/COSP/WG.2/{year}/{number}" in ids


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400))
def test_pattern_finders_never_crash_and_stay_inside_the_text(text: str) -> None:
    hits, dates = find_all(text, Context())
    for hit in [*hits, *dates]:
        assert 0 <= hit.start < hit.end <= len(text)
