"""A capital named by its State (``ingest/capitals.py``), through the real linker; sentences written for
these tests."""

from __future__ import annotations

import pytest

from arkg.ingest.linker import linker


def places(text: str) -> list[tuple[str | None, str]]:
    return [(h.id, text[h.start : h.end]) for h in linker().find(text) if h.label == "Place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los fiscales se reunieron en la capital peruana el martes.", ("place/lima", "capital")),
        ("La reunión tuvo lugar en la capital de Kenya.", ("place/nairobi", "capital")),
        ("Les experts se sont retrouvés dans la capitale marocaine.", ("place/rabat", "capitale")),
        ("Le séminaire s'est tenu dans la capitale du Sénégal.", ("place/dakar", "capitale")),
        ("The delegates gathered in the Kenyan capital on Monday.", ("place/nairobi", "capital")),
        ("Experts met in Ghana's capital last week.", ("place/accra", "capital")),
        ("The forum was held in the capital of Austria.", ("place/vienna", "capital")),
        ("Совещание прошло во французской столице.", ("place/paris", "столице")),
        ("Эксперты собрались в столице Казахстана.", ("place/astana", "столице")),
        ("عقد الاجتماع في العاصمة الأردنية.", ("place/amman", "العاصمة")),
        ("اجتمع الخبراء في عاصمة الأردن.", ("place/amman", "عاصمة")),
        ("会议在肯尼亚首都举行。", ("place/nairobi", "首都")),
        ("研讨会在秘鲁的首都召开。", ("place/lima", "首都")),
    ],
)
def test_a_capital_named_by_its_states_name_or_adjective(text: str, expected: tuple[str, str]) -> None:
    assert expected in places(text)


def test_a_name_a_state_and_its_capital_share_names_the_capital_after_the_word():
    assert ("place/panama-city", "capital") in places("Llegaron a la capital de Panamá ayer.")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese capital flowed into the region.",  # money: no determiner
        "the Kenyan capital market grew",  # money: a market
        "el capital peruano invertido en minas",  # el capital: money
        "une question capitale pour le Maroc",  # an adjective, no State after it
        "the capital city was not named; Kenya sent experts",
        "Il a fait une déclaration capitale. Le Maroc a répondu.",
    ],
)
def test_capital_as_money_or_importance_is_no_city(text: str) -> None:
    assert places(text) == []


def test_beijing_by_its_one_character_after_a_verb_of_place():
    assert places("会议于10月在京召开。") == [("place/beijing", "京")]
    assert ("place/beijing", "京") in places("代表团抵京访问。")
    assert places("会议在京都举行。") == []  # Kyoto
    assert places("在京津冀地区") == []  # the region
    assert ("place/beijing", "京") not in places("代表团访问南京和东京。")
