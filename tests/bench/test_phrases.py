"""The phrase tables: one citation table for the Convention, worded as each language prints it."""

from __future__ import annotations

from arkg.bench.phrases import CONVENTION_CITATIONS, LANGUAGES, article_text, articles_text, chapter_text


def test_every_language_cites_every_kind() -> None:
    assert set(CONVENTION_CITATIONS) == set(LANGUAGES)
    assert {frozenset(forms) for forms in CONVENTION_CITATIONS.values()} == {
        frozenset({"article", "articles", "chapter"})
    }


def test_numbers_are_worded_per_language() -> None:
    assert article_text("zh", 56) == "《公约》第五十六条"
    assert articles_text("zh", 5, 14) == "《公约》第五条至第十四条"
    assert chapter_text("zh", 2) == "《公约》第二章"
    assert chapter_text("en", 4) == "chapter IV of the Convention"
    assert chapter_text("ar", 8) == "الفصل الثامن من الاتفاقية"
    assert article_text("ar", 31) == "المادة 31 من الاتفاقية"
    assert articles_text("ru", 5, 14) == "статей 5–14 Конвенции"
    assert articles_text("fr", 52, 58) == "les articles 52 à 58 de la Convention"
    assert article_text("es", 43) == "el artículo 43 de la Convención"
