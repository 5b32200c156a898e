"""Country and place names that are also ordinary words, instruments and US states (ingest/name_rules.py)."""

from __future__ import annotations

import pytest

from arkg.ingest.linker import linker


def _ids(text: str) -> set[str | None]:
    return {h.id for h in linker().find(text)}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Именно того же мнения придерживается делегация.", None, "country/TGO"),
        ("Делегации Того и Бенина выступили.", "country/TGO", None),
        ("Chad asked for the floor and spoke at length.", None, "country/TCD"),
        ("Niger, Chad and Mali signed.", "country/TCD", None),
        ("the Republic of Chad", "country/TCD", None),
        ("الإطار المالي للدولة", None, "country/MLI"),
        ("وفد جمهورية مالي", "country/MLI", None),
        ("The conference met in Atlanta, Georgia, in December.", "place/georgia", "country/GEO"),
        ("Georgia and Armenia ratified the Convention.", "country/GEO", "place/georgia"),
        ("contribuir a la paz y la seguridad", None, "place/la-paz"),  # peace: a name's short words, lower-case
        ("La reunión se celebró en La Paz.", "place/la-paz", None),
        ("Сессия пройдет в Атланте, США, в декабре.", "country/USA", None),  # the city's own country
        ("The session opens in Atlanta, United States, on Monday.", "country/USA", None),
        ("la Convención de Mérida de 2003", None, "place/merida"),
        ("the Stockholm Programme on justice", None, "place/stockholm"),
        ("《北京反腐败宣言》", None, "place/beijing"),
        ("支持发展中国家的努力", None, "country/CHN"),
        ("在这方面的做法方面", None, "country/FRA"),
        ("the peru-based company mexico", None, "country/PER"),
        ("Lausanne IX took place", "initiative/lausanne-process", "place/lausanne"),
        ("des centaines de millions de dollars américains", None, "country/USA"),
        ("20 millones de dólares estadounidenses", None, "country/USA"),
        ("возвращено 5 млн долларов США", None, "country/USA"),
        ("استرجاع 28 مليون دولار أمريكي", None, "country/USA"),
        ("20 million US dollars and 3 Canadian dollars", None, "country/CAN"),
        ("20 million US dollars", None, "country/USA"),
        ("США и Россия подписали соглашение", "country/USA", None),
        ("中新社北京十月二十三日电 题:国际反贪局联合会", "place/beijing", None),
        # hyphenated Russian names in their cases (the linker reads an ending only at a name's end)
        ("представители Коста-Рики и Шри-Ланки", "country/CRI", None),
        ("представители Коста-Рики и Шри-Ланки", "country/LKA", None),
    ],
)
def test_rules(text, present, absent):
    ids = _ids(text)
    if present:
        assert present in ids, ids
    if absent:
        assert absent not in ids, ids


@pytest.mark.parametrize(("text", "expected"), [("the G7 and the G20", "org/g7"), ("the G8 summit", "org/g8")])
def test_short_acronyms_with_a_digit_link_in_their_printed_case(text, expected):
    assert expected in _ids(text)
    assert expected not in _ids(text.lower())
