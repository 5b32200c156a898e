"""The per-language lexicons: ordinal forms generated from num2words, connectors, numerals."""

from __future__ import annotations

import json
import re
from importlib import import_module

import cn2an
import pytest

from arkg.ingest import lexicon
from arkg.ingest.lexicon import ORDINALS_FILE, by_first_character, connector, lexicons, trie_pattern
from arkg.ingest.numerals import ORDINAL_WORD, chinese_to_int, ordinal_to_int


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("twenty-third", 23),
        ("fortieth", 40),
        ("vingt et unième", 21),
        ("troisièmes", 3),
        ("première", 1),
        ("décima", 10),
        ("vigésima primera", 21),
        ("tercer", 3),
        ("decimoquinta", 15),
        ("восьмую", 8),
        ("третьей", 3),
        ("девятнадцатом", 19),
        ("двадцать второго", 22),
        ("الرابعة عشرة", 14),
        ("الرابع عشر", 14),
        ("الأولى", 1),
        ("ثامن", 8),
        ("14-й", 14),
        ("7-ю", 7),
        ("21-ой", 21),
        ("2nd", 2),
        ("4ème", 4),
        ("5º", 5),
        ("ال12", 12),
        ("sixth", 6),
        ("thirteenth", 13),
        ("sixième", 6),
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
        # Arabic 20–99 with the article: either gender, either case, و glued or spaced, أربع with or without hamza
        ("الثامنة والخمسين", 58),
        ("الثامن والخمسون", 58),
        ("الحادية والسبعون", 71),
        ("السادسة و الأربعين", 46),
        ("السادس والاربعون", 46),
        ("الثلاثون", 30),
        # Spanish abbreviations with a dot: the Academy's 9.ª and the press's 9a.
        ("9.ª", 9),
        ("9a.", 9),
        ("5o.", 5),
    ],
)
def test_ordinal_forms(word: str, value: int) -> None:
    assert ordinal_to_int(word) == value
    assert re.fullmatch(ORDINAL_WORD, word, re.IGNORECASE)


def test_stored_ordinals_are_what_num2words_spells() -> None:
    """``ingest/lexicon/ordinals.json`` is regenerated with ``python -m arkg.ingest.lexicon``."""
    stored = json.loads(ORDINALS_FILE.read_text(encoding="utf-8"))
    for code in ("en", "fr", "es", "ru", "ar"):
        assert stored[code] == import_module(f"{lexicon.__name__}.{code}").generate_ordinals(), code


def test_bare_digits_are_not_ordinals() -> None:
    """«2 sessions» counts sessions; only an ordinal ending makes a number an ordinal."""
    assert not re.fullmatch(ORDINAL_WORD, "2") and re.fullmatch(ORDINAL_WORD, "2nd")


def test_every_language_has_citation_words() -> None:
    for lex in lexicons():
        assert lex.session and lex.article and lex.chapter and lex.resolution and lex.range and lex.list, lex.code


def test_chinese_numerals_agree_with_cn2an() -> None:
    for n in range(1, 200):
        assert chinese_to_int(cn2an.an2cn(n)) == n


def test_trie_pattern_prefers_the_longer_form() -> None:
    rx = re.compile(rf"(?:{trie_pattern(['six', 'sixth', 'sixteenth'])})(?!\w)")
    assert [m.group() for m in rx.finditer("sixteenth sixth six sixt")] == ["sixteenth", "sixth", "six"]


def test_connectors_need_spaces_only_around_words() -> None:
    rng = re.compile(connector("range"))
    assert rng.fullmatch(" through ") and rng.fullmatch("–") and rng.fullmatch(" по ") and rng.fullmatch("至")
    assert not rng.fullmatch("to")  # a word stands between spaces
    lst = re.compile(connector("list"))
    assert lst.fullmatch(", and ") and lst.fullmatch(" و") and lst.fullmatch("、")


@pytest.mark.parametrize("ignorecase", [False, True])
def test_grouped_alternation_matches_as_the_flat_one(ignorecase: bool) -> None:
    """Grouping by first character is a speed-up only: the same matches, in the same order of preference."""
    fragments = ["requests", "request", "Requests", "recall", "urges", "Urge", "at", "al-", "sept", "sep[ab]?"]
    flags = re.IGNORECASE if ignorecase else 0
    flat = re.compile(rf"(?<!\w)(?:{'|'.join(fragments)})", flags)
    grouped = re.compile(rf"(?<!\w)(?:{by_first_character(fragments, ignorecase)})", flags)
    text = "It requests and Requests, REQUESTS; recalls, urges the Urge at al-Quds in sepa and Sept."
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert grouped.pattern.count("|") < flat.pattern.count("|") + 3  # grouped, not repeated


def test_grouping_by_first_character_keeps_case_when_asked() -> None:
    assert by_first_character(["Urge", "urges"]) == "U(?:rge)|u(?:rges)"
    assert by_first_character(["Urge", "urges"], ignorecase=True) == "U(?:rge|rges)"
    assert by_first_character(["a?b", "c"]) == "a?b|c"  # a quantified first character: left flat
