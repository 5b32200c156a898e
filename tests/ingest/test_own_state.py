"""``我国`` is the State the text is written in (``ingest/own_state.py``); sentences written for these tests."""

from __future__ import annotations

import pytest

from arkg.ingest.extract import extract


def states(text: str) -> set[str]:
    return {m.id for m in extract(text).mentions if m.id and m.id.startswith("country/")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我国于2005年批准了《联合国反腐败公约》，并积极参与审议工作。", {"country/CHN"}),
        ("我國已於2015年制定施行聯合國反貪腐公約施行法。", {"country/TWN"}),  # Taiwan's title of the Convention
        ("立法院于2015年审议通过，我国将依公约规定进行国家报告。", {"country/TWN"}),  # the Legislative Yuan
        ("民國一百零四年五月二十日公布施行，我國據此推動反貪腐工作。", {"country/TWN"}),  # the Republic's era
        ("台灣法務部表示，我國與美國合作追回不法所得。", {"country/TWN", "country/USA"}),
        ("韩国法务部代表团来访，双方就我国追逃追赃工作交换意见。", {"country/CHN", "country/KOR"}),  # Korea's ministry
    ],
)
def test_our_country_is_the_state_the_text_is_written_in(text: str, expected: set[str]) -> None:
    assert states(text) == expected


def test_our_country_inside_a_longer_word_is_none() -> None:
    """``我国家`` ("my home country") is left alone, and a text without 我国 gets no State from this rule."""
    assert states("这是我国家乡的传统。") == set()
    assert states("联合国反腐败公约缔约国会议") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Kingdom's authority named: Saudi Arabia
        ("ترأس رئيس هيئة الرقابة ومكافحة الفساد وفد المملكة إلى المؤتمر.", {"country/SAU"}),
        ("عاد الوفد إلى الرباط، وأكدت المملكة دعمها للشبكة.", {"country/MAR"}),  # a city of the Kingdom
        ("قالت هيئة النزاهة ومكافحة الفساد إن المملكة ستستضيف الاجتماع.", {"country/JOR"}),
        ("أشاد المغرب بالتعاون، وقالت المملكة إنها ستستضيف الاجتماع.", {"country/MAR"}),
        ("وأكدت المملكة التزامها بالاتفاقية.", set()),  # no kingdom named: none guessed
        ("شارك وفد من المملكة المتحدة ومن الأردن.", {"country/GBR", "country/JOR"}),  # part of a name
        ("زار وفد الأردن الرياض، وأكدت المملكة دعمها.", {"country/JOR"}),  # two kingdoms: no choice
    ],
)
def test_the_kingdom_is_the_one_arab_kingdom_the_text_names(text: str, expected: set[str]) -> None:
    assert states(text) == expected


def test_the_kingdom_takes_the_named_kingdoms_id_at_each_bare_mention() -> None:
    text = "أكدت المملكة العربية السعودية دعمها، وشاركت المملكة بوفد رفيع، ورحبت بالمملكة الدول."
    kingdom = [m for m in extract(text).mentions if m.id == "country/SAU"]
    assert [m.text for m in kingdom] == ["المملكة العربية السعودية", "المملكة", "بالمملكة"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ратифицирована Законом КР от 6 августа 2005 года", {"country/KGZ"}),  # the dev set's example
    ("Казахстан присоединился. Ратифицирована Законом РК от 4 мая 2008 года", {"country/KAZ"}),
    ("Ратифицирована Законом РК от 4 мая 2008 года", set()),  # РК is Korea's too: Kazakhstan must be named
    ("КР и РК", set()),  # not after an act, an organ or a citizen
])
def test_a_cis_states_legal_citation_abbreviates_its_name(text: str, expected: set[str]) -> None:
    from arkg.ingest.linker import linker

    assert {h.id for h in linker().find(text) if h.label == "Country"} == expected
