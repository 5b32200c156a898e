"""The one search box on the sample graph: references, names, paragraph text, dates and venues."""

from __future__ import annotations

import pytest

from arkg.graph.find import date_prefix, find, needles, snippet
from arkg.graph.search import build_index
from arkg.graph.stores import Store


@pytest.fixture(scope="module")
def index(sample_store: Store):  # noqa: ANN201 - a NameIndex
    return build_index(sample_store)


def ids(store: Store, index: object, query: str) -> list[str]:
    return [f.id for f in find(store, index, query)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "expected"), [
    ("2019", "2019"), ("2019 年", "2019"), ("March 2021", "2021-03"), ("mars 2021", "2021-03"),
    ("2021年3月", "2021-03"), ("2021-3", "2021-03"), ("03/2021", "2021-03"), ("marzo 2021", "2021-03"),
    ("март 2021", "2021-03"), ("Mar. 2021", "2021-03"), ("2021-13", None), ("the 2021 report", None), ("CARIN", None),
])
def test_date_prefix_reads_years_and_months_in_the_un_languages(query: str, expected: str | None) -> None:
    assert date_prefix(query) == expected


def test_needles_and_snippets_fold_case_width_and_traditional_characters() -> None:
    assert needles("資產追回") == ["資產追回", "资产追回"]
    assert needles("ＣＡＲＩＮ") == ["carin"]
    before, match, after = snippet("The Camden network (CARIN) met in Paris.", "carin")  # type: ignore[misc]
    assert (match, before.endswith("("), after.startswith(")")) == ("CARIN", True, True)
    assert snippet("nothing here", "carin") is None


def test_a_reference_gives_the_same_results_in_every_language(sample_store: Store, index: object) -> None:
    chinese, english = ids(sample_store, index, "第五十六条"), ids(sample_store, index, "Art. 56")
    assert chinese == english
    assert chinese[0] == "uncac/article/56"
    assert "document/CAC/COSP/WG.2/2017/L.1/Add.1/para/19" in chinese  # the paragraphs that mention it
    assert "session/wg-ar/11/agenda/4a" in chinese  # and the agenda item about it
    assert ids(sample_store, index, "article 56") == chinese


def test_paragraph_text_is_found_inside_a_chinese_sentence(sample_store: Store, index: object) -> None:
    found = find(sample_store, index, "口译服务")  # type: ignore[arg-type]
    assert [f.how for f in found] == ["text"] * len(found) and found
    assert all(f.label == "Paragraph" and f.snippet[1] == "口译服务" for f in found)
    assert "document/CAC/COSP/WG.2/2017/1/para/30" in {f.id for f in found}


def test_dates_and_venues_find_meetings(sample_store: Store, index: object) -> None:
    for query in ("August 2017", "2017年8月", "août 2017"):
        assert "session/wg-ar/11" in ids(sample_store, index, query), query
    assert "session/wg-ar/11" in ids(sample_store, index, "2017")
    vienna = find(sample_store, index, "Vienna")  # type: ignore[arg-type]
    assert vienna[0].id == "place/vienna"
    assert "session/wg-ar/11" in {f.id for f in vienna if f.how == "venue"}
    assert {f.id for f in vienna if f.how == "venue"} == {f.id for f in find(sample_store, index, "维也纳")  # type: ignore[arg-type]
                                                          if f.how == "venue"}


def test_nothing_found_and_hostile_text_find_nothing(sample_store: Store, index: object) -> None:
    before = sample_store.stats()
    assert find(sample_store, index, "") == []  # type: ignore[arg-type]
    assert ids(sample_store, index, "zzqxj-nothing") == []
    assert ids(sample_store, index, "x') DETACH DELETE n //") == []
    assert sample_store.stats() == before
