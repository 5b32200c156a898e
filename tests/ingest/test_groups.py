"""The Convention's groups named together by their mandates (:mod:`ingest.groups`), on sentences written
for the rule in each language it covers."""

from __future__ import annotations

import pytest

from arkg.ingest import anaphora, groups
from arkg.ingest.extract import extract
from arkg.ingest.linker import linker


def bodies(text: str) -> list[tuple[str | None, str]]:
    links = groups.find(text, anaphora.find(text, linker().find(text)))
    return [(lk.id, text[lk.start : lk.end]) for lk in links if lk.label == "Body"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation attended the joint meeting of the working groups for the review of implementation of the "
         "United Nations Convention against Corruption and recovery of assets, held in Vienna.",
         [("body/irg", "review of implementation"), ("body/wg-ar", "recovery of assets")]),
        ("En marge de la Convention des Nations Unies contre la corruption, les groupes de travail chargés "
         "respectivement, de l'examen de l'application, de la prévention et du recouvrement des avoirs se sont réunis.",
         [("body/irg", "examen de l'application"), ("body/wg-ar", "recouvrement des avoirs")]),
        ("La Oficina participa en los grupos de trabajo de la Convención de las Naciones Unidas contra la Corrupción "
         "sobre prevención, cooperación internacional y recuperación de activos.",
         [("body/wg-ar", "recuperación de activos")]),
        ("Делегация приняла участие в заседаниях рабочих групп Конвенции ООН против коррупции по обзору хода "
         "осуществления и возвращению активов.",
         [("body/irg", "обзору хода осуществления"), ("body/wg-ar", "возвращению активов")]),
        ("شارك الوفد في اجتماعات مجموعات عمل اتفاقية الأمم المتحدة لمكافحة الفساد المعنية باستعراض التنفيذ "
         "واسترداد الموجودات في فيينا.",
         [("body/irg", "استعراض التنفيذ"), ("body/wg-ar", "استرداد الموجودات")]),
        # a quotation mark opens the list as a join does
        ('Under the UNCAC, the working groups "Asset Recovery" and "International Cooperation" met.',
         [("body/wg-ar", "Asset Recovery")]),
    ],
)
def test_each_mandate_after_the_plural_noun_names_its_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert [b for b in bodies(text) if b[0] in ("body/irg", "body/wg-ar")] == expected


def test_a_text_that_names_neither_the_convention_nor_its_bodies_names_no_group() -> None:
    """Anyone may have working groups on asset recovery (the G20's, a network's)."""
    assert bodies("The network's working groups on asset recovery and on training met in Pretoria.") == []


def test_a_mandate_without_a_join_or_past_the_sentence_names_no_group() -> None:
    assert bodies("Under the UNCAC, the working groups discussed asset recovery at length.") == []
    assert bodies("Under the UNCAC, the working groups met on Monday. They then turned to asset recovery.") == []


def test_a_mandate_inside_a_name_adds_nothing_and_one_linked_as_a_topic_names_the_group() -> None:
    named = "Under the UNCAC, the working groups on asset recovery met: the Working Group on Asset Recovery opened."
    assert bodies(named) == [("body/wg-ar", "asset recovery"), ("body/wg-ar", "Working Group on Asset Recovery")]


def test_the_groups_are_mentions_of_the_document() -> None:
    ex = extract("Представители приняли участие в заседаниях рабочих групп Конвенции ООН против коррупции по "
                 "возвращению активов и по обзору хода осуществления.", name="groups.ru.txt")
    assert {"body/wg-ar", "body/irg"} <= {m.id for m in ex.mentions}
