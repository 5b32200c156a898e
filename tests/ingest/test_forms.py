"""The rules that make adjectival and inflected forms of country names (ingest/authority/forms.py)."""

from __future__ import annotations

from arkg.ingest.authority.forms import (
    arabic_nisba,
    chinese_side,
    inflect,
    inflect_en,
    inflect_es,
    inflect_fr,
    russian_adjective,
    russian_cases,
)


def test_french_forms():
    assert inflect_fr("mexicain") == ["mexicain", "mexicaine", "mexicains", "mexicaines"]
    assert inflect_fr("britannique") == ["britannique", "britanniques"]
    assert inflect_fr("ivoirien") == ["ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"]
    assert inflect_fr("marocain")[1] == "marocaine"
    assert inflect_fr("turc") == ["turc", "turque", "turcs", "turques"]
    # the press drops a diaeresis: «le koweitien …»
    assert inflect_fr("koweïtien")[4:] == ["koweitien", "koweitienne", "koweitiens", "koweitiennes"]


def test_spanish_forms():
    assert inflect_es("mexicano") == ["mexicano", "mexicana", "mexicanos", "mexicanas"]
    assert inflect_es("francés") == ["francés", "francesa", "franceses", "francesas"]
    assert inflect_es("estadounidense") == ["estadounidense", "estadounidenses"]
    assert "marroquíes" in inflect_es("marroquí")


def test_english_forms():
    assert inflect_en("Mexican") == ["Mexican", "Mexicans"]
    assert inflect_en("Swiss") == ["Swiss"]


def test_arabic_nisba_from_the_name():
    assert {"قطري", "قطرية", "القطري", "القطرية"} <= set(arabic_nisba("قطر"))
    assert "المكسيكية" in arabic_nisba("المكسيك")
    assert arabic_nisba("إثيوبيا")[0] == "إثيوبي"
    assert arabic_nisba("المملكة المتحدة") == []  # several words: no rule
    assert arabic_nisba("مالي") == []  # ends in a vowel letter: irregular
    assert {"سعودي", "سعودية", "السعودي", "السعودية"} <= set(arabic_nisba("السعودية"))  # a nisba already


def test_arabic_nisba_plurals_and_duals():
    """Its plurals and duals, with and without the article: the two Swiss ministries (السويسريتين), Egyptians."""
    forms = set(arabic_nisba("سويسرا"))
    assert {"السويسريون", "السويسريين", "السويسريات", "السويسريان", "السويسريتان", "السويسريتين"} <= forms
    assert len(forms) == 16


def test_arabic_lemma_where_the_rule_fails():
    """النمسا → نمساوي (the rule would make نمسي); the lexicon's lemma is inflected instead."""
    assert {"نمساوي", "نمساوية", "النمساوي", "النمساوية", "النمساويين"} <= set(inflect("ar", "نمساوي"))


def test_countries_take_the_lexicons_arabic_lemma_not_the_rules():
    from arkg.ingest.linker import linker

    def countries(text: str) -> set[str | None]:
        return {h.id for h in linker().find(text) if h.label == "Country"}

    assert countries("بالعاصمة النمساوية فيينا") == {"country/AUT"}
    assert countries("الحكومة البريطانية والسلطات الأمريكية") == {"country/GBR", "country/USA"}
    assert countries("النمسية") == set()  # the rule's form is no longer made


def test_chinese_side():
    assert chinese_side("中国") == ["中方"]
    assert chinese_side("美国") == ["美方"]
    assert chinese_side("法国") == []  # 法方 is mostly 做法 + 方面
    assert chinese_side("墨西哥") == []


def test_russian_adjective_checked_in_the_lexicon():
    assert russian_adjective("Мексика") == "мексиканский"
    assert russian_adjective("Катар") == "катарский"
    assert russian_adjective("Нигерия") == "нигерийский"
    assert russian_adjective("Соединенные Штаты") is None
    assert russian_adjective("Франция") is None  # французский also names a language


def test_russian_case_forms_of_hyphenated_places():
    forms = russian_cases("Нью-Йорк")
    assert "Нью-Йорке" in forms and "Нью-Йорка" in forms
    assert russian_cases("Вена") == []
